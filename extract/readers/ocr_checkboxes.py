"""A row of checkbox glyphs the Korean model read as letters, put back as the ticked and unticked boxes.

Class of card fixed: a scanned form whose choices are checkboxes (``■ 정상추진 □ 일부추진 □ 부진 □ 완료``, the glyphs
■□, ☑☐ or ●○): Tesseract's Korean model reads the boxes as jamo or syllables (``ㅁ``, ``를``) or drops one, so no
box tells the option in force and the header's status is the whole row (gyeoul-county 70005 scan:
``정상추진 ㅁ 일부추진 를 부진 ㅁ 완료``). A box is a lone glyph between words, about as wide as tall, no taller than
the text, its outline inked round (:func:`_outlined`); the ticked one is the one whose middle is filled where the
others' are blank. Where a line holds two or more such glyphs of one size and exactly one of them is filled, each
becomes the vocabulary's ticked or unticked mark (``[checkboxes]``) and the header's option reading picks the
status; else the line is left as read (no box told from the image: no option picked). Left: a box ticked by a
check mark (☑), its middle inked no more than a syllable's: left as read.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.readers.ocr_word import Word
from pledgecard.extract.vocabulary import current

MAX_SQUARE = 1.4  # a box's glyph is at most this many times as wide as tall, or as tall as wide
MIN_OUTLINED = (
    0.8  # a box's (or ring's) rows inked near both its sides, its columns near top and bottom, at least
)
EDGE = 0.3  # this share of them; near: within this share of its width (height) of the side
MAX_SIZES = 1.25  # a box is at most this many times as tall as the row's middle one, or as short
MIDDLE = 0.3  # the share of a box's width cut from each side to look at its middle
MAX_BLANK = 0.15  # an unticked box's middle is inked at most this much
MIN_FILLED = (
    0.85  # a ticked box's middle is inked at least this much (filled: ■ ●; a syllable's strokes less)
)


def restore_checkboxes(words: list[Word], ink: Any, origin: tuple[int, int]) -> int:
    """The lone box glyphs of one line of ``words`` made the vocabulary's ticked or unticked mark, in place, where
    exactly one of two or more has an inked middle (``ink``: the region's, True where inked; the symbols' boxes are
    in the crop at ``origin`` in it). How many were put back."""
    found: list[tuple[int, float]] = []
    sizes: list[int] = []
    for k, w in enumerate(words[:-1]):
        if len(w.symbols) != 1 or any(ch.isdigit() for ch in w.symbols[0][0]):
            continue
        glyph = _middle_ink(ink, w.symbols[0][2], origin)
        if glyph is not None:
            found.append((k, glyph[0]))
            sizes.append(glyph[1])
    if len(found) < 2:
        return 0
    common = sorted(sizes)[len(sizes) // 2]  # a row's boxes are one glyph: a letter of another size is none
    found = [
        f for f, size in zip(found, sizes, strict=True) if max(size / common, common / size) <= MAX_SIZES
    ]
    if len(found) < 2:
        return 0
    inked = sorted(found, key=lambda f: f[1])
    blank, ticked = inked[:-1], inked[-1]
    if any(m > MAX_BLANK for _, m in blank) or ticked[1] < MIN_FILLED:
        return 0
    marks = current().words("checkboxes", "ticked")[0], current().words("checkboxes", "unticked")[0]
    for k, _ in found:
        text, conf, box = words[k].symbols[0]
        words[k].symbols[0] = (marks[0] if k == ticked[0] else marks[1], conf, box)
    return len(found)


def _middle_ink(
    ink: Any, box: tuple[float, float, float, float], origin: tuple[int, int]
) -> tuple[float, int] | None:
    """The inked share of the middle of a symbol's glyph that is a box's shape (its ink about as wide as tall,
    its edges inked all round) and the glyph's height, else None."""
    import numpy as np

    x0, y0 = int(box[0]) + origin[0], int(box[1]) + origin[1]
    x1, y1 = int(box[2]) + origin[0] + 1, int(box[3]) + origin[1] + 1
    glyph = np.asarray(ink[max(y0, 0) : y1, max(x0, 0) : x1], dtype=bool)
    if glyph.size == 0 or not glyph.any():
        return None
    ys, xs = np.nonzero(glyph.any(axis=1))[0], np.nonzero(glyph.any(axis=0))[0]
    glyph = glyph[ys[0] : ys[-1] + 1, xs[0] : xs[-1] + 1]
    h, w = glyph.shape
    if h < 6 or w < 6 or max(h / w, w / h) > MAX_SQUARE:
        return None
    if min(_outlined(glyph), _outlined(glyph.T)) < MIN_OUTLINED:  # a letter's strokes, not a box or ring
        return None
    a, b = int(w * MIDDLE), int(h * MIDDLE)
    return float(glyph[b : h - b, a : w - a].mean()), h


def _outlined(glyph: Any) -> float:
    """The share of a glyph's rows whose ink starts near its left side and ends near its right one (an outline's
    rows: a box's all, a ring's most; a letter's strokes leave rows open on a side)."""
    import numpy as np

    w = glyph.shape[1]
    rows = glyph[glyph.any(axis=1)]
    first = rows.argmax(axis=1)
    last = w - 1 - rows[:, ::-1].argmax(axis=1)
    return float(np.mean((first <= EDGE * w) & (last >= (1 - EDGE) * w - 1)))
