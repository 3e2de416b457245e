"""An achievement's date printing a month alone (``… 선정 : 5월``, ``… 시공 : 6월 중``): the month of its block's year.

Class fixed (doc-eungyeol-province-2-13, an HWP 5 card reported at ``2025. 2/4분기 기준``, the year's items dated by
month only): the trailing date was kept as printed with no label, no year to place it in. The block's reporting
point states the year the card reports on; a month alone in it is that year's month where it falls on or before the
reporting point's end (a later month of that year is no achievement yet: its year unproven, the date stays unread).
A bracketed month (``… 완료 (5월)``) stays in the text, as the schema keeps a bracketed date.
"""

from __future__ import annotations

from typing import Any

from pledgecard.normalize.dates import parse_date


def month_in_as_of_year(date: dict[str, Any] | None, as_of: dict[str, Any] | None) -> dict[str, Any] | None:
    """``date`` (an item's trailing date read with no label) as a month of ``as_of``'s year, where it is a month
    alone on or before ``as_of``'s end; None otherwise."""
    if not date or date.get("label") is not None or not date.get("raw") or not as_of or not as_of.get("end") \
            or not as_of.get("start") or as_of["start"][:4] != as_of["end"][:4]:
        return None
    got = parse_date(str(date["raw"]), default_year=int(as_of["end"][:4]))
    if got.get("precision") != "month" or not got.get("end") or got["end"] > as_of["end"]:
        return None
    if parse_date(str(date["raw"]), default_year=int(as_of["end"][:4]) - 1).get("label") == got.get("label"):
        return None  # the raw printed its own year: not a month alone
    return got
