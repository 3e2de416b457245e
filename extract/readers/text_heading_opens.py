"""A section's heading opening a page of a layout text dump, right under a table that ended the page before: the
heading of the next section, never the rest of a row the page break cut.

Class fixed (session 35, seed-5 dumps): ``pdftotext -layout`` of a card whose goal table ends a page and whose next
section's heading (``시민 소통 실적``, centred, no numbering) opens the next page over that section's own table:
the heading line, one cell alone under the page break, was read as the rest of the goal table's last row (its
target ``공정률 60%`` glued to the heading) and the table below it as rows of the goal table, its head read as a
goal and its counts as a goal's figures (narae-city 29016: a goal ``4(설명회)`` / actual 1 out of the outreach
table, the outreach section unread). A line of one cell that names a section of the vocabulary
(:func:`~pledgecard.extract.labels.section_of`, as :func:`~.text_aligned_blocks.find_block` ends a block at one)
opens that section.

Class fixed (session 35, review d): the rest of a cut row's cell that happens to be a section's word (a goal row's
주요사업 ``관광 안내체계`` / ``주민참여`` cut by the page break, a row's ``재원``) opening the page was taken for that
section's heading, and the goal rows after it went unread with no finding (the 2027 and 2028 goals lost). A line
naming a section stands as a heading only where it is marked or numbered as one, or where the line under it is no
row of the table above: a row is a line of two cells or more, no more than the table's columns, each cell lying
under a cell of the table's rows of figures that holds its kind (a figure under a figure, words under words; a dash
printed for none under either).
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.heading_numbers import heading_number
from pledgecard.extract.labels import section_of
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_cells import overlaps
from pledgecard.extract.readers.text_line_kinds import cells_row
from pledgecard.extract.readers.text_lines import Seg, TLine
from pledgecard.normalize.text import DASHES


def heading_opens_page(
    line: TLine, below: TLine | None = None, rows: Sequence[TLine] = (), n_cols: int = 0
) -> bool:
    """Whether ``line`` (the first of its page's lines after the page furniture) is a section's heading: one cell
    of text naming a section of the vocabulary, marked or numbered as a heading, or with ``below`` (the first line
    under it and the lone cell lines going on from it) no row of the table of ``n_cols`` columns read from
    ``rows`` that ended the page before (none given: a heading)."""
    if len(line.segs) != 1 or section_of(line.segs[0].text.strip()) is None:
        return False
    text = line.segs[0].text.strip()
    if heading_number(text) is not None or split_marker(text)[0] is not None:
        return True
    return below is None or not row_of_table(below, rows, n_cols)


def line_below(lines: Sequence[TLine], k: int) -> TLine | None:
    """The first line under line ``k`` on its page past the blank lines, the lines going on right under it without
    a blank line (a cell's wrapped lines, one segment each) passed over; None at the page's end."""
    i = k + 1
    while (
        i < len(lines) and lines[i].page == lines[k].page and len(lines[i].segs) == 1 and not lines[i].blank
    ):
        i += 1
    while i < len(lines) and lines[i].page == lines[k].page and lines[i].blank:
        i += 1
    return lines[i] if i < len(lines) and lines[i].page == lines[k].page else None


def row_of_table(line: TLine, rows: Sequence[TLine], n_cols: int) -> bool:
    """Whether ``line`` stands as a row of the table read from ``rows`` (its lines) of ``n_cols`` columns: two cells
    or more and no more than its columns, each lying (in one measure for the whole line) under a cell of its rows
    of figures that holds the same kind (a figure or words; a dash printed for none matches either)."""
    if not cells_row(line) or not 2 <= len(line.segs) <= max(n_cols, 2):
        return False
    body = [r for r in rows if len(r.segs) >= 2 and any(_figure(s.text) for s in r.segs)]
    if not body:
        return False
    return any(all(_under_its_kind(s, body, wide) for s in line.segs) for wide in (True, False))


def _figure(text: str) -> bool:
    """A cell holding a figure (a digit in it: an amount, a year, a rate, ``공정률 60%``)."""
    return any(ch.isdigit() for ch in text)


def _under_its_kind(seg: Seg, body: Sequence[TLine], wide: bool) -> bool:
    """Whether ``seg`` lies under a cell of ``body`` of its own kind, in the measure ``wide``."""
    text = seg.text.strip()
    for row in body:
        for o in row.segs:
            if overlaps(*o.span(wide), *seg.span(wide)) and (
                text in DASHES or o.text.strip() in DASHES or _figure(o.text) == _figure(text)
            ):
                return True
    return False
