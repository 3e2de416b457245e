"""A table drawn with rules in a text dump (box characters or an ASCII grid: :mod:`text_grids`) read as the
table it draws, its cells on their rows and columns with their spans, for any table of the card (header,
funding, goals, outreach ...), not as its cells printed one a line for the sections to deal out again.

The rules tell the grid: the boundaries between columns are the display columns where any line prints a bar
or a junction; the boundaries between rows are the lines holding a rule's stroke (a rule crossing only some
columns parts only their rows: a cell spanning it holds the lines across it). A cell's row and column are the
boundaries before its box's top left, its spans the boundaries its box crosses (a funding table's two-level
head, ``연도별 투자 실적 및 계획`` over its years, and a derived column ``증감`` beside them: mutant 3844, the
cells a line lost which figure stood under which head)."""

from __future__ import annotations

from bisect import bisect_left

from pledgecard.extract.document import Cell, Paragraph, Source, Table
from pledgecard.extract.labels import section_of
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_blank_cells import blank_cells
from pledgecard.extract.readers.text_grids import DrawnCell, bar_columns, drawn_cells, rule_lines
from pledgecard.extract.vocabulary import current


def drawn_table(lines: list[str], cells: list[DrawnCell], first: int) -> Table | None:
    """The table drawn by ``lines`` (its top rule to its bottom rule) whose cells are ``cells``
    (:func:`~text_grids.drawn_cells`), their text printed on the lines ``first``, ``first + 1``, ... of the text
    read (1-based: each cell's source); None where the rules prove no grid of two rows and two columns."""
    rows, cols = rule_lines(lines), bar_columns(lines)
    if len(rows) < 3 or len(cols) < 3 or not cells or any(_items(c) for c in cells):
        return None
    out: list[Cell] = []
    for k, c in enumerate(cells):
        r = bisect_left(rows, c.row) - 1
        col = bisect_left(cols, c.col) - 1
        if r < 0 or col < 0 or c.bottom < c.row or c.right < c.col:
            return None
        r_span = 1 + sum(1 for y in rows if c.row < y <= c.bottom)
        c_span = 1 + sum(1 for x in cols if c.col < x <= c.right)
        src = Source(line_start=first + k, line_end=first + k)
        out.append(
            Cell(
                row=r,
                col=col,
                text=c.text,
                row_span=r_span,
                col_span=c_span,
                source=src,
                paragraphs=[Paragraph(text=c.text, source=src)],
                blocks=[Paragraph(text=c.text, source=src)],
            )
        )
    n_rows, n_cols = len(rows) - 1, len(cols) - 1
    if any(c.row + c.row_span > n_rows or c.col + c.col_span > n_cols for c in out):
        return None
    out = sorted(
        [*out, *blank_cells(out, n_rows, n_cols)], key=lambda c: (c.row, c.col)
    )  # a drawn empty box: a cell
    return Table(cells=out, n_rows=n_rows, n_cols=n_cols, source=out[0].source)


def _items(cell: DrawnCell) -> bool:
    """Whether a cell prints items (a line of its box opening with a bullet or a note mark before words): running
    text whose lines the sections read one at a time, no one cell's value."""
    for line in cell.lines:
        marker, body = split_marker(line)
        if marker is not None and any(
            ch.isalpha() for ch in body
        ):  # no sign of a figure (△654), no dash alone
            return True
    return False


def continued(
    lines: list[str],
    a: int,
    b: int,
    c: int,
    d: int,
    cells: tuple[list[DrawnCell], list[DrawnCell]] | None = None,
) -> bool:
    """Whether the drawn table on ``lines[c:d]`` goes on the one on ``lines[a:b]`` (a few lines between them): across
    a page break (as many column boundaries, each part drawn to its own cells' widths; a page's foot and the next
    page's head between) or split by its columns (the same row labels printed again before the columns going on:
    eunha-province's funding years in two tables). Its parts stay cells a line, which the sections join. Two tables
    printing the same head over the same row labels are two (session 37, byeori-county: the funding a one-row table
    a period, each under its caption line), read as tables each.
    ``cells``: the two tables' cells where the caller parsed them already (:func:`~text_grids.drawn_cells`)."""
    between = [x for x in lines[b:c] if x.strip()]
    if len(between) > CONTINUED_GAP or any(_opens_section(x) for x in between):
        return False
    first, second = cells if cells is not None else (drawn_cells(lines[a:b]), drawn_cells(lines[c:d]))
    if _first_column(first) == _first_column(second) and _head_row(first) == _head_row(second):
        return False  # the same head over the same row labels: two tables of one shape (a table a period under its
        #               caption, stacked), not one going on (a part after a page break prints other rows, a part
        #               split by its columns other heads)
    if len(bar_columns(lines[a:b])) == len(bar_columns(lines[c:d])):
        return True
    return _first_column(first) == _first_column(second)


def _head_row(cells: list[DrawnCell]) -> list[str]:
    """The texts of a drawn table's first row (its ``cells``), left to right."""
    top = min((c.row for c in cells), default=-1)
    return [" ".join(c.text.split()) for c in sorted(cells, key=lambda c: c.col) if c.row == top]


def _opens_section(line: str) -> bool:
    """Whether a line between two drawn tables is a heading naming a section of the card (``Ⅱ-3. 구민소통 실적``
    between the goal table and the outreach table, both of five columns: bomnae-district-box-2-6), which no page
    break prints between a table's parts; a heading printed again over the part going on says so
    (``재원투자 계획(계속)``, vocabulary ``[table_continued]``)."""
    if (
        section_of(line) is None and section_of(split_marker(line.strip())[1]) is None
    ):  # (◎ Ⅴ. 군민 소통 실적)
        return False
    return not any(w in "".join(line.split()) for w in current().words("table_continued"))


def _first_column(cells: list[DrawnCell]) -> list[str]:
    """The texts of a drawn table's first column (its ``cells``), top to bottom (a table split by its columns prints
    its row labels again before the columns going on)."""
    left = min((c.col for c in cells), default=-1)
    return [" ".join(c.text.split()) for c in cells if c.col == left]


CONTINUED_GAP = (
    6  # lines of furniture between two parts of one table at most (a page number, a running header)
)
