"""A budget's parts printed on the line under it, a bullet of their own.

Some cards print the 사업비 line with its total only and break its sources onto the next line, a sub-bullet
(``◦ 소요예산 : 125.5억원`` over ``‐ 국비 50.0억원, 도비 30.2억원, 시군비 45.3억원``). The class fixed: the parts
line was read as no field, its shares left unparsed and the budget partless (samples/handmade/
maru-province-do-5-3). The line is the budget's parts only when the sources it names add to the budget's total
exactly (a line listing sources with other figures, or only some of them, proves nothing and stays as it was).
"""

from __future__ import annotations

from typing import Any

from pledgecard.normalize.money import parse_budget

MIN_PARTS = 2


def parts_under_budget(budget: dict[str, Any] | None, text: str) -> list[dict[str, Any]] | None:
    """The parts that ``text`` (the line under a budget read with its total and no parts) names, when they are
    at least two sources adding to the total exactly; None otherwise."""
    if not budget or budget.get("parts") or budget.get("total_krw") is None or not budget.get("raw"):
        return None
    parsed = parse_budget(f"{budget['raw']} ({text})")
    parts = (parsed or {}).get("parts") or []
    if len(parts) < MIN_PARTS or any(
        p.get("amount_krw") is None or p.get("source") in (None, "total") for p in parts
    ):
        return None
    if sum(p["amount_krw"] for p in parts) != budget["total_krw"]:
        return None
    return parts
