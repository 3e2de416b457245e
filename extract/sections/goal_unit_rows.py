"""A goal table with an indicator a group of year rows, printed a row a line: its head names the
indicator's column, a unit column (``[goals_unit_column]``: 단위), maybe a column of the whole
period's target (``[goals_final_column]``: 최종목표), then a year column and one-word columns after it
(목표 | 실적 | 달성률): ``성과지표 단위 최종목표 연도 목표 실적 달성률(%)``. An indicator's first row prints
its name, unit and final target before the year (``정비 구간 km 6.2 2026년 2.9 2.6 90``), its
other rows the year's cells only (``2027년 3.3 - -``: the spanning cells printed once).

Every cell from the year on is one word (a year, a bare figure or a dash), so a row is cut from its
right end; the words before the year are the indicator's name, then one word for each of the unit
and final columns. A row that does not so fit ends the table; the target and actual are the bare
figures of the year's row, their unit the indicator's (:class:`IndicatorGoal`, read as the
indicators-across tables' are).
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_indicators import IndicatorGoal, IndicatorLines, figure
from pledgecard.extract.sections.goal_rows import header_words_kind
from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_year_columns import unit_head
from pledgecard.extract.vocabulary import current, key

_AFTER_YEAR = ("target", "actual", "rate")
_DASHES = ("-", "–", "—")


def _final_head(text: str) -> bool:
    return key(text) in {key(w) for w in current().words("goals_final_column", "words")}


def head_kinds(text: str) -> list[str] | None:
    """The column kinds of such a head line (``project``, ``unit``, ``final``, ``year``, then
    ``target`` / ``actual`` / ``rate``); None for any other line."""
    kinds = []
    for tok in text.split():
        kind = "unit" if unit_head(tok) else "final" if _final_head(tok) else header_words_kind(tok)
        if kind is None or kind == "other":
            return None
        kinds.append(kind)
    if not kinds or kinds[0] != "project" or "year" not in kinds or "unit" not in kinds or len(set(kinds)) != len(kinds):
        return None
    y = kinds.index("year")
    after = kinds[y + 1:]
    if "target" not in after or any(k not in _AFTER_YEAR for k in after) or any(k not in ("unit", "final")
                                                                                 for k in kinds[1:y]):
        return None
    return kinds


def _cell(word: str) -> bool:
    return figure(word) or word in _DASHES


def goal_unit_row_lines(lines: list[str]) -> IndicatorLines | None:
    """The goals of such a table printed as lines (see the module's docstring), or None."""
    for at, text in enumerate(lines):
        kinds = head_kinds(text)
        if kinds is None:
            continue
        y = kinds.index("year")
        after = kinds[y + 1:]
        goals: list[IndicatorGoal] = []
        used = {at}
        name: str | None = None
        unit: str | None = None
        for i in range(at + 1, len(lines)):
            toks = lines[i].split()
            if len(toks) < 1 + len(after):
                break
            cells, year = toks[-len(after):], year_head(toks[-len(after) - 1])
            lead = toks[: -len(after) - 1]
            if year is None or not all(_cell(c) for c in cells):
                break
            if lead:  # the indicator's first row: its name, then a word for each column before the year
                if len(lead) < y:
                    break
                own = lead[len(lead) - (y - 1):] if y > 1 else []
                cols = dict(zip(kinds[1:y], own, strict=True))
                if not all(_cell(c) for k, c in cols.items() if k == "final"):
                    break
                name, unit = " ".join(lead[: len(lead) - (y - 1)]), cols.get("unit")
                unit = None if unit in _DASHES else unit
            elif name is None:
                break
            values = dict(zip(after, cells, strict=True))
            target = values["target"]
            if target in _DASHES:
                used.add(i)
                continue  # no goal this year
            actual = values.get("actual")
            goals.append(IndicatorGoal(name, unit, year, target, None if actual in (None, *_DASHES) else actual,
                                       i, 0))
            used.add(i)
        if goals:
            return IndicatorLines(goals, used)
    return None
