"""PDF characters -> text lines: word gaps from positions, bullet markers, wrapped items, indent levels.

Hangul exports often carry no space glyphs: a word gap is only a wider distance between two
characters (about 0.5 pt inside a word, 1.6-3 pt between words at 10 pt). A gap wider than
a tenth of the font size becomes one space; a gap wider than ``split_ratio`` x font size
(a right-aligned unit label beside a heading) starts a new line segment.

Characters become lines in ``pdf_line_chars``; this module joins wrapped lines and tells indent
levels, and keeps the entry points.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from pledgecard.extract.headings import decimal_heading
from pledgecard.extract.labels import section_of
from pledgecard.extract.markers import FRAMED_LINE, LABEL_SEPARATORS, letter_index, split_marker
from pledgecard.extract.readers.pdf_line_chars import (
    LOST,
    Char,
    Line,
    char_size,
    chars_to_lines,
    cut_at,
    glyph_text,
    group_rows,
    odd_gaps,
    printed,
    segment_line,
    split_segments,
    word_anchors,
)
from pledgecard.extract.tagged_block_heads import tagged_dated_block
from pledgecard.extract.textjoin import bare_block, glue
from pledgecard.normalize.money import find_unit

__all__ = [
    "Char",
    "LABEL_SEPARATORS",
    "LOST",
    "Line",
    "char_size",
    "chars_to_lines",
    "continues",
    "cut_at",
    "glyph_text",
    "group_rows",
    "indent_levels",
    "join_wrapped",
    "last_letter",
    "odd_gaps",
    "printed",
    "segment_line",
    "split_segments",
    "word_anchors",
]


_BRACKETED = re.compile(r"^[(（][^()（）]*[)）]$")


def _marked(line: Line, after: Line | None = None, letter: int | None = None) -> bool:
    """A bullet item: a marker glyph split off, or a numbering (``①``, ``가.``, ``(1)``) before the
    text. A line after item ``after`` that starts with a lettered numbering (``다.``; a wrapped
    sentence may start with the same syllable and a period) is a new item only when it opens a
    sequence (``가.``), follows the last lettered item ``letter`` of the text in sequence, or
    follows a lettered item directly."""
    if line.marker is not None:
        return True
    marker = split_marker(line.text)[0]
    if marker is None:
        return False
    index = letter_index(marker)
    if after is not None and index is not None:
        return (
            index == 0
            or (letter is not None and index == letter + 1)
            or (after.marker is None and letter_index(split_marker(after.text)[0]) is not None)
        )
    return True


def continues(
    prev: Line, nxt: Line, right: float, spacing: float = 0.0, letter: int | None = None, pitch: float = 0.0
) -> bool:
    """Whether ``nxt`` is a wrapped continuation of the bullet item ``prev``.

    It is when it has no bullet (nor numbering), follows at line spacing (closer than 0.8 x the line height, or
    no farther than ``spacing``, the closest spacing of the text's lines: loose line spacing in
    a cell whose items print without a gap between them), and starts at the item's text start
    (a hanging indent), or at the item's bullet or between it and the text start when the item's last
    line runs to ``right``, the right edge of the text (the line was full), or closes on a colon (its
    value wrapped whole: ``... 반영 :`` over ``2023년 9월``). ``letter``: the place of
    the last lettered item above (``나.`` 1), so that the next one (``다.``) starts an item.
    ``pitch``: the closest gap between the text's lines; a loosely spaced text (line height 2.5)
    wraps a full line with a gap wider than 0.8 x the line height, but no wider than that.
    """
    if (
        not _marked(prev)
        or _marked(nxt, prev, letter)
        or (nxt.page, nxt.context) != (prev.page, prev.context)
    ):
        return False
    if (
        FRAMED_LINE.match(nxt.text.strip())
        or decimal_heading(nxt.text)
        or bare_block(nxt.text)
        or section_of(nxt.text.strip().rstrip(":： "))
        or tagged_dated_block(nxt.text)
    ):
        return (
            False  # 《2024년 4분기 현재》, 3.2 금분기 추진실적 (...), 금분기 추진실적 (...), a bare 성과목표,
        )
        #               [세부사업2] 2024년 2분기 현재 start a block
    if _BRACKETED.match(nxt.text.strip()) and find_unit(nxt.text):
        return False  # (단위: 천원): the unit note of the table below, right-aligned under the item
    height = prev.last_bottom - prev.last_top
    gap = nxt.top - prev.last_bottom
    tol = max(2.0, 0.3 * prev.size)
    # a line left open on a colon is full too: its value (a date, kept whole) did not fit after it
    full = (
        prev.last_x1 >= right - 1.5 * prev.size
        or _next_word_overflows(prev, nxt, right)
        or prev.text.rstrip().endswith((":", "："))
    )
    if (
        full
        and pitch > 0
        and 0.0 <= gap <= pitch + 0.5
        and abs(nxt.size - prev.size) < 0.5
        and min(abs(nxt.x0 - prev.x0), abs(nxt.x0 - prev.text_x0)) <= tol
    ):
        return True  # a full line of loosely spaced text, the next at the text's own line pitch
    if not (0.0 <= nxt.top - prev.last_top and (gap < 0.8 * max(height, prev.size) or gap <= spacing + 0.5)):
        return False
    if abs(nxt.x0 - prev.text_x0) <= tol and (prev.marker is not None or prev.text_x0 - prev.x0 > tol):
        return True  # under the item's text (a marker left in the text, ▸, gives no text start)
    # a full line: the next starts at the item's bullet (no hanging indent) or anywhere from there to the
    # item's text start (a hanging indent set short of it: HWP's 내어쓰기 by a width of its own), a numbering
    # kept in the text (gives no text start: then no deeper than a numbering's width), or up to an em past
    # the text start (a hanging indent set by a width of its own, a little deeper than bullet and space)
    start = prev.text_x0 + prev.size if prev.text_x0 - prev.x0 > tol else prev.x0 + HANG_EM * prev.size
    return full and prev.x0 - tol <= nxt.x0 <= start + tol


def _next_word_overflows(prev: Line, nxt: Line, right: float) -> bool:
    """Whether the first word of ``nxt`` would not have fit after the last printed line of ``prev`` within
    ``right``: the line broke because the word was too wide, however short of the edge it stopped (a run typed
    in fullwidth mode, two ems a character, whose closing bracket may not open a line: ``１２０，２３`` /
    ``３）`` leaves two ems)."""
    words = nxt.raw.split()
    if not words or abs(nxt.size - prev.size) >= 0.5:
        return False
    first = (nxt.x1 - nxt.x0) * len(words[0]) / max(len(nxt.raw), 1)
    return prev.last_x1 + first > right


HANG_EM = 2.5  # ems: the widest numbering with its space (가. / (10)) a hanging indent may stand under


def _spacing(lines: list[Line]) -> dict[tuple[int, int], float]:
    """The closest gap between one line and the next below it, per page and context."""
    out: dict[tuple[int, int], float] = {}
    for a, b in zip(lines, lines[1:], strict=False):
        key = (a.page, a.context)
        gap = b.top - a.bottom
        if key == (b.page, b.context) and gap >= 0.0 and abs(a.size - b.size) < 0.5:
            out[key] = min(out.get(key, gap), gap)
    return out


def _letter_of(line: Line) -> int | None:
    return None if line.marker else letter_index(split_marker(line.text)[0])


def last_letter(lines: Iterable[Line]) -> int | None:
    """The place in its sequence of the last lettered item among ``lines`` (``나.`` 1)."""
    return next((k for k in map(_letter_of, reversed(list(lines))) if k is not None), None)


def fills_box(prev: Line, nxt: Line, width: float, last_x0: float, spacing: float = 0.0) -> bool:
    """Whether the plain line ``nxt`` continues the plain line ``prev`` of a table cell because
    ``prev`` was full: it follows at line spacing and its first word (with a space before it)
    would not have fit on the last printed line of ``prev`` (which starts at ``last_x0``) within
    ``width``, the width of the cell's text, whatever the alignment (a header cell cut inside a
    word: ``만족도 조`` / ``사``)."""
    if (nxt.page, nxt.context) != (prev.page, prev.context) or FRAMED_LINE.match(nxt.text.strip()):
        return False
    if _BRACKETED.match(nxt.text.strip()):
        return False  # 추진중 / (60%): a remark in brackets on a line of its own
    height = prev.last_bottom - prev.last_top
    gap = nxt.top - prev.last_bottom
    if not (0.0 <= nxt.top - prev.last_top and (gap < 0.8 * max(height, prev.size) or gap <= spacing + 0.5)):
        return False
    words = nxt.raw.split()
    if not words:
        return False
    first = (nxt.x1 - nxt.x0) * len(words[0]) / max(len(nxt.raw), 1)
    return prev.last_x1 - last_x0 + 0.3 * nxt.size + first > width


def _rights(lines: list[Line]) -> dict[int, float]:
    """Per line, the right edge of its text: the farthest right end of the lines of its page and context
    standing across it (a cell a column break cut goes on in the next column of the page: the other
    column's lines are none of this one's width). Where one line alone reaches its page's edge (the others a
    size and a half short of it), that line's end proves no edge, so no line full: the widest end of the
    context's lines on every page taken instead where wider, for the lines standing across it (a page holding
    one item's line over a caption and a table: ``⦁ ... 일정을 확정 : '25. 2.`` over ``다. 월별 추진내용``, the
    item's end no edge)."""
    groups: dict[tuple[int, int], list[Line]] = {}
    widest: dict[int, float] = {}
    for line in lines:
        groups.setdefault((line.page, line.context), []).append(line)
        widest[line.context] = max(widest.get(line.context, 0.0), line.x1)
    lifted: dict[tuple[int, int], float] = {}  # per page and context reached by one line alone: its end
    for key, group in groups.items():
        right = max(ln.x1 for ln in group)
        if sum(1 for ln in group if ln.x1 >= right - 1.5 * ln.size) == 1:
            lifted[key] = right
    out: dict[int, float] = {}
    for line in lines:
        key = (line.page, line.context)
        across = max((o.x1 for o in groups[key] if o.x0 < line.x1 and line.x0 < o.x1), default=line.x1)
        lone = lifted.get(key)
        out[id(line)] = max(across, widest[key[1]]) if lone is not None and across >= lone else across
    return out


def join_wrapped(
    lines: Iterable[Line],
    *,
    cell: bool = False,
    letter: int | None = None,
    text_width: float | None = None,
    lexicon: str = "",
) -> list[Line]:
    """Join lines that wrap inside one bullet item into one logical line (the input is not changed).

    In a table cell (``cell``) items print without a gap between them: a line that follows at
    the cell's closest line spacing may continue the item above whatever that spacing is.
    ``letter``: the place of the last lettered item above these lines (a run cut by a table).
    ``text_width``: the width of a cell's text; plain lines wrapped because they were full
    (:func:`fills_box`) are joined too. The halves are joined by :func:`textjoin.glue`, without a
    space where ``lexicon`` (the document's own words) shows that the word continues."""
    lines = list(lines)
    rights = _rights(lines)
    pitch = _spacing(lines)
    spacing = pitch if cell else {}
    out: list[Line] = []
    last_x0 = 0.0  # where the last printed line of out[-1] starts
    last_right = 0.0  # the right edge of the text across the last printed line of out[-1]
    for line in lines:
        key = (line.page, line.context)
        prev = out[-1] if out else None
        if prev is not None and (
            continues(prev, line, last_right, spacing.get(key, 0.0), letter, pitch.get(key, 0.0))
            or (
                text_width is not None
                and not _marked(prev)
                and not _marked(line, prev, letter)
                and fills_box(prev, line, text_width, last_x0, spacing.get(key, 0.0))
            )
        ):
            prev.text = glue(prev.text, line.text, lexicon).strip()  # 민자 5, + 642,332) -> 5,642,332)
            prev.raw = glue(prev.raw, line.raw, lexicon).strip()
            prev.x1 = max(prev.x1, line.x1)
            prev.ink_x0 = min(
                prev.ink_x0, prev.x0, line.x0, line.ink_x0
            )  # (its box: a wrapped line set further left)
            prev.bottom = max(prev.bottom, line.bottom)
            prev.last_top, prev.last_bottom, prev.last_x1 = line.top, line.bottom, line.x1
            prev.n_lines += 1
            last_x0 = line.x0
        else:
            out.append(replace(line))
            last_x0 = line.x0
            index = _letter_of(line)  # the place of the last lettered item (가. 0, 나. 1, ...)
            letter = index if index is not None else letter
        last_right = rights[id(line)]
    return out


def indent_levels(xs: Sequence[float], bullets: Sequence[bool] | None = None, tol: float = 2.5) -> list[int]:
    """Indent level per x position: positions are clustered and the clusters ranked left to right.

    A cluster is a level when it is the leftmost, recurs, or holds a bullet line. A plain line
    at a position seen once (a centred title, a unit label) gets the level of the deepest level
    left of it, so it cannot shift the levels of the bullets around it.
    """
    if not xs:
        return []
    bullets = bullets or [False] * len(xs)
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    cluster_of = [0] * len(xs)
    is_level: list[bool] = []
    sizes: list[int] = []
    last = None
    for i in order:
        if last is None or xs[i] - last > tol:
            sizes.append(0)
            is_level.append(not is_level)
        cluster_of[i] = len(sizes) - 1
        sizes[-1] += 1
        is_level[-1] = is_level[-1] or sizes[-1] >= 2 or bullets[i] or len(xs) < 3
        last = xs[i]
    levels: list[int] = []
    seen = 0
    for flag in is_level:
        if flag:
            levels.append(seen)
            seen += 1
        else:
            levels.append(seen - 1)
    return [levels[cluster_of[i]] for i in range(len(xs))]
