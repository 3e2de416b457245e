"""A funding cell its row's total and its column's total both deny: one figure misread where every other row and
column adds up.

Class of card fixed (session 35): a scanned 억원 table printing ``7.5`` in 도비's 2025 cell, OCR'd ``75`` (its point
lost): read 75억원, ten times the printed figure, though the row (도비's 합계 56.8) and the column (2025's 계 43.9)
both miss by exactly the same amount (bomi-county 23042 scan, one wrong figure). Where exactly one row and exactly
one column of a table with one total row and one total column fail their sums, every other fitting, the cell where
they cross is the one misread: it is read as the figure both sums give where they give one and the same and its
digits are the ones read (only a point or a comma lost: the sums prove which reading was printed); else it is
null, its read figure kept in ``amounts_raw``.
"""

from __future__ import annotations

import re

from pledgecard.extract.sections.funding_sum_rule import adds_up
from pledgecard.record import FundingColumn, FundingRow


def _digits(value: float, mult: int) -> str:
    """The digits a figure prints in the table's unit (``7.5``, ``75`` -> ``75``), leading zeros dropped."""
    return re.sub(r"\D", "", f"{value / mult:.15g}").lstrip("0")


def mend_cross_denied(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """Read or null the one cell both its row's and its column's sums deny (module docstring); True when one was."""
    kinds = [c["kind"] for c in columns]
    n = len(kinds)
    totals = [k for k, r in enumerate(rows) if r["source"] == "total"]
    if (
        kinds.count("total") != 1
        or len(totals) != 1
        or len(rows) < 3
        or n < 3
        or any(len(r["amounts_krw"]) != n or None in r["amounts_krw"] for r in rows)
    ):
        return False
    ti, tr = kinds.index("total"), totals[0]
    grid: list[list[int]] = [list(r["amounts_krw"]) for r in rows]  # type: ignore[arg-type]
    step = max(mult, 1)
    bad_rows = [
        i for i, v in enumerate(grid) if not adds_up([x for j, x in enumerate(v) if j != ti], v[ti], step)
    ]
    bad_cols = [
        j
        for j in range(n)
        if not adds_up([grid[i][j] for i in range(len(grid)) if i != tr], grid[tr][j], step)
    ]
    if len(bad_rows) != 1 or len(bad_cols) != 1:
        return False
    i, j = bad_rows[0], bad_cols[0]
    row = grid[i]
    by_row = (
        row[ti] - sum(x for k, x in enumerate(row) if k not in (ti, j))
        if j != ti
        else sum(x for k, x in enumerate(row) if k != ti)
    )
    col = [grid[k][j] for k in range(len(grid))]
    by_col = (
        col[tr] - sum(x for k, x in enumerate(col) if k not in (tr, i))
        if i != tr
        else sum(x for k, x in enumerate(col) if k != tr)
    )
    read = row[j]
    target = rows[i]
    if by_row == by_col and by_row >= 0 and _digits(by_row, step) == _digits(read, step):
        target["amounts_krw"][j] = by_row
        return True
    if "amounts_raw" not in target:
        target["amounts_raw"] = ["-" if v == 0 else f"{v / step:,.15g}" for v in row]
    target["amounts_krw"][j] = None
    return True
