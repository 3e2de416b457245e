"""A heading's Roman numeral Ⅰ as Tesseract's Korean model reads it on a scan: one vertical stroke (``|``, ``l``,
``I``, ``!``, ``\\``, ``]``, ``[``), its stop or bracket glued to it or a word of its own (``|. 사업개요``,
``| . 사업 개요``, ``| ) 사업개요``). No digit is one of them (``1.`` is an Arabic numbering and stays); the numeral
is restored only before a Hangul title, at the line's start or after its bullet glyph. But ``l`` and ``I`` (and a
bar) are also what Tesseract reads for an Arabic ``1`` (``l. 사업개요``): a line alone cannot tell the two numberings
apart. So a restored numeral is only proposed (:func:`restore_numeral` tags it); :func:`settle_numerals` keeps it
where the document's OCR pages show Roman numbering elsewhere (a heading numbered Ⅱ, Ⅲ ...) and otherwise puts the
stroke back as read. Numerals of more strokes (Ⅱ Ⅲ) are read as digits (``11.``, ``1.``) or letters in no order a
line could prove: they are left as read (their titles name their sections), so on a scan that reads every one of
them so, no Ⅰ is restored either."""

from __future__ import annotations

from typing import Any, Protocol


class Word(Protocol):
    """A word as Tesseract read it (:class:`.ocr.Word`): its symbols, each its text, confidence and box."""

    symbols: list[tuple[str, float, Any]]

STROKES = frozenset("|lI!\\][")  # glyphs Tesseract reads for the one stroke of Ⅰ (l, I: for an Arabic 1 too)
CLOSES = frozenset(".)")  # the numbering's punctuation
NUMERAL_ONE = "Ⅰ"
ROMAN_MORE = frozenset("ⅡⅢⅣⅤⅥⅦⅧⅨⅩ")  # numerals of a Roman numbering past its first
STROKE_KEY = "stroke"  # a character dict's key: the stroke a proposed Ⅰ was read as
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


def restore_numeral(words: list[Word], lookalikes: str = "") -> str | None:
    """``| . 사업 개요`` -> ``Ⅰ. 사업 개요`` (in place): the line's first word (or the one after its bullet glyph,
    or a glyph in ``lookalikes`` Tesseract reads for one) one stroke look-alike, its stop or bracket glued or the next
    word, then a Hangul title. Returns the stroke as read where it restored one (a proposal: see
    :func:`settle_numerals`), else None."""
    start = 1 if words and _bullet(words[0], lookalikes) else 0
    rest = words[start:]
    if len(rest) < 2 or not rest[0].symbols:
        return None
    first = _text(rest[0])
    if len(first) == 2 and first[0] in STROKES and first[1] in CLOSES and _hangul(rest[1]):
        rest[0].symbols[0] = (NUMERAL_ONE, *rest[0].symbols[0][1:])
        return first[0]
    if (len(first) == 1 and first in STROKES and len(rest) >= 3 and _text(rest[1]) in CLOSES
            and _hangul(rest[2])):
        conf, box = rest[0].symbols[0][1:]
        rest[0].symbols = [(NUMERAL_ONE, conf, box), *rest[1].symbols]  # the stop joined to its numeral
        del words[start + 1]
        return first
    return None


def roman_numbering(chars: list[dict[str, Any]]) -> bool:
    """Whether ``chars`` (a page's, as OCR read them) print a heading numbered past Ⅰ: a numeral of
    :data:`ROMAN_MORE` followed by its stop or bracket (spaces between)."""
    texts = [c["text"] for c in chars if not c["text"].isspace()]
    return any(a in ROMAN_MORE and b in CLOSES for a, b in zip(texts, texts[1:], strict=False))


def settle_numerals(pages: list[list[dict[str, Any]]]) -> None:
    """The proposed Ⅰs of a document's OCR pages (``pages``: each its characters) kept where a page shows a
    Roman numbering past Ⅰ (:func:`roman_numbering`), put back to the stroke as read otherwise; the tag dropped."""
    keep = any(roman_numbering(chars) for chars in pages)
    for chars in pages:
        for c in chars:
            stroke = c.pop(STROKE_KEY, None)
            if stroke is not None and not keep:
                c["text"] = stroke
