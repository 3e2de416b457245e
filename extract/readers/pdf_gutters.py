"""Two columns printed so close that a row's gap across the gutter is narrower than the reader's
split (``SPLIT_RATIO`` x font size): the row would read as one line running from the left column
into the right one, and no column zone could be found (:mod:`pdf_columns` needs a gutter no line
crosses). The one place such rows are cut.

A gutter is proposed at the left margin of right-hand pieces that at least ``MIN_SIDE`` rows share,
each row showing it one of two ways:

- a gap wider than a few word gaps but narrower than the split before the piece (a column's margin
  the row reads across; a date set flush right ends at one x, it starts at none);
- a bullet (or numbered) item opening a segment of its own after a split, right of other text (the
  right column's items where its rows stand apart; one of them may not).

A margin is tried only where some row reads across it (a gap wider than a word gap spans it, not
split; half a font size, narrower than the gap that proposes a margin: a left line run up close to
the right column's item): elsewhere the columns already stand apart. The page's rows are cut there on trial, and the gutter kept only where
:func:`column_order` then finds a column zone on it (bullet items or tables on both sides, standing
beside each other, the gutter in the middle of the text). Rows are cut only within that zone's
height.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pledgecard.extract.readers.pdf_columns import GUTTER_TOL, MIN_SIDE, column_order, item_box, opens_item
from pledgecard.extract.readers.pdf_lines import (
    Char,
    Line,
    char_size,
    chars_to_lines,
    group_rows,
    printed,
    segment_line,
    split_segments,
)
from pledgecard.extract.readers.pdf_tables import PageTable

GAP_RATIO = 1.0  # a gap wider than one font size is no word gap (those are about a third of it)
ACROSS_RATIO = 0.5  # a gap wider than half the font size is wider than a word gap: a row reads across it
Gutter = tuple[float, float, float]  # x, top, bottom
Gap = tuple[float, float]  # x1 of the character before it, x0 of the one after


def _margin(x: float) -> float:
    return round(x * 2) / 2


def _row_margins(row: list[Char], split_ratio: float, page: int) -> tuple[set[float], list[Gap]]:
    """The left margins of a row's right-hand pieces (see the module), and its gaps wider than a word
    gap (``ACROSS_RATIO``) that were not split."""
    segments = split_segments(row, split_ratio)
    margins: set[float] = set()
    gaps: list[Gap] = []
    for seg in segments:
        ink = printed(seg)
        for a, b in zip(ink, ink[1:], strict=False):
            gap = float(b["x0"]) - float(a["x1"])
            if gap > GAP_RATIO * char_size(b):
                margins.add(_margin(float(b["x0"])))
            if gap > ACROSS_RATIO * char_size(b):
                gaps.append((float(a["x1"]), float(b["x0"])))
    for seg in segments[1:]:
        line = segment_line(seg, page=page)
        if line is not None and opens_item(line):
            margins.add(_margin(line.x0))
    return margins, gaps


def _candidates(
    chars: Sequence[Char], split_ratio: float, page: int, tables: Sequence[PageTable] = ()
) -> list[float]:
    """Left margins of right-hand pieces that at least ``MIN_SIDE`` rows share and some row reads
    across, the most shared first; then the margins of the right columns' items in the zones the rows
    uncut already show (panes whose rows stand apart but for one, read across the gutter: the zone it ends)."""
    seen: Counter[float] = Counter()
    gaps: list[Gap] = []
    for row in group_rows(chars):
        margins, row_gaps = _row_margins(row, split_ratio, page)
        seen.update(margins)
        gaps += row_gaps
    shared = [x for x, n in seen.most_common() if n >= MIN_SIDE]
    if gaps:
        _, columns = column_order(_items(chars_to_lines(chars, page=page, split_ratio=split_ratio), tables))
        opening = [[it for it in right if opens_item(it)] for right in columns[1::2]]
        shared += [
            x
            for x in (_margin(min(item_box(it)[0] for it in items)) for items in opening if items)
            if x not in shared
        ]
    return [x for x in shared if any(a <= x - GUTTER_TOL / 2 <= b for a, b in gaps)]


def _items(lines: list[Line], tables: Sequence[PageTable]) -> list[Line | PageTable]:
    keyed: list[tuple[float, float, Line | PageTable]] = [(ln.row_top, ln.x0, ln) for ln in lines]
    keyed += [(t.top, t.bbox[0], t) for t in tables if t.nested_in is None and t.has_text()]
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [k[2] for k in keyed]


def find_gutters(
    chars: Sequence[Char], tables: Sequence[PageTable], *, page: int, split_ratio: float
) -> list[Gutter]:
    """Gutters a page's rows are to be cut at (:func:`chars_to_lines` ``gutters``), none if its
    columns (if any) already stand apart or no column zone proves one."""
    for cand in _candidates(chars, split_ratio, page, tables):
        x = cand - GUTTER_TOL / 2
        lines = chars_to_lines(
            chars, page=page, split_ratio=split_ratio, gutters=[(x, float("-inf"), float("inf"))]
        )
        _, columns = column_order(_items(lines, tables))
        out: list[Gutter] = []
        for left, right in zip(columns[::2], columns[1::2], strict=True):
            if any(abs(item_box(it)[0] - cand) <= GUTTER_TOL for it in right) and all(
                item_box(it)[2] <= x + GUTTER_TOL for it in left
            ):
                boxes = [item_box(it) for it in left + right]
                out.append((x, min(b[1] for b in boxes) - 1.0, max(b[3] for b in boxes)))
        if out:
            return out
    return []
