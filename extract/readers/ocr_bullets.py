"""Bullet glyphs OCR read as a Hangul syllable at a line's start, settled over the document.

Class of card fixed: a scanned card whose items open with a bullet glyph Tesseract's Korean model has no symbol
for (``❍`` drawn as a ring with a shadow) reads some of them as a symbol (``○``, ``<``) and others as a syllable
of about its shape (``닐``, ``일``, ``없``): the item ``닐 창업보육센터 실시설계 및 착공`` then carries a word nobody
printed. A line opening with one Hangul syllable standing alone (a blank after it) is an item's bullet when the
document's bullet lines (one symbol, a blank, then text) open at the same place and their text starts where its
text starts (both within half a line's height): the syllable is put back as the glyph those lines carry most.
A word of one syllable opening a line at another place (a wrapped line, a heading) is left as read.

Class of card fixed too (session 33): the ring bullet ``○`` read as two marks (``<:``, ``(2``, ``…>``): the item
``(2 수요응답형 교통 전문가 자문회의 개최(총 3회)`` was no item and went unplaced (its count lost, the items after it
paired one off, two counts scored wrong: gyeoul-county 70002 scan), ``<: 정류장 운영`` carried marks nobody printed.
A line's first word of two characters, neither a letter but a jamo, not both digits and not closed as a numbering
is (``1)``, ``2.``), standing where the document's bullet lines open as a syllable must (above), is that bullet; a
bullet printed as a jamo (``ㅡ``) counts among those lines, so ``-ㅡ 총 3회 운영`` (a dash glued to it) is no
longer the item above's wrapped text.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pledgecard.extract.readers.ocr_lost_glyphs import JAMO_FIRST, JAMO_LAST
from pledgecard.extract.readers.pdf_lines import LOST
from pledgecard.normalize.text import is_syllable

PLACE_SHARE = 0.5  # of a line's height: two lines' openings and their texts' starts this close stand alike
NUMBERING_ENDS = frozenset(".),")  # how a numbering or a list's entry ends (``1)``, ``2.``): no bullet read

Char = dict[str, Any]


def _lines(chars: list[Char]) -> list[list[Char]]:
    """``chars`` (in reading order) cut into the lines they print: a new line where neither of a character and the
    previous one has its middle in the other's box (a dash's thin box holds no syllable's middle: session 33) or
    it starts left of it."""
    out: list[list[Char]] = []
    prev: Char | None = None
    for c in chars:
        if prev is None or not (_within(c, prev) or _within(prev, c)) or c["x0"] < prev["x0"]:
            out.append([])
        out[-1].append(c)
        prev = c
    return out


def _within(c: Char, box: Char) -> bool:
    """Whether ``c``'s middle lies within ``box``'s height."""
    return bool(box["top"] <= (c["top"] + c["bottom"]) / 2 <= box["bottom"])


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


def _opening_pair(line: list[Char]) -> tuple[Char, Char, float] | None:
    """A line's first word when it is two marks (:func:`_marks`) before a blank and text opening with a
    syllable: its two characters and where the text starts; else None."""
    printed = [k for k, c in enumerate(line) if not c["text"].isspace()]
    if len(printed) < 3 or printed[1] != printed[0] + 1 or printed[2] == printed[1] + 1:
        return None
    first, second, text = (line[k] for k in printed[:3])
    if not _marks(first["text"] + second["text"]) or not is_syllable(text["text"][:1]):
        return None
    return first, second, float(text["x0"])


def _marks(text: str) -> bool:
    """Two characters a bullet glyph is misread as: no letter but a jamo (no syllable, no Latin), not both
    digits, no lost glyph, and not ending as a numbering or a list does (``1)``, ``2.``)."""
    return (
        len(text) == 2
        and not any((ch.isalpha() and not _jamo(ch)) or ch.isspace() or ch == LOST for ch in text)
        and not text.isdigit()
        and text[-1] not in NUMBERING_ENDS
    )


def _jamo(text: str) -> bool:
    """One Hangul compatibility jamo (``ㅡ``): no printed word is one, a bullet printed as one is."""
    return len(text) == 1 and JAMO_FIRST <= ord(text) <= JAMO_LAST


def _alike(bullets: list[tuple[float, float, str]], c: Char, text_x: float) -> str | None:
    """The glyph the document's bullet lines opening where ``c`` opens, their text where ``text_x`` is, carry
    most; None where none do."""
    tol = PLACE_SHARE * max(float(c["bottom"]) - float(c["top"]), 1.0)
    alike = [g for x, tx, g in bullets if abs(x - float(c["x0"])) <= tol and abs(tx - text_x) <= tol]
    return Counter(alike).most_common(1)[0][0] if alike else None


def settle_bullets(pages: list[list[Char]]) -> None:
    """The syllables opening lines of a document's OCR pages (``pages``: each its characters) where its bullet
    lines open (:data:`PLACE_SHARE`) put back as the bullet glyph those lines carry most (in place)."""
    bullets: list[tuple[float, float, str]] = []
    syllables: list[tuple[Char, float]] = []
    pairs: list[tuple[Char, Char, float]] = []
    for chars in pages:
        for line in _lines(chars):
            found = _opening(line)
            if found is None:
                if (pair := _opening_pair(line)) is not None:
                    pairs.append(pair)
                continue
            c, text_x = found
            if _symbol(c["text"]) or _jamo(c["text"]):
                bullets.append((float(c["x0"]), text_x, c["text"]))
            elif is_syllable(c["text"]) and is_syllable(
                next(
                    (
                        x["text"][:1]
                        for x in line
                        if x is not c and not x["text"].isspace() and x["x0"] >= text_x
                    ),
                    "",
                )
            ):
                syllables.append(found)
    for c, text_x in syllables:
        if (glyph := _alike(bullets, c, text_x)) is not None:
            c["text"] = glyph
    dropped: set[int] = set()
    for c, second, text_x in pairs:  # two marks read for one bullet glyph: the glyph, over both marks' place
        if (glyph := _alike(bullets, c, text_x)) is not None:
            c["text"], c["x1"] = glyph, second["x1"]
            dropped.add(id(second))
    if dropped:
        for chars in pages:
            chars[:] = [c for c in chars if id(c) not in dropped]
