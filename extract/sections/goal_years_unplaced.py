"""A goal table whose head prints the years across (an indicator a row, each year over its own target |
actual sub-columns) read by the plain head reading of one target column and one actual column, no goal given
a year: a misread, its goals dropped and said.

Class fixed (session 35, seed-5 dumps): a layout dump (``pdftotext -layout``) printing the year-column goal
table's head on one page and its rows on the next, each page spaced by its own widest line, so the head's
cells stand over no row's column. The reader glued the unit head to the first year's (``2023년 단위 목표`` |
``실적`` | ``2024년`` | ``실적`` ...) and the plain head reading took that column as the target and the next as the
actual: every row's unit read as its target and its first year's target as its actual (nalgae-city 61017:
actuals 856 and 255 under the wrong field, no year). Where the head names two years or more in cells of their
own and the target word stands over two columns or more, each of a year's, and the unit column's word stands in
the target column's head, a reading that gives no goal a year placed no figure under its year and read the units
as targets: no figure of it is known to be the one printed there.
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import goals_unrecovered
from pledgecard.extract.sections.goal_year_columns import unit_head
from pledgecard.extract.vocabulary import current, key

HEAD_ROWS = 3  # rows a goal table's head takes at most (the years, their sub-columns, a unit row)
_FIGURE = re.compile(r"[-+]?\d[\d,.]*\s*%?")


def _head(grid: list[list[str]]) -> list[list[str]]:
    """The grid's rows above its first row printing a bare figure in a cell (at most :data:`HEAD_ROWS`)."""
    out: list[list[str]] = []
    for row in grid[:HEAD_ROWS]:
        if any(_FIGURE.fullmatch(c.strip()) for c in row if c.strip()):
            break
        out.append(row)
    return out


def years_across(grid: list[list[str]]) -> bool:
    """Whether ``grid``'s head names two years or more, each in a cell naming one year, and the target word
    (``[goals_columns] target``) stands in two columns or more of it: a head of the years across, each over its
    own target column."""
    vocab = current()
    year = re.compile(rf"(?<!\d)(?:{vocab.year_plain})(?!\d)")
    targets = {key(w) for w in vocab.words("goals_columns", "target")}
    years: dict[int, set[str]] = {}
    target_cols: set[int] = set()
    for row in _head(grid):
        for j, cell in enumerate(row):
            found = year.findall(cell)
            if len(found) == 1:
                years.setdefault(j, set()).add(found[0])
            if any(key(w) in targets for w in cell.split()):
                target_cols.add(j)
    named = {y for ys in years.values() for y in ys}
    return len(years) >= 2 and len(named) >= 2 and len(target_cols) >= 2


def unit_over_target(grid: list[list[str]]) -> bool:
    """Whether a cell of ``grid``'s head holds the unit column's word (``[goals_unit_column]``: 단위) and a target
    word both (``2023년 단위 목표``): two columns' heads glued into one, the column under it no target's proven."""
    targets = {key(w) for w in current().words("goals_columns", "target")}
    return any(
        any(unit_head(w) for w in cell.split()) and any(key(w) in targets for w in cell.split())
        for row in _head(grid)
        for cell in row
    )


def yearless_under_years(grid: list[list[str]], goals: list[Any]) -> bool:
    """Whether ``goals`` (read from ``grid`` by its head) give no goal a year under a head of the years across
    (:func:`years_across`) whose target column's head is glued to the unit column's (:func:`unit_over_target`):
    the table misread, its units read as targets and its targets as actuals. (A head whose target column stands
    over the first year's targets alone gives that year's figures right, yearless: kept as read.)"""
    dicts = [g for g in goals if isinstance(g, dict)]
    return (
        bool(dicts)
        and len(dicts) == len(goals)
        and all(g.get("year") is None for g in dicts)
        and years_across(grid)
        and unit_over_target(grid)
    )


def unplaced_finding(where: Source | None, count: int) -> dict[str, Any]:
    """The finding at ``goals`` that a table of the years across was read with no goal under its year (its
    ``count`` goals dropped)."""
    return goals_unrecovered(
        "goals",
        "the goal table's head prints the years across, each over its own target column, but its rows "
        "stand under no year's column: no goal read from it",
        source=where,
        observed={"goals_dropped": count},
    )
