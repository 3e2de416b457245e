"""A years-across goal table whose every year spans columns of its periods (``2024년`` over ``상반기 | 하반기``):
one goal a year.

The class fixed: goals printed by half-year or quarter (doc-roa-province-8-3: each indicator over a 목표 and a 실적
row, each year's head spanning two columns named 상반기 | 하반기 on the head row under it) read as two goals of each
year. The record holds one goal a year; the periods under a year are parts of its course. Which figure is the
year's depends on what the periods print: running totals to date (the table says so, a running-total word of
``[goals_running_totals]`` in a head cell or in the ``※`` note under it, and the targets strictly rise over the
year's periods) put the year's target and actual in the period that closes the year (its last day the year's,
``하반기``, ``4분기``); per-period figures (the year the sum of its parts, as goal_quarters reads a quarter table)
print no year figure at all. A table that does not prove the first reading (no such word, or targets level or
falling) gives the year's goal with no target and no actual, and a finding (``extract.periods_unproven``), never
the year-end period's figure nor two goals of one year (review b, session 34: per-half tables equal, rising and
falling, a per-quarter table level). Periods are told by the date reader (the sub-head read as a date of the year
above it: a half, a quarter), not by words.
"""

from __future__ import annotations

from pledgecard.extract.vocabulary import Vocabulary, current
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


def _running_words(v: Vocabulary) -> tuple[str, ...]:
    return tuple(w.replace(" ", "") for w in v.words("goals_running_totals", "words"))


def says_running_totals(texts: list[str]) -> bool:
    """Whether any of ``texts`` (a table's head cells, the notes under it) says its figures are running totals to
    date (a ``[goals_running_totals]`` word within it: 누계, 누적)."""
    words = current().build(_running_words)
    return any(w in t.replace(" ", "") for t in texts for w in words)


def running_to_date(target_row: list[str], columns: list[int]) -> bool:
    """Whether a project's targets under one year's period columns (in order) can be totals to date: every one
    a figure, each above the one before (level or falling figures are a period's own)."""
    values = [cell_figure(target_row[j]) if j < len(target_row) else None for j in columns]
    if any(v is None for v in values):
        return False
    return all(b > a for a, b in zip(values, values[1:], strict=False))  # type: ignore[operator]
