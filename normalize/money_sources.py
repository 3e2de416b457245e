"""Funding sources: the source codes of CARD_SCHEMA.md and the code of a funding label."""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import current
from pledgecard.extract.vocabulary_memo import per_vocabulary
from pledgecard.normalize.text import label_key

#: The funding source codes of CARD_SCHEMA.md.
SOURCE_CODES: tuple[str, ...] = (
    "total",
    "national",
    "local",
    "provincial",
    "municipal",
    "district",
    "private",
    "other",
)


@per_vocabulary
def funding_source(label: str) -> str | None:
    """The source code of a funding label (``국 비`` -> ``national``); ``None`` when unknown. Remembered per
    vocabulary: every funding reader asks it of the same row labels."""
    if not label:
        return None
    key = label_key(label).replace("·", "").replace(",", "")
    key = re.sub(r"[(（\[].*$", "", key)  # 국비(기금) -> 국비
    return current().funding_sources.get(key)
