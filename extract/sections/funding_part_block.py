"""A funding table split by sub-project (a 세부사업 column: each sub-project's 소계 row over its sources' rows, the
whole's rows last) of which a dump left one block in the section: a page break and the next section's heading,
printed beside the table's continuation, cut the rest away. The one block read, its 소계 row leading it, was taken
for the card's whole funding (mutant 4155 pdftotext: the first sub-project's 국비 1,077 read as the card's 2,211).
Where the overview's budget shows the block is not the whole (its 소계 row does not total the budget), or, no budget
read, the table's head names a sub-project column (a ``[header] sub_title`` label: 세부사업), no cell is placed: the
amounts stay null, their text kept (``extract.table_unrecovered``)."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.labels import header_field_of
from pledgecard.extract.sections.funding_named_shares import crossed_shares
from pledgecard.extract.sections.funding_proof import Budget
from pledgecard.extract.sections.funding_source_labels import subtotal_words
from pledgecard.extract.vocabulary import key
from pledgecard.record import FundingRow


def part_for_whole(rows: list[FundingRow], budget: Budget | None, head: list[str]) -> bool:
    """Whether ``rows`` are one sub-project's block (a subtotal row first, source rows under it, no other
    total) not shown to be the card's whole: the overview ``budget``'s total is not its subtotal's, or its source
    rows carry each other's named shares, or, no budget read, a line of the table's ``head`` is a sub-project
    column's (see the module)."""
    if len(rows) < 2 or key(rows[0]["label"]) not in subtotal_words():
        return False
    if any(r["source"] == "total" or key(r["label"]) in subtotal_words() for r in rows[1:]):
        return False
    amounts = rows[0]["amounts_krw"]
    if not amounts or any(v is None for v in amounts):
        return False
    if budget is None:
        return any(header_field_of(line.strip()) == "sub_title" for line in head)
    shares, total = budget
    whole = total if total is not None else sum(shares)
    if sum(amounts) != whole and max(amounts) != whole:  # (a total column among them: its cell the whole)
        return True
    # the subtotal the whole's, but its source rows carrying other sources' named shares (a 국비 row totalling the
    # 도비 share): no whole shown (funding_row_shares); a row off its share alone (a revised overview) proves nothing
    totals = [_row_total(r, shares) for r in rows[1:]]
    return crossed_shares(shares, [r["source"] for r in rows[1:]], totals)


def _row_total(row: FundingRow, shares: Sequence[int]) -> int | float | None:
    """A source row's total: the sum of its amounts, or its largest (a total column's cell) where that is a share
    and the sum is not; None where a cell is unread."""
    values = row["amounts_krw"]
    if not values or any(v is None for v in values):
        return None
    whole = sum(values)  # type: ignore[arg-type]
    return max(values) if whole not in shares and max(values) in shares else whole  # type: ignore[type-var]


def without_amounts(rows: list[FundingRow], multiplier: int) -> None:
    """Null every row's amounts, their printed text kept in ``amounts_raw``."""
    for r in rows:
        if "amounts_raw" not in r:
            r["amounts_raw"] = [
                "-" if v == 0 else f"{v / multiplier:,.15g}"  # type: ignore[typeddict-unknown-key]
                for v in r["amounts_krw"]
                if v is not None
            ]
        r["amounts_krw"] = [None] * len(r["amounts_krw"])
