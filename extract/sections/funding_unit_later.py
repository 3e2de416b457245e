"""A funding table printing no unit whose bare amounts were left null (``extract.unit_unproven``) when it was read,
the card proving its unit only later: an overview budget printing its own unit read after the table (a budget
sentence printed inside the funding section, ``국비 29억 2천만원 … (총 66억 2천만원)``, read from the lines the table
left; an overview printed under a later heading). Once every section is read, the table is read again with the
card's record as it then stands: where that read proves one unit (the budget's proofs of
:mod:`funding_unit_proof`: the table's total is the budget's under it, or it prints a budget amount) and leaves no
bare amount null, its amounts replace the nulls and its ``extract.unit_inferred`` finding the
``extract.unit_unproven`` one. A unit that is none a card counts in (:func:`candidate_multipliers`) proves
nothing: the amounts stay null."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from pledgecard.extract.layout import Item
from pledgecard.extract.sections.base import SectionContext, SectionResult
from pledgecard.extract.sections.funding_unit_proof import candidate_multipliers
from pledgecard.normalize.money import unit_multiplier

_UNPROVEN, _INFERRED = "extract.unit_unproven", "extract.unit_inferred"

Reread = Callable[[dict[str, Any]], SectionResult]


def reader(
    extract: Callable[[list[Item], SectionContext], SectionResult], items: Sequence[Item], ctx: SectionContext
) -> Reread:
    """The funding section (``items``, read by ``extract`` under ``ctx``) read again under a record, the record
    itself: the funding read only reads the record (its overview's budget), as its first read under the record
    being built, so no copy of it is made."""
    return lambda record: extract(list(items), replace(ctx, record=record))


def _unit_finding(f: dict[str, Any], code: str) -> bool:
    return f.get("code") == code and f.get("location") == "funding"


def _shape(funding: dict[str, Any] | None) -> tuple[int, list[int]]:
    funding = funding or {}
    return len(funding.get("columns") or []), [
        len(r.get("amounts_krw") or []) for r in funding.get("rows") or []
    ]


def _budget_told(record: dict[str, Any]) -> bool:
    """Whether the record holds an overview budget printing its own unit, its total read (what may prove the
    table's unit now)."""
    budget = (record.get("overview") or {}).get("budget") or {}
    return bool(budget.get("unit")) and budget.get("total_krw") is not None


def proven_later(
    record: dict[str, Any], prov: dict[str, Any], findings: list[dict[str, Any]], reread: Reread | None
) -> list[dict[str, Any]]:
    """``findings`` with the funding table's unit proven by what the card printed after it (see the module):
    ``record["funding"]`` and its provenance in ``prov`` replaced by ``reread(record)``'s where that read proves
    a unit the card counts in, keeps the table's shape and leaves nothing unproven; else ``findings`` as they
    are."""
    if reread is None or not any(_unit_finding(f, _UNPROVEN) for f in findings) or not _budget_told(record):
        return findings
    again = reread(record)
    funding = again.value.get("funding")
    inferred = [f for f in again.findings if _unit_finding(f, _INFERRED)]
    if (
        not funding
        or any(_unit_finding(f, _UNPROVEN) for f in again.findings)
        or len(inferred) != 1
        or _shape(funding) != _shape(record.get("funding"))
        or unit_multiplier(str(funding.get("unit") or "")) not in candidate_multipliers()
    ):
        return findings
    record["funding"] = funding
    for key in [k for k in prov if k == "funding" or k.startswith(("funding.", "funding["))]:
        del prov[key]
    prov.update({loc.path(0): src for loc, src in again.provenance.items() if loc.field == "funding"})
    return [*(f for f in findings if not _unit_finding(f, _UNPROVEN)), *inferred]
