"""Claims inside achievement text: `N명(a x, b y)` totals and `(N개) : a, b, c` counts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pledgecard.validate.checks._base import Record, Row, d, fmt, lst, v
from pledgecard.validate.checks._sums import sum_check
from pledgecard.validate.textparse import list_claims, parts_claims

ORDER = 40


def _texts(rec: Record) -> Iterator[tuple[int, str]]:
    for i, item in enumerate(lst(rec.get("achievements"))):
        text = d(item).get("text")
        if isinstance(text, str):
            yield i, text


def parts_rows(card_id: str, rec: Record) -> Iterator[Row]:
    for i, text in _texts(rec):
        for claim in parts_claims(text):
            yield {
                "code": "achievement.parts_sum",
                "card_id": card_id,
                "location": f"achievements[{i}]",
                "claimed": claim.total,
                "parts_sum": claim.parts_sum,
                "detail": {
                    "span": claim.span,
                    "unit": claim.unit,
                    "parts": [{"label": lb, "value": val} for lb, val in claim.parts],
                },
            }


def list_rows(card_id: str, rec: Record) -> Iterator[Row]:
    for i, text in _texts(rec):
        for lc in list_claims(text):
            yield {
                "code": "achievement.list_count",
                "card_id": card_id,
                "location": f"achievements[{i}]",
                "claimed": float(lc.count),
                "parts_sum": float(len(lc.names)),
                "detail": {"span": lc.span, "unit": lc.unit, "names": lc.names},
            }


def _describe_parts(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    claimed, parts, detail = v(row["claimed"]), v(row["parts_sum"]), row.get("detail") or {}
    listed = ", ".join(f"{p['label']} {fmt(p['value'])}" for p in detail.get("parts", []))
    return (
        claimed,
        parts,
        f"states {fmt(claimed)}{detail.get('unit') or ''} but its parts ({listed}) sum to {fmt(parts)}",
    )


def _describe_list(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    claimed, parts, detail = v(row["claimed"]), v(row["parts_sum"]), row.get("detail") or {}
    return (
        claimed,
        parts,
        f"states {fmt(claimed)} but lists {fmt(parts)} names: {', '.join(detail.get('names', []))}",
    )


CHECKS = [
    sum_check(
        "achievement.parts_sum",
        "stated total vs listed parts",
        description="an achievement's `N<unit>(label n, label n, ...)` total equals the sum of its parts",
        fails_when="achievement text `N<unit>(label n, label n, ...)` (≥ 2 labelled parts in the same unit) "
        "whose parts do not sum to N",
        locations="`achievements[i]`",
        rows=parts_rows,
        describe=_describe_parts,
    ),
    sum_check(
        "achievement.list_count",
        "stated count vs listed names",
        description="an achievement's `(N개) : a, b, c` count equals the number of names listed",
        fails_when="achievement text `…(N개) : a, b, c` or `N개기업 컨소시엄: a, b, c` whose list has a "
        "different length (open lists ending in `등`/`외` are not checked)",
        locations="`achievements[i]`",
        rows=list_rows,
        describe=_describe_list,
    ),
]
