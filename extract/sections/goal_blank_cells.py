"""The printed cells behind goals a goal table was read with a field left blank: one walk over
goal_table_rows.goal_rows' ``(goal, grid row, columns)`` shared by the findings that say why a field is null or
unplaced (goal_mark_amid's unproven marks, goal_status_unplaced's unplaced status words)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.normalize.text import fold

Got = list[tuple[Any, int, dict[str, int]]]


def blank_field_cells(
    table: Table, got: Got, field: str, row_of: Callable[[int, int], int] | None = None
) -> Iterator[tuple[int, dict[str, Any], int, int, str]]:
    """Each goal of ``got`` read with ``field`` blank whose row prints a cell in ``field``'s column: its index in
    ``got``, the goal, the grid row and column, and the cell as printed (folded). ``row_of(k, row)`` moves the k-th
    goal's row first (a cut pair's first goal read from the mark's own row above)."""
    grid = table.grid()
    for k, (goal, row, columns) in enumerate(got):
        col = columns.get(field)
        if row_of is not None:
            row = row_of(k, row)
        if (
            not isinstance(goal, dict)
            or goal.get(field)
            or col is None
            or row >= len(grid)
            or col >= len(grid[row])
        ):
            continue
        yield k, goal, row, col, fold(grid[row][col])
