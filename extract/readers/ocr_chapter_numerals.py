"""A heading's chapter numeral Ⅰ read as a stroke before its section's number (``Ⅰ-1. 사업 개요`` OCR'd
``| -1. 사업 개요`` or ``|-1. 사업 개요``).

Class of card fixed (session 35): jinsol-county numbers its sections ``Ⅰ-1.`` .. ``Ⅰ-6.``; scanned, every heading read
``| -N.``: no numbering the heading parser knows, so no section was found and the whole card went unplaced (jinsol
34044 scan 0.052). A stroke look-alike (:data:`.ocr_numerals.STROKES`) standing alone or glued before ``-N.`` /
``-N)`` and a Hangul title is a chapter numeral: restored as Ⅰ, a proposal (:mod:`.ocr_numerals`) kept where the
document's lines so restored number two sections or more, each another number (:func:`chapter_sequence`: a
hierarchical numbering under one chapter), else put back as read.
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.readers.ocr_word import Word, hangul_word, word_text

_SECTION = re.compile(r"-\d{1,2}[.)]")  # ``-1.`` after the chapter's numeral


def restore_chapter(rest: list[Word], strokes: frozenset[str], numeral: str) -> str | None:
    """``rest`` (a line's words from its numbering on) opening ``| -1.`` or ``|-1.`` before a Hangul title: the
    stroke made ``numeral`` in place (the two words joined) and returned as read; else None."""
    if len(rest) < 2 or not rest[0].symbols:
        return None
    first = word_text(rest[0])
    if len(first) >= 4 and first[0] in strokes and _SECTION.fullmatch(first[1:]) and hangul_word(rest[1]):
        rest[0].symbols[0] = (numeral, *rest[0].symbols[0][1:])
        return first[0]
    if (
        len(first) == 1
        and first in strokes
        and len(rest) >= 3
        and _SECTION.fullmatch(word_text(rest[1]))
        and hangul_word(rest[2])
    ):
        conf, box = rest[0].symbols[0][1:]
        rest[0].symbols = [(numeral, conf, box), *rest[1].symbols]
        del rest[1]
        return first
    return None


def chapter_sequence(lines: list[str], numeral: str) -> bool:
    """Whether ``lines`` (texts without spaces) open two sections or more under the chapter ``numeral``
    (``Ⅰ-1.사업개요``, ``Ⅰ-2.재원별투자계획``), each another number."""
    pattern = re.compile(rf"^\W?{re.escape(numeral)}-(\d{{1,2}})[.)][가-힣]")
    numbers = {m.group(1) for line in lines if (m := pattern.match(line))}
    return len(numbers) >= 2


def chapter_lines(pages: list[list[dict[str, Any]]], lines_of: Any) -> list[str]:
    """Every line of the document's OCR pages (``lines_of`` cuts a page's characters into line texts)."""
    return [
        line
        for chars in pages
        if chars and all(k in chars[0] for k in ("top", "bottom", "x0"))
        for line in lines_of(chars)
    ]
