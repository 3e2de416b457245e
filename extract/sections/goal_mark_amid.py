"""A goal table's target cell whose year marks (``<2024>``) do not say which of its figures is the row's year's:
one mark with text on both sides of it (``누적 30개 <2024> / 누적 50개``: the figure before the mark may close an
earlier year's part, the one after open the mark's), or two marks or more (a cell listing several years' targets,
``10개 <2023> / 30개 <2024>``). Such a target is read null (goal_table_rows.goal_rows; with two marks or more the
row's actual too: the row's year is not one) with ``extract.mark_unproven`` (goals), never the figure the mark's
place only suggests."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.findings import finding
from pledgecard.extract.revisions import in_force
from pledgecard.extract.sections.goal_blank_cells import blank_field_cells
from pledgecard.extract.sections.goal_patterns import year_mark
from pledgecard.extract.vocabulary import current, year_of
from pledgecard.normalize.text import fold

_FIGURE = re.compile(r"\d[\d,.]*")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|<[^<>]*>|〈[^〈〉]*〉|（[^（）]*）")


def marks_unproven(text: str, row_year: int | None = None) -> int:
    """How many year marks ``text`` (a target cell) prints that do not prove its figure the row's year's: 0 where
    it prints none, or where no two readings are possible: one mark with figures on one side of it only and the other
    side no words of its own (:func:`_aside`: opening or closing the cell, or beside a bullet, a footnote mark or a
    qualifier: ``- <2024> 30개``, ``30개(2024년)(누계)``),
    or one mark beside no figure at all. ``row_year`` the year a year column prints for the row (the row is one year's
    then): a mark of that year, or a cell whose figures read with the marks taken away leave one figure in force
    (``누적 30개(2023) → 50개``: the arrow points at the row's figure), is proven too. Else the marks' count."""
    pattern = current().build(year_mark)
    marks = list(pattern.finditer(text))
    if not marks:
        return 0
    bare = pattern.sub(" ", text)
    if not _FIGURE.search(bare) and (len(marks) == 1 or row_year is not None):
        return (
            0  # (marks beside words alone: no figure to misread; two marks of a row no year column dates, the
        )
        # row is no one year's: counted)
    if row_year is not None:
        if all(year_of(m) == row_year for m in marks) or len(_FIGURE.findall(in_force(bare))) <= 1:
            return 0
        return len(marks)
    if len(marks) == 1:
        before, after = text[: marks[0].start()], text[marks[0].end() :]
        if not (_FIGURE.search(before) and _FIGURE.search(after)) and (_aside(before) or _aside(after)):
            return (
                0  # (the figure on one side, on the other nothing but a bullet, a footnote mark, a qualifier)
            )
    return len(marks)


def _aside(text: str) -> bool:
    """Whether ``text`` (a side of a lone mark) prints no words of its own: nothing, a bullet or a footnote mark
    (``-``, ``○``, ``*``, ``.``), or words in brackets only (a qualifier, ``(누계)``, ``<목표>``); words outside
    brackets (``/ 연내 완료``) may be the mark's own target, the figure on the other side another year's."""
    return not re.search(r"\w", _BRACKETED.sub(" ", text))


def unproven_mark_cells(table: Table, got: list[tuple[Any, int, dict[str, int]]]) -> list[tuple[int, int]]:
    """The grid cells ``(row, col)`` of the targets ``got`` (goal_table_rows.goal_rows of ``table``: each goal, its
    grid row and its fields' columns) read null for their marks (:func:`marks_unproven` of the cell as printed; a
    pair of rows cut between a mark and its target is read one goal a mark, goal_rejoin, each target its own)."""
    cells: list[tuple[int, int]] = []
    for k, goal, row, col, cell in blank_field_cells(table, got, "target"):
        dated = goal.get("year") if "year" in got[k][2] else None  # (the row's year a year column's)
        if marks_unproven(cell, dated) and (row, col) not in cells:
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
