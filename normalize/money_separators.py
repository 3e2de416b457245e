"""Budget parts whose thousands separators OCR garbled, read by their digits where the total proves them.

Class of card fixed (session 33): a scanned budget whose parts print their thousands grouped by commas
(``11,068,917천원(국비 1,741,023, 도비 2,248,450, 군비 2,801,600, 민자 4,277,844)``) read by OCR with a comma lost or
read as a point (``국비 1741,023``, ``도비 2.248,450``): no amount reads from such a text, so every part was null
(saebom-county 27007 scan: the budget's four parts). A part's text of digits and separators alone whose last
group is three digits (:data:`GARBLED`) is a grouped amount whatever its separators: its digits are read, but only
where every part then adds up to the total exactly (the card's own sum proves the reading; a digit lost or misread
breaks it), else the parts stay null with their printed text. A comma with a speck beside it read as a point
(``기타 22.,984`` for 22,984: dasom-district 16051 scan, session 36) is garbled the same way; a comma doubled
(``22,,984``) is no such speck and stays a confusion (null).
"""

from __future__ import annotations

import re
from typing import Any

GARBLED = re.compile(
    r"\d+(?:(?:[,.]|\.,|,\.)\d{3})+"
)  # digits grouped by commas or points (a speck read as a
# point beside a comma: ``22.,984``, session 36), some group of the wrong size


def garbled_digits(text: str) -> int | None:
    """The number a part's amount ``text`` (spaces removed) prints where its separators are garbled
    (``1741,023``, ``2.248,450`` -> 1741023, 2248450), else None (a decimal ``4.5``, a letter, no separator)."""
    text = re.sub(r"\s+", "", text)
    return int(re.sub(r"[,.]", "", text)) if GARBLED.fullmatch(text) else None


def proven_parts(
    parts: list[dict[str, Any]], printed: list[str], total: int, multiplier: int
) -> list[dict[str, Any]] | None:
    """``parts`` (each with ``amount_krw``, null where unread; ``printed`` their amount texts) with every unread one
    read by its digits (:func:`garbled_digits`, times ``multiplier``) where all then add up to ``total``; else None
    (a part unread for another reason, none garbled, or the sum not met)."""
    read: list[dict[str, Any]] = []
    mended = False
    for part, text in zip(parts, printed, strict=True):
        if part["amount_krw"] is not None:
            read.append(part)
            continue
        digits = garbled_digits(text)
        if digits is None:
            return None
        mended = True
        read.append({k: v for k, v in part.items() if k != "raw"} | {"amount_krw": digits * multiplier})
    if not mended or sum(p["amount_krw"] for p in read) != total:
        return None
    return read


def garbled_total(
    total: int | None, total_text: str, parts: list[dict[str, Any]], printed: list[str], multiplier: int
) -> int | None:
    """The budget's ``total`` (read from ``total_text``, ``43.751백만원``) where its figure is grouped by a point
    (:data:`GARBLED`: a comma OCR read as a point, or a true decimal): kept where its ``parts`` (``printed`` their
    amount texts) add up to it as read, or where none is known to; its digits (times ``multiplier``) where the parts,
    garbled ones read by their digits, add up to those; kept where parts printed as true decimals (no group of three
    digits: ``7.200억원(국비 3.6, 도비 3.5)``) round to it at its scale; else None (which it is, the card's sums do not
    tell).

    Class of card fixed (session 34): dallae-city 101 printed 2-up and scanned prints ``43,751백만원(국비 14,426, ...)``
    OCR'd ``43.751백만원(국비 14.426, ...)``: read as 43.751 백만원, a figure a thousand times too small, where the parts
    prove 43,751."""
    figure = re.match(r"[\d.,\s]+", total_text)
    if (
        total is None
        or figure is None
        or "." not in figure.group(0)
        or not GARBLED.fullmatch(re.sub(r"\s+", "", figure.group(0)))
        or not parts
    ):
        return total
    known = [p["amount_krw"] for p in parts]
    if all(a is not None for a in known) and sum(known) == total:  # type: ignore[arg-type]
        return total  # a decimal total its decimal parts add up to
    digits = garbled_digits(figure.group(0))
    read = [
        d * multiplier if (d := garbled_digits(t)) is not None and (a is None or "." in t) else a
        for a, t in zip(known, printed, strict=True)
    ]  # (a part grouped by a point read by its digits too)
    if digits is not None and all(a is not None for a in read) and sum(read) == digits * multiplier:  # type: ignore[misc]
        return digits * multiplier
    if (
        all(a is not None for a in known)
        and not any(garbled_digits(t) is not None for t in printed)
        and _near(sum(known), total)
    ):  # type: ignore[arg-type]
        return total  # parts printed as true decimals (no group of three) round to it: its own scale
    return None


def _near(parts_sum: int, total: int) -> bool:
    """Whether parts adding up to ``parts_sum`` read the total ``total`` at its own scale: equal, or off by a
    rounding or a slip (a tenth at most), never by the thousandfold a comma read as a point makes. Class fixed
    (session 34 review c #6): ``7.200억원(국비 3.6, 도비 3.5)``, a decimal total its parts miss by 0.1, was nulled."""
    return parts_sum == total or (total > 0 and abs(parts_sum - total) * 10 <= total)
