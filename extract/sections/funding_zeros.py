"""Blank cells of a funding table read from its grid (HWP, HWPX, PDF cells): a cell printed empty is
a zero only where the table's own sums prove it.

A row's printed total is the sum of its periods (기투자, the years, 임기 후); a column's printed total
row is the sum of the source rows under it. Where every other cell of such a sum is read and they
add up to its printed total exactly, each blank cell of that sum is 0 (amounts are never negative
in these sums: a blank holding anything else would break it). A zero proven so may complete
another sum, so the proof runs until nothing changes. Any other blank stays null (validation
reports it, ``normalize.unreadable_amount``).

Amounts are held in whole won: a table in plain won printing decimals (``300.4``) had each figure
rounded, so its sums hold as printed only to half a won a figure (``rounding``: that half, 0 where no
printed figure was rounded: exact).
"""

from __future__ import annotations

from collections.abc import Iterable

from pledgecard.extract.sections.funding_proof import sum_axes
from pledgecard.record import FundingColumn, FundingRow


def sum_proves(
    cells: list[tuple[int, int]],
    total: int | float | None,
    rows: list[FundingRow],
    blank: set[tuple[int, int]],
    rounding: float = 0.0,
) -> list[tuple[int, int]]:
    """The blank cells of ``cells`` the printed ``total`` proves zero: every other cell read, none
    negative, their sum the total exactly (to ``rounding`` a figure, the total's too); [] otherwise."""
    if total is None or total < 0:
        return []
    values = [rows[i]["amounts_krw"][j] for i, j in cells]
    empty = [c for c, v in zip(cells, values, strict=True) if v is None and c in blank]
    if not empty or any(v is None for c, v in zip(cells, values, strict=True) if c not in empty):
        return []
    read = [v for v in values if v is not None]
    return empty if all(v >= 0 for v in read) and abs(sum(read) - total) <= rounding * (len(read) + 1) else []


def zeros_proven(
    columns: list[FundingColumn],
    rows: list[FundingRow],
    blank: Iterable[tuple[int, int]],
    rounding: float = 0.0,
) -> int:
    """Set to 0 each cell of ``blank`` (``(row, column)`` printed empty, null in ``rows``) that its row's
    total or its column's total row proves zero (``rounding``: see the module); returns how many were."""
    blank = {
        (i, j)
        for i, j in blank
        if i < len(rows) and j < len(rows[i]["amounts_krw"]) and rows[i]["amounts_krw"][j] is None
    }
    ti, periods, tr = sum_axes(columns, rows)
    n = len(columns)
    done = 0
    while blank:
        proven: list[tuple[int, int]] = []
        for i, r in enumerate(rows):
            if ti is not None and len(r["amounts_krw"]) == n and periods:
                proven += sum_proves([(i, j) for j in periods], r["amounts_krw"][ti], rows, blank, rounding)
        if tr is not None and all(len(r["amounts_krw"]) == n for r in rows):
            parts = [i for i in range(len(rows)) if i != tr]
            for j in range(n):
                proven += sum_proves(
                    [(i, j) for i in parts], rows[tr]["amounts_krw"][j], rows, blank, rounding
                )
        if not proven:
            break
        for i, j in set(proven):
            rows[i]["amounts_krw"][j] = 0
            blank.discard((i, j))
            done += 1
    return done
