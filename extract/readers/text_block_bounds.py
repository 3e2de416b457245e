"""Lines at an aligned block's edges that are no cells of its table (gippeum-county layout dumps, whose
achievements hold a side table under its caption and over the log table's head printed again):

- :func:`caption_over` - a lone line over the block's first row, neither at the left edge of a cell it
  overlaps nor centred on it (``어르신 돌봄 참여기업 현황`` over
  ``연번  기업명  분야  참여인원``): the table's caption, no wrapped top line of a head cell.
- :func:`head_again` - a row of words only (no figure, no dash) printed earlier in the dump as a line of its
  own with the same cells, off the block's columns (a log table's head row printed again over its continued
  part): it opens a table of its own, no row of the block above it.
- :func:`caption_between` - a lone line after a blank line, left of the block's first row, over the block's
  first row printed again in the same columns (stacked tables alike, each under its caption: ``< 2024년 >`` over
  ``구분  계  국비  도비``): the next table's caption, the block ending above it.
- :func:`years_head_below` - a row of years and words only (``구분  2023년  2024년  계``) under rows of figures
  of a block whose lines above it print no such row, a note or a caption right over it: the head of another
  table (years across) set under this one; :func:`before_group` - where the block
  ends above it (its row group and the lone caption lines over it left out)."""

from __future__ import annotations

import re
from collections.abc import Callable

from pledgecard.extract.item_heads import month_part
from pledgecard.extract.picture_tags import tagged_caption
from pledgecard.extract.readers.text_cells import overlaps
from pledgecard.extract.readers.text_lines import TLine
from pledgecard.extract.vocabulary import current

CENTRED = 2  # display columns a wrapped cell line's middle may stand off its cell's middle
EDGE = 1  # columns a wrapped cell line's left edge may stand off its cell's


def caption_over(line: TLine, row: TLine) -> bool:
    """``line`` (one segment) over ``row`` is a caption: in both measures it overlaps segments of the row but
    lines up with none of them, neither their left edge nor their middle."""
    if len(line.segs) != 1:
        return False
    s = line.segs[0]
    for wide in (True, False):
        a0, a1 = s.span(wide)
        hit = [o.span(wide) for o in row.segs if overlaps(*o.span(wide), a0, a1)]
        if not hit:
            continue
        for b0, b1 in hit:
            if abs(a0 - b0) <= EDGE or abs((a0 + a1) - (b0 + b1)) <= 2 * CENTRED:
                return False
    return True


def _cells(line: TLine) -> tuple[str, ...]:
    return tuple(" ".join(s.text.split()) for s in line.segs)


def _off_columns(line: TLine, row: TLine) -> bool:
    """No segment of ``line`` overlaps a segment of ``row``, in either measure: other columns."""
    return not any(
        overlaps(*a.span(w), *b.span(w)) for a in line.segs for b in row.segs for w in (True, False)
    )


def head_again(lines: list[TLine], j: int, first: int) -> bool:
    """Line ``j`` (below the block's first line ``first``) repeats, cell for cell, a row of words printed
    above the block, and stands in other columns than the block's first row (no cell of the one over a cell
    of the other): the head of another table printed again, opening a table of its own. (A wrapped cell's
    lines printed alike in each year group of one table stand in its columns.)"""
    ln = lines[j]
    cells = _cells(ln)
    if len(cells) < 2 or any(
        any(ch.isdigit() for ch in c) or not any(ch.isalpha() for ch in c) for c in cells
    ):
        return False
    if len(lines[first].segs) < 2 or not _off_columns(ln, lines[first]):
        return False
    return any(_cells(lines[i]) == cells for i in range(first))


def caption_between(lines: list[TLine], j: int, first: int) -> bool:
    """Line ``j`` (one segment, a blank line above it) ends left of every segment of the block's first line
    ``first`` (in both measures), and the next line that is not blank repeats that first line cell for cell
    (words only, two cells or more): a caption between stacked tables alike, opening the next."""
    ln = lines[j]
    if len(ln.segs) != 1 or j < 1 or not lines[j - 1].blank:
        return False
    head = lines[first]
    cells = _cells(head)
    if len(cells) < 2 or any(
        any(ch.isdigit() for ch in c) or not any(ch.isalpha() for ch in c) for c in cells
    ):
        return False
    if any(ln.segs[0].span(w)[1] >= min(o.span(w)[0] for o in head.segs) for w in (True, False)):
        return False
    nxt = next((lines[i] for i in range(j + 1, len(lines)) if not lines[i].blank), None)
    return nxt is not None and nxt.page == ln.page and _cells(nxt) == cells


def _years_row(line: TLine) -> bool:
    """Two cells or more each a bare year, no other cell holding a digit (``구분  2023년  2024년  계``)."""
    year = current().year_re
    cells = _cells(line)
    years = sum(1 for c in cells if year.fullmatch(c))
    return years >= 2 and all(year.fullmatch(c) or not any(ch.isdigit() for ch in c) for c in cells)


def years_head_below(lines: list[TLine], first: int, j: int, is_row: Callable[[TLine], bool]) -> bool:
    """Line ``j``, a row of years and words only (:func:`_years_row`), set apart from the block by a note or a
    caption right over it (:func:`_set_apart`), under rows of the block from ``first``
    that print a figure other than a year (its body read: two rows or more), none of the block's lines above ``j`` such a row:
    a table whose head names no years prints no years head amid its body; it is another table's head (a
    goal table's, then a note and a small table of 2023년 | 2024년 | 계 under a year caption). ``is_row``
    tells a row of cells."""
    if not _years_row(lines[j]) or not _set_apart(lines, first, j):
        return False
    year = current().year_re
    body = 0
    for ln in lines[first:j]:
        if ln.blank or not is_row(ln):
            continue
        if _years_row(ln):
            return False
        body += any(any(ch.isdigit() for ch in c) and not _date_cell(c, year) for c in _cells(ln))
    return body >= 2  # a body of rows read: one row alone (a log row, a watermark's stray digits) proves none


def _date_cell(cell: str, year: re.Pattern[str]) -> bool:
    """A cell printing a date and nothing else, each word a year or a month (``2024년``, ``10월``, ``2024년 10월``):
    a log row's date, no figure of a table's body."""
    return all(year.fullmatch(w) or month_part().fullmatch(w) for w in cell.split())


def _set_apart(lines: list[TLine], first: int, j: int) -> bool:
    """Line ``j`` stands under a line of one segment: right under it (a note over the head, no blank line between)
    or under it and a blank line, that line itself under a blank line (a caption alone). A head right under a row of
    the block's cells (a log row printing the side table's title, ``2024년  10월  ... 운영 실적``, the side table one
    of the log's rows) is not set apart from the block."""
    above = j - 1
    if above <= first:
        return False
    if not lines[above].blank:
        return len(lines[above].segs) == 1
    while above > first and lines[above].blank:
        above -= 1
    return above > first and len(lines[above].segs) == 1 and lines[above - 1].blank


_OPEN = "<〈＜‹«《[［【(（"
_CLOSE = ">〉＞›»》]］】)）"


def _caption_shape(text: str) -> bool:
    """A line wholly in brackets (``<연도별 운영 실적>``, ``‹…>``: a caption's shape), or opening with a picture's
    caption tag (``[captions] picture_tags``)."""
    t = text.strip()
    return (len(t) >= 3 and t[0] in _OPEN and t[-1] in _CLOSE) or tagged_caption(t)


def _wrapped_cell_line(row: TLine, line: TLine) -> bool:
    """``line`` (one segment) right under ``row`` (two segments or more) starts where one of the row's cells other
    than its first starts (within :data:`EDGE`, in either measure): that cell's wrapped rest."""
    if len(row.segs) < 2 or len(line.segs) != 1:
        return False
    s = line.segs[0]
    if _caption_shape(s.text):
        return False  # a line wholly in brackets (‹연도별 운영 실적>) or a picture's tagged caption: no cell's text
    return any(abs(s.span(w)[0] - o.span(w)[0]) <= EDGE for o in row.segs[1:] for w in (True, False))


def before_group(lines: list[TLine], first: int, j: int) -> int:
    """The last line of a block from ``first`` ending above the row group of line ``j`` (the lines over it
    with no blank line between), past the blank lines above that group and the lone lines standing alone
    between blank lines over it (a year caption ``<2027>`` heading no row of the block). A row of cells whose wrapped
    rest (:func:`_wrapped_cell_line`) is the lone line right over the head is no group of the head's: the block ends
    right over the head, the row kept (``2024년  10월  문화관광 연도별`` / ``운영 실적`` over ``구분  2023년  2024년``:
    cut off before, the row read into the years table's head, lost with no finding)."""
    g = j
    while g - 1 > first and not lines[g - 1].blank and lines[g - 1].page == lines[j].page:
        g -= 1
    if any(
        len(lines[r].segs) >= 2 and all(_wrapped_cell_line(lines[r], lines[i]) for i in range(r + 1, j))
        for r in range(g, j - 1)
    ):
        return j - 1  # a row of the block and its cell's wrapped rest right over the head: the block's, kept
    end = g - 1
    while True:
        while end > first and lines[end].blank:
            end -= 1
        top = end
        while top - 1 > first and not lines[top - 1].blank:
            top -= 1
        if top <= first or not lines[top - 1].blank or any(len(ln.segs) != 1 for ln in lines[top : end + 1]):
            return end
        end = top - 1
