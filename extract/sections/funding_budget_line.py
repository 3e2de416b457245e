"""The overview's budget line printed in the funding section (``○ 총사업비 : 5,200백만원 (국비 1,560, 도비 1,040, 군비
2,600)`` over the funding table, in its cell).

Class fixed (doc-modeum-county-4-9, an HWPX card laid out as one two-column table whose ``소요예산`` cell holds the
budget line, the unit and the funding table nested): the overview (``사업개요``) printed no budget, the funding
section left the labelled budget line over its table unread. A line of the funding section labelled as the
overview's budget (vocabulary ``[overview] budget``: 총사업비), its amount read with its parts, the parts adding up
to the total, is the overview's budget where the overview has none (:func:`~pledgecard.extract.sections.
funding_budget.with_budget_told`).
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.labels import norm_label
from pledgecard.extract.sections.common import label_value
from pledgecard.extract.vocabulary import current
from pledgecard.extract.vocabulary import key as vocab_key
from pledgecard.normalize.money import parse_budget


def labelled_budget(text: str) -> dict[str, Any] | None:
    """The budget of a ``총사업비 : amount (parts)`` line, its parts all read and adding up to its total; None
    for any other line."""
    lv = label_value(text)
    labels = {vocab_key(w) for w in current().words("overview", "budget")}
    if lv is None or norm_label(lv[0]) not in labels:
        return None
    budget = parse_budget(lv[1])
    if not budget or budget.get("total_krw") is None or not budget.get("parts"):
        return None
    amounts = [p.get("amount_krw") for p in budget["parts"]]
    if None in amounts or sum(amounts) != budget["total_krw"]:
        return None
    return budget
