"""A heading's Roman numeral Ⅰ as Tesseract's Korean model reads it on a scan: one vertical stroke (``|``, ``l``,
``I``, ``!``, ``\\``, ``]``, ``[``), its stop or bracket glued to it or a word of its own (``|. 사업개요``,
``| . 사업 개요``, ``| ) 사업개요``). No digit is one of them (``1.`` is an Arabic numbering and stays); the numeral
is restored only before a Hangul title, at the line's start or after its bullet glyph. But ``l`` and ``I`` (and a
bar) are also what Tesseract reads for an Arabic ``1`` (``l. 사업개요``): a line alone cannot tell the two numberings
apart. So a restored numeral is only proposed (:func:`restore_numeral` tags it); :func:`settle_numerals` keeps it
where the document's OCR pages show Roman numbering elsewhere (a heading numbered Ⅱ, Ⅲ ...) and otherwise puts the
stroke back as read. Numerals of more strokes (Ⅱ Ⅲ) are read as digits (``11.``, ``1.``) or letters in no order a
line could prove: they are left as read (their titles name their sections). Their sequence proves them though
(session 29; a scanned hanbit card read ``|. 사업개요``, ``|. 재원투자 계획``, ``11. 추진 실적``, ``1. 도민소통 실적``,
``\\. 향후계획``: its first two headings no section): a document whose lines open a Hangul title with a number of
two or more strokes or ones (``11.``, ``111.``, ``l1)``) and none with an Arabic 2 to 9 (``2.``) numbers in Roman,
as an Arabic numbering passes 2 before it prints 11 (:func:`stroke_sequence`); there the proposed Ⅰs are kept."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.readers.ocr_chapter_numerals import chapter_lines, chapter_sequence, restore_chapter
from pledgecard.extract.readers.ocr_word import HANGUL_FIRST, HANGUL_LAST, Word, hangul_word, word_text

STROKES = frozenset("|lI!\\][")  # glyphs Tesseract reads for the one stroke of Ⅰ (l, I: for an Arabic 1 too)
CLOSES = frozenset(".)")  # the numbering's punctuation
NUMERAL_ONE = "Ⅰ"
ROMAN_MORE = frozenset("ⅡⅢⅣⅤⅥⅦⅧⅨⅩ")  # numerals of a Roman numbering past its first
STROKE_KEY = "stroke"  # a character dict's key: the stroke a proposed Ⅰ was read as


def _bullet(word: Word, lookalikes: str) -> bool:
    """A word of one glyph that is no letter, digit or stroke (▣ ◎ □ ...), or a bullet's look-alike."""
    text = word_text(word)
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
    first = word_text(rest[0])
    if (chapter := restore_chapter(rest, STROKES, NUMERAL_ONE)) is not None:  # ``| -1. 사업 개요``: Ⅰ-1.
        if len(rest) < len(words) - start:
            del words[start + 1]
        return chapter
    if len(first) == 2 and first[0] in STROKES and first[1] in CLOSES and hangul_word(rest[1]):
        rest[0].symbols[0] = (NUMERAL_ONE, *rest[0].symbols[0][1:])
        return first[0]
    if (
        len(first) == 1
        and first in STROKES
        and len(rest) >= 3
        and word_text(rest[1]) in CLOSES
        and hangul_word(rest[2])
    ):
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


def _lines(chars: list[dict[str, Any]]) -> list[str]:
    """``chars`` (in reading order) cut into the lines they print: a new line where a character's middle is off
    the previous one's box; each line's text without its spaces."""
    out: list[list[str]] = []
    prev: dict[str, Any] | None = None
    for c in chars:
        middle = (c["top"] + c["bottom"]) / 2
        if prev is None or not prev["top"] <= middle <= prev["bottom"] or c["x0"] < prev["x0"]:
            out.append([])
        out[-1].append(c["text"])
        prev = c
    return ["".join(t for t in line if not t.isspace()) for line in out]


def _opening_number(line: str) -> str | None:
    """The number opening ``line`` (after a bullet glyph: one character no letter or digit) before its stop or
    bracket and a Hangul title, or None."""
    if line[:1] and not line[0].isalnum() and line[0] not in STROKES:
        line = line[1:]
    k = 0
    while k < len(line) and line[k] not in CLOSES and (line[k].isdigit() or line[k] in STROKES):
        k += 1
    if k == 0 or k + 1 >= len(line) or line[k] not in CLOSES:
        return None
    first = line[k + 1]
    return line[:k] if HANGUL_FIRST <= ord(first) <= HANGUL_LAST else None


def stroke_sequence(pages: list[list[dict[str, Any]]]) -> bool:
    """Whether the document's lines (``pages``: each its characters) number their titles in Roman read as strokes:
    some line opens with a number of two or more strokes or ones (``11.``: Ⅱ or Ⅲ as Tesseract reads them) and none
    with an Arabic 2 to 9 (an Arabic numbering prints 2 before 11)."""
    numbers = [
        n
        for chars in pages
        if chars and all(k in chars[0] for k in ("top", "bottom", "x0"))
        for line in _lines(chars)
        if (n := _opening_number(line))
    ]
    strokes = STROKES | {"1"}
    many = any(len(n) >= 2 and set(n) <= strokes for n in numbers)
    return many and not any(n.isdigit() and 2 <= int(n) <= 9 for n in numbers)


def settle_numerals(pages: list[list[dict[str, Any]]]) -> None:
    """The proposed Ⅰs of a document's OCR pages (``pages``: each its characters) kept where a page shows a
    Roman numbering past Ⅰ (:func:`roman_numbering`) or the lines' numbers prove one (:func:`stroke_sequence`),
    put back to the stroke as read otherwise; the tag dropped."""
    keep = (
        any(roman_numbering(chars) for chars in pages)
        or stroke_sequence(pages)
        or chapter_sequence(chapter_lines(pages, _lines), NUMERAL_ONE)
    )
    for chars in pages:
        for c in chars:
            stroke = c.pop(STROKE_KEY, None)
            if stroke is not None and not keep:
                c["text"] = stroke
