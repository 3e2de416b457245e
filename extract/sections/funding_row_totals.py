"""A funding table without a total row whose every row proves itself: its total column each row's periods' sum.

A table of sources with a total column (``총사업비``) and no total row (mutant 3518: ``구분 | 2022년 .. 2026년 |
총사업비``, 국비 and 도비 on one page, ``(계속)``, the head printed again over 군비 on the next) has no column sum
to prove a part under it one table with it; each row's total, the sum of its own periods, proves the row read
whole, so a part repeating the head goes on with the rows where every row of both parts is so proven.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS


def rows_total_themselves(columns: list[dict[str, Any]], rows: list[dict[str, Any]]) -> bool:
    """Whether ``columns`` hold one total column and periods beside it, and every row's total is read and is the
    sum of its periods read (a blank period adds nothing: amounts are never negative, the sum proves it zero)."""
    totals = [j for j, c in enumerate(columns) if c["kind"] == "total"]
    periods = [j for j, c in enumerate(columns) if c["kind"] in PERIOD_KINDS]
    if len(totals) != 1 or len(periods) < 2 or len(totals) + len(periods) != len(columns) or not rows:
        return False
    (t,) = totals
    for r in rows:
        amounts = r["amounts_krw"]
        if amounts[t] is None or not any(amounts[j] for j in periods):
            return False
        if amounts[t] != sum(v for j in periods if (v := amounts[j]) is not None):
            return False
    return True
