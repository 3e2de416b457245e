"""The ``※`` notes under a goal table, and the finding at the goals of a year over its periods whose figures prove
no year figure.

The class fixed: a goal table whose years span columns of their halves or quarters (goal_year_periods) tells
whether its figures are running totals only in its head or in a note printed under it (``※ 목표·실적은 연도별
누계``); the table reader is handed those notes, and each year's goal it could not prove (per-period figures, or
totals not said) is null with ``extract.periods_unproven`` at it (review b, session 34: roa-perhalf-equal,
-rising, -falling, roa-perquarter-level in HWP and HWPX).
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import finding
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import is_note
from pledgecard.extract.sections.goal_across import AcrossGoal


def notes_after(items: list[Any], k: int) -> tuple[str, ...]:
    """The texts of the note lines (a ``※`` marker) printed right after item ``k`` (a table), in order."""
    out: list[str] = []
    for it in items[k + 1 :]:
        if not isinstance(it, Line) or not is_note(it.marker):
            break
        out.append(it.full_text)
    return tuple(out)


def periods_unproven(goals: list[AcrossGoal], first: int, where: Source | None) -> list[dict[str, Any]]:
    """One finding at each of ``goals`` (read from one table, the first of them the record's goal ``first``) that a
    year over its periods left without a target: its periods' figures prove no figure of the year."""
    return [
        finding(
            "extract.periods_unproven",
            f"goals[{first + i}]",
            f"the table prints {g.year} by its periods, not as running totals it says: no figure of the "
            f"year is printed, target and actual are null",
            source=where,
            observed={"year": g.year, "project": g.project, "column": g.col},
        )
        for i, g in enumerate(goals)
        if g.unproven
    ]
