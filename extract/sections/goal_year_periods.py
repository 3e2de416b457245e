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
above it: a half, a quarter), not by words. A year whose printed periods stop short of its end (``'24 상반기 | '24 하반기 |
'25 상반기``: review a, session 36) prints no figure of the year at all: its goal has no target and no actual
(``extract.periods_unproven``), never its one half's figure as the year's. A table whose every year is printed
by its year-end period alone (``'24 4분기 | '25 4분기``: session 37, mendprev) prints each year's figure as of its
end: read as printed (:func:`year_ends_alone`); a year's lone period that is not its end keeps the finding.
"""

from __future__ import annotations

from datetime import date, timedelta

from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.dates import parse_date
from pledgecard.normalize.money import cell_figure

PERIODS = frozenset({"half", "quarter"})  # the date reader's precisions of a year's part


def period_of(cell: str, year: int | None = None) -> tuple[date, date] | None:
    """The first and last day of the half or quarter a head cell prints (``상반기`` of ``year``, ``'24 상반기``),
    None for any other cell. The one test of a period head (goal_period_heads' and this module's)."""
    d = parse_date(cell, default_year=year) if year is not None else parse_date(cell)
    if d.get("precision") not in PERIODS or not d.get("start") or not d.get("end"):
        return None
    return date.fromisoformat(str(d["start"])), date.fromisoformat(str(d["end"]))


def _closes(spans: list[tuple[date, date]], year: int) -> bool:
    """Whether periods (in order) run to the last day of ``year``, each the day after the one before (``'25 상반기``
    alone: a year printed in part, up to a day before its end; ``'24 하반기`` alone closes 2024)."""
    return spans[-1][1] == date(year, 12, 31) and all(
        b[0] == a[1] + timedelta(days=1) for a, b in zip(spans, spans[1:], strict=False)
    )


def year_periods(
    grid: list[list[str]], top: int, years: dict[int, int]
) -> dict[int, tuple[list[int], bool]] | None:
    """For a table whose head row ``top`` prints each year (``years``: column -> year) and the row under it a period
    of that year in every year column (a half, a quarter), each year's columns in order keyed by its last one, with
    whether they close the year (its periods running on to its last day: only then may the last period's figure,
    a running total to date, be the year's; a year printed in part prints none); None for any other table."""
    if top + 1 >= len(grid):
        return None
    sub = grid[top + 1]
    by_year: dict[int, list[tuple[tuple[date, date], int]]] = {}
    for j, year in years.items():
        span = period_of(sub[j], year) if j < len(sub) and sub[j].strip() else None
        if span is None or span[0].year != year:
            return None
        by_year.setdefault(year, []).append((span, j))
    out: dict[int, tuple[list[int], bool]] = {}
    for year, cols in by_year.items():
        cols.sort()
        out[cols[-1][1]] = ([j for _, j in cols], _closes([s for s, _ in cols], year))
    return out


def year_ends_alone(periods: dict[int, tuple[list[int], bool]] | None) -> bool:
    """Whether every year of a table (``periods``, as :func:`year_periods` gives them) is printed by one period
    alone, the one closing the year (``'24 4분기 | '25 4분기``, ``'24 하반기 | '25 하반기``): each head the year's
    end, its figure the year's as printed, no running total to prove. A table with any year over two periods or
    more, or over one that is not its end (``'25 2분기``), is not one: its figures may be a period's own."""
    return bool(periods) and all(len(cols) == 1 and closes for cols, closes in (periods or {}).values())


def year_end_columns(grid: list[list[str]], top: int, years: dict[int, int]) -> dict[int, list[int]] | None:
    """For a table whose head row ``top`` prints each year (``years``: column -> year) over two or more columns and
    the row under it names a period of that year in each (a half, a quarter) closing the year, the columns
    of each year in order, the year-end one last, keyed by that column; None for any other table."""
    got = year_periods(grid, top, years)
    if got is None or not all(closes and len(cols) >= 2 for cols, closes in got.values()):
        return None
    return {last: cols for last, (cols, _) in got.items()}


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
