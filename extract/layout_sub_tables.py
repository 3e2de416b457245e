"""Tables made of another's rows: a run of rows cut out of a grid as a table of its own (its dead columns
dropped), and a table a page break cut joined again."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.layout_labels import row_cells
from pledgecard.extract.layout_lines import Item


def sub_table(table: Table, r0: int, r1: int, col0: int = 0, head: int | None = None) -> Table:
    """Rows r0..r1 from column col0 on as a table of their own (under row ``head`` when given)."""
    top = 0 if head is None else 1
    cells = [
        Cell(
            row=c.row - r0 + top,
            col=c.col - col0,
            text=c.text,
            row_span=min(c.row_span, r1 - c.row),
            col_span=c.col_span,
            source=c.source,
            paragraphs=c.paragraphs,
            nested=c.nested,
        )
        for c in table.cells
        if r0 <= c.row < r1 and c.col >= col0
    ]
    if head is not None:
        cells = [
            Cell(
                row=0,
                col=c.col - col0,
                text=c.text,
                col_span=c.col_span,
                source=c.source,
                paragraphs=c.paragraphs,
            )
            for c in row_cells(table, head, col0)
        ] + cells
    return _compact(Table(cells=cells, n_rows=r1 - r0 + top, n_cols=table.n_cols - col0, source=table.source))


def _compact(table: Table) -> Table:
    """``table`` without the columns no cell starts in: a run of rows cut from a wider grid (a sheet whose
    columns a table's cells each span two or more of) keeps a column for each column of its own."""
    starts = {c.col for c in table.cells}
    dead = [j for j in range(1, table.n_cols) if j not in starts]
    if not dead or not table.cells:
        return table
    cells = [
        replace(
            c,
            col=c.col - sum(d < c.col for d in dead),
            col_span=max(1, c.col_span - sum(c.col < d < c.col + c.col_span for d in dead)),
        )
        for c in table.cells
    ]
    return Table(cells=cells, n_rows=table.n_rows, n_cols=table.n_cols - len(dead), source=table.source)


def sub_table_goes_on(prev: list[Item], unpacked: list[Item]) -> bool:
    """A table unpacked from a card's grid (a sheet printed over pages: several items) opens with rows that go on
    the table its grid on the page before closed with: the same number of columns, no line between them (a
    table's head ending one page, its rows opening the next)."""
    if (
        len(prev) < 2
        or len(unpacked) < 2
        or not isinstance(prev[-1], Table)
        or not isinstance(unpacked[0], Table)
    ):
        return False
    a, b = prev[-1], unpacked[0]
    pa, pb = a.source.page, b.source.page
    return a.n_cols == b.n_cols and pa is not None and pb is not None and pb == pa + 1


def joined(a: Table, b: Table) -> Table:
    rows = a.n_rows
    cells = a.cells + [replace(c, row=c.row + rows) for c in b.cells]
    return Table(cells=cells, n_rows=rows + b.n_rows, n_cols=a.n_cols, source=a.source)
