"""A goal read from a table with no status where its row's status cell prints a status word: the word was not
placed (a pair of rows cut between a year mark and its target whose lower cell prints more statuses than its marks,
goal_rejoin), reported with ``extract.status_unplaced``, never left out silently."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.findings import finding
from pledgecard.extract.sections.goal_blank_cells import blank_field_cells
from pledgecard.extract.sections.goal_patterns import status_re, year_mark
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import fold


def unplaced_status_cells(
    table: Table, got: list[tuple[Any, int, dict[str, int]]], first: int
) -> list[dict[str, Any]]:
    """The goals of ``got`` (goal_table_rows.goal_rows of ``table``, the first of them ``goals[first]``) read with no
    status while their row's status cell prints a status word: each its goal's index, year and the cell as printed."""
    grid = table.grid()
    status = current().build(status_re)

    def row_of(k: int, row: int) -> int:
        if k + 1 < len(got) and got[k + 1][1] == row and (k == 0 or got[k - 1][1] != row):
            return (
                _mark_only_row(grid, row, got[k][2]) or row
            )  # a cut pair's first goal: its mark's own row above
        return row

    return [
        {"goal": f"goals[{first + k}]", "year": goal.get("year"), "cell": cell}
        for k, goal, _row, _col, cell in blank_field_cells(table, got, "status", row_of)
        if status.search(cell)
    ]


def _mark_only_row(grid: list[list[str]], row: int, columns: dict[str, int]) -> int | None:
    """The row above ``row`` where its target cell prints one year mark alone (a pair of rows cut between a mark and
    its target, goal_rejoin: the pair's first goal is that mark's, its status printed in that row), else None."""
    col = columns.get("target")
    if row < 1 or col is None or col >= len(grid[row - 1]):
        return None
    return row - 1 if current().build(year_mark).fullmatch(fold(grid[row - 1][col]).strip()) else None


def status_finding(table: Table, unplaced: list[dict[str, Any]]) -> dict[str, Any]:
    """The finding at ``goals`` that the goals ``unplaced`` were read with no status, their row's status cell
    printing status words the reading could not give each its goal."""
    return finding(
        "extract.status_unplaced",
        "goals",
        "a goal table's status cell prints status words the reading could not give each its goal (more statuses "
        "than the year marks of the cut rows they stand beside): the goals are read with no status, never one "
        "guessed",
        observed={"goals": unplaced},
        source=table.source,
    )
