"""A funding table read from a text dump's layout (columns told by where the words stand) whose source rows add up
to more than its total row: a column's cells dealt to another source.

The class of card: a head of three lines whose spanning word stands over the wrong columns (mutant 4177 layout:
``지방비`` over ``소계 | 도비 | 군비`` printed beside ``국비``, the 소계 column read as 국비 and 국비's own cells
dropped: 7 wrong figures). Amounts are never negative, so a source row the dump lost (cut by a page break, printed
on the next page: mutant 4163 layout) leaves the sources short of the total, never over it; the sources over the
total in a column, the sums failing in two columns or more, tell a misplaced column, and every cell is nulled, its
printed text kept (:func:`funding_checks.null_every_cell`). Not where one row makes up the excess in every column
read: a row the total does not count (a fund under 국비, ``기금``; an of-which row; a private row) prints figures the
total leaves out, the sums then proving every other row (review A, finding 4: dorim's tab-typed table with a 기금
row, its 20 right figures had been nulled)."""

from __future__ import annotations

from pledgecard.extract.sections.funding_checks import null_every_cell
from pledgecard.extract.sections.funding_sum_rule import sum_slack
from pledgecard.record import FundingColumn, FundingRow


def null_parts_over_total(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """Every cell nulled where the one total row is below the sum of the other rows in a column and its sums fail
    in two columns or more (every cell of the column read; the slack :func:`funding_sum_rule.sum_slack`'s, each
    source cell rounded to the printed step); True when they were."""
    n = len(columns)
    totals = [i for i, r in enumerate(rows) if r["source"] == "total"]
    if len(totals) != 1 or len(rows) < 3 or any(len(r["amounts_krw"]) != n for r in rows):
        return False
    t = totals[0]
    over = failing = 0
    excess: list[
        tuple[int, float, float]
    ] = []  # per column read whole: (column, sources' excess over the total, slack)
    for j in range(n):
        column = [r["amounts_krw"][j] for r in rows]
        if any(v is None for v in column):
            continue
        total = column[t]
        parts = sum(v for i, v in enumerate(column) if i != t)  # type: ignore[misc]
        slack = sum_slack(total, mult, len(rows) - 1)  # type: ignore[arg-type]  # each source cell rounded
        failing += abs(parts - total) > slack  # type: ignore[operator]
        over += parts - total > slack  # type: ignore[operator]
        excess.append((j, parts - total, slack))  # type: ignore[operator]
    if not over or failing < 2 or _row_left_out(rows, t, excess):
        return False
    null_every_cell(rows, mult)
    return True


def _row_left_out(rows: list[FundingRow], t: int, excess: list[tuple[int, float, float]]) -> bool:
    """Whether one row other than the total (``t``) is the sources' excess over the total in every column read
    (``excess``: column, excess, slack): a row the total does not count, every other row proven by the sums."""
    return any(
        i != t and all(abs(ex - (r["amounts_krw"][j] or 0)) <= slack for j, ex, slack in excess)
        for i, r in enumerate(rows)
    )
