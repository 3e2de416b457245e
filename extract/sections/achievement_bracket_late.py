"""An achievement's bracketed date past the card's reporting point: a plan's date, no item's.

Class fixed (session 38, helper wrongs; left by session 37's review d): a date in square brackets closing an
achievement (``돌봄센터 개소 [’25. 3.]``, :func:`.common.bracketed_trailing_date`) was read as the item's date
even where it starts after the reporting point of the block (or card) the item stands in (a card as of
``’24. 3분기``): a future date on a past item is when it is planned, not when it was done. Such a bracket stays in
the item's text, its date null, and ``extract.bracket_date_late`` says so (a date after a colon is the card's own
way of dating items and is left to the validator's ``date.after_as_of``).
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.findings import finding
from pledgecard.extract.sections.common import bracketed_trailing_date


def bracket_past_point(
    text: str, date: dict[str, Any] | None, as_of: dict[str, Any] | None
) -> dict[str, Any] | None:
    """The finding's facts (no source) when ``date`` (read from ``text``) is the bracketed date closing it and
    starts after ``as_of``'s end; None otherwise (no date, another date, no reporting point read)."""
    if date is None or not as_of or not as_of.get("end") or not date.get("start"):
        return None
    bracketed = bracketed_trailing_date(text)
    if bracketed is None or bracketed[1].get("raw") != date.get("raw"):
        return None
    if date["start"] <= as_of["end"]:
        return None
    return {"text": text.strip(), "date": date.get("raw"), "as_of": as_of.get("raw") or as_of.get("label")}


def late_findings(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One ``extract.bracket_date_late`` finding for each item :func:`bracket_past_point` kept undated."""
    return [
        finding(
            "extract.bracket_date_late",
            "achievements",
            f"the achievement '{f['text'][:40]}' closes on the bracketed date '{f['date']}', after the reporting "
            f"point '{f['as_of']}': a planned date, not when the item was done; kept in its text, date null",
            observed={"item": f["text"], "date": f["date"], "as_of": f["as_of"]},
            expected="an achievement dated by the reporting point or before it",
            source=f.get("source"),
        )
        for f in found
    ]
