"""Bullet glyphs OCR read as a Hangul syllable at a line's start, settled over the document.

Class of card fixed: a scanned card whose items open with a bullet glyph Tesseract's Korean model has no symbol
for (``❍`` drawn as a ring with a shadow) reads some of them as a symbol (``○``, ``<``) and others as a syllable
of about its shape (``닐``, ``일``, ``없``): the item ``닐 창업보육센터 실시설계 및 착공`` then carries a word nobody
printed. A line opening with one Hangul syllable standing alone (a blank after it) is an item's bullet when the
document's bullet lines (one symbol, a blank, then text) open at the same place and their text starts where its
text starts (both within half a line's height): the syllable is put back as the glyph those lines carry most.
A word of one syllable opening a line at another place (a wrapped line, a heading) is left as read.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pledgecard.extract.readers.pdf_lines import LOST
from pledgecard.normalize.text import is_syllable

PLACE_SHARE = 0.5  # of a line's height: two lines' openings and their texts' starts this close stand alike

Char = dict[str, Any]


def _lines(chars: list[Char]) -> list[list[Char]]:
    """``chars`` (in reading order) cut into the lines they print: a new line where a character's middle is off
    the previous one's box or it starts left of it."""
    out: list[list[Char]] = []
    prev: Char | None = None
    for c in chars:
        middle = (c["top"] + c["bottom"]) / 2
        if prev is None or not prev["top"] <= middle <= prev["bottom"] or c["x0"] < prev["x0"]:
            out.append([])
        out[-1].append(c)
        prev = c
    return out


def _opening(line: list[Char]) -> tuple[Char, float] | None:
    """A line's first character when it stands alone before a blank and more text: it, and where the text
    after the blank starts; else None."""
    printed = [k for k, c in enumerate(line) if not c["text"].isspace()]
    if len(printed) < 2:
        return None
    first, second = printed[0], printed[1]
    if second == first + 1 or len(line[first]["text"]) != 1:  # no blank after it
        return None
    return line[first], float(line[second]["x0"])


def _symbol(text: str) -> bool:
    """A bullet glyph as read: one symbol, not the lost-glyph mark (a heading's glyph OCR could not read,
    :mod:`.ocr_lost_glyphs`, is no bullet a syllable stands for)."""
    return len(text) == 1 and not text.isalnum() and not text.isspace() and text != LOST


def settle_bullets(pages: list[list[Char]]) -> None:
    """The syllables opening lines of a document's OCR pages (``pages``: each its characters) where its bullet
    lines open (:data:`PLACE_SHARE`) put back as the bullet glyph those lines carry most (in place)."""
    bullets: list[tuple[float, float, str]] = []
    syllables: list[tuple[Char, float]] = []
    for chars in pages:
        for line in _lines(chars):
            found = _opening(line)
            if found is None:
                continue
            c, text_x = found
            if _symbol(c["text"]):
                bullets.append((float(c["x0"]), text_x, c["text"]))
            elif is_syllable(c["text"]) and is_syllable(next(
                    (x["text"][:1] for x in line if x is not c and not x["text"].isspace() and x["x0"] >= text_x),
                    "")):
                syllables.append(found)
    for c, text_x in syllables:
        tol = PLACE_SHARE * max(float(c["bottom"]) - float(c["top"]), 1.0)
        alike = [g for x, tx, g in bullets if abs(x - float(c["x0"])) <= tol and abs(tx - text_x) <= tol]
        if alike:
            c["text"] = Counter(alike).most_common(1)[0][0]
