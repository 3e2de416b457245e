"""Rows a dump printed cells one space apart under a head printed likewise, an empty cell a space more.

``구분 1/4분기 2/4분기 3/4분기 4/4분기 계`` over ``간담회, 공청회 등  1   1``: the name, an empty cell, ``1``, two
empty cells, ``1``: six cells under six head words. The runs of spaces are empty cells, not columns a layout
aligned, so such rows make no aligned block (their cells are counted from the printed spaces instead).
"""

from __future__ import annotations

from pledgecard.extract.readers.text_lines import TLine, is_figure


def printed_cells(line: TLine) -> int | None:
    """How many cells a row of a name then figures prints one space apart, each run of ``g`` spaces between two
    segments ``g - 1`` empty cells (one space: none) and each trailing space one; None unless the first segment is the name (no
    figure among its words) and every later segment figures only."""
    if not line.segs or (len(line.segs) < 2 and not line.trail):  # a line of spaces alone prints no row
        return None
    name = line.segs[0].text.split()
    if not name or any(is_figure(w) for w in name):
        return None
    figures = [w for sg in line.segs[1:] for w in sg.text.split()]
    if not all(is_figure(w) for w in figures):
        return None
    gaps = [b.x0 - a.x1 for a, b in zip(line.segs, line.segs[1:], strict=False)]
    if any(g < 1 for g in gaps):
        return None
    return 1 + len(figures) + sum(g - 1 for g in gaps) + line.trail


def gapped_under_head(head: TLine | None, rows: list[TLine]) -> bool:
    """Rows of a name then figures printed one space apart, some cells empty (a run of two spaces or more), each
    printing exactly as many cells as the head line above them, one segment, prints words."""
    if head is None or len(head.segs) != 1 or len(rows) < 2:
        return False
    width = len(head.segs[0].text.split())
    if any(len(r.segs) < 2 for r in rows):
        return False
    return all(printed_cells(r) == width for r in rows)
