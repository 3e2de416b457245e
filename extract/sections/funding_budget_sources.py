"""Source rows whose labels a dump printed out of the columns' order: each row's total is another source's share
of the overview's budget (``총사업비 : 5,359,684천원(국비 2,388,238, 시비 1,360,576, 구비 1,610,870)``).

pdftotext's default mode prints a head row's cells in the order it finds their lines: a cell set higher in its
row (``구 비`` over a transposed table whose columns run 계 | 국 비 | 시 비 | 구 비) comes out before the cells
level with each other, so the labels read ``구비 시비 국비`` over ``국비 시비 구비``'s figures. The sums cannot
tell (every source adds to the total alike); the budget's shares can. Where every source row's total is exactly
one share and each share one row's, the rows are labelled by the shares (the figures stay where they were
printed). Where a row's total is another source's share and the shares prove no labelling, the crossed rows are
nulled, their printed text kept, with a finding (``extract.table_unrecovered``): no figure under another source."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.findings import finding
from pledgecard.extract.sections.base import SectionContext, SectionResult
from pledgecard.normalize.money import unit_multiplier


def _shares(ctx: SectionContext) -> dict[str, int | float]:
    """Each source's share of the overview's budget (none where a share is unread or a source named twice)."""
    budget = (ctx.record.get("overview") or {}).get("budget") or {}
    shares: dict[str, int | float] = {}
    for part in budget.get("parts") or []:
        src, amount = part.get("source"), part.get("amount_krw")
        if src in (None, "total") or amount is None or src in shares:
            return {}
        shares[src] = amount
    return shares


def _proven_labels(
    rows: list[dict[str, Any]], ti: int, shares: dict[str, int | float]
) -> dict[int, str] | None:
    """The source each source row is, by its total being that source's share and no other's, every share one
    row's; None when the shares do not prove it."""
    by_amount: dict[int | float, str] = {}
    for src, amount in shares.items():
        if amount in by_amount:
            return None  # two sources' shares alike: which row is whose is not told
        by_amount[amount] = src
    out: dict[int, str] = {}
    for i, row in enumerate(rows):
        if row.get("source") in (None, "total"):
            continue
        amounts = row.get("amounts_krw") or []
        total = amounts[ti] if ti < len(amounts) else None
        if total not in by_amount:
            return None
        out[i] = by_amount[total]
    if sorted(out.values()) != sorted(shares) or len(set(out.values())) != len(out):
        return None
    return out


def sources_by_budget(result: SectionResult, ctx: SectionContext) -> SectionResult:
    """``result`` with its source rows labelled by the budget's shares where each row's total is another
    source's share (see the module), or those rows nulled with a finding where the shares prove no labelling."""
    funding = result.value.get("funding")
    shares = _shares(ctx)
    if not funding or len(shares) < 2:
        return result
    kinds = [c.get("kind") for c in funding.get("columns") or []]
    if kinds.count("total") != 1:
        return result
    ti = kinds.index("total")
    rows = funding.get("rows") or []

    def crossed(row: dict[str, Any]) -> bool:
        amounts = row.get("amounts_krw") or []
        total = amounts[ti] if ti < len(amounts) else None
        src = row.get("source")
        return (
            src in shares
            and total is not None
            and total != shares[src]
            and any(total == amount for other, amount in shares.items() if other != src)
        )

    if not any(crossed(r) for r in rows):
        return result
    proven = _proven_labels(rows, ti, shares)
    if proven is not None:
        labels = {r.get("source"): r.get("label") for r in rows}
        new_rows = [
            {**r, "source": proven[i], "label": labels.get(proven[i]) or r.get("label")} if i in proven else r
            for i, r in enumerate(rows)
        ]
        return SectionResult(
            {**result.value, "funding": {**funding, "rows": new_rows}},
            result.provenance,
            result.rest,
            result.dates,
            result.findings,
        )
    bad = [i for i, r in enumerate(rows) if crossed(r)]
    new_rows = []
    for i, r in enumerate(rows):
        if i in bad:
            mult = unit_multiplier(str(funding.get("unit") or "")) or 1
            raw = r.get("amounts_raw") or [
                "-" if v == 0 else f"{v / mult:,.15g}" for v in r.get("amounts_krw") or [] if v is not None
            ]
            r = {**r, "amounts_krw": [None] * len(r.get("amounts_krw") or []), "amounts_raw": raw}
        new_rows.append(r)
    note = finding(
        "extract.table_unrecovered",
        "funding",
        "source rows whose totals are other sources' shares of the overview's budget: their figures "
        "are left null",
        observed={"rows": [rows[i].get("label") for i in bad]},
    )
    return SectionResult(
        {**result.value, "funding": {**funding, "rows": new_rows}},
        result.provenance,
        result.rest,
        result.dates,
        [*result.findings, note],
    )
