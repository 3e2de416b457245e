"""Budget parts read other than as printed (an OCR'd comma read as a digit or a point), kept only where a second sum
proves them.

Class of card fixed (session 36, mendc; review c finding 1): a scanned budget whose total OCR misread as well as its
parts' commas (``86,264백만 원(도비 55093, 시군비 22427, 민자 21,747, 기타 6.997)`` for 36,264 = 5,093 + 2,427 +
21,747 + 6,997): the one choice of readings meeting the misread total was a wrong one (도비 55,093 백만원, never
printed), silent, and the parts then met the total, hiding its error from the parts-sum check. The sum of the parts
to the total the budget prints is one proof; a reading other than the printed one
(:func:`pledgecard.normalize.money_comma_read.proven_readings`, which keeps the part's printed text) is taken only
where the card's funding table proves it too: its grand total is the budget's total (the total proven, so the one
choice meeting it is the true one), or the part is its source's row sum there (each part on its own: a sum of the
row's period cells its total cell restates, never that one figure alone, session 40). Else the part
is null with its printed text and an ``extract.reading_unproven`` finding (mutant 4537 scan: 국비 4,843 and 도비
5,446 proven by their rows, 시비 9,433, whose row has a cell unread, null). A part grouped by a point that no sum of
the budget reads either way (``시비 9.375 백만원``, the total printed rounded) is read as printed, a decimal, where its
source's row proves it, that row's decimals each proven by a sum separating the readings (session 39; null with
the finding otherwise, as it was null before).
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.findings import finding
from pledgecard.extract.sections.funding_checks import table_total
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS
from pledgecard.extract.sections.funding_row_totals import periods_sum
from pledgecard.extract.sections.funding_stream_proof import decimal_proven, scaled_rows
from pledgecard.extract.sections.funding_unit_proof import rows_agree
from pledgecard.normalize.money_comma_read import AS_PRINTED, READING
from pledgecard.normalize.money_units import unit_multiplier


def _total_proven(budget: dict[str, Any], funding: dict[str, Any]) -> bool:
    """Whether the funding table proves the budget's total: no row it names by source contradicts its part, and the
    table's grand total is the budget's (the total proven, the one choice of readings meeting it is the true one)."""
    if not funding.get("rows") or rows_agree(funding, budget) is False:
        return False
    return budget.get("total_krw") is not None and table_total(funding) == budget["total_krw"]


def _row_proven(budget: dict[str, Any], funding: dict[str, Any], part: dict[str, Any]) -> bool:
    """Whether ``part`` (read other than as printed) is its source's one row sum in the funding table, the budget
    naming that source once."""
    once = sum(q.get("source") == part.get("source") for q in budget.get("parts") or []) == 1
    return once and bool(funding.get("rows")) and rows_agree(funding, {"parts": [part]}) is True


def _row_summed(funding: dict[str, Any], part: dict[str, Any]) -> bool:
    """Whether ``part``'s source row in the funding table is a sum of figures printed apart, not one figure: its
    total cell equal to the sum of its period cells (two or more read and not nought; a blank or ``-`` period adds
    nothing, as funding_row_totals counts it), or with no total column that sum itself. A row's total cell alone, or a lone period's, is the same printed figure the budget restates: read
    the same way it may be misread twice, no second sum (session 39 review)."""
    rows = [r for r in funding.get("rows") or [] if r.get("source") == part.get("source")]
    kinds = [c.get("kind") for c in funding.get("columns") or []]
    if len(rows) != 1:
        return False
    amounts = rows[0].get("amounts_krw") or []
    if sum(1 for j in range(min(len(amounts), len(kinds))) if kinds[j] in PERIOD_KINDS and amounts[j]) < 2:
        return False  # (two figures printed apart: a blank or nought period adds none)
    periods = periods_sum(amounts, kinds, blank_as_zero=True)  # the table's own row check's blank rule
    if periods is None:
        return False
    total = (
        amounts[kinds.index("total")] if "total" in kinds and kinds.index("total") < len(amounts) else periods
    )
    return total == periods == part.get("amount_krw")


def _row_decimals_proven(funding: dict[str, Any], part: dict[str, Any]) -> bool:
    """Whether the decimals of ``part``'s source row in the funding table (cells a whole number of thousandths of
    the table's unit, under a thousand units: ``3.800``) are each proven so by a sum that separates the readings
    (funding_stream_proof.decimal_proven: it holds with the decimals, fails with them read as commas, x1000). The
    row only equal to the part is no proof: the same printed figure misread twice (session 39 review)."""
    mult = unit_multiplier(funding.get("unit") or "")
    rows = funding.get("rows") or []
    kinds = [c.get("kind") or "" for c in funding.get("columns") or []]
    same = [i for i, r in enumerate(rows) if r.get("source") == part.get("source")]
    if mult is None or mult % 1000 or len(same) != 1:
        return False
    pointed = {
        (i, k)
        for i, r in enumerate(rows)
        for k, v in enumerate(r.get("amounts_krw") or [])
        if v is not None and v % mult and not v * 1000 % mult and v < 1000 * mult
    }
    mine = [c for c in pointed if c[0] == same[0]]
    decimal = scaled_rows(rows, {}, set())
    comma = scaled_rows(rows, dict.fromkeys(pointed, 1000), set())
    return bool(mine) and all(decimal_proven(decimal, comma, i, k, kinds, mult) for i, k in mine)


def readings_proven(record: dict[str, Any], prov: dict[str, Any]) -> list[dict[str, Any]]:
    """The overview budget's total and parts read other than as printed kept where the funding table proves them,
    else null (a part with its printed text; the budget's ``raw`` prints the total's); the finding naming those left
    null (none where every reading is proven)."""
    budget = (record.get("overview") or {}).get("budget") or {}
    parts: list[dict[str, Any]] = budget.get("parts") or []
    read = [p for p in parts if READING in p]
    as_printed = [p for p in parts if AS_PRINTED in p]
    total_read = budget.pop(READING, None)
    if not read and total_read is None and not as_printed:
        return []
    funding = record.get("funding") or {}
    whole = _total_proven(budget, funding)
    texts = []
    # a decimal as printed no sum of the budget reads: its source's row proves it, or null
    for p in as_printed:
        text = p.pop(AS_PRINTED)
        if not (_row_proven(budget, funding, p) and _row_decimals_proven(funding, p)):
            p["amount_krw"], p["raw"] = None, text
            texts.append(text)
    if total_read is not None and not whole:
        budget["total_krw"] = None
        texts.append(total_read)
    for p in read:
        text = p.pop(READING)
        if not (whole or _row_proven(budget, funding, p) and _row_summed(funding, p)):
            p["amount_krw"], p["raw"] = None, text
            texts.append(text)
    if not texts:
        return []
    return [
        finding(
            "extract.reading_unproven",
            "overview.budget",
            f"the budget's figure(s) {', '.join(texts)} read as a misread comma or separator would make them "
            "meet the total, but no second sum (the funding table's total or the part's row by source) proves "
            "that reading: null",
            observed={"parts": texts},
            expected="a reading the funding table proves",
            source=prov.get("overview.budget"),
        )
    ]
