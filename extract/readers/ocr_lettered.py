"""A heading numbered by a Latin capital whose letter the Korean model misread as a mark, read again as a letter.

Class of card fixed: a scanned card whose section and block headings are numbered by Latin capitals (``A. 사업개요``,
``C. 추진실적``, ``C-1. 기 추진실적 (date)``, ``F. 향후 추진계획``): Tesseract's Korean model has no Latin
capitals to read them by and read marks (``^. 사업개요``, ``(. 추진실적``, ``(-1. 기 추진실적``, ``『. 향후
추진계획``), so no line was a heading and the achievements and the plans went unread (maeul-county 43019 scan
0.249). A line whose first word is one mark (no letter, digit, space or stop) right before a numbering's stop
(``.``, or a sub-number ``-1.``) is a letter's shape as read: the mark's glyph is read again by the Latin model
allowed capitals alone (:func:`.ocr.read_capital`), and a capital read surely takes the mark's place. A mark the
Latin model reads as no capital, or unsurely, stays as read.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

LETTERED = re.compile(r"([^\w\s.])(-\d{1,2})?\.")  # a mark, a sub-number, the stop: ``(.``, ``(-1.``
MARGIN_PX = 6  # white kept around the glyph handed to the Latin model


class Word(Protocol):
    """A word as Tesseract read it (:class:`.ocr.Word`): its symbols, each its text, confidence and box."""

    symbols: list[tuple[str, float, Any]]
    spaced: bool


def lettered_glyph(words: list[Word]) -> tuple[int, int, int, int] | None:
    """The box (crop pixels, x0 y0 x1 y1, a margin round it) of the mark opening ``words`` where it stands for a
    heading's letter (:data:`LETTERED` opening the first word, a word after it or more of the first); else None."""
    if not words or not words[0].symbols:
        return None
    text = "".join(t for t, _, _ in words[0].symbols)
    m = LETTERED.match(text)
    if m is None or len(words[0].symbols[0][0]) != 1 or (len(words) < 2 and m.end() == len(text)):
        return None
    x0, y0, x1, y1 = words[0].symbols[0][2]
    return (max(0, int(x0) - MARGIN_PX), max(0, int(y0) - MARGIN_PX), int(x1) + MARGIN_PX, int(y1) + MARGIN_PX)


def put_letter(words: list[Word], letter: str) -> None:
    """The capital read again in place of the mark opening ``words`` (its box and confidence kept)."""
    _, conf, box = words[0].symbols[0]
    words[0].symbols[0] = (letter, conf, box)
