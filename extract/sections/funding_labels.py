"""The source rows of a funding table whose amounts the sums placed but whose row labels a dump
printed apart from them (``pdftotext`` prints a two-line label cell, or a spanning label column,
after the amounts or amid them): labelled by the overview's budget, where it proves them.

The overview prints each source's share of the budget (``20,150백만원(교육비특별회계 5,929, 국고
2,866, ...)``), and each source row's total cell is that share. A row is a source's when its total
is that source's share and no other source's, the printed row labels naming each source once
(the budget's and at most one more, whose row is the one no share names). Anything short of that places nothing:
the rows stay null, their printed text in ``amounts_raw`` (a finding, extract.table_unrecovered).
"""

from __future__ import annotations

from typing import Any

from pledgecard.normalize.money import parse_amount
from pledgecard.record import FundingColumn, FundingRow

# the mark a reading puts on rows whose amounts the sums placed but whose labels they did not
UNLABELLED = "_labels_unproven"


def label_by_budget(
    columns: list[FundingColumn], rows: list[FundingRow], budget: dict[str, Any] | None, multiplier: int
) -> None:
    """Label, in place, the marked source rows by the budget's shares (see the module); the mark is
    taken off every row whatever the outcome."""
    marked = [r for r in rows if r.pop(UNLABELLED, False)]  # type: ignore[misc]
    if not marked or not budget:
        return
    kinds = [c["kind"] for c in columns]
    if kinds.count("total") != 1:
        return
    ti = kinds.index("total")
    shares: dict[str, int] = {}
    for part in budget.get("parts") or []:
        src, amount = part.get("source"), part.get("amount_krw")
        if src is None or amount is None or src in shares or src == "total":
            return
        shares[src] = amount
    labels = {r["source"]: (r["label"], r["source"]) for r in marked}
    unshared = set(labels) - set(shares)
    if (
        len(labels) != len(marked)
        or not set(shares) <= set(labels)
        or len(unshared) > 1
        or len(set(shares.values())) != len(shares)
    ):
        return  # the printed labels are not the budget's sources one to one, or two shares are equal
    cells = []
    for r in marked:
        values = [parse_amount(c, multiplier) for c in r.get("amounts_raw") or []]
        if len(values) != len(columns) or None in values:
            return
        cells.append(values)
    grand = next((r for r in rows if r["source"] == "total" and r not in marked), None)
    if (
        grand is not None
        and budget.get("total_krw") is not None
        and grand["amounts_krw"][ti] != budget["total_krw"]
    ):
        return  # the table is not the budget's
    by_share = {amount: src for src, amount in shares.items()}
    owner = [by_share.get(v[ti]) for v in cells]  # type: ignore[call-overload]
    if sorted(o for o in owner if o is not None) != sorted(shares):
        return  # a share no row's total is, or one two rows' totals are
    owner = [o if o is not None else next(iter(unshared)) for o in owner]  # the one row no share names
    for r, src, values in zip(marked, owner, cells, strict=True):
        r["label"], r["source"] = labels[src]  # type: ignore[typeddict-item]
        r["amounts_krw"] = values  # type: ignore[typeddict-item]
        r.pop("amounts_raw", None)
