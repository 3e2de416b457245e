"""Amounts whose digit grouping is unlike their siblings': a thousands separator read as a digit.

Class of card fixed: a budget's parts printed with thousands separators (``국비 14,250, 도비 7,929, ...``) read
by OCR with one separator taken for a digit (``도비 77929``): the part is a number nobody printed. Where the parts
do not add up to the total (:mod:`.money_budget`), a part of four digits or more printed with no separator while
its siblings of four digits or more print theirs is not sure: it is read null, its printed text kept.
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
