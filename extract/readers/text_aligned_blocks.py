"""Where an aligned block of a layout text dump starts and ends (:func:`find_block`): a run of lines
of two or more segments, at least two of them with three or more (a label and its value on one line
read as well as text), with the blank lines between them, wrapped cell lines, cells centred on the
rows they span, group labels, and a spanning header line just above, on one page; and the header
row a page's end may cut from its body (:func:`header_part`)."""

from __future__ import annotations

from collections.abc import Callable

from pledgecard.extract.labels import is_title, section_of
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_block_bounds import (
    before_group,
    caption_between,
    caption_over,
    head_again,
    years_head_below,
)
from pledgecard.extract.readers.text_cells import overlaps
from pledgecard.extract.readers.text_columns import cluster, row_groups
from pledgecard.extract.readers.text_gapped_cells import gapped_under_head, printed_cells
from pledgecard.extract.readers.text_line_kinds import (
    FIGURE,
    LABEL_MAX,
    PARENTHESISED,
    cells_row,
    centred_first_cell,
    ends_page,
    group_segs,
    heading_like,
    last_cells_row,
    lies_under,
    lone_cell,
    numbered_heading,
    plain_cell,
    row_around_wrap,
    title_over_header,
)
from pledgecard.extract.readers.text_lines import Seg, TLine, is_figure
from pledgecard.extract.vocabulary import current

BLOCK_END_BLANKS = (
    3  # an aligned block ends after more blank lines than this (a table's rows never stand so far apart)
)


def find_block(lines: list[TLine], k: int) -> tuple[int, int, int] | None:
    """(first, last, rows of three or more cells) of the aligned block starting at or just above
    line k: it starts at a row of cells, or at a lone cell line whose row group holds several."""
    if not (
        cells_row(lines[k])
        or (
            lone_cell(lines[k])
            and group_segs(lines, k) >= 3
            and not PARENTHESISED.match(lines[k].segs[0].text)
            and not is_title(lines[k].text)
        )
    ):
        # (a unit note such as ``(단위 : 천원)`` right above a table is none of its cells, nor the card's title
        # centred right over its header grid with no blank line apart: doc-sinbi-county-3-9's pdftotext -layout,
        # the title read as a cell of the grid's first row and no card found)
        return None
    page = lines[k].page
    end = k
    j = k + 1
    blanks = 0
    widest = 0  # the most blank lines between two lines of the block so far
    while j < len(lines) and lines[j].page == page:
        ln = lines[j]
        gap = blanks
        if ln.blank:
            blanks += 1
            if blanks > BLOCK_END_BLANKS:
                break
        elif blanks and (
            numbered_heading(ln) or (len(ln.segs) == 1 and section_of(ln.text.strip()) is not None)
        ):
            break  # a section's heading under the table (``시민 소통 실적`` centred; ``04    성과목표``)
        elif blanks and end > k and _head_ending_page(lines, j):
            break  # the head of a table stacked under this one, its rows on the next page
        elif blanks and head_again(lines, j, k):
            break  # another table's head printed again under this one
        elif blanks and caption_between(lines, j, k):
            break  # the caption of a table stacked under this one, its head this one's
        elif end > k and cells_row(ln) and years_head_below(lines, k, j, cells_row):
            end = before_group(lines, k, j)
            break  # another table's head of years under this one's rows, a note or caption over it
        elif cells_row(ln) and blanks > widest + 1 and end > k and ends_page(lines, j) is not None:
            break  # the top of the next table, cut off by the page break (a wider gap than any row's)
        elif (
            cells_row(ln)
            or (blanks == 0 and row_around_wrap(lines, j))
            or (
                lone_cell(ln)
                and (blanks == 0 or group_segs(lines, j) >= 2 or lies_under(ln, last_cells_row(lines, k, j)))
            )
        ):
            end, blanks = j, 0
        elif blanks == 0 and _flush_left_cell(lines, k, j):
            end = j
        elif blanks == 0 and j >= 2 and centred_first_cell(lines[j - 2], lines[j - 1], ln, tail=True):
            end = j
        elif blanks <= 2 and j + 2 < len(lines) and centred_first_cell(ln, lines[j + 1], lines[j + 2]):
            end, blanks = j, 0  # the first line of a cell centred on the row below, at the left edge
        elif blanks <= 2 and group_label(lines, k, j):
            end, blanks = j, 0
        else:
            break
        if end == j:
            widest = max(widest, gap)
        j += 1
    # lone cell lines after the last row of cells, below a blank line, are not the table's (but a
    # group label ending the page, over the rows the next page opens with)
    last_multi = max(i for i in range(k, end + 1) if cells_row(lines[i]) or i == k)
    over = end > last_multi and ends_page(lines, end) is not None and group_label(lines, k, end)
    over = over or (end > last_multi and _mirrored_tail(lines, k, last_multi, end))
    while (
        end > last_multi
        and not over
        and any(ln.blank for ln in lines[last_multi : end + 1])
        and not _row_of_lone_cells(
            lines[last_multi + 1 : end + 1],
            [ln for ln in lines[k : last_multi + 1] if cells_row(ln)],
            lines[end + 1] if end + 1 < len(lines) else None,
        )
    ):
        end -= 1
        while end > last_multi and lines[end].blank:
            end -= 1
    start = k
    above = k - 1
    while above >= 0 and lines[above].blank and k - above <= 2:
        above -= 1
    below = [ln for ln in lines[k : end + 1] if not ln.blank][:3]
    if above >= 0 and _item_rest(lines, above):
        pass  # the wrapped rest of the item above the table (``  사전 협의 완료``), no cell of it
    elif above >= 0 and lines[above].page == page and any(spanning_above(lines[above], ln) for ln in below):
        start = above
    elif cells_row(
        lines[k]
    ):  # the top lines of cells centred on the row below (one blank line apart at most)
        if k >= 1 and k + 1 < len(lines) and centred_first_cell(lines[k - 1], lines[k], lines[k + 1]):
            start = above = k - 1
        while (
            above >= 0
            and lines[above].page == page
            and lone_cell(lines[above])
            and not PARENTHESISED.match(lines[above].segs[0].text)
            and not is_title(lines[above].text)
            and not numbered_heading(lines[above])
            and not title_over_header(lines[above], lines[k])
            and lies_under(lines[above], lines[k])
            and not caption_over(lines[above], lines[k])
        ):
            start = above
            above -= 1
            while above >= 0 and lines[above].blank and start - above <= 2:
                above -= 1
    at = [i for i in range(start, end + 1) if cells_row(lines[i])]  # the rows' places
    rows = [lines[i] for i in at]
    if rows and (
        all(_empty_cells_apart(ln) for ln in rows)
        or _gapped_rows_under_spaced_head(lines, rows, at[0])
        or _cells_counted_under_head(lines, rows, at[0])
    ):
        return None  # cells one space apart, an empty cell a run of two: no aligned columns
    wide_rows = sum(1 for ln in lines[start : end + 1] if cells_row(ln) and len(ln.segs) >= 3)
    if wide_rows < 2:  # rows whose three cells or more lie on several lines (wrapped, centred)
        wide_rows = max(wide_rows, _wide_groups(lines[start : end + 1]))
    return start, end, wide_rows


def spanning_above(line: TLine, below: TLine) -> bool:
    """A header line over several cells of the block below (not a card title, nor a numbered section
    heading centred over the table that opens its section: ``제4장 성과목표``, ``3. 추진실적``)."""
    if (
        len(line.segs) != 1
        or not plain_cell(line.segs[0])
        or is_title(line.segs[0].text)
        or PARENTHESISED.match(line.segs[0].text)
    ):
        return False
    if numbered_heading(line) or title_over_header(line, below):
        return False
    s = line.segs[0]
    return any(sum(1 for o in below.segs if overlaps(*o.span(w), *s.span(w))) >= 2 for w in (True, False))


def _item_rest(lines: list[TLine], k: int) -> bool:
    """Line ``k`` goes on a bulleted or numbered item printed right above it (no blank line between:
    the item's lines, its first opening with a marker): its wrapped rest, hung under its text."""
    j = k - 1
    while j >= 0 and not lines[j].blank and lines[j].page == lines[k].page:
        if split_marker(lines[j].text)[0] is not None:
            return True
        j -= 1
    return False


def _flush_left_cell(lines: list[TLine], k: int, j: int) -> bool:
    """A lone line at the left edge inside a block (a first-column cell centred on rows it spans):
    under a cell of a row above, with lines of the block right above and below it."""
    ln = lines[j]
    if len(ln.segs) != 1 or not plain_cell(ln.segs[0]) or is_title(ln.text) or j + 1 >= len(lines):
        return False
    nxt = lines[j + 1]
    if nxt.blank or nxt.page != ln.page or not (cells_row(nxt) or lone_cell(nxt)):
        return False
    if _beside_rows(ln, lines[j - 1], nxt):
        return True
    return any(lies_under(ln, lines[i]) for i in range(k, j) if cells_row(lines[i]))


def _beside_rows(line: TLine, above: TLine, below: TLine) -> bool:
    """A lone line between two rows of figures (no blank line between: each holds two figures or
    more), ending left of where both rows start: a first-column cell centred beside the rows it spans
    (an indicator's name between its 목표 and 실적 rows)."""
    if line.page != above.page or not (cells_row(above) and cells_row(below)):
        return False
    if any(sum(1 for s in ln.segs if is_figure(s.text)) < 2 for ln in (above, below)):
        return False
    return line.segs[0].c1 < min(above.segs[0].c0, below.segs[0].c0)


def group_label(lines: list[TLine], k: int, j: int) -> bool:
    """A short lone line at the left edge between two rows of cells, starting at or left of the
    first cell of the row above and ending before its second (``2025년`` heading the rows of its
    year): a full-width row of the table."""
    ln = lines[j]
    if (
        len(ln.segs) != 1
        or not plain_cell(ln.segs[0])
        or is_title(ln.text)
        or ln.segs[0].x1 - ln.segs[0].x0 > LABEL_MAX
    ):
        return False
    if section_of(ln.text.strip()) is not None:
        return False  # a section's heading at the left edge (``군민소통``) under a table, over the next
    above = last_cells_row(lines, k, j)
    nxt = next((i for i in range(j + 1, min(j + 4, len(lines))) if not lines[i].blank), None)
    if (
        nxt is not None
        and nxt + 2 < len(lines)
        and (lone_cell(lines[nxt]) or centred_first_cell(lines[nxt], lines[nxt + 1], lines[nxt + 2]))
    ):
        nxt += 1  # a row whose first line is one wrapped cell
        while nxt + 1 < len(lines) and nxt < j + 6 and lone_cell(lines[nxt]) and not lines[nxt + 1].blank:
            nxt += 1  # its first lines each one wrapped cell (a target over a detail, maru-county 12 -layout)
    if nxt is not None and lines[nxt].page != ln.page:
        nxt = None
    if (
        nxt is None
        and (over := ends_page(lines, j)) is not None
        and cells_row(lines[over])
        and not heading_like(ln)
    ):
        nxt = over  # the page's last line, heading the rows the next page opens with (``[2019년]``)
    if above is None or nxt is None or not cells_row(lines[nxt]):
        return False
    s, first, second = ln.segs[0], above.segs[0], above.segs[1]
    return s.c0 <= first.c0 and s.x1 < second.x0 and s.c1 < second.c0


def _row_of_lone_cells(tail: list[TLine], refs: list[TLine], after: TLine | None) -> bool:
    """Lone cell lines below rows of cells, each under a cell of one of them, two of them side by
    side (in two columns), none flush left, with a blank line (or the end) after them: a row whose
    cells ``pdftotext -layout`` printed on lines of their own."""
    body = [ln for ln in tail if not ln.blank]
    if (
        len(body) < 2
        or not refs
        or not all(lone_cell(ln) and any(lies_under(ln, r) for r in refs) for ln in body)
        or (after is not None and not after.blank and after.page == body[-1].page)
    ):
        return False
    return any(not lies_under(x, y) for i, x in enumerate(body) for y in body[i + 1 :])


def _mirrored_tail(lines: list[TLine], k: int, last: int, end: int) -> bool:
    """Lone cell lines below the block's last row of cells (line ``last``), each under a cell of that
    row and mirroring a lone cell line as far above the row's line in the same column (``대중교통`` two
    lines above ``2021  프로그램 …``, ``운영(15회)`` two below): the last lines of a cell
    ``pdftotext -layout`` centred on that row, its lines a blank line apart."""
    body = [j for j in range(last + 1, end + 1) if not lines[j].blank]
    return bool(body) and all(
        lone_cell(lines[j])
        and lies_under(lines[j], lines[last])
        and k <= 2 * last - j
        and lone_cell(lines[2 * last - j])
        and not cells_row(lines[2 * last - j])
        and lies_under(lines[2 * last - j], lines[j])
        for j in body
    )


def _empty_cells_apart(line: TLine) -> bool:
    """A row a dump printed cells one space apart whose empty cells leave runs of two spaces (``일자리
    창출 명 89 62 391  398  132``): every gap between its segments exactly two columns wide and its
    first segment holding two figures or more one space apart (cells no layout aligned), or, every
    other cell empty (``공정률 % 40  60  80  100 ``: the actuals not yet measured), the line ending in
    the one space before its empty last cell, its first segment ending in a figure and every later
    segment a lone figure. Figures one space apart the line reader made cells of (``11.2 -``: amounts
    apart) are the cells of one run, their one-column gap no column's."""
    pairs = list(zip(line.segs, line.segs[1:], strict=False))
    gaps = [
        b.x0 - a.x1 for a, b in pairs if not (b.x0 - a.x1 == 1 and is_figure(a.text) and is_figure(b.text))
    ]
    if not gaps or any(g != 2 for g in gaps):
        return False
    first = line.segs[0].text.split()
    if sum(1 for w in first if FIGURE.fullmatch(w)) >= 2:
        return True
    return (
        line.trail == 1
        and bool(FIGURE.fullmatch(first[-1]))
        and all(FIGURE.fullmatch(sg.text) for sg in line.segs[1:])
    )


def _line_above(lines: list[TLine], at: int, keep: Callable[[TLine], bool]) -> TLine | None:
    """The nearest line above ``lines[at]`` that prints something and ``keep`` takes, or None."""
    return next((lines[i] for i in range(at - 1, -1, -1) if not lines[i].blank and keep(lines[i])), None)


def _gapped_rows_under_spaced_head(lines: list[TLine], rows: list[TLine], at: int) -> bool:
    """Rows under a head printed one space apart (the line above the first row, past such rows, one segment
    of as many words as any row has segments, or more: no column aligned there), each row a name whose first cell
    follows it one space apart, then lone figures two columns apart (``프로그램 참여자 명 1,195  1,573  634
    290  3,692 -``: every other cell, an actual not yet measured, printed as nothing between the single
    spaces that part the cells). The gaps are empty cells, not columns (figures one space apart, as
    ``3,692 -``, the line reader parted, are the cells of one run); ``at``: the first row's place in ``lines``."""
    head = _line_above(
        lines, at, lambda ln: not _gapped_figures(ln)
    )  # (above the rows read before these as text)
    if head is None or head.page != rows[0].page or len(head.segs) != 1:
        return False
    if len(head.segs[0].text.split()) < max(len(r.segs) for r in rows):
        return False
    return all(_gapped_figures(r) for r in rows)


def _cells_counted_under_head(lines: list[TLine], rows: list[TLine], at: int) -> bool:
    """Rows of a name then figures whose printed spaces count as many cells as the head line above them
    prints words, one space apart (``text_gapped_cells``): empty cells, no aligned columns; ``at``: the first
    row's place in ``lines``."""
    head = _line_above(lines, at, lambda ln: printed_cells(ln) is None)
    return head is not None and head.page == rows[0].page and gapped_under_head(head, rows)


def _gapped_figures(line: TLine) -> bool:
    """A row of a name and its first figure one space apart, then lone figures each two columns after the
    one before (figures one column apart: one run the line reader parted), its last two figures one space
    apart: the last cell printed, so no empty cell hides at the end (a row trimmed of it does not tell)."""
    pairs = list(zip(line.segs, line.segs[1:], strict=False))
    gaps = [
        b.x0 - a.x1 for a, b in pairs if not (b.x0 - a.x1 == 1 and is_figure(a.text) and is_figure(b.text))
    ]
    first = line.segs[0].text.split()
    last = pairs[-1] if pairs else None
    closed = len(line.segs[-1].text.split()) >= 2 or (last is not None and last[1].x0 - last[0].x1 == 1)
    return (
        bool(gaps)
        and closed
        and all(g == 2 for g in gaps)
        and len(first) >= 2
        and bool(FIGURE.fullmatch(first[-1]))
        and not FIGURE.fullmatch(first[0])
        and all(FIGURE.fullmatch(w) for sg in line.segs[1:] for w in sg.text.split())
    )


def _wide_groups(block: list[TLine]) -> int:
    """Row groups of a block whose segments make three cells or more (in either measure), each
    group holding a row of cells (lone lines alone are no row)."""
    groups = [g for g in row_groups(block) if any(cells_row(ln) for ln in g)]
    return sum(1 for g in groups if max(len(cluster(g, w)) for w in (True, False)) >= 3)


HEADER_LINES = 4  # a header row cut by a page break: at most this many lines on either page


def header_part(lines: list[TLine], k: int) -> tuple[list[TLine], int] | None:
    """Lines ``k``.. to the end of their page when they can be a table's header row the page break
    cut from its body: a few lines with no blank line between them (one row), plain cells only (no
    bullet, numbering or title), one line of several cells among them; with the index of the last."""
    part: list[TLine] = []
    j = last = k
    while j < len(lines) and lines[j].page == lines[k].page and len(part) <= HEADER_LINES:
        if not lines[j].blank:
            part.append(lines[j])
            last = j
        j += 1
    if (
        not part
        or (j < len(lines) and lines[j].page == lines[k].page)  # more lines: not the page's end
        or len(part) > HEADER_LINES
        or part[-1].number - part[0].number != len(part) - 1
        or not any(cells_row(ln) for ln in part)
        or any(is_title(ln.text) or not all(plain_cell(s) for s in ln.segs) for ln in part)
        or (k > 0 and not lines[k - 1].blank and lines[k - 1].page == lines[k].page)
    ):
        return None
    return part, last


def _head_ending_page(lines: list[TLine], j: int) -> bool:
    """Lines from ``j`` to the end of their page that can be a table's header row cut from its body
    (:func:`header_part`), two lines or more of words and years, one of them a run of two years or
    more and nothing else, no other digit (a row at a page's end, ``2026  실시설계 완료  -  추진 중``,
    is a table's last row)."""
    found = header_part(lines, j)
    if found is None or len(found[0]) < 2:
        return False
    year = current().year_re

    def is_year(seg: Seg) -> bool:
        return bool(year.fullmatch(" ".join(seg.text.split())))

    digits = [s for ln in found[0] for s in ln.segs if any(ch.isdigit() for ch in s.text)]
    return all(is_year(s) for s in digits) and any(
        len(ln.segs) >= 2 and all(is_year(s) for s in ln.segs) for ln in found[0]
    )
