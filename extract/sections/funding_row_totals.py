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
    kinds = [c["kind"] for c in columns]
    for r in rows:
        amounts = r["amounts_krw"]
        if amounts[t] is None or not any(amounts[j] for j in periods):
            return False
        if amounts[t] != periods_sum(amounts, kinds, blank_as_zero=True):
            return False
    return True


def periods_sum(amounts: list[Any], kinds: list[Any], *, blank_as_zero: bool = False) -> int | float | None:
    """The sum of a funding row's period cells (``amounts`` under columns of ``kinds``; the period kinds
    ``PERIOD_KINDS``): None where the row has no period, or a period's cell is None unless ``blank_as_zero`` (a
    blank period adding nothing). The one row sum of the extractor's funding proofs (this module's and
    funding_unit_proof's)."""
    periods = [a for j, a in enumerate(amounts) if j < len(kinds) and kinds[j] in PERIOD_KINDS]
    if blank_as_zero:
        periods = [a for a in periods if a is not None]
    return None if not periods or None in periods else sum(periods)
