"""Section headings told from the body by their type alone.

Some cards print their section headings bare (no glyph, number, bracket or box) and set them apart only
by type: larger and bold, often shaded, on a line of their own (``추진 배경 및 개요`` in 13 pt bold over
10 pt body text). Where the document model carries the type (``Source.font``: HWPX ``charPr``, HWP char
shapes, a PDF line's characters' font and size; a text dump carries none), a short bare line whose type
is larger than the body's, or bold where the body is not, and whose words name a section in the
vocabulary is a heading, whatever a bare word would otherwise be taken for there (a header label that
also names a section, a word naming a section read above). A line in a table's cell is never one (a
table's head cells are set bold).
"""

from __future__ import annotations

from collections import Counter

from pledgecard.extract.bare_headings import bare_title
from pledgecard.extract.document import Font
from pledgecard.extract.heading_shapes import hangul_title
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import Line

SIZE_STEP = 1.0  # points: a heading's type at least this much larger than the body's (or bold over plain)


def body_font(lines: list[tuple[int, Line]]) -> Font | None:
    """The type most of the card's text is set in (by characters), or None where no line carries one."""
    counts: Counter[Font] = Counter()
    for _, ln in lines:
        if ln.source.font is not None:
            counts[ln.source.font] += len(ln.text)
    return counts.most_common(1)[0][0] if counts else None


def set_apart(font: Font | None, body: Font | None) -> bool:
    """Whether type ``font`` stands out from the body's: larger by a step, or as large and bold where
    the body is not."""
    if font is None or body is None:
        return False
    return font.size >= body.size + SIZE_STEP or (font.bold and not body.bold and font.size >= body.size)


def type_headings(lines: list[tuple[int, Line]]) -> set[int]:
    """The places of the bare lines (no marker, no table cell) of ``lines`` that are section headings
    by their type: a short title naming a section, set apart from the body."""
    body = body_font(lines)
    if body is None:
        return set()
    return {
        k
        for k, ln in lines
        if ln.marker is None
        and not ln.heading
        and ln.source.cell is None
        and set_apart(ln.source.font, body)
        and hangul_title(bare_title(ln.text))
        and section_of(bare_title(ln.text)) is not None
    }
