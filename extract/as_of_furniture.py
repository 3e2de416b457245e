"""A card's as-of date printed only in its page furniture (a running footer ``한내광역시 채운구 | 2025. 9. 30. 기준``).

Class fixed (session 38, doc-chaeun-district-3-4: an HWPX card whose reporting point stands in its 꼬리말 alone,
nowhere in its body): the record's ``as_of`` was null and its card id ``3-4@unknown``, though the reader had kept the
footer apart as the document's furniture. Where the card's own lines state no reporting point, the furniture's
reporting points (a line stating one with its reporting word, :func:`~pledgecard.extract.headings.reporting_date`)
are the card's, when they agree: two different points (a footer per section of another time) prove none.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.headings import reporting_date
from pledgecard.extract.layout import Item, Line
from pledgecard.record import DateObject


def furniture_as_of(furniture: Sequence[Item]) -> DateObject | None:
    """The one reporting point the page furniture's lines state, or None (none, or two that disagree)."""
    points = [
        d
        for it in furniture
        if isinstance(it, Line)
        for d in [reporting_date(it.full_text)]
        if d and d.get("label")
    ]
    labels = {d["label"] for d in points}
    return points[0] if len(labels) == 1 else None
