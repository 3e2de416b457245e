"""A funding table a dump printed a cell a line, dealt to its cells by count, whose deal the overview's budget
disproves: no cell of it is placed, the zeros (dashes) included.

The class of card: the table prints no unit of its own the sums prove, so its nonzero cells are left null
(:func:`funding_unit_proof.read_proven`), but a dash reads 0 under any unit and stayed where the deal put it. Read
under the budget's unit, every cell read, the table's cells add up to the budget's total (the budget is this
table's, the same figures printed), yet a source row the budget names contradicts its part: the figures were
dealt to the wrong cells (a dump printing the cells of a row apart, a dash moved ahead of the row it belongs to).
A zero the deal placed is then no more proven than the figures around it: null, with an
``extract.table_unrecovered`` finding."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.findings import finding
from pledgecard.extract.sections.base import Loc, SectionResult
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS
from pledgecard.extract.sections.funding_unit_proof import rows_agree


def deal_disproven(funding: dict[str, Any] | None, budget: dict[str, Any]) -> bool:
    """Whether ``funding`` (the table read under the budget's unit) is a deal the budget disproves: every period
    cell of its source rows read, their sum the budget's total, and a row the budget names by source not summing
    to its part (:func:`rows_agree`)."""
    total = budget.get("total_krw")
    if not funding or total is None or rows_agree(funding, budget) is not False:
        return False
    kinds = [c.get("kind") for c in funding.get("columns") or []]
    if "total" in kinds:
        return False  # a total column: the sums the readers check already
    cells = [
        a
        for r in funding.get("rows") or []
        if r.get("source") != "total"
        for j, a in enumerate(r.get("amounts_krw") or [])
        if j < len(kinds) and kinds[j] in PERIOD_KINDS
    ]
    return bool(cells) and None not in cells and sum(cells) == total


def nothing_placed(read: SectionResult) -> SectionResult:
    """``read`` with every cell of its funding table null and a finding saying the budget disproves the deal."""
    funding = read.value.get("funding") if read.value else None
    if not funding:
        return read
    placed = [
        (i, j)
        for i, r in enumerate(funding.get("rows") or [])
        for j, a in enumerate(r.get("amounts_krw") or [])
        if a is not None
    ]
    if not placed:
        return read
    for i, j in placed:
        funding["rows"][i]["amounts_krw"][j] = None
    note = finding(
        "extract.table_unrecovered",
        "funding",
        f"the funding table's cells, dealt in print order, add up to the overview budget's total but a "
        f"source row contradicts its share of it: the deal is not the table's, so the {len(placed)} "
        "cell(s) it placed (zeros too) are null",
        observed={"cells": [list(c) for c in placed]},
        expected="source rows summing to the budget's parts",
        source=read.provenance.get(Loc("funding")),
    )
    return SectionResult(read.value, read.provenance, read.rest, read.dates, [*read.findings, note])
