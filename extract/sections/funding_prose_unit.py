"""A funding told in sentences printing no unit (``ㅇ 총사업비 : 120 (국비 60, 도비 60)`` then ``ㅇ 연도별 : '23년 50억,
'24년 70``, no unit line on the card): a piece printing its own unit is read with it; the bare pieces get a unit
only where the sums (the parts to the total, the periods to the total) hold under exactly one unit given the
pieces printing theirs; else they are null and one finding (``extract.unit_unproven``) names the funding cells
left unread: never an amount taken as won as printed.

Which pieces are bare is told by reading the sentences twice, as won and as thousands of won: a bare piece's
amount moves with the unit, a piece printing its own does not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pledgecard.extract.sections.funding_unit_proof import candidate_multipliers
from pledgecard.normalize.money import parse_budget, unit_for

_PROBE = 1000  # the second reading's multiplier (any unit other than won would do)

Periods = list[tuple[dict[str, Any], int]]
PeriodsOf = Callable[[str | None], Periods | None]


def _amounts(budget: dict[str, Any], periods: Periods | None) -> list[Any]:
    """The pieces in funding cell order: the total, each source's total, each period's."""
    return [
        budget.get("total_krw"),
        *(p.get("amount_krw") for p in budget.get("parts") or []),
        *(a for _, a in periods or []),
    ]


def _sums(budget: dict[str, Any], periods: Periods | None) -> bool:
    parts = [p.get("amount_krw") for p in budget.get("parts") or []]
    total = budget.get("total_krw")
    return (
        total is not None
        and len(parts) >= 2
        and None not in parts
        and sum(parts) == total
        and periods is not None
        and sum(a for _, a in periods) == total
    )


def read_proven(raw: str, periods_of: PeriodsOf) -> tuple[dict[str, Any], Periods, list[int]] | None:
    """The budget printed as ``raw`` and the periods ``periods_of(unit)`` reads, under the one unit their sums
    prove (the bare pieces' positions, in :func:`_amounts` order, empty), else as printed with the bare pieces
    null (and their positions); None when the budget prints its unit (read as before) or no reading has the
    shape of a budget of sources and a sentence of periods."""
    if parse_budget(raw).get("unit") is not None:
        return None
    won, probe = parse_budget(raw, unit_for(1)), parse_budget(raw, unit_for(_PROBE))
    won_p, probe_p = periods_of(unit_for(1)), periods_of(unit_for(_PROBE))
    if (
        won_p is None
        or probe_p is None
        or len(won_p) != len(probe_p)
        or [p.get("label") for p in won.get("parts") or []]
        != [p.get("label") for p in probe.get("parts") or []]
    ):
        return None
    a, b = _amounts(won, won_p), _amounts(probe, probe_p)
    bare = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    own = any(x and i not in bare for i, x in enumerate(a))
    fits = []
    for m in candidate_multipliers() if own else []:
        budget, periods = parse_budget(raw, unit_for(m)), periods_of(unit_for(m))
        if _sums(budget, periods):
            fits.append((budget, periods))
    if len(fits) == 1:
        return fits[0][0], fits[0][1], []
    if not bare:
        return None  # every piece prints its unit: read as printed
    budget = {**won, "unit": None, "parts": [dict(p) for p in won.get("parts") or []]}
    n = len(budget["parts"])
    if 0 in bare:
        budget["total_krw"] = None
    for i, part in enumerate(budget["parts"], start=1):
        if i in bare:
            part["amount_krw"] = None
    periods = [(c, None if i in bare else v) for i, (c, v) in enumerate(won_p, start=n + 1)]
    return budget, periods, bare  # type: ignore[return-value]
