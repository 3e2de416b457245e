"""Pages set in newspaper columns in a layout dump: ``pdftotext -layout`` prints every line of such a
page with a piece of the left column and a piece of the right one. A page is found to be one from
its lines' space runs alone: a run of character columns (a gutter) that no line's text covers, bar a
few lines of their own (labels drawn turned, which the dump prints flat where they stood), in the
middle of the page's width, with bullet items and lines of their own on both sides. Such a page is
read column by column: its lines' left pieces, a blank line, then their right pieces (set back to
the right column's margin), each on its original line number. The right column reads as a page of its
own (the pages after it numbered on): a table the column break cuts goes on as over a page break. The rows a
label drawn turned in one column's margin took (its line and the blank lines of the whole page under it) are
no rows of the other column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from pledgecard.extract.heading_numbers import heading_number, titleish
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.pdf_margins import PAGE_NUMBER
from pledgecard.extract.readers.text_lines import Seg, TLine, per_page, to_tline
from pledgecard.extract.readers.text_margin_labels import (
    GLYPH_ROWS,
    body_margin,
    lone_label,
    most_common_start,
)

MIN_GUTTER = 6  # characters of white space between the columns, at least (a table's cells stand closer)
MIDDLE = 0.3  # the gutter's middle within [30%, 70%] of the page's width
CROSS_SHARE = 0.05  # lines that may run across the gutter, at most this share of the page's lines
MIN_SIDE = 3  # lines each column prints alone (the other column blank there), at least
MIN_ITEMS = 3  # bullet items each column opens at its margin (one place), at least
MARGIN_SHARE = 0.5  # of a column's bullet items, at least this share open at its margin


def newspaper_pages(lines: list[TLine]) -> list[TLine]:
    """``lines`` with every page set in two newspaper columns read column by column."""
    return pages_by_columns(lines, _page)


def pages_by_columns(
    lines: list[TLine], columns_of: Callable[[list[TLine]], list[list[TLine]]]
) -> list[TLine]:
    """``lines`` with each page read as ``columns_of`` parts it (its columns, in reading order; the page
    itself alone when whole): each column a page of its own, the later pages numbered on."""
    extra = 0  # pages added before

    def read(page: list[TLine]) -> list[TLine]:
        nonlocal extra
        columns = columns_of(page)
        out = [replace(ln, page=ln.page + extra + n) for n, column in enumerate(columns) for ln in column]
        extra += len(columns) - 1
        return out

    return per_page(lines, read)


def gutter(lines: list[TLine]) -> tuple[int, int] | None:
    """``[g0, g1)``: the widest run of character columns in the middle of the page that at most
    ``CROSS_SHARE`` of its lines cover, when both sides hold columns of their own; else None."""
    printed = [ln for ln in lines if ln.segs]
    if len(printed) < 2 * MIN_SIDE:
        return None
    width = max(s.c1 for ln in printed for s in ln.segs)
    best: tuple[int, int] | None = None
    for c, d in _free_runs(printed, 0, width):
        mid = (c + d) / 2
        if (
            d - c >= MIN_GUTTER
            and MIDDLE * width <= mid <= (1 - MIDDLE) * width
            and (best is None or d - c > best[1] - best[0])
        ):
            best = (c, d)
    if best is None or not _columns_apart(printed, best):
        return None
    return best


def _free_runs(
    printed: list[TLine], lo: int, hi: int, counted: list[TLine] | None = None
) -> list[tuple[int, int]]:
    """The runs ``[c, d)`` of character columns within ``[lo, hi)`` that at most ``CROSS_SHARE`` of
    ``printed`` (the page's printed lines) cover, counting the lines of ``counted`` (all of them: None)."""
    allowed = int(CROSS_SHARE * len(printed))
    occupied = [0] * max(hi - lo, 0)
    for ln in printed if counted is None else counted:
        for s in ln.segs:
            for c in range(max(s.c0, lo), min(s.c1, hi)):
                occupied[c - lo] += 1
    runs: list[tuple[int, int]] = []
    for k, n in enumerate(occupied):
        if n > allowed:
            continue
        if runs and runs[-1][1] == lo + k:
            runs[-1] = (runs[-1][0], lo + k + 1)
        else:
            runs.append((lo + k, lo + k + 1))
    return runs


def _side(seg: Seg, g: tuple[int, int]) -> int:
    """0: the left column's, 1: the right column's (a piece within the gutter: by its middle)."""
    if seg.c1 <= g[0]:
        return 0
    if seg.c0 >= g[1]:
        return 1
    return 0 if (seg.c0 + seg.c1) / 2 < (g[0] + g[1]) / 2 else 1


def _columns_apart(printed: list[TLine], g: tuple[int, int]) -> bool:
    """Both sides print lines alone and open bullet items at one margin each, most of their items there
    (a table's columns print every row across; headings centred over the page start each at its own
    place). A numbered heading (``3. 추진실적``) is no column's item: a page whose headings, centred over a
    wide sheet, stand on one side of a table's gap proves no column there."""
    alone = [0, 0]
    starts: list[list[int]] = [[], []]
    at: list[list[int]] = [[], []]  # the lines of each side's bullet items
    for ln in printed:
        sides = {_side(s, g) for s in ln.segs}
        if len(sides) == 1:
            alone[sides.pop()] += 1
        for side in (0, 1):
            first = next((s for s in ln.segs if _side(s, g) == side), None)
            marker, rest = split_marker(first.text) if first is not None else (None, "")
            if first is not None and marker is not None and rest and not _numbered_heading(first.text):
                starts[side].append(first.c0)  # a bullet item (a dash alone: a zero)
                at[side].append(ln.number)
    items = [max((xs.count(c) for c in xs), default=0) for xs in starts]
    return (
        min(alone) >= MIN_SIDE
        and all(n >= MIN_ITEMS and n >= MARGIN_SHARE * len(xs) for n, xs in zip(items, starts, strict=True))
        and not _stacked(at)
    )


def _stacked(at: list[list[int]]) -> bool:
    """Whether every bullet item of the left side stands below every one of the right side (or on its last line:
    two captions side by side): no columns side by side but a right column's end carried atop the page, the page's
    full width below it (its items at the left margin, its headings centred over the page: daon-special-city 42007
    layout, the plans and effects under the goal table read before the achievements' rest)."""
    return bool(at[0] and at[1]) and min(at[0]) >= max(at[1])


def _numbered_heading(text: str) -> bool:
    """A section heading by its number and short title (``3. 추진실적``, ``Ⅱ 재원``), no item."""
    got = heading_number(text)
    return got is not None and bool(got[2].strip()) and titleish(got[2])


def sheet_gutter(lines: list[TLine]) -> tuple[int, int] | None:
    """``[g0, g1)``: where a sheet printed two pages side by side (2-up) parts them: its last line prints two
    page numbers, one a page, of consecutive pages (``- 7 -``, ``- 8 -``; a ranking table's last row
    ``7 ... 105`` is none), and a run of character columns between them, in the middle of the page's width,
    that at most ``CROSS_SHARE`` of the page's lines cover; else None. Of several such runs, the one
    nearest half way between the two numbers (centred numbers) and the one ending nearest the right page's
    first column (each page prints its number at one place of its own, centred or at a corner, so the right
    page starts where the leftmost printed column lies moved on by the distance between the two numbers, as
    :func:`pdf_sheets.split_sheet` places its origin), the wider of the two where they differ (a dump's
    columns are not the sheet's points: either estimate may land on a gap between a half's own table
    columns); numbers at the outer corners, placing the origin out of the sheet's middle: the first. The
    halves' text may stand closer than newspaper columns', and a half need print no line nor item of its own (a last page of a few lines beside
    a full one: no :func:`_columns_apart`)."""
    printed = [ln for ln in lines if ln.segs]
    if len(printed) < 2 * MIN_SIDE or len(printed[-1].segs) != 2:
        return None
    a, b = printed[-1].segs
    pages = [_page_number(seg.text) for seg in (a, b)]
    if pages[0] is None or pages[1] != pages[0] + 1:
        return None
    width = max(s.c1 for ln in printed for s in ln.segs)
    runs = [
        r
        for r in _free_runs(printed, a.c1, b.c0, printed[:-1])
        if MIDDLE * width <= (r[0] + r[1]) / 2 <= (1 - MIDDLE) * width
    ]
    if not runs:
        return None
    middle = (
        a.c0 + a.c1 + b.c0 + b.c1
    ) / 4  # centred numbers (or at the outer corners): the halves part half way
    by_middle = min(runs, key=lambda r: (max(r[0] - middle, middle - r[1], 0), r[0] - r[1]))
    origin = min(s.c0 for ln in printed for s in ln.segs) + (b.c0 + b.c1 - a.c0 - a.c1) / 2
    if not MIDDLE * width <= origin <= (1 - MIDDLE) * width:
        return by_middle
    by_origin = min(runs, key=lambda r: (abs(r[1] - origin), r[0] - r[1]))
    # the two estimates part at different runs (a dump's columns are not the sheet's points: either may land on a
    # gap between a half's own table columns): the wider run, the sheet's gutter being its widest clear band there
    return max((by_middle, by_origin), key=lambda r: r[1] - r[0])


def _page_number(text: str) -> int | None:
    """The page a bare page number (``- 3 -``, ``3 / 12``) numbers; None: no page number."""
    text = text.strip()
    if not PAGE_NUMBER.match(text):
        return None
    digits = re.search(r"\d+", text)
    return int(digits.group()) if digits else None


def _page(lines: list[TLine]) -> list[list[TLine]]:
    """The page's columns (the page itself when it is not set in newspaper columns nor a sheet of two pages);
    a blank line ends the left one."""
    g = gutter(lines) or sheet_gutter(lines)
    if g is None:
        return [lines]
    return columns_at(lines, g)


def columns_at(lines: list[TLine], g: tuple[int, int]) -> list[list[TLine]]:
    """A page's two columns parted at the gutter ``g``: its lines' left pieces then a blank line, and its
    right pieces set back onto the left column's margin, each on its original line number."""
    left: list[TLine] = []
    right: list[tuple[TLine, int]] = []  # a line and where its right piece starts (-1: none)
    for ln in lines:
        k = next((i for i, s in enumerate(ln.segs) if _side(s, g) == 1), len(ln.segs))
        left.append(to_tline(ln.number, ln.page, ln.text[: ln.segs[k - 1].c1] if k else ""))
        right.append((ln, ln.segs[k].c0 if k < len(ln.segs) else -1))
    # the right column set back onto the left column's margin (where most of each column's lines start),
    # so that a table the column break cut keeps its columns
    shift = most_common_start([c for _, c in right if c >= 0]) - most_common_start(
        [ln.segs[0].c0 for ln in left if ln.segs]
    )
    moved = [
        to_tline(ln.number, ln.page, " " * max(c - shift, 0) + ln.text[c:] if c >= 0 else "")
        for ln, c in right
    ]
    gap = TLine(lines[-1].number, lines[-1].page, "")
    off_left, off_right = _glyph_rows(moved, left), _glyph_rows(left, moved)
    return [
        [*(ln for k, ln in enumerate(left) if k not in off_left), gap],
        [ln for k, ln in enumerate(moved) if k not in off_right],
    ]


def _glyph_rows(column: list[TLine], other: list[TLine]) -> set[int]:
    """The rows a label drawn turned in ``column``'s margin took (its line, the other column blank there,
    and the blank lines of the whole page under it, where its turned glyphs stood, or above it where fewer
    than ``GLYPH_ROWS`` stand under it: the dump prints the label at its last glyph's line): rows of no line of
    ``other``, whose cells they would part (a cell wrapped around its row above and below them)."""
    margin = body_margin(column)
    out: set[int] = set()
    for k, ln in enumerate(column):
        if not (lone_label(ln, margin) and other[k].blank):
            continue
        j = k
        while j < len(column) and other[j].blank and (j == k or column[j].blank):
            out.add(j)
            j += 1
        if j - k - 1 < GLYPH_ROWS:  # no height of glyphs under it: its glyphs' rows above it (blank in both)
            j = k - 1
            while j >= 0 and other[j].blank and column[j].blank:
                out.add(j)
                j -= 1
    return out
