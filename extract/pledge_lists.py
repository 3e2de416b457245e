"""A list of pledges, not a card's header: a table whose 공약명 cell heads a column of pledges' names.

A report file may open with its summary pages: a table listing several pledges a row (``연번 | 공약명 |
담당부서 | 추진상황 | 총사업비``), the card's own among others. Its 공약명 is a column's head, its values the rows
under it; a card's header prints 공약명 beside its value, or over one value row (labels over values, the next
label row under it). Told by structure alone: the 공약명 cell stands in a row of heads (another header label in
its row, a label or nothing right of it), and under it, in its column, two or more rows run on that each hold
a value and no header label. Such a table starts no card and is no card's header: its
departments, statuses and figures are other pledges'.
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.labels import header_field_of

LIST_ROWS = 2  # the value rows under a head that make it a column of pledges (a header prints one at most)


def _label(text: str) -> bool:
    return header_field_of(text.replace("\n", " ")) is not None


def _head_row(table: Table, grid: list[list[Cell | None]], head: Cell) -> bool:
    """Whether ``head`` stands in a row of heads: another header label in its row, and no value beside it (the
    cell right of it a label, or none)."""
    row = [c for c in grid[head.row] if c is not None and c is not head and c.text.strip()]
    right = head.col + head.col_span
    beside = grid[head.row][right] if right < table.n_cols else None
    return any(_label(c.text) for c in row) and (beside is None or _label(beside.text))


def pledge_list(table: Table) -> bool:
    """Whether ``table`` lists pledges a row under a 공약명 column head (see the module's docstring)."""
    grid = table.cell_grid()
    for head in table.cells:
        if header_field_of(head.text.replace("\n", " ")) != "title" or not _head_row(table, grid, head):
            continue
        runs, row = 0, head.row + head.row_span
        while row < table.n_rows:
            cell = grid[row][head.col]
            if (
                cell is None
                or cell is head
                or not cell.text.strip()
                or _label(cell.text)
                or any(c is not None and _label(c.text) for c in grid[row])
            ):
                break
            runs += 1
            row = cell.row + cell.row_span
        if runs >= LIST_ROWS:
            return True
    return False
