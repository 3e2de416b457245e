"""The finding for goal rows whose project no line proves (session 41, mend4): a goal table printed a cell a line
whose ``<year>`` marks open another group of rows (a year no later than the one before it), or where a line that may
be another project's cell stands after a row's target (``goal_stream.goal_marks_status_first``). The rows after such
a line, up to a project placed, are read with a null project, never the project of the rows above;
``extract.project_unproven`` is raised at each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import finding
from pledgecard.extract.sections.goal_project_unread import null_project_findings
from pledgecard.extract.sections.goal_rows import GoalRow


def year_unproven_findings(rows: Sequence[GoalRow], sources: Sequence[Source]) -> list[dict[str, Any]]:
    """A finding at ``goals[i]`` for each of ``rows`` (the goals' rows, in the goals' order) read with its year
    null because the year lines around the rows do not prove it (goal_trailing_years.late_year_unsure)."""
    return [
        finding(
            "extract.goal_year_unproven",
            f"goals[{i}]",
            "the goal's row stands under one year line with another closing the table after every row: whether "
            "the rows are the first year's or each row's year cell was printed out of its place is not printed, "
            "the year left null",
            source=sources[r.line],
            observed={"target": r.target, "project": r.project},
        )
        for i, r in enumerate(rows)
        if r.year_unproven and r.year is None
    ]


def project_unproven_findings(rows: Sequence[GoalRow], sources: Sequence[Source]) -> list[dict[str, Any]]:
    """A finding at ``goals[i]`` for each of ``rows`` (the goals' rows, in the goals' order) read with its project
    null because no line proves which project's rows it stands among; ``sources`` the lines' sources."""
    return null_project_findings(
        rows,
        sources,
        "extract.project_unproven",
        "project_unproven",
        "the goal's row stands after another group of rows (its year no later than the one before it) or after "
        "a line that may be another project's cell: which project's row it is is not printed, the project "
        "left null",
    )
