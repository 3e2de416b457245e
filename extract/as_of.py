"""The card's time, one rule: its as-of date and the year of the period it reports, from the reporting
dates its sections read (date objects, CARD_SCHEMA.md).

The as-of date (:func:`card_as_of`) is the record's ``as_of``: the latest reporting point the card states.
The reported year (:func:`reported_year`) is the year of the quarter the card reports, which a review
written after its quarter closed dates later (a 4/4분기 review dated ``2025. 1. 15.`` reports 2024):
the year a table of the review's quarters that prints none belongs to. Both the record
(:mod:`pledgecard.extract.cards`) and a section (:meth:`SectionContext.as_of_year
<pledgecard.extract.sections.base.SectionContext.as_of_year>`) read them here.
"""

from __future__ import annotations

from datetime import date
from typing import Any

# a review is written after the quarter it reports closes, within the next quarter
_REVIEW_DAYS = 92


def card_as_of(dates: list[Any]) -> Any:
    """The card's as-of date among reporting dates (date objects; the latest end): a date of a bare year
    (a block headed 2025년, covering the year's work so far) gives way to a finer date inside that year
    (the card's ``2025. 6. 30. 기준``, a ``3/4분기`` block) that says how far. None when no date ends."""
    cands = [c for c in dates if c and c.get("end")]
    if not cands:
        return None
    latest = max(cands, key=lambda d: (d["end"], d["start"] or ""))
    if latest.get("precision") != "year" or not latest["start"]:
        return latest
    inside = [
        c
        for c in cands
        if c.get("precision") not in (None, "year")
        and c["start"]
        and latest["start"] <= c["start"]
        and c["end"] <= latest["end"]
    ]
    return max(inside, key=lambda d: (d["end"], d["start"] or "")) if inside else latest


def as_of_year(dates: list[Any]) -> int | None:
    """The year of :func:`card_as_of`, or None."""
    latest = card_as_of(dates)
    return int(latest["end"][:4]) if latest else None


def reported_year(stated: list[Any], dates: list[Any]) -> int | None:
    """The year of the quarter the card reports: the latest quarter the header area states (``stated``: its
    title's ``2024년 4/4분기``) when the card's as-of date (of all its ``dates``) falls in it or in the
    quarter after it (the review of a closed quarter, dated after it), else the as-of date's year
    (:func:`as_of_year`); None when no date ends. A quarter only a later block names (an achievements block
    ``'24. 4분기``) is not the one the card reports."""
    latest = card_as_of(dates)
    if not latest:
        return None
    quarters = [
        c for c in stated if c and c.get("precision") == "quarter" and c.get("end") and c.get("start")
    ]
    if quarters:
        q = max(quarters, key=lambda d: d["end"])
        lag = (date.fromisoformat(latest["end"]) - date.fromisoformat(q["end"])).days
        if 0 <= lag <= _REVIEW_DAYS:
            return int(q["end"][:4])
    return int(latest["end"][:4])
