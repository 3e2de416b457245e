"""A goal read from a table with no status where its row's status cell prints a status word: the word was not
placed (a pair of rows cut between a year mark and its target whose lower cell prints more statuses than its marks,
goal_rejoin), reported with ``extract.status_unplaced``, never left out silently."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.findings import finding
from pledgecard.extract.sections.goal_patterns import status_re
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import fold


def unplaced_status_cells(
    table: Table, got: list[tuple[Any, int, dict[str, int]]], first: int
) -> list[dict[str, Any]]:
    """The goals of ``got`` (goal_table_rows.goal_rows of ``table``, the first of them ``goals[first]``) read with no
    status while their row's status cell prints a status word: each its goal's index, year and the cell as printed."""
    grid = table.grid()
    status = current().build(status_re)
    out: list[dict[str, Any]] = []
    for k, (goal, row, columns) in enumerate(got):
        col = columns.get("status")
        if (
            not isinstance(goal, dict)
            or goal.get("status")
            or col is None
            or row >= len(grid)
            or col >= len(grid[row])
        ):
            continue
        if status.search(cell := fold(grid[row][col])):
            out.append({"goal": f"goals[{first + k}]", "year": goal.get("year"), "cell": cell})
    return out


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
