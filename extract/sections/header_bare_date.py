"""A header-area line that is a date alone in one bracket pair: the card's reporting point.

A card may print its date on a line of its own under the title, in brackets and with no reporting word
(``가람광역시장 공약사업 관리카드`` over ``(2025. 6. 30.)``): the line the title's own bracketed date
(:func:`headings.split_kind_date`, ``관리카드 (2025. 6. 30.)``) wrapped onto the next line. Read without a
reporting word (현재, 기준), the date was no reporting point, and the card's as-of date fell to a block's
coarser one (mutant 3325: ``2025-06`` from ``이번 분기 추진실적 (2025년6월 기준)``, the card's ``2025-06-30``
lost, in PDF, HWPX and HWP). Only a whole line that is one bracket pair holding a date and nothing else, finer
than a year (a bare year may be a plan's), is so read; and only on a card whose header area prints no
reporting date with its word (``보고기준 2026/03/31 현재``): a bare date beside one is a writing or submission
date, never overriding the labelled one (the header reads the bare dates only where no labelled one stands:
:mod:`pledgecard.extract.sections.header`).
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.markers import CLOSE_BRACKETS, OPEN_BRACKETS
from pledgecard.normalize.dates import parse_date

_ONE_PAIR = re.compile(
    rf"^[{re.escape(OPEN_BRACKETS)}（]\s*([^{re.escape(OPEN_BRACKETS + CLOSE_BRACKETS)}（）]+?)\s*"
    rf"[{re.escape(CLOSE_BRACKETS)}）]$"
)


def bare_date_line(text: str) -> dict[str, Any] | None:
    """The date of a line that is one bracket pair around a date alone (finer than a year), else None."""
    m = _ONE_PAIR.match(text.strip())
    if m is None:
        return None
    d = parse_date(m.group(1))
    if (
        not d.get("label")
        or d.get("precision") in (None, "year")
        or (d.get("raw") or "").strip() != m.group(1)
    ):
        return None
    return d
