"""A goal's figure counted in a word running text uses otherwise too (``8대 운행``: the counters of vocabulary
``[goals_unit_cells]``), read where the goal's structure proves it a count.

The class of card: a goal table whose project counts vehicles, rooms or sites row by row (``시범 2대`` | ``2대``,
then ``8대 운행`` | ``8대 운행``): a row whose target and actual each print one figure in that counter, the same
counter on both, is a count where an earlier or later row of the same project was already read in that counter
(:mod:`goal_lone_counts`: a cell of the figure and counter alone). A counter in free text (``3대 핵심분야``,
``제2대``, ``20대 청년``) proves nothing: without a row of its project read in it, the figures stay null."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.sections.goal_lone_counts import counted_figures
from pledgecard.normalize.text import fold


def _pair(goal: dict[str, Any], unit: str) -> tuple[int | float, int | float] | None:
    """The figures ``goal``'s target and actual each print once in ``unit``, their words around them the same
    (``8대 운행`` | ``8대 운행``) or the actual the figure alone; None otherwise."""
    target, actual = fold(goal.get("target") or ""), fold(goal.get("actual") or "")
    t, a = counted_figures(target, unit), counted_figures(actual, unit)
    if len(t) != 1 or len(a) != 1:
        return None
    rest_t = re.sub(r"\S*\d\S*", "#", target)
    rest_a = re.sub(r"\S*\d\S*", "#", actual)
    return (t[0], a[0]) if rest_t == rest_a else None


def with_project_counts(goals: list[dict[str, Any]]) -> None:
    """Fill, in place, the target and actual figures of goals whose project already counts in a counter of
    ``[goals_unit_cells]`` on another row (its ``target_unit``), where :func:`_pair` proves both."""
    proven: dict[str, set[str]] = {}
    for g in goals:
        if g.get("project") and g.get("target_unit") and g.get("target_value") is not None:
            proven.setdefault(g["project"], set()).add(g["target_unit"])
    for g in goals:
        if g.get("target_value") is not None or g.get("actual_value") is not None or not g.get("project"):
            continue
        for unit in sorted(proven.get(g["project"], ())):
            pair = _pair(g, unit)
            if pair is not None:
                g.update(target_value=pair[0], target_unit=unit, actual_value=pair[1])
                break
