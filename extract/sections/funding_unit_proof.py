"""A funding table whose unit nothing on the card tells (no unit line, no unit in a head, no card unit, no
overview budget unit): a cell printing its own unit (``10억``, ``350,000,000원``) is read with it; a bare cell
(``3``) gets a unit only where the card proves one, the table's sums holding under exactly one unit given the
cells printing theirs (``10억`` over ``3`` and ``7``: 억). Otherwise the bare cells are null and one finding
(``extract.unit_unproven``) names them: never an amount taken as won as printed.

Which cells are bare is told by reading the table twice, as won and as thousands of won: a bare cell's amount
moves with the unit, a cell printing its own does not (a cell the second reading nulled, its sums failing, is
read from its kept text)."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

from pledgecard.extract.findings import finding
from pledgecard.extract.sections.base import Loc, SectionResult
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS
from pledgecard.extract.sections.funding_row_totals import periods_sum
from pledgecard.extract.sections.funding_sum_rule import adds_up
from pledgecard.extract.sections.unit_inferred import unit_inferred
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import parse_amount, unit_for, unit_multiplier

_PROBE = 1000  # the second reading's multiplier (any unit other than won would do)
_CORE = PERIOD_KINDS  # a row's periods: one list with the column heads'
_SUB_LOCAL = ("provincial", "municipal", "district")

Cell = tuple[int, int]


def _shape(funding: dict[str, Any]) -> list[int]:
    return [len(r.get("amounts_krw") or []) for r in funding.get("rows") or []]


def bare_cells(won: dict[str, Any], probe: dict[str, Any], mult: int = _PROBE) -> tuple[set[Cell], set[Cell]]:
    """The cells of a table read as won (``won``) and under ``mult`` (``probe``) that are bare (their amount
    moved with the unit) and those printing their own unit (it did not); nulls and zeros are neither, but for a
    zero only as won (a bare figure below one, ``0.4``, rounded to no won: nonzero under ``mult``), which is bare
    (gureum-city 30003 with its figures' units deleted: ``국비 … 0.4`` of 억원 read 0). A table the two readings
    shape apart: every nonzero cell bare (which is which cannot be told)."""
    bare: set[Cell] = set()
    own: set[Cell] = set()
    same = _shape(won) == _shape(probe) and len(won.get("columns") or []) == len(probe.get("columns") or [])
    for i, row in enumerate(won.get("rows") or []):
        for j, v in enumerate(row.get("amounts_krw") or []):
            if v is None:
                continue
            w = _probed(probe["rows"][i], j, mult) if same else None
            if not v:
                if w:  # zero only as won: a fraction of the unit the table counts in
                    bare.add((i, j))
                continue
            (own if same and w == v else bare).add((i, j))
    return bare, own


def _probed(row: dict[str, Any], j: int, mult: int) -> int | float | None:
    """A cell's amount under ``mult``: as read, else (a check nulled the row, its sums failing under a unit not
    the table's) its kept text read under ``mult``."""
    v = row["amounts_krw"][j] if j < len(row["amounts_krw"]) else None
    raw = row.get("amounts_raw") or []
    if v is None and len(raw) == len(row["amounts_krw"]) and raw[j]:
        v = parse_amount(str(raw[j]), mult)
    return v


def _equations(funding: dict[str, Any]) -> list[tuple[Cell, list[list[Cell]]]]:
    """Each stated total (its cell) with the ways its parts may sum to it: a row's total column over its
    periods (with its other columns or without), a total row's cell over the source rows (지방비 or its
    breakdown counted, not both)."""
    kinds = [c.get("kind") for c in funding.get("columns") or []]
    rows = funding.get("rows") or []
    out: list[tuple[Cell, list[list[Cell]]]] = []
    if "total" in kinds:
        tc = kinds.index("total")
        core = [j for j, k in enumerate(kinds) if k in _CORE]
        other = [j for j, k in enumerate(kinds) if k not in (*_CORE, "total")]
        for i in range(len(rows)):
            if core:
                out.append(
                    (
                        (i, tc),
                        [[(i, j) for j in core], [(i, j) for j in core + other]]
                        if other
                        else [[(i, j) for j in core]],
                    )
                )
    totals = [i for i, r in enumerate(rows) if r.get("source") == "total"]
    if totals:
        parts = [i for i, r in enumerate(rows) if r.get("source") != "total"]
        sources = {rows[i].get("source") for i in parts}
        ways = [parts]
        if "local" in sources and sources & set(_SUB_LOCAL):
            ways = [
                [i for i in parts if rows[i].get("source") not in _SUB_LOCAL],
                [i for i in parts if rows[i].get("source") != "local"],
            ]
        for j in range(len(kinds)):
            if parts:
                out.append(((totals[0], j), [[(i, j) for i in way] for way in ways]))
    return out


def proven_multiplier(
    funding: dict[str, Any], bare: set[Cell], own: set[Cell], candidates: list[int]
) -> int | None:
    """The one multiplier among ``candidates`` under which every sum tying a bare cell to a cell printing its
    own unit holds (at least one such sum printed); None when none or more than one does."""
    rows = funding.get("rows") or []

    def value(c: Cell, m: int) -> int | float | None:
        i, j = c
        amounts = rows[i].get("amounts_krw") or []
        v = amounts[j] if j < len(amounts) else None
        return None if v is None else v * m if c in bare else v

    telling = []
    for total, ways in _equations(funding):
        for way in ways:
            cells = [total, *way]
            if any(value(c, 1) is None for c in cells):
                continue
            if any(c in bare for c in cells) and any(c in own for c in cells):
                telling.append((total, way))
    if not telling:
        return None
    fits = []
    for m in candidates:
        by_total: dict[Cell, bool] = {}
        for total, way in telling:  # a total holds under m where one of its ways sums to it
            claimed = value(total, m)
            got = sum(value(c, m) for c in way)  # type: ignore[misc]
            by_total[total] = by_total.get(total, False) or adds_up([got], claimed)  # type: ignore[arg-type]
        if all(by_total.values()):
            fits.append(m)
    return fits[0] if len(fits) == 1 else None


def candidate_multipliers() -> list[int]:
    """The units a card may count in: the money units the vocabulary lists as printed on cards (원, 천원, 만원,
    백만원, 억원), never any power of ten a unit word could be built for (천만원, 십억원: a budget ten times off its
    table's total "proven" in 천만원)."""
    found = (unit_multiplier(w) for w in current().words("money", "printed_units"))
    return sorted({m for m in found if m})


def agreeing_multiplier(
    total: int | float, total_under: Callable[[int], int | float | Fraction | None]
) -> int | None:
    """The one unit a card counts in (:func:`candidate_multipliers`) under which a reading's total is ``total``
    (``total_under(m)``: the total read under ``m``, None where that reading is refused); None when no unit, or
    more than one, makes it so (a total ten times off is no total in 천만원). One question for the funding table
    read under the overview budget's unit (which unit makes its total the budget's) and the overview budget
    printing no unit (which makes its total the funding table's: budget_unit_proof)."""
    fits = [m for m in candidate_multipliers() if total_under(m) == total]
    return fits[0] if len(fits) == 1 else None


def _row_sum(row: dict[str, Any], kinds: list[Any]) -> int | float | None:
    """A source row's amount in all: its total column's cell, else the sum of its periods (None: a cell unread)."""
    amounts = row.get("amounts_krw") or []
    if "total" in kinds and kinds.index("total") < len(amounts):
        return amounts[kinds.index("total")]
    return periods_sum(amounts, kinds)


def rows_agree(funding: dict[str, Any], budget: dict[str, Any]) -> bool | None:
    """Whether every row of the table that the budget names by source (a part whose source the budget and the
    table each name once) sums to that part: None when no such row can be checked (the budget names no source
    the table prints, or a cell is unread), False when one row contradicts its part (one row matching by a
    small number's coincidence proves nothing while another is off by a power of ten)."""
    parts = [p for p in budget.get("parts") or [] if p.get("source") and p.get("amount_krw") is not None]
    rows = funding.get("rows") or []
    kinds = [c.get("kind") for c in funding.get("columns") or []]
    told: bool | None = None
    for part in parts:
        source = part["source"]
        same = [r for r in rows if r.get("source") == source]
        if sum(p.get("source") == source for p in parts) != 1 or len(same) != 1:
            continue
        got = _row_sum(same[0], kinds)
        if got is None:
            continue
        if got != part["amount_krw"]:
            return False
        told = True
    return told


def unit_unproven(cells: list[Cell], labels: list[str], where: Any) -> dict[str, Any]:
    """The finding at a funding table printing no unit whose bare cells no sum proves a unit for: which cells
    (``observed`` ``cells``: record row and column, from 0) are null and why."""
    named = ", ".join(f"{labels[i] if i < len(labels) else i} [{j}]" for i, j in cells[:6])
    return finding(
        "extract.unit_unproven",
        "funding",
        f"the funding table prints no unit and its sums prove none: the {len(cells)} amount(s) printed "
        f"without a unit of their own ({named}{' ...' if len(cells) > 6 else ''}) are null, not taken "
        "as won",
        observed={"cells": [list(c) for c in cells]},
        expected="a printed unit",
        source=where,
    )


def budget_printed(funding: dict[str, Any], budget: dict[str, Any]) -> bool:
    """Whether the table read prints an amount of the overview budget (its total or a part, nonzero): in a total
    column or as a row's sum over two or more periods (a lone period's cell matching a part is a coincidence a
    small number makes likely). A table with no total read under the budget's unit is tied to it so (a table
    counted in another unit prints none of the budget's amounts but by coincidence); never where a row the
    budget names by source contradicts its part (:func:`rows_agree`)."""
    if rows_agree(funding, budget) is False:  # a row the budget names by source contradicts its part
        return False
    wanted = {
        a for a in [budget.get("total_krw"), *(p.get("amount_krw") for p in budget.get("parts") or [])] if a
    }
    kinds = [c.get("kind") for c in funding.get("columns") or []]
    for row in funding.get("rows") or []:
        amounts = row.get("amounts_krw") or []
        if wanted & {a for j, a in enumerate(amounts) if a and j < len(kinds) and kinds[j] == "total"}:
            return True
        periods = [a for j, a in enumerate(amounts) if j < len(kinds) and kinds[j] in _CORE and a is not None]
        if len(periods) >= 2 and sum(periods) in wanted:
            return True
    return False


def inferred(read: SectionResult, unit: str | None, proof: str) -> SectionResult:
    """``read`` (a funding table read under ``unit``, which the card does not print for it) with the finding
    saying the unit was inferred and by which proof (:mod:`unit_inferred`)."""
    where = read.provenance.get(Loc("funding"))
    return SectionResult(
        read.value,
        read.provenance,
        read.rest,
        read.dates,
        [*read.findings, unit_inferred("funding", unit, proof, where)],
    )


def read_proven(read: Callable[[str | None], SectionResult], units_printed: bool = True) -> SectionResult:
    """The table read where no unit is printed for it (``read(unit)`` reads it under ``unit``): under the one
    unit its sums prove, else as printed with its bare cells null and a finding naming them. ``units_printed``
    False: no cell can print its own unit (funding_unit_words), so no second reading is made to tell which (every
    nonzero cell bare, as the readings shaped apart make them)."""
    base = read(None)
    funding = base.value.get("funding") if base.value else None
    if not funding or not funding.get("rows"):
        return base
    probe = ((read(unit_for(_PROBE)).value or {}).get("funding") or {}) if units_printed else {}
    bare, own = bare_cells(funding, probe)
    if not bare:
        return base
    m = proven_multiplier(funding, bare, own, candidate_multipliers())
    if m is not None:
        proven = read(unit_for(m))
        if _shape((proven.value or {}).get("funding") or {}) == _shape(funding):
            return inferred(proven, unit_for(m), "table_sums")
    cells = sorted(bare)
    for i, j in cells:
        funding["rows"][i]["amounts_krw"][j] = None
    where = base.provenance.get(Loc("funding"))
    labels = [str(r.get("label") or "") for r in funding["rows"]]
    return SectionResult(
        base.value,
        base.provenance,
        base.rest,
        base.dates,
        [*base.findings, unit_unproven(cells, labels, where)],
    )
