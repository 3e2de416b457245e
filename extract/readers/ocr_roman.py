"""A heading numbered by a Roman numeral whose glyph the Korean model misread as strokes, read again as the numeral.

Class of card fixed: a scanned card whose section headings are numbered by Roman numerals (``□ Ⅰ. 사업개요``,
``□ Ⅱ. 연차별 재원 투자계획``, ``□ Ⅴ. 향후 추진계획``): Tesseract's Korean model read the numeral as strokes
(``ㅁ |! . 사업개요``, ``ㅁ |. 연차별 재원 투자계획``, ``ㅁ \\ . 향후 추진계획``), so the line was no heading: the
overview went unread and the funding table was left in the header (baram-county 74005 scan, money 1/35). A run of
one to four strokes (:data:`STROKES`, not all digits) opening a line, or after its heading glyph, right before a
numbering's stop and a title is a numeral's shape as read: its glyphs are read again by the Latin model allowed
``I``, ``V`` and ``X`` alone (:func:`.ocr.read_numeral`), and a Roman number read surely takes the strokes' place as
its numeral (``Ⅰ`` .. ``Ⅻ``); a numeral closed by a bracket (``Ⅴ) 지원센터 운영`` OCR'd ``\\/) 지원센터 운영``,
mutant 4534 scan: the item glued to the one before, session 36) likewise, its closer left out of the glyphs read
again. Strokes the Latin model reads as no Roman number, or unsurely, stay as read; a digit
read as a digit (``1. 추진실적``) is a number and is not read again (baram-county 74005 scan 0.655 -> 0.887, funding
read). Left: a lone ``Ⅰ`` (one upright stroke), which the Latin model reads as nothing: left as read.
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.readers.ocr_word import Word

STROKES = frozenset("|!\\/lIi1[]")  # what the Korean model reads a Roman numeral's upright strokes as
MAX_STROKES = 4
STOPS = frozenset(".)")  # what ends a numbering after a numeral: a stop, or a bracket's closer (``Ⅴ)``)
MARGIN_PX = 6  # white kept around the glyphs handed to the Latin model
PAD_PX = 16  # white put round them
FAINT = 128  # grey lighter than this is no numeral's ink
INK = 192  # grey darker than this is ink (a box glyph's thin edges too)
ROMAN = re.compile(r"I{1,3}|IV|VI{0,3}|IX|XI{0,2}")  # Ⅰ .. Ⅻ as Latin capitals
NUMERALS = [chr(0x2160 + k) for k in range(12)]  # Ⅰ .. Ⅻ, one glyph each
LATIN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def roman_glyphs(words: list[Word]) -> tuple[int, int, tuple[int, int, int, int], int] | None:
    """Where ``words`` open with a heading's numeral read as strokes: the word holding them, how many of its
    symbols, the box of the numeral's ink (crop pixels, x0 y0 x1 y1; the heading glyph's end in it, or 0); else
    None."""
    for k in (0, 1):
        if len(words) < k + 2:
            return None
        if k == 1 and (
            len(words[0].symbols) != 1
            or words[0].symbols[0][0].isalnum()
            and not _jamo(words[0].symbols[0][0])
        ):
            return None  # a heading glyph before the numeral: one mark (or a jamo it was read as)
        symbols = words[k].symbols
        n = 0
        while n < len(symbols) and n < MAX_STROKES + 1 and symbols[n][0] in STROKES:
            n += 1
        if not 1 <= n <= MAX_STROKES or all(s[0].isdigit() for s in symbols[:n]):
            continue
        rest = "".join(t for t, _, _ in symbols[n:])
        after = "".join(t for t, _, _ in words[k + 1].symbols)
        if rest in STOPS and any(ch.isalpha() for ch in after):
            stop, title = symbols[n][2], words[k + 1]
        elif rest == "" and after in STOPS and len(words) > k + 2:
            stop, title = words[k + 1].symbols[0][2], words[k + 2]
        else:
            continue
        closer = (rest or after) != "."  # a bracket's closer is no Latin letter's shape: left out of the crop
        # the strokes' boxes cut the numeral's glyph short: it is all the ink from the heading glyph (or the
        # strokes' start) to the title, stop and all, as tall as the title's syllables (:func:`numeral_crop`)
        left = words[0].symbols[0][2][0] if k == 1 else symbols[0][2][0] - MARGIN_PX
        top, bottom = min(b[1] for _, _, b in title.symbols), max(b[3] for _, _, b in title.symbols)
        box = (
            max(0, int(left)),
            max(0, int(top) - MARGIN_PX),
            int(stop[0]) - 1 if closer else int(title.symbols[0][2][0]) - 1,
            int(bottom) + MARGIN_PX,
        )
        glyph_end = int(words[0].symbols[0][2][2]) - box[0] if k == 1 else 0
        return (k, n, box, glyph_end) if box[2] > box[0] and (closer or stop[0] < box[2]) else None
    return None


def numeral_crop(grey: Any, glyph_end: int) -> Any:
    """The image of :func:`roman_glyphs`' box (``grey``, 255 = paper) with the heading glyph's ink cut off its left
    (up to the first blank column from ``glyph_end``, as read its end) and white round it: the numeral and stop."""
    import numpy as np

    if glyph_end > 0:
        blank = np.nonzero(~(grey[:, glyph_end:] < INK).any(axis=0))[0]
        grey = grey[:, glyph_end + int(blank[0]) :] if blank.size else grey[:, :0]
    grey = np.where(grey < FAINT, grey, 255).astype(np.uint8)  # a glyph's faint edge left of the cut: paper
    return np.pad(grey, PAD_PX, constant_values=255)


def numeral_of(latin: str) -> str | None:
    """The Roman numeral glyph of a number read in Latin capitals and its stop (``III.`` -> ``Ⅲ``), else None."""
    latin = latin.removesuffix(".")
    return NUMERALS[LATIN.index(latin)] if ROMAN.fullmatch(latin) and latin in LATIN else None


def put_numeral(words: list[Word], at: tuple[int, int, tuple[int, int, int, int], int], numeral: str) -> None:
    """The numeral in place of the strokes ``at`` (:func:`roman_glyphs`), one symbol spanning their boxes."""
    k, n = at[0], at[1]
    symbols = words[k].symbols
    conf = min(c for _, c, _ in symbols[:n])
    xs0, ys0, xs1, ys1 = zip(*(b for _, _, b in symbols[:n]), strict=True)
    words[k].symbols[:n] = [(numeral, conf, (min(xs0), min(ys0), max(xs1), max(ys1)))]


def _jamo(text: str) -> bool:
    return len(text) == 1 and 0x3131 <= ord(text) <= 0x318E
