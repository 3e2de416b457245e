"""A goal's target counted in a word running text uses otherwise too (``자전거 3,000대``: a counter of vocabulary
``[goals_unit_cells]``), read where another row of its table proves the count: a target printing the same words
around one figure (digits aside) as a row's target already read in that counter (``자전거 1,000대``, read 1,000
대 from its lone actual ``1,000대``: :mod:`goal_lone_counts`), the figure closing the target in that counter.

The class of card: a goal table counting one thing year by year whose later rows print no actual (a dash under
미착수), so no lone actual proves their counter; the rows read before prove it for the same target's words. A
target with other words (``대여소 250개소``), two figures, or a row of another project proves nothing: null stays.
Fixes hand-made gaon-special-city-1-12's 2026 goal (``자전거 3,000대`` | ``-``: null)."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.sections.goal_lone_counts import closing_count
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import fold


def figure_wording(text: str) -> str:
    """``text`` with each word printing a digit one mark: the words around its figures (``자전거 #``)."""
    return re.sub(r"\S*\d\S*", "#", fold(text))


def with_shaped_targets(goals: list[dict[str, Any]]) -> None:
    """Fill, in place, the target figure of goals whose target prints the words of a target of the same
    project read in a ``[goals_unit_cells]`` counter (its ``target_unit``) and closes with one figure in that counter."""
    counters = set(current().words("goals_unit_cells", "units"))
    proven: dict[tuple[Any, str], set[str]] = {}
    for g in goals:
        if g.get("target_unit") in counters and g.get("target_value") is not None and g.get("target"):
            proven.setdefault((g.get("project"), figure_wording(g["target"])), set()).add(g["target_unit"])
    for g in goals:
        if g.get("target_value") is not None or not g.get("target"):
            continue
        units = proven.get((g.get("project"), figure_wording(g["target"])), set())
        if len(units) != 1:
            continue  # (two counters read for one target's words: which is this one's is not shown)
        (unit,) = units
        value = closing_count(g["target"], unit)
        if value is not None:
            g.update(target_value=value, target_unit=unit)
