"""Goal rows whose project cell is merged over a row left unread (session 36, helper txtmut; txt mutants 4566,
crossbreed 6436).

A dump printing a goal table a row a line, cells one space apart, prints a merged project cell once, on its first
row. Where that first row's words fit the head's columns several ways (``2019 반도체 소재 지원사업 기본계획 수립 용역
완료 - 완료 …``: where the project ends is not printed), it stays unread; the rows below it printing no project
(``2020 착공 운영 완료 - 완료``) fit one way and are read by :mod:`goal_spaced_rows`, their project left null (never
borrowed from another row) with the finding made here at the goal: ``extract.project_unread`` (info: the goal's
figures are read as printed, the finding vouches for none of them; ``extract.row_unread`` is a row left out whole)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import finding
from pledgecard.extract.sections.goal_rows import GoalRow


def null_project_findings(
    rows: Sequence[GoalRow], sources: Sequence[Source], code: str, flag: str, message: str
) -> list[dict[str, Any]]:
    """A finding ``code`` at ``goals[i]`` for each of ``rows`` (the goals' rows, in the goals' order) read with its
    project null and the row's ``flag`` set (why the project is not known); ``sources`` the lines' sources."""
    return [
        finding(
            code,
            f"goals[{i}]",
            message,
            source=sources[r.line],
            observed={"target": r.target, "year": r.year},
        )
        for i, r in enumerate(rows)
        if getattr(r, flag) and r.project is None
    ]


def project_unread_findings(rows: Sequence[GoalRow], sources: Sequence[Source]) -> list[dict[str, Any]]:
    """A finding at ``goals[i]`` for each of ``rows`` (the goals' rows, in the goals' order) read with its project
    null because the project cell it shares is printed on a row left unread; ``sources`` the lines' sources."""
    return null_project_findings(
        rows,
        sources,
        "extract.project_unread",
        "project_unread",
        "the goal's project cell is not known (merged over the row above, whose cells fit the head's columns "
        "several ways, or printing figures with their units alone, no project's name): the project left null",
    )
