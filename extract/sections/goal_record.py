"""One goal record made from its cells: the target's and the actual's figures, the status, and the goal of
an indicator column or a years-across table."""

from __future__ import annotations

import re

from pledgecard.extract.revisions import in_force
from pledgecard.extract.sections.goal_across import AcrossGoal
from pledgecard.extract.sections.goal_indicators import IndicatorGoal, figure, indicator, value
from pledgecard.extract.sections.goal_listed_counts import lists_counts
from pledgecard.extract.sections.goal_lone_counts import with_lone_counts
from pledgecard.extract.vocabulary import Vocabulary, alternation, current
from pledgecard.normalize.counts import GLUED_TO_FIGURE, LOOSE_NUMBER, parse_count, parse_number
from pledgecard.normalize.text import fold, is_dash
from pledgecard.record import Goal


def _value_re(v: Vocabulary) -> re.Pattern[str]:
    units = alternation(v.words("counts", "units"))
    # a figure glued to a character no figure follows in print (``1#8호``: a confused or corrupted number, the
    # ``8호`` no figure of its own) is none: the figure stands at the text's start, after a space, a word or a bracket
    return re.compile(rf"(?<![{re.escape(''.join(sorted(GLUED_TO_FIGURE)))}])({LOOSE_NUMBER})\s*({units})")


def not_started(status: str) -> bool:
    return current().status_words.get(re.sub(r"\s+", "", status)) == "not_started"


def value_and_unit(text: str | None) -> tuple[int | float | None, str | None]:
    if not text:
        return None, None
    m = current().build(_value_re).search(text)
    if not m:
        return None, None
    return parse_number(m.group(1)), m.group(2)  # a confused number (l56명) is null, never part of it


def make_goal(
    project: str | None,
    year: int | None,
    target: str,
    status: str | None,
    actual: str | None,
    detail: str | None,
) -> Goal:
    target, actual = in_force(target), in_force(actual or "") or actual  # 120호 → 150호: the target in force
    # a dash in the actual's cell prints nothing achieved yet: no actual and no figure, never a zero (the money and
    # outreach tables' dash is a proven zero; a goal's is not: its row may be not started or not yet measured)
    actual = None if is_dash(actual) else actual
    # a cell listing two counts (자전거 2,500대 대여소 250개소): no single figure, null (goal_listed_counts)
    tv, tu = (None, None) if lists_counts(target) else value_and_unit(target)
    av, _ = (None, None) if lists_counts(actual) else value_and_unit(actual)
    if av is None and actual and not lists_counts(actual):
        v, _u = parse_count(actual)
        av = v
    return with_lone_counts(
        {
            "project": project or None,
            "year": year,
            "target": fold(target) or None,
            "target_value": tv,
            "target_unit": tu,
            "status": fold(status) if status else None,
            "actual": fold(actual) if actual else None,
            "actual_value": av,
            # a dash in the detail cell (추진내용 | -) tells no detail, as a dash in an actual's cell tells no actual
            "detail": fold(detail) if detail and not is_dash(detail) else None,
        }
    )


def strip_parens(s: str) -> str:
    s = s.strip()
    if s.startswith("(") and s.endswith(")"):
        return s[1:-1]
    return s


def indicator_goal(g: IndicatorGoal) -> Goal:
    """A goal of an indicator column: its figures bare, the unit the column's header's."""
    goal = make_goal(g.project, g.year, g.target, None, g.actual, None)
    if goal["target_value"] is None:
        goal.update(target_value=value(g.target), target_unit=g.unit if value(g.target) is not None else None)
    if g.actual is not None and goal["actual_value"] is None:
        goal["actual_value"] = value(g.actual)
    return goal


def across_goal(g: AcrossGoal) -> Goal:
    """A goal of a years-across table. A project cell closing with its unit in brackets over bare
    figures (``청년주택 공급(호)`` over ``112``) is an indicator: its name the project, its figures
    counted in that unit, as under an indicator column's head."""
    actual = None if g.status and not_started(g.status) else g.actual
    named = indicator(g.project) if g.project else None
    if named is None or not (
        figure(g.target) or g.unproven
    ):  # a year's figures unproven: still the indicator's
        return make_goal(g.project, g.year, g.target, g.status, actual, None)
    goal = indicator_goal(IndicatorGoal(named[0], named[1], g.year, g.target, actual, g.row, g.col))
    goal["status"] = fold(g.status) if g.status else None
    return goal
