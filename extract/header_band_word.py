"""A header's first line opening with the label of a cell that spans the header's rows (a rotated ``기본현황``
down the table's left side), printed by a text dump before the first row's own label: ``기본현황 관리번호 1-9-9
작성기준일 …``. The class of card fixed: mutant 4411 (text dump), a title without a kind word over that line and
the 공약명 line under it: the card started at 공약명, the line above it no header line, the title and the
관리번호 left out of the card (header 0.8)."""

from __future__ import annotations

import re

from pledgecard.extract.labels import find_labels
from pledgecard.extract.layout import Item, Line

BAND_WORD = re.compile("[\uac00-\ud7a3]{2,6}")  # a band's label: two to six Hangul syllables, nothing else


def band_word(text: str) -> bool:
    """Whether ``text`` is one word of Hangul letters alone that is no header label."""
    word = text.strip()
    return BAND_WORD.fullmatch(word) is not None and not find_labels(word)


def opens_after_band_word(it: Item) -> bool:
    """Whether line ``it`` opens with a band's label and then a header label (a label | value row of the header:
    two labels at least on the line)."""
    if not isinstance(it, Line) or it.marker is not None:
        return False
    text = it.full_text
    labels = find_labels(text)
    return len(labels) >= 2 and labels[0][1] > 0 and band_word(text[: labels[0][1]])
