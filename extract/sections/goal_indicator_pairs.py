"""A goal table of indicators across, each over a target | actual pair of sub-columns, the years down.

The class fixed (doc-eunha-province-6-4, an HWP 5 card): two or more indicators in one table, the head of two
rows: the first names each indicator with its unit in brackets (``체류형 관광객(명)``), its cell spanning two
columns; the second names the pair under it by goal column words (목표 | 실적, whole cells); a year column left
of them, its head cell spanning both rows; a row a year under them, the cells bare figures. Each indicator's
pair in a year's row is one goal: the indicator its project, the cells its target and actual as printed, the unit
the head's. A head naming no unit over a bare figure leaves its unit untold: the table is not read so (as
:mod:`goal_indicators` reads the indicators-across table whose target and actual are rows). A dash or empty
target is no goal; a dash actual is none. The shapes of one indicator over one pair (연도 | 목표 | 실적 under a
head over them) are the ordinary goal table's, read there.
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_across import row_field
from pledgecard.extract.sections.goal_indicators import IndicatorGoal, figure, indicator
from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_values import none_cell


def _pairs(sub: list[str], start: int) -> list[int] | None:
    """The first columns of the target | actual pairs ``sub`` (the second head row) prints from ``start`` on."""
    cols = list(range(start, len(sub), 2))
    if len(cols) < 2 or (len(sub) - start) % 2:
        return None
    if all(row_field(sub[j]) == "target" and row_field(sub[j + 1]) == "actual" for j in cols):
        return cols
    return None


def goals_indicator_pairs(grid: list[list[str]]) -> list[IndicatorGoal] | None:
    """The goals of such a table (``grid``: a merged cell's text in every position it covers), or ``None``."""
    if len(grid) < 3 or len({len(r) for r in grid}) != 1:
        return None
    head, sub, body = grid[0], grid[1], [r for r in grid[2:] if any(c.strip() for c in r)]
    year_col = next(
        (
            j
            for j in range(len(head))
            if head[j] == sub[j]
            and head[j].strip()
            and body
            and all(year_head(r[j]) is not None for r in body)
        ),
        None,
    )
    if year_col is None:
        return None
    cols = _pairs(sub, year_col + 1)
    if cols is None or any(head[j] != head[j + 1] or not head[j].strip() for j in cols):
        return None
    heads: dict[int, tuple[str, str | None]] = {}
    for j in cols:
        named = indicator(head[j])
        if named is None and any(figure(r[j]) or figure(r[j + 1]) for r in body):
            return None  # a bare figure under a head naming no unit: its unit untold
        heads[j] = named or (" ".join(head[j].split()), None)
    out: list[IndicatorGoal] = []
    for j in cols:
        for n, r in enumerate(grid[2:], 2):
            if r not in body or none_cell(r[j].strip()):
                continue
            actual = r[j + 1].strip()
            out.append(
                IndicatorGoal(
                    heads[j][0],
                    heads[j][1],
                    year_head(r[year_col]) or 0,
                    r[j].strip(),
                    None if none_cell(actual) else actual,
                    n,
                    j,
                )
            )
    return out or None
