"""The ``other`` period columns of a funding table (임기내, 계속 ...: a span of the term's years the schema names by its
label only) counted among the periods a row's total sums.

The class of card: a table whose head prints 기투자 | 임기내 | 임기후 | 총사업비 (mutant 4046 txt, norae-city's
mutation): the sums the proofs check leave ``other`` columns out (their sum is not known in general), so a row's
periods never add up to its total and a table whose cells only the sums can place (blank zeros lost in the dump,
thousands printed without commas) is left null. Counting them is tried only after the periods alone prove
nothing, and a grouping is read only where the sums then hold (every figure right, or null)."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.record import FundingColumn


def periods_with_other(columns: Sequence[FundingColumn], periods: Sequence[int]) -> list[int]:
    """The period columns ``periods`` with the ``other`` columns among them added (in column order); ``periods``
    itself where the table prints no ``other`` column, or no period but it."""
    other = [j for j, c in enumerate(columns) if c["kind"] == "other"]
    if not other or not periods:
        return list(periods)
    return sorted({*periods, *other})
