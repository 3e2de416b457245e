"""Amounts whose digit grouping is unlike their siblings': a thousands separator read as a digit.

Class of card fixed: a budget's parts printed with thousands separators (``국비 14,250, 도비 7,929, ...``) read
by OCR with one separator taken for a digit (``도비 77929``): the part is a number nobody printed. Where the parts
do not add up to the total (:mod:`.money_budget`), a part of four digits or more printed with no separator while
its siblings of four digits or more print theirs is not sure: it is read null, its printed text kept.

Likewise a table cell grouped by a point where the table's other cells group their thousands by commas
(:func:`point_for_comma`: OCR's ``3.800`` for 3,800 in a 백만원 table, read as 3.8 백만원): a comma read as a point.
"""

from __future__ import annotations

import re

from pledgecard.normalize.digit_groups import thousands_grouped

_GROUPED = thousands_grouped(",.", 1)  # OCR may read a separator as a full stop
_UNGROUPED = re.compile(r"(?<![\d,.])\d{4,}(?![\d,.])")


def _grouped(text: str) -> bool:
    return _GROUPED.search(text) is not None


def misgrouped(texts: list[str]) -> set[int]:
    """The indexes of ``texts`` (amounts as printed) whose number runs four digits or more ungrouped while some
    other text groups its digits (``["14,250", "77929", "18,310"]`` -> ``{1}``); none where no text groups."""
    if not any(_grouped(t) for t in texts):
        return set()
    return {k for k, t in enumerate(texts) if not _grouped(t) and _UNGROUPED.search(t)}


_POINT_THREE = re.compile(r"^[^\d]?\d{1,3}\.\d{3}$")  # one point before three digits: 3.800
_COMMA_GROUPED = re.compile(r"\d,\d{3}(?![\d.])")
_OTHER_FRACTION = re.compile(r"\.(?:\d{1,2}|\d{4,})$")  # a fraction of another length: a true decimal


def point_for_comma(cells: list[str]) -> set[int]:
    """The indexes of a table's ``cells`` (figures as printed, spaces removed) that group by a point (``3.800``)
    where another cell groups its thousands by commas (``10,654``) and no cell prints a fraction of another
    length (``19.90``, ``3.5``: the table prints decimals): the point is a comma misread (a scan's OCR), not
    sure which; none elsewhere."""
    if not any(_COMMA_GROUPED.search(c) for c in cells) or any(_OTHER_FRACTION.search(c) for c in cells):
        return set()
    return {k for k, c in enumerate(cells) if _POINT_THREE.match(c)}
