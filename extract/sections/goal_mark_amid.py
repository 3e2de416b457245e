"""A goal table's target cell whose year marks (``<2024>``) do not say which of its figures is the row's year's:
one mark with text on both sides of it (``누적 30개 <2024> / 누적 50개``: the figure before the mark may close an
earlier year's part, the one after open the mark's), or two marks or more (a cell listing several years' targets,
``10개 <2023> / 30개 <2024>``). Such a target is read null (goal_table_rows.goal_rows; with two marks or more the
row's actual too: the row's year is not one) with ``extract.mark_unproven`` (goals), never the figure the mark's
place only suggests."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.findings import finding
from pledgecard.extract.sections.goal_patterns import year_mark
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import fold


def marks_unproven(text: str) -> int:
    """How many year marks ``text`` (a target cell) prints that do not prove its figure the row's year's: 0 where
    it prints none, one alone opening or closing the cell (``<2024> 30개``, ``30개 <2024>``), else their count."""
    marks = list(current().build(year_mark).finditer(text))
    if len(marks) == 1 and (not text[: marks[0].start()].strip() or not text[marks[0].end() :].strip()):
        return 0
    return len(marks)


def unproven_mark_cells(table: Table, got: list[tuple[Any, int, dict[str, int]]]) -> list[tuple[int, int]]:
    """The grid cells ``(row, col)`` of the targets ``got`` (goal_table_rows.goal_rows of ``table``: each goal, its
    grid row and its fields' columns) read null for their marks (:func:`marks_unproven` of the cell as printed; a
    pair of rows cut between a mark and its target is read one goal a mark, goal_rejoin, each target its own)."""
    grid = table.grid()
    cells: list[tuple[int, int]] = []
    for goal, row, columns in got:
        col = columns.get("target")
        if (
            not isinstance(goal, dict)
            or goal.get("target")
            or col is None
            or row >= len(grid)
            or col >= len(grid[row])
        ):
            continue
        if marks_unproven(fold(grid[row][col])) and (row, col) not in cells:
            cells.append((row, col))
    return cells


def mark_finding(table: Table, cells: list[tuple[int, int]]) -> dict[str, Any]:
    """The finding at ``goals`` that the goals' fields of ``table``'s grid ``cells`` were read null: their target
    cells' year marks do not say which figure is the row's year's (``observed.cells`` the cells as printed)."""
    grid = table.grid()
    return finding(
        "extract.mark_unproven",
        "goals",
        "a goal table's target cell prints a year mark amid its text or several year marks: which of its figures "
        "is the row's year's is not printed; the target is null (with several marks the actual too), never the "
        "figure the mark's place suggests",
        observed={"cells": [fold(grid[r][c]) for r, c in cells]},
        source=table.source,
    )
