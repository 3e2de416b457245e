"""Blank cells of a funding table whose own sums prove nothing, proven by the overview's budget.

The class of card: a funding table read from its cells (HWP, HWPX, PDF) printing no total column and no total row,
its zero cells left blank (mutants 3613 and 3678: ``국비 | 493,000,000원 | 672,000,000원 | (blank) | ...``), so that
:func:`~pledgecard.extract.sections.funding_zeros.zeros_proven` finds no printed sum and every blank stayed null
(money 0.842). The card prints another sum of each row: the overview's budget names each source's share of the whole
(``총사업비 : 178,288백만원(국비 59,866, 도비 66,661, 시군비 51,761)``). Where the table's columns are all periods (기투자,
the years, 임기 후: every cell of a row a part of the source's whole) and the row of a source the budget names once
prints cells adding up to its share exactly, every other cell read and none negative, each blank cell of the row is
0 (amounts are never negative: a blank holding anything would break the sum). So too the rows together against the
budget's total where no row is a total row. Any other blank stays null (validation reports it).

A blank in a row whose total cell is read, or in a column whose total row's cell is read, is that printed sum's
to prove (:func:`~pledgecard.extract.sections.funding_zeros.zeros_proven`, which has had its chance): the budget
never overrules the table's own sum (``국비 | 계 270 | 90 | (blank) | 90`` under a budget naming 국비 180 stays
null, review b of session 36).
"""

from __future__ import annotations

from collections.abc import Iterable

from pledgecard.extract.sections.funding_proof import Budget, sum_axes
from pledgecard.extract.sections.funding_zeros import sum_proves
from pledgecard.record import FundingColumn, FundingRow


def zeros_by_budget(
    columns: list[FundingColumn],
    rows: list[FundingRow],
    blank: Iterable[tuple[int, int]],
    budget: Budget | None,
) -> int:
    """Set to 0 each cell of ``blank`` (``(row, column)`` printed empty, still null in ``rows``) that the overview's
    ``budget`` proves zero: its row's source share, the budget naming that source once and the table printing one
    row of it, or the budget's total over every row where none is a total row; the table's columns all periods (and
    a total column at most). Returns how many were."""
    if budget is None:
        return 0
    shares, whole = budget
    n = len(columns)
    blank = {
        (i, j)
        for i, j in blank
        if i < len(rows) and j < n and len(rows[i]["amounts_krw"]) == n and rows[i]["amounts_krw"][j] is None
    }
    total_col, periods, total_row = sum_axes(columns, rows)
    # a blank whose row prints its total read, or whose column a total row's read cell sums: that printed sum
    # decides it (zeros_proven's), never the budget, which may disagree with it (review b, session 36)
    blank = {
        (i, j)
        for i, j in blank
        if not (total_col is not None and rows[i]["amounts_krw"][total_col] is not None)
        and not (total_row is not None and rows[total_row]["amounts_krw"][j] is not None)
    }
    if (
        not blank
        or not periods
        or len(periods) + (total_col is not None) != n
        or any(len(r["amounts_krw"]) != n for r in rows)
    ):
        return 0
    sources = [r["source"] for r in rows]
    proven: list[tuple[int, int]] = []
    for i, src in enumerate(sources):
        named = [s for s in shares if getattr(s, "source", None) == src]
        if src and src != "total" and sources.count(src) == 1 and len(named) == 1:
            proven += sum_proves([(i, j) for j in periods], int(named[0]), rows, blank)
    if not proven and "total" not in sources and len(set(sources)) == len(sources):
        proven = sum_proves([(i, j) for i in range(len(rows)) for j in periods], whole, rows, blank)
    for i, j in set(proven):
        rows[i]["amounts_krw"][j] = 0
    return len(set(proven))
