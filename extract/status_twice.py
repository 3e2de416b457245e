"""A header status printing two different statuses side by side (``부진 추진중(부진)``), read from a text dump
whose card names no strikeout in a legend (:mod:`pledgecard.extract.superseded` settles the cards that do): one of
them is likely a superseded status struck through, which a dump cannot show, and nothing tells which. Such a
value is no one status: it is left null (its code too) with an ``extract.markup_lost`` finding naming both.

The value's statuses are read by :func:`pledgecard.extract.status_parts.statuses` (``부진``, ``추진중(부진)``: 추진중
qualified by its bracket, one status). Two different statuses: no one status. Words that are no status word
(``일부 지연``, ``정상 추진``, ``계속 추진``) leave the value as read; a status word beside a status phrase of words
no status word names alone (``정상추진 이행후 계속추진``: :func:`phrases_apart`) is two statuses too."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.findings import finding
from pledgecard.extract.layout import Item, item_text
from pledgecard.extract.status_parts import statuses
from pledgecard.normalize.status import status_across, status_code, status_phrase


def phrases_apart(status: str) -> list[str]:
    """The two statuses ``status`` prints side by side where one is a phrase of words no status word names alone
    (``정상추진 이행후 계속추진``: 정상추진, then 이행후 계속추진; crossbred 9078's text dump), none where the whole
    is one status phrase (``일부 지연``, ``정상 추진``): a cut of the value into two status phrases whose codes differ,
    never a cut through one status printed spaced (``이행 후 계속 추진``, ``계속 추진 중``: a status word or rule's
    match runs across it; session 42 mend, haetsal-county's own status word)."""
    words = status.split()
    if len(words) < 3 or status_phrase(status):
        return []
    for k in range(1, len(words)):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        if not (status_phrase(left) and status_phrase(right)) or status_across(left, right):
            continue
        codes = {status_code(left), status_code(right)}
        if len(codes) == 2 and "other" not in codes:
            return [left, right]
    return []


def settle_two_statuses(header: dict[str, Any], items: list[Item], doc_format: str) -> list[dict[str, Any]]:
    """On a text dump: a header status printing two different statuses set null (in place, its code too), and
    the finding saying so; nothing otherwise."""
    status = header.get("status")
    if doc_format != "txt" or not isinstance(status, str):
        return []
    if len(seen := statuses(status)) < 2 and len(seen := phrases_apart(status)) < 2:
        return []
    header["status"] = None
    if "status_code" in header:
        header["status_code"] = None
    line = next((it for it in items if status in item_text(it)), None)
    where = line.source if line is not None else None
    return [
        finding(
            "extract.markup_lost",
            "header.status",
            f"the header's status prints two different statuses side by side, {status!r} (seen: "
            f"{' / '.join(seen)}), and the card names no strikeout: one is likely superseded, struck "
            "through where the card was made, which a text dump cannot show; no one status, left null",
            observed=[{"field": "header.status", "values": seen}],
            source=where,
        )
    ]
