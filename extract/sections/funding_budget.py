"""The budget told in words in the funding section (``◦ 국비 12억원, 도비 3억 6천만원, 군비 8억원 (총 23억
6천만원)`` over a table of the years' totals) when the overview prints none: the overview's budget."""

from __future__ import annotations

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.funding_budget_line import labelled_budget
from pledgecard.normalize.money import budget_parts_first
from pledgecard.normalize.text import fold


def with_budget_told(result: SectionResult, ctx: SectionContext) -> SectionResult:
    """``result`` with the overview's budget read from a line it left over that states the parts
    first and the total last in brackets, every amount readable and the parts adding up to the
    total; unchanged when the overview has a budget already or no such line stands there."""
    overview = ctx.record.get("overview") or {}
    if overview.get("budget"):
        return result
    for it in result.rest:
        if not isinstance(it, Line):
            continue
        budget = budget_parts_first(fold(it.text)) or labelled_budget(
            fold(it.text)
        )  # 총사업비 : … (funding_budget_line)
        amounts = [p["amount_krw"] for p in budget["parts"]] if budget else [None]
        if budget is None or None in amounts or budget["total_krw"] != sum(amounts):  # type: ignore[arg-type]
            continue
        value = {**result.value, "overview": {**overview, "budget": budget}}
        prov = {**result.provenance, Loc("overview", sub="budget"): it.source}
        return SectionResult(
            value, prov, [x for x in result.rest if x is not it], result.dates, result.findings
        )
    return result
