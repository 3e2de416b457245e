"""Goal rows read with their cells shifted a column: the actual's cell holds a status word and the status's
cell nothing, in a goal table whose other rows print their status in their own column (session 37, helper
handconv; doc-hangyeol-city-5-9.pdf's ``pdftotext -layout`` dump, the funding and goal tables printed side by side
and read as one grid: ``2024 | 300명 | 342명 | 완료`` read ``342명`` as the target, ``완료`` as the actual).

Such a row's cells stand a column off: its target's figure may be the actual's, its actual's the status's. Its
figures are left null (the printed text kept), never the shifted cell's, with ``extract.table_unrecovered`` at the
goal. A table with no status column (no goal read with a status) prints a status word under its actual head when
nothing is measured yet: no shift, nothing done."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import goals_unrecovered
from pledgecard.extract.sections.base import Loc
from pledgecard.extract.sections.goal_values import is_status_cell


def shifted(goal: dict[str, Any]) -> bool:
    """Whether the goal was read with no status and a status word alone as its actual."""
    return not goal.get("status") and is_status_cell(str(goal.get("actual") or ""))


def shifted_goal_findings(goals: list[dict[str, Any]], prov: dict[Loc, Source]) -> list[dict[str, Any]]:
    """Null the figures of every shifted row of ``goals`` (see the module) where another goal prints its status,
    and one finding at each such goal holding a figure; ``prov`` the goals' sources."""
    if not any(g.get("status") for g in goals):
        return []
    out: list[dict[str, Any]] = []
    for i, g in enumerate(goals):
        if not shifted(g) or (g.get("target_value") is None and g.get("actual_value") is None):
            continue
        out.append(
            goals_unrecovered(
                f"goals[{i}]",
                f"a goal row read with a status word as its actual ('{g.get('actual')}') and no status, where the "
                "table's other rows print a status of their own: its cells stand a column off, its figures are null",
                source=prov.get(Loc("goals", i)) or prov.get(Loc("goals")),
                observed={"target": g.get("target"), "actual": g.get("actual")},
            )
        )
        g.update(target_value=None, target_unit=None, actual_value=None)
    return out
