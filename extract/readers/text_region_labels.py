"""Which lines of a label-left body (:mod:`.text_regions`) are label lines: a **label line** has something left
of the content column: a short label (``가. 사업개요``, ``■ 재원 투자``, ``【 사업개요 】``, ``◎ 1. 사업개요``), alone
or followed by content - cells of a table row right of the column (measured without the label's wide
characters), or text the converter glued to the label one space apart (``가. 사업개요 · 주요내용``: split at the
bullet or numbering)."""

from __future__ import annotations

from dataclasses import dataclass

from pledgecard.extract.heading_numbers import heading_number, number_spaced, ordinal_number, titleish
from pledgecard.extract.labels import is_title, section_of
from pledgecard.extract.markers import ALL_MARKERS, FRAMED_LINE, SECTION_MARKERS, is_numbering, split_marker
from pledgecard.extract.readers.text_lines import Seg, TLine, display_offsets

LABEL_CHARS = 12  # a label (one line of it) is short
BULLETS = "".join(ch for ch in ALL_MARKERS if ch not in SECTION_MARKERS)
OPENERS = SECTION_MARKERS + "【[<《〈"


@dataclass(slots=True)
class LabelLine:
    label: Seg
    content: list[Seg]


def label_shaped(
    text: str, bullets: frozenset[str] = frozenset(), glyphs: frozenset[str] = frozenset()
) -> bool:
    """Short words, perhaps numbered or marked as a section (``가. 사업개요``, ``■ 재원 투자``,
    ``【 사업개요 】``, ``◎ 1. 사업개요``, a glyph no bullet level knows: ``◉ 사업개요``), no bullet
    item, no figure. ``glyphs``: bullet glyphs the document's labels open with (see :func:`_label_glyphs`)."""
    if is_title(text):
        return False
    marker, body = split_marker(text)
    if (
        marker is not None
        and marker in BULLETS
        and marker not in bullets
        and (section_of(body) is not None or (marker in glyphs and len(body.strip()) <= LABEL_CHARS))
        and not any(ch.isdigit() for ch in body)
    ):
        return True  # a bullet glyph over a section's name (``● 공약 개요``, ``● 도민 소통 실적(분기``)
        # that the content does not use as its bullet (``○ 사업기간`` at the column: ``○`` opens no label),
        # or over short words where the glyph opens other labels (``◆ 군민 소통``, wrapped on: ``실적``)
    if len(text.strip()) > LABEL_CHARS and not _numbered_short(text):
        return False
    if (
        marker is None
        and heading_number(text.strip()) is None
        and (glued := heading_number(number_spaced(text.strip())))
        and _bare_or_ordinal(glued[0])
        and section_of(glued[2]) is not None
    ):
        text = number_spaced(text.strip())  # a bare number glued to words naming a section (``2재정계획``)
    if (
        marker is None
        and (bare := heading_number(text.strip()))
        and _bare_or_ordinal(bare[0])
        and titleish(bare[2])
    ):
        # a heading numbered by a bare number (``2 재정투자계``) or as an ordinal (``제1장 사업``)
        marker, body = text[: len(text) - len(bare[2])].strip(), bare[2]
    if marker is None and text.strip()[:1] in BULLETS:
        return False
    if marker is not None and not is_numbering(marker) and marker not in OPENERS and marker in BULLETS:
        inner, rest = split_marker(body)
        if not is_numbering(inner):  # a bullet item, unless a numbering follows (``◎ 1. 사업개요``)
            return False
        body = rest
    elif marker is not None and not is_numbering(marker):
        inner, rest = split_marker(body)
        if inner is not None and is_numbering(inner):  # any glyph over a numbering (``◈ 1. 사업개요``)
            body = rest
    body = body if marker is not None else _bracket_unnumbered(text)
    return bool(body.strip()) and not any(ch.isdigit() for ch in body)


def _bracket_unnumbered(text: str) -> str:
    """A label opened by a bracket with a numbering inside it (``【 ① 사업개``, wrapped on: ``요 】``) without
    that numbering (``【 사업개``): the numbering's digit (a circled one is a digit too) is no figure of the
    label's words."""
    s = text.strip()
    if s[:1] not in OPENERS or s[:1] in SECTION_MARKERS:
        return text
    inner, rest = split_marker(s[1:])
    return f"{s[0]} {rest}" if inner is not None and is_numbering(inner) else text


def _numbered_short(text: str) -> bool:
    """A heading number (``Ⅱ)``, ``제2장``) before a title that is short by itself: the number
    does not count towards a label's length (``Ⅱ) 연차별 재원 투자계``, wrapped on: ``획``)."""
    number = heading_number(text.strip())
    return number is not None and len(number[2].strip()) <= LABEL_CHARS and titleish(number[2])


def _bare_or_ordinal(style: str) -> bool:
    """A heading number's style that no marker glyph shows: a bare number or an ordinal."""
    return style == "d" or style.startswith("o")


def opens(text: str) -> bool:
    """A label that starts a cell (numbered or marked), not the wrapped rest of the one above
    (a label numbered as an ordinal, ``제1장 사업``, opens one too)."""
    marker, _ = split_marker(text)
    if marker is not None or text.strip()[:1] in OPENERS:
        return True
    number = ordinal_number(text.strip())
    return number is not None and titleish(number[2])


def _split_glued(seg: Seg, col: int) -> tuple[Seg, Seg] | None:
    """A label and the content a converter glued to it one space apart, cut before the bullet, a
    framed caption opening the cell (``◎ 3. 추진실 《현재까지 목표달성》``) or the content column."""
    text = seg.text
    offs = display_offsets(text)
    for i, ch in enumerate(text[1:-1], start=1):
        # a bullet run into a label that opens its cell with no space between, standing at the content column
        # in display columns (``▶ Ⅲ. 세부사- 기반조성``: the label's wrapped piece, then the content's item)
        if (
            ch in BULLETS
            and not text[i - 1].isspace()
            and text[i + 1] == " "
            and abs(seg.x0 + offs[i] - col) <= 1
            and opens(text[:i])
            and label_shaped(text[:i])
        ):
            return (
                Seg(text[:i], seg.x0, seg.x0 + offs[i], seg.c0, seg.c0 + i, seg.line),
                Seg(text[i:], col, col + offs[-1] - offs[i], col, col + len(text) - i, seg.line),
            )
    for i, ch in enumerate(text):
        if ch == " " and i + 1 < len(text) and i <= col + 2:
            head, tail = text[:i], text[i + 1 :]
            marker = split_marker(tail)[0]
            # (or any text from the content column on, after a label that opens a cell and fills the
            # label column: ``Ⅰ-1. 사업 개 1,310,639)``, the wrapped end of the cell's line above)
            at_column = opens(head) and abs(seg.c0 + i + 1 - col) <= 1
            if (
                not label_shaped(head)
                or (marker is None and not FRAMED_LINE.match(tail) and not at_column)
                or (marker is not None and marker in SECTION_MARKERS)
            ):
                continue
            return (
                Seg(head, seg.x0, seg.x0 + offs[i], seg.c0, seg.c0 + i, seg.line),
                Seg(tail, col, col + offs[-1] - offs[i + 1], col, col + len(tail), seg.line),
            )
    return None


def label_line(
    line: TLine, col: int, bullets: frozenset[str] = frozenset(), glyphs: frozenset[str] = frozenset()
) -> LabelLine | None:
    """The label and content of a line with something left of the content column, if it fits."""
    if not line.segs or line.segs[0].c0 >= col - 1:
        return None
    first, rest = line.segs[0], line.segs[1:]
    if any(s.c0 < col - 2 for s in rest):
        return None
    if first.c1 <= col + 1 and label_shaped(first.text, bullets, glyphs):
        # the label's wide characters no longer push the cells right in display columns
        excess = (first.x1 - first.x0) - (first.c1 - first.c0)
        return LabelLine(first, [Seg(s.text, s.x0 - excess, s.x1 - excess, s.c0, s.c1, s.line) for s in rest])
    glued = _split_glued(first, col)
    if glued is not None and not rest:
        return LabelLine(glued[0], [glued[1]])
    return None
