"""A years-across goal table whose every year spans columns of its periods (``2024년`` over ``상반기 | 하반기``):
one goal a year, the year-end period's.

The class fixed: goals printed by half-year (doc-roa-province-8-3: each indicator over a 목표 and a 실적 row, each
year's head spanning two columns named 상반기 | 하반기 on the head row under it, the figures running totals) read as
two goals of each year, the first half's target taken for a second goal of the year (blind 0.986, six goals too
many). The record holds one goal a year; the periods under a year are parts of its course, and where they run
as totals to date (every project's target rising or steady over the year's periods) the period that closes
the year (its last day the year's, ``하반기``, ``4분기``) holds the year's target and actual, as a quarterly table's
running total does (goal_quarters). Periods are told by the date reader (the sub-head read as a date of the
year above it: a half, a quarter), not by words. A table whose periods do not run so (a period's target below
the one before) is left as read.
"""

from __future__ import annotations

from pledgecard.normalize.dates import parse_date
from pledgecard.normalize.money import cell_figure

_PERIODS = frozenset({"half", "quarter"})


def year_end_columns(grid: list[list[str]], top: int, years: dict[int, int]) -> dict[int, list[int]] | None:
    """For a table whose head row ``top`` prints each year (``years``: column -> year) over two or more columns and
    the row under it names a period of that year in each (a half, a quarter), the columns of each year in order,
    the year-end one last, keyed by that column; None for any other table."""
    if top + 1 >= len(grid):
        return None
    sub = grid[top + 1]
    by_year: dict[int, list[tuple[str, int]]] = {}
    for j, year in years.items():
        if j >= len(sub) or not sub[j].strip():
            return None
        d = parse_date(sub[j], default_year=year)
        if d.get("precision") not in _PERIODS or not d.get("end") or not str(d["start"]).startswith(str(year)):
            return None
        by_year.setdefault(year, []).append((str(d["end"]), j))
    if any(len(cols) < 2 for cols in by_year.values()):
        return None
    out: dict[int, list[int]] = {}
    for year, cols in by_year.items():
        ordered = [j for _, j in sorted(cols)]
        if sorted(cols)[-1][0] != f"{year}-12-31":
            return None  # no period closes the year
        out[ordered[-1]] = ordered
    return out


def running_to_date(target_row: list[str], columns: list[int]) -> bool:
    """Whether a project's targets under one year's period columns (in order) run as totals to date: every one
    a figure, none below the one before."""
    values = [cell_figure(target_row[j]) if j < len(target_row) else None for j in columns]
    if any(v is None for v in values):
        return False
    return all(b >= a for a, b in zip(values, values[1:], strict=False))  # type: ignore[operator]
