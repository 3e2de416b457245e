"""A goal table whose head row prints each column's year and period in one cell (``'24 상반기 | '24 하반기 |
'25 상반기 ...``, ``2024년 1분기 ...``) read as the two-row head a year spanning its periods prints (``2024`` over
``상반기 | 하반기``: :mod:`goal_year_periods`), so that one reading serves both.

The class fixed: doc-bitgaram-county-6-1.hwpx's goals per half-year, the heads ``'24 상반기`` .. ``'26 하반기`` in one
row, read as no goal table (no head cell a year). The periods are told by the date reader (a half or a quarter with
its year printed: :func:`~pledgecard.extract.sections.goal_year_periods.period_of`), never by words; the row is split
only where two or more of its cells are such periods and none is a bare year (a years-across head is read as it is).
Which year's figures the split proves is goal_year_periods' to say (a year printed in part proves none); the rows
under the inserted one stand one further down than in the table: :class:`PeriodHeads` says by how many.
"""

from __future__ import annotations

from dataclasses import dataclass

from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_year_periods import period_of

_HEAD_ROWS = 3  # the head rows a period row may stand in (a spanning title over it, a row of column words)


@dataclass(frozen=True, slots=True)
class PeriodHeads:
    """A goal table's grid with its head row of periods split (:func:`split_period_heads`), and ``inserted``: the
    rows inserted above the table's own (0 or 1): a row ``r`` of the split grid is the table's row ``r - inserted``
    (its goals' provenance points at the printed cell)."""

    grid: list[list[str]]
    inserted: int


def period_year(cell: str) -> int | None:
    """The year of a head cell printing a half or a quarter with its year (``'24 상반기`` -> 2024), else None."""
    if not cell.strip() or year_head(cell) is not None:
        return None
    span = period_of(cell)
    return span[0].year if span else None


def period_heads(grid: list[list[str]]) -> PeriodHeads:
    """``grid`` (a goal table's rows, a merged cell's text in every place it covers) with its first head row of
    periods with their years split in two: the years (``2024``) over the cells as printed (``'24 상반기``, which
    the date reader reads as a period of that year); the row's other cells (``성과지표``, ``구 분``) printed in both.
    The grid as it is where no head row is one (a year head in the row, or fewer than two period cells)."""
    for k, row in enumerate(grid[:_HEAD_ROWS]):
        if any(year_head(c) is not None for c in row):
            break
        years = [period_year(c) for c in row]
        if sum(y is not None for y in years) >= 2:
            top = [str(y) if y is not None else c for c, y in zip(row, years, strict=True)]
            return PeriodHeads([*grid[:k], top, list(row), *grid[k + 1 :]], 1)
    return PeriodHeads(grid, 0)


def split_period_heads(grid: list[list[str]]) -> list[list[str]]:
    """The grid of :func:`period_heads`."""
    return period_heads(grid).grid
