"""A right column holding only a few lines at a page's top in a layout dump: a page set in two columns
whose right column prints only the rows a column break carried from the bottom of the left column (a
funding table's last rows) and stands blank below them. ``pdftotext -layout`` prints those rows on the
page's first lines, beside and between the title's and the header's lines (its rows spaced as the
right column spaces them, the header's as the left column does), so that the readers after this one
would run the title, the header and those rows together into one table. Such a page is read column by
column, as a newspaper page (:func:`.text_newspaper.columns_at`): the left column, then the right
column's rows as a page of their own, where a table the break cut goes on.

The page is found from the positions alone: a place ``R`` in the middle of the page's width where the
right pieces of a few of the page's first lines start (within ``JITTER``), every one of those lines
parted there by a gap of ``MIN_GUTTER`` characters or more (no piece across it), two of the right
pieces or more rows of cells of their own (three cells or more, a figure among them), one of them
printed alone on its line (its left piece blank: no row of a table whose first cells stand left of
the gap) and a line of the left column alone between the right ones; no later line of the page
reaching ``R``, and the left column going on under them for ``MIN_BELOW`` lines or more.
"""

from __future__ import annotations

from pledgecard.extract.readers.text_lines import Seg, TLine, is_figure
from pledgecard.extract.readers.text_newspaper import MIDDLE, MIN_GUTTER, columns_at, pages_by_columns

TOP_LINES = 8  # the right column's lines among the page's first this many printed lines
MAX_RIGHT = 6  # lines the right column prints, at most (a few carried rows; more: a column of its own)
MIN_ROWS = 2  # right pieces that are rows of cells, at least
MIN_BELOW = 3  # printed lines of the left column under the right column's last one, at least
JITTER = 3  # characters the right pieces' first cells may start apart


def top_column_pages(lines: list[TLine]) -> list[TLine]:
    """``lines`` with every page whose right column holds only a few rows at its top read column by column
    (the right column a page of its own from there on, the later pages numbered on)."""

    def columns(page: list[TLine]) -> list[list[TLine]]:
        g = top_gutter(page)
        return [page] if g is None else columns_at(page, g)

    return pages_by_columns(lines, columns)


def top_gutter(page: list[TLine]) -> tuple[int, int] | None:
    """``[g0, g1)``: the gap parting a right column of a few rows at the page's top from the left
    column (the module docstring), or None."""
    printed = [ln for ln in page if ln.segs]
    if len(printed) < TOP_LINES // 2 + MIN_BELOW:
        return None
    width = max(s.c1 for ln in printed for s in ln.segs)
    top = printed[:TOP_LINES]
    for r in sorted({s.c0 for ln in top for s in ln.segs if s.c0 > 0}):
        got = _gutter_at(printed, top, r, width)
        if got is not None:
            return got
    return None


def _gutter_at(printed: list[TLine], top: list[TLine], r: int, width: int) -> tuple[int, int] | None:
    right = [k for k, ln in enumerate(top) if any(s.c0 >= r for s in ln.segs)]
    if not right or len(right) > MAX_RIGHT:
        return None
    last = right[-1]
    zone, below = printed[: last + 1], printed[last + 1 :]
    if len(below) < MIN_BELOW or any(s.c1 >= r for ln in below for s in ln.segs):
        return None  # the left column goes on under the rows, never reaching the right column
    lefts = [s.c1 for ln in zone for s in ln.segs if s.c1 <= r]
    if any(s.c0 < r < s.c1 for ln in zone for s in ln.segs) or not lefts:
        return None  # a piece across the place: no column starts there
    g0 = max(lefts)
    if r - g0 < MIN_GUTTER or not MIDDLE * width <= (g0 + r) / 2 <= (1 - MIDDLE) * width:
        return None
    pieces = [[s for s in zone[k].segs if s.c0 >= r] for k in right]
    if any(abs(p[0].c0 - r) > JITTER for p in pieces):
        return None  # the right column's cells start at its margin
    rows = [k for k, p in zip(right, pieces, strict=True) if _row(p)]
    alone = [k for k in rows if all(s.c0 >= r for s in zone[k].segs)]
    between = [k for k in range(right[0] + 1, last) if k not in right]
    if len(rows) < MIN_ROWS or not alone or not between:
        return None  # rows of a table of their own, one printed alone, the left column's lines between
    return g0, r


def _row(pieces: list[Seg]) -> bool:
    """A row of cells: three or more, a figure among them."""
    return len(pieces) >= 3 and any(is_figure(s.text) for s in pieces)
