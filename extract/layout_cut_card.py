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
    and closed with a line, not a table a page break could have cut; ``table`` opens the next page with a row of one cell across it or indented by empty cells
    before it (a line, as the card's table sets its items and block labels), not a table's head of columns."""
    if not prev or not isinstance(prev[-1], Line):
        return False
    if not went_on and (len(prev) < 2 or not any(isinstance(x, Line) and x.heading for x in prev)):
        return False
    page, own = prev[-1].source.page, table.source.page
    if page is None or own is None or own != page + 1 or table.n_rows < 2:
        return False
    first = row_cells(table, 0)
    if len(first) == 1:
        return first[0].col == 0 and first[0].col_span == table.n_cols and bool(first[0].text.strip())
    return indented_cell(table, first) is not None
