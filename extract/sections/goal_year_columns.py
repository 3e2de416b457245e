"""A goal table with an indicator a row and the years across, each year over its own sub-columns.

Header: two rows. The first names the label columns (the indicator, a unit column headed by a word
of ``[goals_unit_column]``: 단위) and the years (``2023년``; a year's cell spanning its sub-columns);
the second names each year's sub-columns by goal column words (목표 | 실적), a year opened by its
target column: a year before the reporting one over a target and an actual, a later year over its
target only. Every row below is one indicator: its name, its unit (the cells print bare figures),
then a figure or a dash per sub-column. A year's target cell is one goal of the indicator (a dash:
no goal); its actual cell, when the year has one, is the goal's actual (a dash: none).

A text dump prints the head as two lines (``성과지표 단위 2023년 2024년 ...`` / ``목표 실적 목표
...``) and every row on one line: the indicator's words, the unit, then one figure per sub-column.
:func:`goals_year_column_lines` reads such a table when the sub-column line splits into as many
years as the head line names (a year at every target word) and every row ends in exactly as many
figures as there are sub-columns; the rows are read up to the first line that does not.
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_across import row_field
from pledgecard.extract.sections.goal_indicators import IndicatorGoal, IndicatorLines, figure
from pledgecard.extract.vocabulary import current, key, year_of

SubColumn = tuple[int, str]  # (year, field: "target" | "actual")


def _year(text: str) -> int | None:
    m = current().year_re.fullmatch(text.replace(" ", ""))
    return year_of(m) if m else None


def _none(text: str) -> bool:
    return not text or key(text) in {key(w) for w in current().words("header_values", "none")}


def _unit_head(text: str) -> bool:
    """The head of the unit column (``단위``), as the whole cell."""
    return key(text) in {key(w) for w in current().words("goals_unit_column", "words")}


def sub_columns(years: list[int], fields: list[str | None]) -> list[SubColumn] | None:
    """The sub-columns of a head: the field words under the year cells, split into one run per
    year at every target word; ``None`` unless every run is a target and at most one actual, and
    there are as many runs as years."""
    runs: list[list[str]] = []
    for f in fields:
        if f == "target":
            runs.append([f])
        elif f == "actual" and runs and runs[-1] == ["target"]:
            runs[-1].append(f)
        else:
            return None
    if len(runs) != len(years) or len(years) < 2:
        return None
    return [(y, f) for y, run in zip(years, runs, strict=True) for f in run]


def _goals(rows: list[tuple[int, str, str | None, list[str]]], subs: list[SubColumn], first_col: int
           ) -> list[IndicatorGoal]:
    """The goals of the rows read: (grid row or line, indicator, unit, a cell per sub-column)."""
    out: list[IndicatorGoal] = []
    for at, name, unit, cells in rows:
        by = {sub: cell for sub, cell in zip(subs, cells, strict=True)}
        for k, (y, f) in enumerate(subs):
            if f != "target" or _none(by[(y, f)]):
                continue
            actual = by.get((y, "actual"), "")
            out.append(IndicatorGoal(name, unit, y, by[(y, f)], None if _none(actual) else actual, at,
                                     first_col + k))
    return out


def goals_year_columns(grid: list[list[str]]) -> list[IndicatorGoal] | None:
    """The goals of a table of this shape (``grid``: the head rows first, a merged cell's text in
    every position it covers), or ``None`` when the table is not one."""
    if len(grid) < 3:
        return None
    head, under = grid[0], grid[1]
    year_cols = [j for j, c in enumerate(head) if _year(c) is not None]
    if len(year_cols) < 2:
        return None
    first = year_cols[0]
    width = min(len(r) for r in grid)
    if width <= first or any(_year(c) is None and c.strip() for c in head[first:width]):
        return None
    years: list[int] = []
    for j in range(first, width):  # a year spanning its sub-columns: repeated, or printed once
        y = _year(head[j])
        if y is not None and (not years or y != years[-1]):
            years.append(y)
    subs = sub_columns(years, [row_field(c) for c in under[first:width]])
    if subs is None or first == 0:
        return None
    unit_col = next((j for j in range(first) if _unit_head(head[j])), None)
    name_col = next((j for j in range(first) if j != unit_col), None)
    if name_col is None:
        return None
    rows: list[tuple[int, str, str | None, list[str]]] = []
    for i, r in enumerate(grid[2:], 2):
        cells = r[first:width]
        name = " ".join(r[name_col].split())
        if not name or any(not _none(c) and not figure(c) for c in cells):
            return None  # a word among the figures: not this table
        unit = r[unit_col].strip() if unit_col is not None and r[unit_col].strip() else None
        rows.append((i, name, unit, cells))
    return _goals(rows, subs, first) or None


def goals_year_column_lines(lines: list[str]) -> IndicatorLines | None:
    """The goals of such a table printed as lines (see the module's docstring)."""
    for at in range(len(lines) - 2):
        toks = lines[at].split()
        years = [_year(t) for t in toks]
        first = next((k for k, y in enumerate(years) if y is not None), None)
        if first is None or first == 0 or any(y is None for y in years[first:]):
            continue
        subs = sub_columns([y for y in years if y is not None], [row_field(t) for t in lines[at + 1].split()])
        if subs is None:
            continue
        with_unit = any(_unit_head(t) for t in toks[:first])
        n = len(subs)
        rows: list[tuple[int, str, str | None, list[str]]] = []
        used = {at, at + 1}
        for i in range(at + 2, len(lines)):
            words = lines[i].split()
            cells, rest = words[-n:], words[:-n]
            if len(words) <= n or any(not _none(c) and not figure(c) for c in cells):
                break
            unit = rest.pop() if with_unit and len(rest) >= 2 else None
            if not rest or (with_unit and unit is None) or (unit is not None and figure(unit)):
                break
            rows.append((i, " ".join(rest), unit, cells))
            used.add(i)
        goals = _goals(rows, subs, 0)
        return IndicatorLines(goals, used) if goals else None
    return None
