"""Columns side by side in a layout dump: a part of a page printed in two columns (a borderless
layout table: the overview and the funding on the left, the achievements on the right) comes out
of ``pdftotext -layout`` with each line holding a piece of both columns. Such a zone is read
column by column: its lines' left pieces, then their right pieces, so that the readers after this
one never run the two columns' lines together.

A zone is found from the positions alone: a right column whose bullet items start at one place
(``R``) in the middle of the page, three or more, beside three or more bullet items of a left
column; every line of the zone splits in two at a gap before ``R`` (a piece starting at most
``SLACK`` characters before it: a heading centred over the right column) and no line runs across
it. A zone any line runs across is left as it is. The lines padded to one width around its first
marked right piece (a layout table's row as inscriptis lays it out, every line as long as the row) make a zone
no line runs across, where they are (the row ends there, whatever lines below it hold).
"""

from __future__ import annotations

from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_lines import Seg, TLine, per_page, to_tline

MIN_SIDE = 3  # bullet items each column holds, at least
SLACK = 10  # characters a right-column piece may start before the column's bullets (a centred heading)
JITTER = 6  # characters a column's bullet items may start apart (the layout's character grid)


def _start(seg: Seg) -> int:
    return seg.c0  # pdftotext -layout places characters on a grid of characters


def _bullet(seg: Seg) -> bool:
    marker, rest = split_marker(seg.text)
    return marker is not None and bool(rest)


def _right_start(lines: list[TLine]) -> int | None:
    """Where a right column's bullet items start: the place most bulleted pieces that follow another
    piece on their line start at or just after (``pdftotext -layout`` places them a few characters
    apart), in the middle half of the page."""
    width = max((len(ln.text) for ln in lines), default=0)
    starts = sorted(
        _start(s)
        for ln in lines
        for s in ln.segs[1:]
        if _bullet(s) and width / 4 <= _start(s) <= 3 * width / 4
    )
    best: tuple[int, int] | None = None  # (count, start)
    for k, r in enumerate(starts):
        n = sum(1 for x in starts[k:] if x <= r + JITTER)
        if best is None or n > best[0]:
            best = (n, r)
    return best[1] if best is not None and best[0] >= MIN_SIDE else None


def _right_piece(seg: Seg, r: int) -> bool:
    """A piece of the right column: it starts at the column's items, or a little before them with a
    marker and its text (a heading centred over the column, ``❸ 주요 추진실적``; a lone dash there is a blank cell
    of a left-column table, ``2020년 362,130 - 362,130 -``: daon-special-city 42018 hwp5html)."""
    return _start(seg) >= r - 1 or (_start(seg) >= r - SLACK and _bullet(seg))


def _split(line: TLine, r: int) -> int | None:
    """The index of the line's first right-column piece (``len(segs)`` for a left piece only), or
    ``None`` when a piece runs across the gutter."""
    for k, s in enumerate(line.segs):
        if _right_piece(s, r):
            return k
        if s.c1 > r - 1:
            return None  # runs across the gutter
    return len(line.segs)


def _zone(lines: list[TLine], r: int) -> tuple[int, int] | None:
    """``[a, b)``: from the first line whose right-column piece is marked (the column's heading or
    first item) to the last line with a right-column piece; ``None`` when a line in between runs
    across the gutter."""

    def right(ln: TLine) -> Seg | None:
        k = _split(ln, r) if ln.segs else None
        return ln.segs[k] if k is not None and k < len(ln.segs) else None

    marked = [i for i, ln in enumerate(lines) if (s := right(ln)) is not None and split_marker(s.text)[0]]
    if not marked:
        return None
    a = marked[0]
    b = max(i for i, ln in enumerate(lines) if right(ln) is not None) + 1
    if any(ln.segs and _split(ln, r) is None for ln in lines[a:b]):
        return None
    return a, b


def _padded_zone(lines: list[TLine], r: int) -> tuple[int, int] | None:
    """``[a, b)``: the run of lines padded to one width (every line, the blank ones too, as long as the others
    with its trailing spaces: an HTML layout table's row, two cells side by side laid out by inscriptis) that
    holds the first line whose right-column piece is marked, no line of it running across the gutter; None
    without one."""
    a = next(
        (
            i
            for i, ln in enumerate(lines)
            if ln.segs
            and (k := _split(ln, r)) is not None
            and k < len(ln.segs)
            and split_marker(ln.segs[k].text)[0]
        ),
        None,
    )
    if a is None or lines[a].width <= r:
        return None
    b = a
    while b < len(lines) and lines[b].width == lines[a].width:
        b += 1
    while a > 0 and lines[a - 1].width == lines[b - 1].width:
        a -= 1
    if b - a < 2 * MIN_SIDE or any(ln.segs and _split(ln, r) is None for ln in lines[a:b]):
        return None
    return a, b


def side_by_side(lines: list[TLine]) -> list[TLine]:
    """``lines`` with every page's zone of two columns read column by column (left pieces, a blank
    line, right pieces, each piece a line of its own on its original line number); a page without
    one unchanged."""
    return per_page(lines, _page_columns)


def _page_columns(lines: list[TLine]) -> list[TLine]:
    r = _right_start(lines)
    zone = (_padded_zone(lines, r) or _zone(lines, r)) if r is not None else None
    if r is None or zone is None:
        return lines
    a, b = zone
    left: list[TLine] = []
    right: list[tuple[TLine, int]] = []  # a right piece and where it starts
    for ln in lines[a:b]:  # every line gives each column its piece or a blank (the spacing kept)
        k = _split(ln, r) if ln.segs else 0
        assert k is not None
        left.append(to_tline(ln.number, ln.page, ln.text[: ln.segs[k - 1].c1] if k else ""))
        right.append((ln, ln.segs[k].c0 if k < len(ln.segs) else -1))
    left_items = sum(1 for ln in left if ln.segs and _bullet(ln.segs[0]))
    right_items = sum(1 for ln, c in right if c >= 0 and _bullet(next(s for s in ln.segs if s.c0 == c)))
    if left_items < MIN_SIDE or right_items < MIN_SIDE:
        return lines
    base = min(c for _, c in right if c >= 0)
    moved = [
        to_tline(ln.number, ln.page, " " * (c - base) + ln.text[c:] if c >= 0 else "") for ln, c in right
    ]
    gap = TLine(lines[b - 1].number, lines[b - 1].page, "")
    return [*lines[:a], *left, gap, *moved, *lines[b:]]
