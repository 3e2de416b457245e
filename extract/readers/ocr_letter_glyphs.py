"""A heading's glyph read as a letter: one Hangul syllable, digit or Latin letter standing alone before the
section's numbering and a title naming a section (``■ 4. 추진실적`` OCR'd ``퇴 4. 추진실적``, ``리 5. 향후 추진일정``).

Class of card fixed (session 35): hayan-district numbers its sections under a filled square (``■``) that Tesseract's
Korean model reads as whatever syllable has about its shape (``퇴``, ``리``) or as a digit (``1 7. 기대효과``), or drops.
A line opening with a syllable is no heading of the card's shape, so the achievements, the plans and the outreach
(heading ``4.`` to ``6.``) were read into the goals section above them and went unplaced (hayan-district 71038 scan,
seed 8: 0.353). A line's first word of one letter (Hangul, digit or Latin), then a whole numbering (a number or a
stroke read for a numeral, and its stop: ``4.``, ``4.추진실적``) and a title naming one of the card's sections (the
vocabulary's section labels, :func:`.labels.section_of`) is a heading whose glyph OCR misread: :mod:`.ocr_lost_glyphs`
makes the letter a lost glyph. No printed line opens a section's title with a lone letter before its number; text
naming no section (``가 1. 현황``) stays as read.
"""

from __future__ import annotations

import re

from pledgecard.extract.labels import section_of
from pledgecard.extract.readers.ocr_word import Word

HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3
_NUMBERING = re.compile(r"^(?:\d{1,2}|[|lI!ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4})[.)](?P<glued>.*)$")  # ``4.``, ``4.추진``, ``|.``


def _text(word: Word) -> str:
    return "".join(t for t, _, _ in word.symbols)


def _letter(text: str) -> bool:
    """One Hangul syllable, digit or Latin letter."""
    return len(text) == 1 and (text.isascii() and text.isalnum() or HANGUL_FIRST <= ord(text) <= HANGUL_LAST)


def glyph_read_as_letter(words: list[Word]) -> bool:
    """Whether ``words`` (a line's, as read) open with one letter standing alone (a blank after it), a whole
    numbering next and then a title naming a section of the card: the letter is a heading's glyph misread."""
    if len(words) < 2 or not words[1].spaced or not _letter(_text(words[0])):
        return False
    m = _NUMBERING.match(_text(words[1]))
    if m is None:
        return False
    title = " ".join([m.group("glued"), *(_text(w) for w in words[2:])]).strip()
    return bool(title) and HANGUL_FIRST <= ord(title[0]) <= HANGUL_LAST and section_of(title) is not None
