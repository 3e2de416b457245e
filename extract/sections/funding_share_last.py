"""A share column (비율(%), vocabulary ``[funding_columns] share``) whose head a dump printed amid the period heads
while its cells close every row, moved to the rows' end where the sums prove it.

The class of card fixed: ``pdftotext`` printing a table one cell a line prints a head of two lines (``비율`` over
``(%)``) where its first line falls, ahead of the years' heads, while each row's cells come in their order, the
share (``100.0``) last. Dealt in the heads' order, the share column took each row's first period and every period
after it took its right-hand neighbour's amount, the last the share (mutant 4141's pdftotext dump: every year's
figure one column off, 16 wrong). The share stands last only where the sums prove it: read so, every row's total
column is the sum of its periods, and read as the heads stand, no row's is."""

from __future__ import annotations

from pledgecard.extract.sections.funding_checks import sums_fit
from pledgecard.record import FundingColumn, FundingRow

_PERIODS = ("prior", "year", "after_term", "in_term")


def _totals_fit(kinds: list[str], rows: list[list[int | float | None]]) -> list[bool]:
    """For each row, whether its one total cell is the sum of its period cells."""
    ti = kinds.index("total")
    keep = [ti, *(j for j, k in enumerate(kinds) if k in _PERIODS)]
    return [sums_fit([r[j] for j in keep], 0) for r in rows]


def share_to_row_end(columns: list[FundingColumn], rows: list[FundingRow]) -> bool:
    """Move the one share column standing amid the others to the end, its cells with it in every row, where every
    row with a nonzero cell then sums (total column = its periods) and none did as read; True when moved."""
    kinds = [c["kind"] for c in columns]
    n = len(kinds)
    shares = [j for j, k in enumerate(kinds) if k == "share"]
    if len(shares) != 1 or shares[0] == n - 1 or kinds.count("total") != 1 \
            or sum(1 for k in kinds if k in _PERIODS) < 2:
        return False
    telling = [r["amounts_krw"] for r in rows if len(r["amounts_krw"]) == n and None not in r["amounts_krw"]
               and any(r["amounts_krw"])]
    if len(telling) < 2 or len(telling) != sum(1 for r in rows if any(v for v in r["amounts_krw"] if v)):
        return False
    s = shares[0]
    order = [*(j for j in range(n) if j != s), s]  # the columns as the rows print their cells
    moved_kinds = [kinds[j] for j in order]

    if any(_totals_fit(kinds, telling)):
        return False
    # the same cells, the columns read in the order the rows print them (share last)
    if not all(_totals_fit(moved_kinds, telling)):
        return False
    columns[:] = [columns[j] for j in order]
    return True
