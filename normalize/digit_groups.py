"""The shape of an amount whose thousands a separator groups (``14,250``, ``1,335,724``), one pattern for its
variants: which marks separate the groups (a comma; OCR reading a comma as a full stop too: ``14.250``) and how
many groups must follow the first (none: a short amount is one group; one: the amount is grouped)."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=8)
def thousands_grouped(separators: str = ",", groups: int = 0) -> re.Pattern[str]:
    """An amount of one to three digits followed by at least ``groups`` groups of three digits, each after one of
    ``separators``, and no digit right after it (``fullmatch`` a token, or ``search`` a text)."""
    return re.compile(rf"\d{{1,3}}(?:[{re.escape(separators)}]\d{{3}}){{{groups},}}(?!\d)")
