"""The finding at amounts read under a unit the card does not print for them but proves (a funding table or an
overview budget printing no unit, its bare amounts read under the one unit its sums hold under, or under the unit
of the other of the two where their totals agree): the amounts are right only as far as the proof goes, so a
reviewer is told the unit was inferred and how (``extract.unit_inferred``, info; ``observed`` ``unit`` and
``proof``)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.findings import finding

# the proofs, by name (``observed`` ``proof``) with what each says
PROOFS = {
    "table_sums": "the table's sums (totals over parts, tying bare cells to cells printing their own unit) hold "
    "under this unit alone",
    "prose_sums": "the sentences' sums (sources and periods to the total, tying bare pieces to pieces printing "
    "their own unit) hold under this unit alone",
    "budget_sums": "the budget's parts add up to its total (tying bare pieces to pieces printing their own unit) "
    "under this unit alone",
    "funding_total": "the budget's total under the funding table's unit is the table's total",
    "budget_total": "the funding table's total under this unit is the overview budget's total",
    "funding_rows": "the budget's parts under this unit are its funding table's rows' sums by source (the table "
    "printing no total)",
    "budget_amounts": "the overview budget's printed unit, under which the table (printing no total) prints one "
    "of the budget's amounts (a cell, or a row's sum over its periods)",
}


def unit_inferred(location: str, unit: str | None, proof: str, where: Any) -> dict[str, Any]:
    """The finding at ``location`` (``funding`` or ``overview.budget``) read under ``unit``, which the card
    does not print for it, by ``proof`` (a name of :data:`PROOFS`)."""
    return finding(
        "extract.unit_inferred",
        location,
        f"no unit is printed for these amounts: read under {unit}, inferred ({PROOFS[proof]})",
        observed={"unit": unit, "proof": proof},
        expected="a printed unit",
        source=where,
    )
