"""A funding row whose total is a hundredth of one of its own periods' amounts or less: that figure under the
total's head is no total (a stray digit a dump set in the row, a watermark's ``2`` before the row's ``11,578``, shifts the
row's figures a column right under a head that names the total twice). A total is the sum of the row's periods,
so it is never below one of them (no period's amount is negative in a plan): such a grid is not read with
certainty and is left unread (its section then carries a finding), never read with its figures a column off."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pledgecard.normalize.money_amounts import printed_unit

SCALE = 100  # a total a hundredth of one of its parts or less: a stray digit, not a misplaced column (a head
# naming the total first over a row printing it last, 1,132,565 | … | 2,866,373, is set right later by the sums)
_DIGIT = re.compile(r"\d")
PERIOD = frozenset({"year"})  # (a prior or after-term column may lie outside a term's total)


def total_below_part(
    columns: list[dict[str, Any]], rows: list[dict[str, Any]], grid: Sequence[Sequence[str]] = ()
) -> bool:
    """Whether a row's amount under a total column is a hundredth or less of one of its amounts under a period
    column (a lone digit under the total beside thousands: out of the column's figure shape). Not where a cell of
    ``grid`` prints a unit of its own: the bare cells' unit is then unproven, their scale no measure of the total
    (``계 | 350,000,000원 | 150,000,000 | …``: the unit proof reads them, tests/test_funding_unit_proof.py)."""
    if any(c and _DIGIT.search(c) and printed_unit(c) is not None for r in grid for c in r):
        return False
    totals = [j for j, c in enumerate(columns) if c.get("kind") == "total"]
    parts = [j for j, c in enumerate(columns) if c.get("kind") in PERIOD]
    for row in rows:
        amounts = row.get("amounts_krw") or []
        at = [amounts[j] if j < len(amounts) else None for j in range(len(columns))]
        top = max((at[j] for j in parts if isinstance(at[j], int | float)), default=None)
        if top is None or top <= 0:
            continue
        if any(isinstance(at[j], int | float) and 0 < at[j] * SCALE < top for j in totals):
            return True
    return False
