"""A heading numbered by a Latin capital whose letter the Korean model misread as a mark, read again as a letter.

Class of card fixed: a scanned card whose section and block headings are numbered by Latin capitals (``A. 사업개요``,
``C. 추진실적``, ``C-1. 기 추진실적 (date)``, ``F. 향후 추진계획``): Tesseract's Korean model has no Latin
capitals to read them by and read marks (``^. 사업개요``, ``(. 추진실적``, ``(-1. 기 추진실적``, ``『. 향후
추진계획``), so no line was a heading and the achievements and the plans went unread (maeul-county 43019 scan
0.249). A line whose first word is one mark (no letter, digit, space or stop) right before a numbering's stop
(``.``, or a sub-number ``-1.``) is a letter's shape as read: the mark's glyph is read again by the Latin model
allowed capitals alone (:func:`.ocr.read_capital`), and a capital read surely takes the mark's place. A mark the
Latin model reads as no capital, or unsurely, stays as read.

Class of cell fixed too (session 32, review c): a negative figure in brackets (``(-1.5) 감소``, ``<-3.2>``, a change
column's) matched as a mark, a sub-number and a stop, so its bracket went to the Latin model (an extra read, and a
capital read surely would have become a letter inside the figure). A heading's numbering has no figure's
fraction after its stop (digits closed by a bracket or ``%``, or ending the word), and no word of a figure follows
it: such a line is left as read.
"""

from __future__ import annotations

import re

from pledgecard.extract.readers.ocr_word import Word

# a mark, a sub-number, the stop, no figure's fraction after it: ``(.``, ``(-1.``, ``(-2.2023-03-31`` (a date glued
# on); ``(-1.5)``, ``<-3.2>``, ``(-12.3%)``: a negative figure in brackets, no heading
LETTERED = re.compile(r"([^\w\s.])(-\d{1,2})?\.(?!\d+(?:[%)\]>}）］〉」』]|$))")
MARGIN_PX = 6  # white kept around the glyph handed to the Latin model


def lettered_glyph(words: list[Word]) -> tuple[int, int, int, int] | None:
    """The box (crop pixels, x0 y0 x1 y1, a margin round it) of the mark opening ``words`` where it stands for a
    heading's letter (:data:`LETTERED` opening the first word, a word after it or more of the first); else None."""
    if not words or not words[0].symbols:
        return None
    text = "".join(t for t, _, _ in words[0].symbols)
    m = LETTERED.match(text)
    if m is None or len(words[0].symbols[0][0]) != 1 or (len(words) < 2 and m.end() == len(text)):
        return None
    if len(words) > 1 and _figure("".join(t for t, _, _ in words[1].symbols)):
        return None  # a figure follows the stop: a figure's bracket, no heading's letter
    x0, y0, x1, y1 = words[0].symbols[0][2]
    return (
        max(0, int(x0) - MARGIN_PX),
        max(0, int(y0) - MARGIN_PX),
        int(x1) + MARGIN_PX,
        int(y1) + MARGIN_PX,
    )


def _figure(text: str) -> bool:
    """A word that is a figure (``12.3%``, ``-1.5)``): no heading's title (``2024년`` is a title's word)."""
    return bool(re.fullmatch(r"[-+]?\d[\d,.]*%?[)\]>]?", text))


def put_letter(words: list[Word], letter: str) -> None:
    """The capital read again in place of the mark opening ``words`` (its box and confidence kept)."""
    _, conf, box = words[0].symbols[0]
    words[0].symbols[0] = (letter, conf, box)
