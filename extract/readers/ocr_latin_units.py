"""A cell's figure whose unit prints in Latin letters (``5.5km``), misread by the Korean model, read again.

Class of cell fixed (session 33): a scanned goal table whose targets and results print a figure and a unit in
Latin letters (``5.5km``, ``4.2km``, ``12ha``): Tesseract's Korean model has no Latin letters to read the unit by and
reads strokes, jamo and digits (``5.51<07``, ``4.20``, ``1.2607``, ``5.20ㅠ``); the digits model then reads the unit as one unsure
digit, so the figure was null (saebom-county 27007 scan: goals 6/21) and a reading such as ``4.20`` was one step from
a wrong figure. A cell read as one line that opens with a figure and ends in glyphs of no Hangul syllable, where the text
model's tail holds a mark or the digits model's reading is unsure (:func:`unit_suspect`), is read again by the Latin
model allowed digits, separators and the letters of the vocabulary's Latin units (``[counts] units``). The reading
is taken (:func:`unit_reading`) only where every symbol is sure, it is a figure and one such unit, the text model's
reading opens with the same figure, and the glyphs the text model read past that figure lie in the unit's ink (so
a digit it read there is the unit's stroke, not a digit the Latin model dropped); else the cell stays as read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pledgecard.extract.readers.ocr_word import Word
from pledgecard.extract.vocabulary import current

FIGURE = r"\d[\d,]*(?:\.\d+)?"
SYLLABLE = re.compile(
    r"[\uac00-\ud7a3]"
)  # a Hangul syllable: the text model read a Korean unit (a jamo is no unit)
MIN_SURE = 80.0  # every symbol of the Latin reading at least this sure
SEPARATORS = ".,"


@lru_cache(maxsize=4)
def _latin_units(units: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(u for u in units if u.isascii() and u.isalpha())


def latin_units() -> tuple[str, ...]:
    """The vocabulary's count units spelt in Latin letters alone (``km``, ``ha``), longest first."""
    return tuple(sorted(_latin_units(tuple(current().words("counts", "units"))), key=len, reverse=True))


def allowed_chars() -> str:
    """What the Latin model may read in such a cell: digits, separators and the units' letters."""
    return "0123456789" + SEPARATORS + "".join(sorted({ch for u in latin_units() for ch in u}))


def _text(lines: list[list[Word]]) -> str:
    return "".join(t for words in lines for w in words for t, _, _ in w.symbols)


def unit_suspect(
    text_lines: list[list[Word]], digits_lines: list[list[Word]] | None, min_digit: float
) -> bool:
    """Whether a cell's one-line reading may be a figure whose Latin unit the text model misread: one line, a
    figure first (its words read as one: ``5.20 ㅠ``), no Hangul syllable (a lone jamo is a Latin letter's misread
    shape), and a tail past the figure holding a mark (``5.51<07``) or the digits model's reading of it unsure
    (below ``min_digit``: ``4.20`` read again as ``4.2`` its last digit unsure)."""
    if not latin_units() or len(text_lines) != 1:
        return False
    text = _text(text_lines)
    m = re.match(FIGURE, text)
    if m is None or SYLLABLE.search(text):
        return False
    if any(not (ch.isdigit() or ch in SEPARATORS) for ch in text[m.end() :]):
        return True
    return digits_lines is not None and any(
        c < min_digit for words in digits_lines for w in words for _, c, _ in w.symbols
    )


def unit_reading(
    text_lines: list[list[Word]], latin: list[tuple[str, float, tuple[float, float, float, float]]]
) -> list[list[Word]] | None:
    """The Latin model's reading ``latin`` (symbols, boxes in the cell's crop as the text model's) as the cell's one
    word where it proves a figure and a Latin unit (see the module); else None."""
    if not latin or min(c for _, c, _ in latin) < MIN_SURE:
        return None
    read = "".join(t for t, _, _ in latin)
    m = re.fullmatch(rf"({FIGURE})({'|'.join(map(re.escape, latin_units()))})", read)
    if m is None or len(read) != len(latin):
        return None
    figure = m.group(1)
    korean = [s for words in text_lines for w in words for s in w.symbols]
    if "".join(t for t, _, _ in korean[: len(figure)]) != figure:
        return None  # the text model read another figure
    unit_x0 = latin[len(figure)][2][0]
    if any((b[0] + b[2]) / 2 < unit_x0 for _, _, b in korean[len(figure) :]):
        return None  # a glyph read past the figure stands before the unit: a digit the Latin model dropped
    if any((b[0] + b[2]) / 2 >= unit_x0 for _, _, b in latin[: len(figure)]):
        return None
    return [[Word(spaced=False, symbols=list(latin))]]
