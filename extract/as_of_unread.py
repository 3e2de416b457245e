"""A card's as-of date that a reporting point printed and unread leaves unproven.

Class of card fixed (session 34): a block heading or header line prints its reporting point garbled past its year
(saebom-county 27007 scan: ``2025.2Q 현재`` OCR'd ``2025.20 현재``). Read as the bare year 2025, the latest point
gave way to an earlier block's finer ``25년 1분기 기준`` inside that year, and the card was dated 2025-Q1 (card_id
``2-39@2025-Q1``): a wrong date no counter counts. The unread point lies somewhere in its year; the date the card's
other points give is its as-of date only where it ends no earlier than that year (the unread point can be no later),
or where the header area states it (the card's own point); else the as-of date is the unread point itself, its raw
text and null label (``normalize.unreadable_date`` tells a reviewer), and the card_id's point is ``unknown``.
"""

from __future__ import annotations

from typing import Any

from pledgecard.normalize.dates import garbled_years


def unread_point(point: Any, dates: list[Any], stated: list[Any]) -> Any:
    """``point`` (the latest of the readable ``dates``, or None) unless an unread point among ``dates`` (a date
    object of raw text and null label printing a year and garbled past it) may lie after it: then that unread
    date object. A readable point among ``stated`` (the header area's) that is ``point`` stands."""
    if point is not None and any(d is point or d == point for d in stated):
        return point
    for d in dates:
        if not d or d.get("label") is not None or not d.get("raw"):
            continue
        years = [y for _, _, y in garbled_years(str(d["raw"]))]
        if years and (point is None or str(point.get("end") or "") < f"{max(years)}-12-31"):
            return d
    return point
