"""The shape a line prints its heading in (:mod:`heading_shapes`): the frame around a short title (a glyph,
numbering, brackets) and its number; a title of Hangul words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pledgecard.extract.heading_numbers import heading_number, titleish
from pledgecard.extract.markers import (
    CLOSE_BRACKETS,
    JAMO_MARKERS,
    LEVEL1_MARKERS,
    LEVEL2_MARKERS,
    LEVEL3_MARKERS,
    NOTE_MARKERS,
    OPEN_BRACKETS,
    SECTION_MARKERS,
    TYPED_MARKERS,
)
from pledgecard.normalize.money import without_unit

BULLETS = (
    LEVEL1_MARKERS + LEVEL2_MARKERS + LEVEL3_MARKERS + NOTE_MARKERS + TYPED_MARKERS
)  # (> 사업내용: an item)
GLYPHS = re.compile(r"^([^\w\s" + re.escape(OPEN_BRACKETS) + r"]*)\s*")


@dataclass(frozen=True, slots=True)
class Shape:
    frame: str  # the marks around the title: glyph, numbering style, brackets
    number: int | None
    title: str


def shape_of(text: str, heading_bullets: frozenset[str] = frozenset()) -> Shape | None:
    """``'◎ 1. 사업개요'`` -> ``Shape('◎d.', 1, '사업개요')``; ``'【 사업개요 】'`` -> ``Shape('【】', None,
    '사업개요')``. ``None`` for an unmarked line or a bullet (but a glyph of ``heading_bullets``,
    a bullet glyph the card prints before its headings only: :func:`_heading_bullets`)."""
    s = text.strip()
    m = GLYPHS.match(s)
    glyph, rest = (m.group(1), s[m.end() :]) if m else ("", s)
    if not glyph and s[:1] in SECTION_MARKERS and s[:1] in JAMO_MARKERS and s[1:2].isspace():
        glyph, rest = (
            s[0],
            s[1:].strip(),
        )  # a Hangul letter typed for a section's box (ㅁ for □) before a space
    if glyph in heading_bullets and rest and heading_number(rest) is None:
        return Shape(glyph, None, rest)  # (numbered after it: the glyph and the numbering frame it, ◇ Ⅰ.)
    if glyph and any(c in BULLETS for c in glyph) and not heading_number(rest):
        return None  # a bullet (◦ -, ·) before a title is an item, not a heading
    hn = heading_number(rest)
    if hn is not None:
        return Shape(glyph + hn[0], hn[1], hn[2].strip())
    if len(rest) >= 2 and rest[0] in OPEN_BRACKETS and rest[-1] in CLOSE_BRACKETS and rest[0] not in "(（":
        return Shape(glyph + rest[0] + rest[-1], None, rest[1:-1].strip())
    if glyph and all(
        c in SECTION_MARKERS
        or not c.isprintable()
        or ord(c) >= 0xE000
        and ord(c) < 0xF900
        or 0x25A0 <= ord(c) <= 0x25A9  # a square, hollow, filled or hatched (▤ ▥ ▦ ▧ ▨ ▩)
        or 0x2580 <= ord(c) <= 0x259F  # a block element set as a heading's bar (▌ ▐ █ ▍)
        or c in "▶◆◈▣◉"
        for c in glyph
    ):
        return Shape(glyph, None, rest)
    return None


def shaped_title(text: str) -> str | None:
    """The title of a line shaped like a section heading (marks around a short title), or ``None``."""
    s = shape_of(text)
    return s.title if s is not None and hangul_title(s.title) else None


def hangul_title(title: str) -> bool:
    """A numbered heading's title (:func:`~pledgecard.extract.heading_numbers.titleish`: short, no
    digit, no colon) with no range mark and Hangul in it; a unit statement after it (``돈이 드는 곳
    (단위: 백만원)``, the unit of the section's table) is no part of it."""
    title = without_unit(title)
    return titleish(title) and "~" not in title and re.search(r"[가-힣]", title) is not None
