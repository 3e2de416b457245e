"""A card laid out as one table, cut by a page break: the part atop the next page opens with no section label or
heading row of its own (it goes on the section the page before closed with), so nothing marks it as the card's
table; read it as that table's rows are read."""

from __future__ import annotations

from pledgecard.extract.document import Table
from pledgecard.extract.layout_blank_cells import indented_cell
from pledgecard.extract.layout_labels import row_cells
from pledgecard.extract.layout_lines import Item, Line


def goes_on_card_table(prev: list[Item], table: Table, went_on: bool = False) -> bool:
    """Whether ``table`` is the rest of the card's table unpacked just before (``prev``, its items): that table
    held the card's sections (a heading line among its items, or it went on such a table itself: ``went_on``)
    and closed with a line (or with a side table a page break cut, the rest opening this page: :func:`_rows_then_lines`); ``table`` opens the next page with a row of one cell across it or indented by empty cells
    before it (a line, as the card's table sets its items and block labels), not a table's head of columns."""
    if not prev or not isinstance(prev[-1], (Line, Table)):
        return False
    if not went_on and (len(prev) < 2 or not any(isinstance(x, Line) and x.heading for x in prev)):
        return False
    page, own = prev[-1].source.page, table.source.page
    if page is None or own is None or own != page + 1 or table.n_rows < 2:
        return False
    if isinstance(prev[-1], Table):
        return _rows_then_lines(table)
    first = row_cells(table, 0)
    if len(first) == 1:
        return first[0].col == 0 and first[0].col_span == table.n_cols and bool(first[0].text.strip())
    return indented_cell(table, first) is not None


def _is_line_row(table: Table, r: int) -> bool:
    """Row ``r`` prints a line as the card's table sets one: one cell of text across the table, or indented by
    empty cells before it."""
    cells = row_cells(table, r)
    if len(cells) == 1:
        return cells[0].col == 0 and cells[0].col_span == table.n_cols and bool(cells[0].text.strip())
    return indented_cell(table, cells) is not None


def _rows_then_lines(table: Table) -> bool:
    """The card's grid a page break cut inside a side table (the page before closed with that table): the page's
    part opens with rows of several cells (the side table's last rows) and goes on with lines set as the card's
    table sets them (an item, a block label) — the card's grid, not a table of its own."""
    lines = [r for r in range(table.n_rows) if _is_line_row(table, r)]
    return bool(lines) and lines[0] > 0 and len(row_cells(table, 0)) > 1
