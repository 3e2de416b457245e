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


_SPACE_GROUPED = re.compile(r"\d \d{3}(?![\d,.])")  # OCR's comma read as a space: 22 453
# a figure, its unit word after it (2.832백만원)
_UNIT_AFTER = re.compile(r"^(?P<figure>[^\d\s]?\d[\d,. ]*?)\s*[가-힣A-Za-z]+$")


def _figure(cell: str) -> str:
    """A cell's figure without the unit word printed after it (``2.832백만원`` -> ``2.832``)."""
    m = _UNIT_AFTER.match(cell.strip())
    return m.group("figure").strip() if m else cell


def point_for_comma(cells: list[str]) -> set[int]:
    """The indexes of a table's ``cells`` (figures as printed, spaces removed) that group by a point (``3.800``)
    where another cell groups its thousands by commas (``10,654``) and no cell prints a fraction of another
    length (``19.90``, ``3.5``: the table prints decimals): the point is a comma misread (a scan's OCR), not
    sure which; none elsewhere. Session 38 (chorong-city 24009 scanned: ``2,832백만원`` OCR'd ``2.832백만원``
    beside ``22 453백만원``, read 1000x small, silent): a cell's unit word after its figure is no part of it, and a
    sibling grouped by a space (OCR's comma read as one) groups its thousands as a comma does."""
    figures = [_figure(c) for c in cells]
    if not any(_COMMA_GROUPED.search(c) or _SPACE_GROUPED.search(c) for c in figures) or any(
        _OTHER_FRACTION.search(c) for c in figures
    ):
        return set()
    return {k for k, c in enumerate(figures) if _POINT_THREE.match(c)}
