"""A stamp pressed on a copy of a card (``원본대조필``: the copy checked against the original), its text printed
alone on a line wherever the stamp fell among the card's lines: a fax or a scan of the copy read by OCR prints it
amid an item's lines, and the reader joined it to the item above as its wrapped rest (yeoreum2-province-fax-2-6:
``온실 6ha, … 설비 구축 원본대조필``). A line printing nothing but a stamp word of the vocabulary (``[stamps]``; its
letters spaced or not, in brackets or not) is no part of the card: it is dropped as the page furniture is."""

from __future__ import annotations

from pledgecard.extract.readers.text_lines import TLine
from pledgecard.extract.vocabulary import Vocabulary, current, key

_FRAME = " \t[]【】()（）<>〈〉《》「」『』"


def _stamps(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for w in v.words("stamps"))


def stamp_lines(lines: list[TLine]) -> set[int]:
    """The indexes of the lines printing a stamp word alone (see the module)."""
    words = current().build(_stamps)
    return {k for k, ln in enumerate(lines) if not ln.blank and key(ln.text.strip(_FRAME)) in words}
