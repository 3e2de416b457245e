"""A period goal table (a year's quarters or halves, :mod:`goal_quarters`) beside another goal table.

The class of card fixed: a card printing its yearly goal table (연도 | 성과지표 | 목표 | 실적, one row a year) and a
quarter or half-year table of the card's year under it, a row a line. The period table was read and every other line
handed back as text, so the yearly table's goals were lost (2021 5.6km gone, only 2022's left). The lines the period
table leaves are read as goals again; a period goal repeating another table's goal (the same indicator, year and
target: the year's total the yearly row prints) is that goal, not a second one.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.vocabulary import key


def _same(a: Any, b: Any) -> bool:
    return a is None or b is None or key(str(a)) == key(str(b))


def repeats(goal: dict[str, Any], others: list[dict[str, Any]]) -> bool:
    """Whether ``goal`` (a period table's) is one of ``others``: its year and target value the same, its
    indicator the same where both name one."""
    return any(
        o.get("year") == goal.get("year")
        and o.get("target_value") is not None
        and o.get("target_value") == goal.get("target_value")
        and _same(o.get("project"), goal.get("project"))
        for o in others
    )
