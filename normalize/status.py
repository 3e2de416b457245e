"""The pledge status as printed (추진중(정상), 정상추진, 완료 ...) -> a status code."""

from __future__ import annotations

import re

from pledgecard.normalize.text import label_key

__all__ = ["STATUS_CODES", "status_code"]

STATUS_CODES: tuple[str, ...] = (
    "done", "ongoing_normal", "ongoing_delayed", "partial", "continuing", "not_started", "dropped", "other",
)

# Checked in order on the label key (no spaces, no brackets); the first rule that matches wins.
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("not_started", re.compile(r"미착수|미추진|미이행|착수전")),
    ("dropped", re.compile(r"폐기|보류|폐지|철회|취소|중단")),
    ("ongoing_delayed", re.compile(r"부진|지연|미흡")),
    ("partial", re.compile(r"일부")),
    ("continuing", re.compile(r"계속")),
    ("done", re.compile(r"^(?:이행|추진|사업|정상)?완료(?:됨)?$")),
    ("ongoing_normal", re.compile(r"정상|추진중|이행중|진행중|시행중|^추진$|^이행$|^진행$")),
)


def status_code(raw: str | None) -> str | None:
    """The status code (CARD_SCHEMA.md header.status_code); ``None`` for ``None`` or empty text."""
    if raw is None:
        return None
    key = re.sub(r"[()\[\]（）<>〈〉·,]", "", label_key(raw))
    if not key:
        return None
    for code, rule in _RULES:
        if rule.search(key):
            return code
    return "other"
