"""A funding table's head row that a page break read as two rows: the two joined again.

A PDF table whose head is two rows (``구분 | 계 | 국비 | 지방비 (over 소계 | 도비 | 군비) | 민자``), cut by a page
break right under its head, loses the bottom rule of its first row's cells: the reader sets the spanning
group's cell (지방비) in a row of its own and the cells spanning both head rows (계, 국비, 민자, the corner) one row
lower, each row blank where the other prints (mutant 3315, PDF: 계, 국비 and 민자 lost, the rows read under the
members alone). Two such rows are one: every column after the label column prints in exactly one of them, none
of their cells reaches above them, the upper row's cells end in it, the lower row's printed cells carry on into
the row below (the cut cells), and neither prints a figure. They are joined, the corner's two texts one cell.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.sections.funding_cells import is_amount_cell


def _printed(text: str) -> bool:
    return bool(text.strip())


def _cut_row(t: Table, grid: list[list[str]], r: int) -> bool:
    """Whether rows ``r`` and ``r + 1`` are one head row a page break cut (the module's rule)."""
    if r + 2 >= len(grid) or t.n_cols < 3:
        return False
    upper, lower = grid[r], grid[r + 1]
    if any(is_amount_cell(c) for c in (*upper[1:], *lower[1:]) if _printed(c)):
        return False
    if not all(_printed(a) != _printed(b) for a, b in zip(upper[1:], lower[1:], strict=True)):
        return False
    if not any(_printed(a) for a in upper[1:]) or not any(_printed(b) for b in lower[1:]):
        return False
    for c in t.cells:
        if c.row < r <= c.row + c.row_span - 1:
            return False  # a cell from above reaches into them: rows of their own
        if c.row == r and c.row_span > 1:
            return False
        if c.row == r + 1 and c.col > 0 and _printed(c.text) and c.row_span < 2:
            return False  # a printed lower cell ending there: a head row of its own
    return True


def _joined(t: Table, r: int) -> Table:
    """``t`` with rows ``r`` and ``r + 1`` one row: blank cells of the two dropped, the corner's texts joined."""

    def end(c: Cell) -> int:
        last = c.row + c.row_span - 1
        return r if last <= r + 1 else last - 1

    cells: list[Cell] = []
    corner: list[Cell] = []
    for c in t.cells:
        if c.row + c.row_span - 1 < r:
            cells.append(c)
        elif c.row > r + 1:
            cells.append(replace(c, row=c.row - 1))
        elif c.col == 0:
            corner.append(c)
        elif _printed(c.text):
            cells.append(replace(c, row=r, row_span=end(c) - r + 1))
    if corner:
        texts = [c.text for c in sorted(corner, key=lambda c: c.row) if _printed(c.text)]
        first = min(corner, key=lambda c: c.row)
        cells.append(
            replace(first, row=r, text="\n".join(texts), row_span=max(end(c) for c in corner) - r + 1)
        )
    cells.sort(key=lambda c: (c.row, c.col))
    return Table(cells=cells, n_rows=t.n_rows - 1, n_cols=t.n_cols, source=t.source)


def head_cut_joined(t: Table) -> Table:
    """``t`` with every head row a page break cut in two (the module's rule) one row again; else ``t``."""
    grid = t.grid()
    for r in range(len(grid) - 2):
        if any(is_amount_cell(c) for c in grid[r][1:] if _printed(c)):
            break  # the head ends at the first row printing a figure
        if _cut_row(t, grid, r):
            return head_cut_joined(_joined(t, r))
    return t
