"""Empty goal-table cells drawn as cells of their own: printed empty, not a merged cell's rest.

Class fixed (hand-made seorin, ruled PDF, goals 0.964): a goal not started prints its 추진내용 cell empty, closed by
its own rules; the goal reader, taking any empty 추진내용 cell for the rest of a merged cell above it (a page break
cut it, or an open table printed the merged text once), gave it the detail of the row above. A reader that sees a
table's merges stores a merged cell once with its span (:meth:`~pledgecard.extract.document.Table.grid` repeats
its text in every row it covers): where the table records a cell spanning rows, its reader saw them, so a cell of
its own, empty, whose cell above stands on the same page, is printed empty, unless a cell beside it in its column
spans rows (dallae 84001: a merged 추진내용 its reader caught over two of its three rows, the third an empty cell). An open table (no spans recorded: its
merges unseen, 56 family records print a merged 추진내용 once over a not-started row) and a cell below a page break
keep the carry."""

from __future__ import annotations

from pledgecard.extract.document import Table


def drawn_empty(table: Table) -> set[tuple[int, int]]:
    """The grid slots ``(row, col)`` of ``table`` holding a cell of its own, printed empty, under another cell on the
    same page, in a table recording a cell spanning rows; empty where it records none."""
    if not any(c.row_span > 1 for c in table.cells):
        return set()
    grid = table.cell_grid()
    out: set[tuple[int, int]] = set()
    for r in range(1, len(grid)):
        for k, cell in enumerate(grid[r]):
            above = grid[r - 1][k]
            if (
                cell is None
                or above is None
                or cell is above
                or cell.row != r
                or cell.row_span != 1
                or cell.text.strip()
            ):
                continue
            below = grid[r + 1][k] if r + 1 < len(grid) else None
            if above.row_span > 1 or (below is not None and below.row_span > 1):
                continue  # beside a cell spanning rows in its column: the rest of a merge its reader cut short
            if cell.source.page is not None and cell.source.page == above.source.page:
                out.add((r, k))
    return out
