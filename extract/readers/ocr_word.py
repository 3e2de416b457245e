"""The word as Tesseract read it, declared once for the OCR reader and its helpers (:mod:`.ocr`, :mod:`.ocr_arrows`,
:mod:`.ocr_lettered`, :mod:`.ocr_lost_glyphs`, :mod:`.ocr_numerals`, :mod:`.ocr_checkboxes`, :mod:`.ocr_roman`): each mends a line's words in place."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Word:
    """A word as Tesseract read it: its symbols (text, confidence, box) and a blank before it."""

    spaced: bool
    symbols: list[tuple[str, float, tuple[float, float, float, float]]] = field(default_factory=list)


HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3


def word_text(word: Word) -> str:
    """The word's text, its symbols joined."""
    return "".join(t for t, _, _ in word.symbols)


def hangul_word(word: Word) -> bool:
    """Whether the word opens with a Hangul syllable."""
    first = word_text(word)[:1]
    return bool(first) and HANGUL_FIRST <= ord(first) <= HANGUL_LAST
