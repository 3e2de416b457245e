"""An overview budget printing no unit (``총사업비 : 120 (국비 60억, 도비 30, 시비 30)``, no unit line on the card, no
unit on its funding table): a piece printing its own unit is read with it; a bare piece (``120``) gets a unit only
where the budget's sum (the total the parts add up to) holds under exactly one unit given the pieces printing
theirs. Otherwise the bare pieces are null and one finding (``extract.unit_unproven``) names them: never an amount
taken as won as printed.

Which pieces are bare is told by reading the budget twice, as won and as thousands of won: a bare piece's amount
moves with the unit, a piece printing its own does not."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.findings import finding
from pledgecard.extract.sections.funding_checks import table_total
from pledgecard.extract.sections.funding_unit_proof import (
    agreeing_multiplier,
    candidate_multipliers,
    rows_agree,
)
from pledgecard.extract.sections.unit_inferred import unit_inferred
from pledgecard.normalize.money import parse_budget, unit_for, unit_multiplier

_PROBE = 1000  # the second reading's multiplier (any unit other than won would do)


def _pieces(budget: dict[str, Any]) -> list[tuple[str, Any]]:
    """The budget's amounts with their record locations: the total, then each part."""
    return [
        ("overview.budget.total_krw", budget.get("total_krw")),
        *(
            (f"overview.budget.parts[{i}]", p.get("amount_krw"))
            for i, p in enumerate(budget.get("parts") or [])
        ),
    ]


def _labels(budget: dict[str, Any]) -> list[Any]:
    return [p.get("label") for p in budget.get("parts") or []]


def _sums(budget: dict[str, Any]) -> bool:
    """Whether the budget's parts (two or more, all read) add up to its total."""
    amounts = [a for _, a in _pieces(budget)]
    return len(amounts) >= 3 and None not in amounts and sum(amounts[1:]) == amounts[0]


def proven_budget(raw: str) -> tuple[dict[str, Any], list[str]]:
    """The budget printed as ``raw`` and the locations of its amounts left null (none: its unit printed, or
    every piece printing its own, or the one unit its sum proves): see the module."""
    won = parse_budget(raw, unit_for(1))
    base = parse_budget(raw)
    if base.get("unit") is not None:
        return base, []
    probe = parse_budget(raw, unit_for(_PROBE))
    same = _labels(won) == _labels(probe)
    bare = (
        [loc for (loc, w), (_, p) in zip(_pieces(won), _pieces(probe), strict=False) if w != p]
        if same
        else [loc for loc, w in _pieces(won) if w != 0]
    )
    if not bare:
        return base, []
    own = same and any(w is not None and w != 0 and loc not in bare for loc, w in _pieces(won))
    fits = []
    for m in candidate_multipliers() if own else []:
        read = parse_budget(raw, unit_for(m))
        if _labels(read) == _labels(won) and _sums(read):
            fits.append(read)
    if len(fits) == 1:
        return fits[0], []
    out = {**base, "unit": None, "parts": [dict(p) for p in base.get("parts") or []]}
    if "overview.budget.total_krw" in bare:
        out["total_krw"] = None
    for i, part in enumerate(out["parts"]):
        if f"overview.budget.parts[{i}]" in bare:
            part["amount_krw"] = None
    return out, bare


def budget_unproven(locations: list[str], raw: str, where: Any) -> dict[str, Any]:
    """The finding at an overview budget printing no unit whose bare amounts no sum proves a unit for."""
    return finding(
        "extract.unit_unproven",
        "overview.budget",
        f"the overview budget prints no unit and its sum proves none: its {len(locations)} amount(s) "
        f"printed without a unit of their own are null, not taken as won ({raw})",
        observed={"locations": locations},
        expected="a printed unit",
        source=where,
    )


def _agrees(budget: dict[str, Any], funding: dict[str, Any]) -> bool:
    """Whether the budget read under the card's unit line is its funding table's total under it, no row the
    budget names by source contradicting its part (or nothing tells: the table prints no total, the budget none,
    and no row's sum is off its part: a bare ``48 (도비 9.6 ...)`` over rows of 960 under 백만원 is no 48 백만원)."""
    if rows_agree(funding, budget) is False:
        return False
    total = table_total(funding) if funding.get("rows") else None
    return total is None or budget.get("total_krw") is None or budget["total_krw"] == total


def _total_unit(raw: str, funding: dict[str, Any]) -> dict[str, Any] | None:
    """The budget printed as ``raw`` read under the one unit a card counts in (:func:`candidate_multipliers`)
    under which its total is its funding table's total and no row the budget names by source contradicts its part
    (``367.5`` over a table's 36,750 백만원: 억원); None when no unit, or more than one, makes it so (a budget ten
    times off the table's total is no budget in 천만원)."""
    total = table_total(funding) if funding.get("rows") else None
    if not total:
        return None
    reads: dict[int, dict[str, Any]] = {}

    def under(m: int) -> int | float | None:
        read = reads[m] = parse_budget(raw, unit_for(m))
        return read.get("total_krw") if rows_agree(funding, read) is not False else None

    m = agreeing_multiplier(total, under)
    return reads[m] if m is not None else None


def _rows_unit(raw: str, funding: dict[str, Any]) -> dict[str, Any] | None:
    """The budget printed as ``raw`` read under the one unit a card counts in under which every row the budget
    names by source sums to its part (a table printing no total: ``48 (도비 9.6, 군비 38.4)`` over rows summing to
    960 and 3,840 백만원: 억원); None when no unit, or more than one, makes it so."""
    if not funding.get("rows"):
        return None
    fits = [
        read
        for m in candidate_multipliers()
        if rows_agree(funding, read := parse_budget(raw, unit_for(m))) and _sums(read)
    ]
    return fits[0] if len(fits) == 1 else None


_NEAR = 10  # a budget total within a tenth of its table's total under a unit is that total rounded in it


def _line_wins(raw: str, funding: dict[str, Any], card_unit: str) -> bool:
    """Whether the card's unit line reads a budget its table's total is not under it: the table prints a total
    and under no other unit a card counts in is the budget's total near it (``367`` over 36,750 백만원 is 367억
    rounded: no), the budget counting something else (a year's amount, a part: ``100`` over a table's 1,000)."""
    total = table_total(funding) if funding.get("rows") else None
    if not total:
        return False
    line = unit_multiplier(card_unit)
    for m in candidate_multipliers():
        got = parse_budget(raw, unit_for(m)).get("total_krw")
        if m != line and got and abs(got - total) * _NEAR <= abs(total):
            return False
    return True


def budget_proven(
    record: dict[str, Any], prov: dict[str, Any], card_unit: str | None
) -> list[dict[str, Any]]:
    """The record's overview budget printing no unit, its bare pieces read under the card's one unit line
    (``card_unit``, as its funding table is) where its total is the table's under it (or nothing tells: a
    unit line counting the table in 백만원 beside a budget printed in 억원 does not read the budget), else under
    the one unit under which its total is the table's (or its parts the rows' sums by source), else under the unit
    line where no other unit brings its total near the table's (:func:`_line_wins`), else under its funding table's
    unit where the table's total is the budget's total under it, else as :func:`proven_budget` reads it; and the
    finding naming what it left null."""
    overview = record.get("overview") or {}
    budget = overview.get("budget") or {}
    raw = budget.get("raw")
    if not raw or budget.get("unit"):
        return []
    funding = record.get("funding") or {}
    read, unread = proven_budget(str(raw))
    proof = (
        "budget_sums"
        if not unread and read.get("unit") and parse_budget(str(raw)).get("unit") is None
        else None
    )
    if card_unit and _agrees(under := parse_budget(str(raw), card_unit), funding):
        read, unread, proof = under, [], None
    elif card_unit and (tied := _total_unit(str(raw), funding)) is not None:
        read, unread, proof = tied, [], "funding_total"
    elif card_unit and (tied := _rows_unit(str(raw), funding)) is not None:
        read, unread, proof = tied, [], "funding_rows"
    elif card_unit and _line_wins(str(raw), funding, card_unit):
        read, unread, proof = parse_budget(str(raw), card_unit), [], None  # the unit line the card prints
    elif card_unit:
        pass  # the card's unit line is its funding table's, whose total the budget's is near under another unit
    elif unread and funding.get("unit"):
        under = parse_budget(str(raw), funding["unit"])
        if under.get("total_krw") is not None and under["total_krw"] == table_total(funding):
            read, unread, proof = under, [], "funding_total"
    overview["budget"] = {**budget, **read, "raw": raw}
    where = prov.get("overview.budget")
    if proof:
        return [unit_inferred("overview.budget", read.get("unit"), proof, where)]
    if not unread:
        return []
    return [budget_unproven(unread, str(raw), where)]
