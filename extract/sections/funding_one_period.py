"""A turned funding table of one period row: sources across its head (``구분 | 계 | 국비 | 도비 | 군비``), a total row
(``총사업비``) and one period row (``2024년``) down its labels, every row's sources adding up to its total cell.

The class of card fixed: a one-year project printing its turned table with a single year row was no turned table
(:func:`~pledgecard.extract.sections.funding_grid.sources_across` asks two period rows) and was read the usual way
round, columns named 국비, 도비, 군비 over the total row, the year's row lost (review A of session 33). Two period
rows tell a turned table by their labels; one tells it only where the sums prove every row a split of its total by
the sources across."""

from __future__ import annotations

from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS, classify_column
from pledgecard.extract.sections.funding_sum_rule import adds_up
from pledgecard.normalize.money import funding_source, parse_amount


def one_period_proven(grid: list[list[str]]) -> bool:
    """Whether ``grid`` (head row first) is a turned table of one period row and a total row whose sources across
    (two or more, after one total column) add up to that total cell in every row."""
    if len(grid) < 3:
        return False
    kinds = [funding_source(c.replace(" ", "")) for c in grid[0][1:]]
    if (
        kinds.count("total") != 1
        or kinds[0] != "total"
        or len([k for k in kinds if k not in (None, "total")]) < 2
    ):
        return False
    labels = [classify_column(r[0])["kind"] if r else None for r in grid[1:]]
    if sum(1 for k in labels if k in PERIOD_KINDS) != 1 or "total" not in labels:
        return False
    for row in grid[1:]:
        cells = [parse_amount(c, 1) for c in row[1 : len(grid[0])]]
        if len(cells) != len(kinds) or any(v is None for v in cells):
            return False
        if not adds_up(cells[1:], cells[0]):  # type: ignore[arg-type]
            return False
    return True
