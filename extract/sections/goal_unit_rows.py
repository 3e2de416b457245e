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

from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_indicators import IndicatorGoal, IndicatorLines, figure
from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_year_columns import unit_head
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import DASHES

AFTER_YEAR = ("target", "actual", "rate")


def final_head(text: str) -> bool:
    """Whether a head names the whole period's target column (최종목표)."""
    return key(text) in {key(w) for w in current().words("goals_final_column", "words")}


def head_kinds(text: str) -> list[str] | None:
    """The column kinds of such a head line (``project``, ``unit``, ``final``, ``year``, then
    ``target`` / ``actual`` / ``rate``); None for any other line."""
    kinds = []
    for tok in text.split():
        kind = "unit" if unit_head(tok) else "final" if final_head(tok) else header_words_kind(tok)
        if kind is None or kind == "other":
            return None
        kinds.append(kind)
    if kinds and kinds[0] == "unit":  # the indicator's head taken for the section's heading above
        kinds.insert(
            0, "project"
        )  # (성과지표 under ``성과지표 달성현황``): its column opens the rows all the same
    if (
        not kinds
        or kinds[0] != "project"
        or "year" not in kinds
        or "unit" not in kinds
        or len(set(kinds)) != len(kinds)
    ):
        return None
    y = kinds.index("year")
    after = kinds[y + 1 :]
    if (
        "target" not in after
        or any(k not in AFTER_YEAR for k in after)
        or any(k not in ("unit", "final") for k in kinds[1:y])
    ):
        return None
    return kinds


def value_cell(word: str) -> bool:
    """Whether a year row's cell after its year is one figure or a dash."""
    return figure(word) or word in DASHES


def _head_at(lines: list[str], at: int) -> tuple[list[str], int] | None:
    """The head's column kinds and the line after it: one line, or a head a converter printed one
    cell a line (each line one word)."""
    kinds = head_kinds(lines[at])
    if kinds is not None:
        return kinds, at + 1
    best = None  # the longest run of one-word lines that is such a head
    for n in range(2, min(10, len(lines) - at) + 1):
        if len(lines[at + n - 1].split()) != 1:
            break
        if (kinds := head_kinds(" ".join(lines[at : at + n]))) is not None:
            best = kinds, at + n
    return best


def goal_unit_row_lines(lines: list[str]) -> IndicatorLines | None:
    """The goals of such a table printed as lines (see the module's docstring), or None. The words
    after the head are read as one stream (a converter printing the indicator's cells on a line of
    their own, or every cell on a line): each year word opens the cells of its year, the words before
    it since the last year's cells are the indicator's (none: the indicator above)."""
    for at in range(len(lines)):
        head = _head_at(lines, at)
        if head is None:
            continue
        kinds, start = head
        y = kinds.index("year")
        after = kinds[y + 1 :]
        words = [(w, i) for i in range(start, len(lines)) for w in lines[i].split()]
        goals: list[IndicatorGoal] = []
        used = set(range(at, start))
        name: str | None = None
        unit: str | None = None
        lead: list[str] = []
        k = 0
        while k < len(words):
            w, line = words[k]
            year = year_head(w)
            cells = [c for c, _ in words[k + 1 : k + 1 + len(after)]]
            ends = (
                k + len(after) + 1 >= len(words) or words[k + len(after) + 1][1] != words[k + len(after)][1]
            )
            if year is None or len(cells) < len(after) or not all(value_cell(c) for c in cells) or not ends:
                # (a year's cells close their line, as every converter prints a row or a cell)
                lead.append(w)
                if len(lead) > 12:
                    break  # no year's cells follow: the table has ended
                k += 1
                continue
            if lead:  # the indicator's cells: its name, then a word for each column before the year
                if len(lead) < y:
                    break
                own = lead[len(lead) - (y - 1) :] if y > 1 else []
                cols = dict(zip(kinds[1:y], own, strict=True))
                if not all(value_cell(c) for k2, c in cols.items() if k2 == "final"):
                    break
                named = lead[: len(lead) - (y - 1)]
                if any(
                    year_head(t) is not None or value_cell(t)
                    for t in [*named, *(c for k2, c in cols.items() if k2 == "unit" and c not in DASHES)]
                ):
                    break  # a year's row that did not fit before it, or cells out of order: the table ends there
                name, unit = " ".join(named), cols.get("unit")
                unit = None if unit in DASHES else unit
                lead = []
            elif name is None:
                break
            values = dict(zip(after, cells, strict=True))
            used.update(i for _, i in words[k : k + 1 + len(after)])
            if values["target"] not in DASHES:  # a dash: no goal this year
                actual = values.get("actual")
                goals.append(
                    IndicatorGoal(
                        name,
                        unit,
                        year,
                        values["target"],
                        None if actual in (None, *DASHES) else actual,
                        line,
                        0,
                    )
                )
            k += 1 + len(after)
        if goals:
            used.update(i for _, i in words if i <= max(used))  # the indicator's own lines among them
            return IndicatorLines(goals, used)
    return None
