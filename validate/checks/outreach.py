"""The outreach (도민소통) table: its total equals the sum of its item counts."""

from __future__ import annotations

from collections.abc import Iterator

from pledgecard.validate.checks._base import Record, Row, d, lst, num
from pledgecard.validate.checks._sums import sum_check

ORDER = 30


def total_rows(card_id: str, rec: Record) -> Iterator[Row]:
    outreach = d(rec.get("outreach"))
    total = num(outreach.get("total"))
    counts = [num(d(i).get("count")) for i in lst(outreach.get("items"))]
    if total is None or not counts or any(c is None for c in counts):
        return
    yield {
        "code": "outreach.total",
        "card_id": card_id,
        "location": "outreach",
        "claimed": total,
        "parts_sum": round(sum(counts), 6),  # type: ignore[arg-type]
        "detail": {"items": [d(i).get("label") for i in lst(outreach.get("items"))]},
    }


CHECKS = [
    sum_check(
        "outreach.total",
        "outreach total",
        description="outreach total equals the sum of its item counts",
        fails_when="the outreach total differs from the sum of its item counts",
        locations="`outreach`",
        rows=total_rows,
    ),
]
