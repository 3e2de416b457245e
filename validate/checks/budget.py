"""The overview budget: its parts add up to its total, and it agrees with the funding table."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pledgecard.validate.checks._base import Record, Row, d, fmt, lst, num, v
from pledgecard.validate.checks._sums import SUB_LOCAL, best, sum_candidates, sum_check
from pledgecard.validate.checks.source_rows import label_key, source_amounts

ORDER = 20


def _budget(rec: Record) -> tuple[float | None, list[Mapping[str, Any]], list[tuple[Any, float | None]]]:
    budget = d(d(rec.get("overview")).get("budget"))
    parts = [d(p) for p in lst(budget.get("parts"))]
    return num(budget.get("total_krw")), parts, [(p.get("source"), num(p.get("amount_krw"))) for p in parts]


def parts_rows(card_id: str, rec: Record) -> Iterator[Row]:
    total, parts, part_vals = _budget(rec)
    if total is None or not part_vals or any(val is None for _, val in part_vals):
        return
    if [s for s, _ in part_vals if s != "total"]:
        yield {
            "code": "budget.parts_sum",
            "card_id": card_id,
            "location": "overview.budget",
            "claimed": total,
            "parts_sum": best(total, sum_candidates(part_vals)),  # type: ignore[arg-type]
            "detail": {"parts": [p.get("label") for p in parts]},
        }


def funding_rows(card_id: str, rec: Record) -> Iterator[Row]:
    total, parts, part_vals = _budget(rec)
    funding = d(rec.get("funding"))
    cols = [d(c) for c in lst(funding.get("columns"))]
    total_cols = [c for c, col in enumerate(cols) if col.get("kind") == "total"]
    if not total_cols:
        return
    tc = total_cols[0]
    by_source, by_label = source_amounts(lst(funding.get("rows")), tc)
    subs = [by_source[s] for s in SUB_LOCAL if s in by_source]
    if "local" not in by_source and subs and all(val is not None for val in subs):
        by_source["local"] = round(sum(subs), 6)  # type: ignore[arg-type]  # 지방비 = 도비 + 시군비 + 구비
    checks = [("overview.budget", "total", total)]
    checks += [(f"overview.budget.parts[{i}]", s, val) for i, (s, val) in enumerate(part_vals)]
    labels = [None] + [label_key(p) for p in parts]
    for (location, source, value), label in zip(checks, labels, strict=True):
        # a part of its own label in the table (시비 among 시비 and 군비, one code), else its code's rows
        funded = by_label[(source, label)] if (source, label) in by_label else by_source.get(source)
        if value is None or funded is None:
            continue
        yield {
            "code": "budget.matches_funding",
            "card_id": card_id,
            "location": location,
            "claimed": value,
            "parts_sum": funded,
            "detail": {"source": source, "funding_column": cols[tc].get("label")},
        }


def _describe_funding(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    claimed, parts, detail = v(row["claimed"]), v(row["parts_sum"]), row.get("detail") or {}
    return (
        claimed,
        parts,
        (
            f"budget ({detail.get('source')}) says {fmt(claimed)} won, the funding "
            f"table's {detail.get('funding_column')} column says {fmt(parts)} won"
        ),
    )


def _describe_parts(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    claimed, parts = v(row["claimed"]), v(row["parts_sum"])
    return claimed, parts, f"budget total {fmt(claimed)} won, its parts sum to {fmt(parts)} won"


CHECKS = [
    sum_check(
        "budget.matches_funding",
        "budget matches funding",
        description="overview budget total and each budget part equal the funding table's total column",
        fails_when="the overview budget total, or a budget part, differs from the funding table's total column "
        "for the same source",
        locations="`overview.budget`, `overview.budget.parts[i]`",
        rows=funding_rows,
        describe=_describe_funding,
    ),
    sum_check(
        "budget.parts_sum",
        "budget parts sum",
        description="overview budget total equals the sum of its listed parts",
        fails_when="the overview budget total differs from the sum of its listed parts",
        locations="`overview.budget`",
        rows=parts_rows,
        describe=_describe_parts,
    ),
]
