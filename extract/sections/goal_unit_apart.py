"""The table of :mod:`goal_unit_rows` (an indicator a group of year rows) as ``pdftotext`` prints it
in its default mode: a cell a line, its two halves apart. The indicator's columns (성과지표 | 단위 |
최종목표, the cells spanning each indicator's year rows) come first, their heads and cells in the
order the dump met them (a column's cells always top to bottom, the columns maybe interleaved); then
the year's columns' head (연도 | 목표 | 실적 | 달성률), one word a line, and each year's row as one
cell a line: the year, then one cell for each column after it.

The rows are cut by count (every cell after the year is one figure or a dash); the years' groups are
the runs whose years rise (a fall opens the next indicator's rows). The indicator's cells are told by
shape: a unit the vocabulary counts in (단위), a bare figure (최종목표), any other line a name. Each
column's cells are dealt to the groups in order only when there are exactly as many as groups, and
only where every printed 달성률 agrees with its row's target and actual; otherwise nothing is read.
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_indicators import IndicatorGoal, IndicatorLines, figure
from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_unit_rows import AFTER_YEAR, DASHES, final_head, value_cell
from pledgecard.extract.sections.goal_values import RATE
from pledgecard.extract.sections.goal_year_columns import unit_head
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.counts import parse_number


def _left_kind(text: str) -> str | None:
    """The indicator-side column a head line names (``project`` / ``unit`` / ``final``), or None."""
    if unit_head(text):
        return "unit"
    if final_head(text):
        return "final"
    return "project" if header_words_kind(text) == "project" else None


def _right_head(lines: list[str], at: int) -> tuple[list[str], int] | None:
    """The year's columns' head starting at ``at`` (a year word, then target / actual / rate words,
    one a line) and the line after it; None when none starts there."""
    if header_words_kind(lines[at]) != "year":
        return None
    kinds: list[str] = []
    k = at + 1
    while k < len(lines) and (kind := header_words_kind(lines[k])) in AFTER_YEAR and kind not in kinds:
        kinds.append(kind)  # type: ignore[arg-type]
        k += 1
    return (kinds, k) if "target" in kinds else None


def _rate_agrees(target: str, actual: str, rate: str) -> bool:
    """A printed rate is the actual over the target (within two points); a dash rate says nothing."""
    if rate in DASHES:
        return True
    m = RATE.match(rate)
    r = float(m.group(1)) if m else parse_number(rate)  # a bare figure under a 달성률(%) head
    t, a = parse_number(target), parse_number(actual) if actual not in DASHES else None
    if r is None or a is None or not t:
        return False
    return abs(100 * a / t - r) <= 2


def _units() -> set[str]:
    return {u.replace(" ", "") for u in current().words("counts", "units")}


def goal_unit_apart_lines(lines: list[str]) -> IndicatorLines | None:
    """The goals of such a table (see the module's docstring), or None."""
    lines = [ln.strip() for ln in lines]
    starts = [k for k, ln in enumerate(lines) if _left_kind(ln) in ("project", "unit")]
    if not starts:
        return None
    first = starts[0]
    if _left_kind(lines[first]) == "unit" and not any(_left_kind(ln) == "project" for ln in lines[:first]):
        first = 0  # the project head taken for the heading: the section's lines open the columns
    right = next(((k, h) for k in range(first + 1, len(lines)) if (h := _right_head(lines, k))), None)
    if right is None:
        return None
    at, (after, k) = right
    heads: list[str] = []
    cells: dict[str, list[str]] = {"project": [], "unit": [], "final": []}
    units = _units()
    for ln in lines[first:at]:
        if not ln:
            continue
        kind = _left_kind(ln)
        if kind is not None:
            if kind in heads:
                return None
            heads.append(kind)
        elif ln.replace(" ", "") in units or ln in DASHES:
            cells["unit"].append(ln)
        elif figure(ln):
            cells["final"].append(ln)
        elif year_head(ln) is not None or header_words_kind(ln) is not None:
            return None
        else:
            cells["project"].append(ln)
    if heads[:1] == ["unit"] and "project" not in heads:
        heads.insert(0, "project")  # the indicator's head taken for the section's heading above it
    if "unit" not in heads or any(cells[c] for c in cells if c not in heads):
        return None
    groups: list[list[tuple[int, dict[str, str], int]]] = []
    while k + len(after) < len(lines) and (year := year_head(lines[k])) is not None:
        row = lines[k + 1 : k + 1 + len(after)]
        if not all(value_cell(c) for c in row):
            return None
        values = dict(zip(after, row, strict=True))
        if (
            "rate" in values
            and "actual" in values
            and not _rate_agrees(values["target"], values["actual"], values["rate"])
        ):
            return None
        if not groups or year <= groups[-1][-1][0]:
            groups.append([])
        groups[-1].append((year, values, k))
        k += 1 + len(after)
    n = len(groups)
    if not n or any(len(cells[c]) != n for c in heads):
        return None
    goals: list[IndicatorGoal] = []
    for g, rows in enumerate(groups):
        unit = cells["unit"][g]
        for year, values, line in rows:
            if values["target"] in DASHES:
                continue  # a dash: no goal this year
            actual = values.get("actual")
            goals.append(
                IndicatorGoal(
                    cells["project"][g],
                    None if unit in DASHES else unit,
                    year,
                    values["target"],
                    None if actual in (None, *DASHES) else actual,
                    line,
                    g,
                )
            )
    if not goals:
        return None
    return IndicatorLines(goals, {q for q in range(first, k) if lines[q]})
