"""A heading's Roman numeral Ⅰ as Tesseract's Korean model reads it on a scan: one vertical stroke (``|``, ``l``,
``I``, ``!``, ``\\``, ``]``), its stop or bracket glued to it or a word of its own (``|. 사업개요``, ``| . 사업 개요``,
``| ) 사업개요``). Such a stroke never opens a Korean line otherwise, and no digit is one of them (``1.`` is an Arabic
numbering and stays); the numeral is restored only before a Hangul title, at the line's start or after its bullet
glyph. Numerals of more strokes (Ⅱ Ⅲ) are read as digits (``11.``, ``1.``) or letters in no order a line could prove:
they are left as read (their titles name their sections)."""

from __future__ import annotations

from typing import Any, Protocol


class Word(Protocol):
    """A word as Tesseract read it (:class:`.ocr.Word`): its symbols, each its text, confidence and box."""

    symbols: list[tuple[str, float, Any]]

STROKES = frozenset("|lI!\\][")  # glyphs Tesseract reads for the one stroke of Ⅰ
CLOSES = frozenset(".)")  # the numbering's punctuation
NUMERAL_ONE = "Ⅰ"
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3


def _text(word: Word) -> str:
    return "".join(t for t, _, _ in word.symbols)


def _hangul(word: Word) -> bool:
    first = _text(word)[:1]
    return bool(first) and HANGUL_FIRST <= ord(first) <= HANGUL_LAST


def _bullet(word: Word, lookalikes: str) -> bool:
    """A word of one glyph that is no letter, digit or stroke (▣ ◎ □ ...), or a bullet's look-alike."""
    text = _text(word)
    return len(text) == 1 and text not in STROKES and (not text.isalnum() or text in lookalikes)


def restore_numeral(words: list[Word], lookalikes: str = "") -> None:
    """``| . 사업 개요`` -> ``Ⅰ. 사업 개요`` (in place): the line's first word (or the one after its bullet glyph,
    or a glyph in ``lookalikes`` Tesseract reads for one) one stroke look-alike, its stop or bracket glued or the next
    word, then a Hangul title."""
    start = 1 if words and _bullet(words[0], lookalikes) else 0
    rest = words[start:]
    if len(rest) < 2 or not rest[0].symbols:
        return
    first = _text(rest[0])
    if len(first) == 2 and first[0] in STROKES and first[1] in CLOSES and _hangul(rest[1]):
        rest[0].symbols[0] = (NUMERAL_ONE, *rest[0].symbols[0][1:])
    elif (len(first) == 1 and first in STROKES and len(rest) >= 3 and _text(rest[1]) in CLOSES
          and _hangul(rest[2])):
        conf, box = rest[0].symbols[0][1:]
        rest[0].symbols = [(NUMERAL_ONE, conf, box), *rest[1].symbols]  # the stop joined to its numeral
        del words[start + 1]
