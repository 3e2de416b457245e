"""A goal table of bare figures under a line naming its indicator: ``◦ 성과지표 : 스마트팜 창업 청년농(명)`` over
``구 분 | 2024년 | 2025년`` / ``목 표 | 10 | 10`` / ``실 적 | 12 | 4``.

The table's cells print figures only (no unit, no project column): the line right above it, a label of the goal
table's project column (vocabulary ``[goals_columns] project``) and its value an indicator closing with its unit
in brackets (:func:`~pledgecard.extract.sections.goal_indicators.indicator`: a unit the vocabulary counts in),
names what the figures count, as an indicator column's head does. Read only where every goal of the table has no
project and its target and actual are bare figures or empty (a goal naming its own project or printing a unit
keeps what it prints). A line a reader joined with the table's head line (the head's cells again at its end)
is the indicator line without them. Fixes hand-made dorim-county-3-05's goals (project and target figures null).
A line naming two indicators (``스마트팜 창업 청년농(명), 온실 준공(동)``: a bracket left in the indicator's name
before its closing unit) names none of the table's figures: it is refused (review A, finding 3: every goal had
taken the last unit, 동 for counts of 명).
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.markers import LABEL_SEPARATORS
from pledgecard.extract.sections.goal_indicators import figure, indicator, value
from pledgecard.extract.sections.goal_values import none_cell
from pledgecard.extract.vocabulary import Vocabulary, current, key

_BRACKETS = "()（）[]［］"  # a unit's brackets: one left in an indicator's name is another indicator's unit


def _project_keys(vocab: Vocabulary) -> frozenset[str]:
    """The keys of the goal table's project column labels (vocabulary ``[goals_columns] project``), built once."""
    return frozenset(key(w) for w in vocab.words("goals_columns", "project"))


def indicator_line(text: str) -> tuple[str, str] | None:
    """``'성과지표 : 스마트팜 창업 청년농(명)'`` -> ``('스마트팜 창업 청년농', '명')``: a project column's label, a
    separator and an indicator with its unit, the line naming that one indicator (no other unit in brackets
    before it); None for any other line."""
    for sep in LABEL_SEPARATORS:
        label, found, rest = text.partition(sep)
        if not found:
            continue
        if key(label) not in current().build(_project_keys):
            return None
        got = indicator(rest.strip())
        if got is None or not got[1] or any(b in got[0] for b in _BRACKETS):
            return None  # no unit, or two indicators named (청년농(명), 온실 준공(동)): no one unit for the table
        return got[0], got[1]
    return None


def without_head(text: str, head: list[str]) -> str:
    """``text`` (the line above a table) without the table's head row where a reader joined the head's line onto
    it (``성과지표 : 청년농(명) 구 분 2024년 2025년``: the head's cells printed again at its end)."""
    words, tail = text.split(), " ".join(c for cell in head for c in cell.split()).split()
    if tail and len(words) > len(tail) and words[-len(tail) :] == tail:
        return " ".join(words[: -len(tail)])
    return text


def with_indicator_line(goals: list[dict[str, Any]], text: str) -> bool:
    """Name, in place, the project and the unit of ``goals`` (one table's) from the indicator ``text`` (the line
    right above the table) where it is one and the goals print bare figures under no project; whether it did."""
    named = indicator_line(text)
    if named is None or not goals:
        return False
    for g in goals:
        if g.get("project") or g.get("target_unit") or not figure(g.get("target") or ""):
            return False
        if g.get("actual") and not figure(g["actual"]) and not none_cell(g["actual"]):
            return False
    name, unit = named
    for g in goals:
        g.update(project=name, target_value=value(g["target"]), target_unit=unit)
        if g.get("actual"):  # a dash under 실적: no actual, no figure
            g["actual_value"] = value(g["actual"]) if figure(g["actual"]) else None
    return True
