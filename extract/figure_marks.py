"""Footnote marks printed after a funding figure (``1,200※``, ``350*``, ``820주1)``): the note under
the table says what the figure is, the figure is the number before the mark. The marks are
vocabulary (``[footnotes] figure_marks``, and a footnote word with its number and closing
parenthesis, ``주1)``, as a note under a table opens)."""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.money_patterns import unit_src

# A footnote's number raised after a figure and flattened onto it (a PDF's or dump's ``13,9341)``): one or
# two digits and the closing parenthesis, told from the figure only where its commas group it (the last
# group three digits), as a converter prints the superscript note call of a word processor's footnote.
NOTE_NUMBER = r"\d{1,2}\)"
# The same call read as raised (a PDF's small, raised characters: readers.pdf_note_calls): ``701¹⁾``.
RAISED_CALL = "[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}⁾"


def _marked(v: Vocabulary) -> re.Pattern[str]:
    marks = v.alternation("footnotes", "figure_marks")
    words = v.alternation("footnotes")
    # a figure whose thousands a space groups (1 587*, 3 935주1)) keeps its groups: the cell is one figure;
    # a note's bare number raised after a figure its commas group (13,9341): the last group ends the figure)
    # a figure printed with its unit (every cell its own: 7958백만원*, 6384백만원주1)) keeps the unit before the mark
    unit = unit_src(v)
    return re.compile(
        rf"(?P<fig>[△▲\-−]?\(?\d[\d,.]*(?:[ \u3000]\d{{3}})*\)?(?:\s?(?:{unit}))?)\s?"
        rf"(?:{marks}|(?:{words})\d{{0,2}}\)|{RAISED_CALL})"
        rf"|(?P<grouped>[△▲\-−]?\d{{1,3}}(?:,\d{{3}})+){NOTE_NUMBER}"
        # a note's bare number after a figure's unit (1,092백만원1): the unit ends the figure; mutant 3206)
        rf"|(?P<united>[△▲\-−]?\d[\d,.]*\s?(?:{unit})){NOTE_NUMBER}"
    )


def without_mark(cell: str) -> str:
    """``'1,200※'`` -> ``'1,200'``, ``'820주1)'`` -> ``'820'``: a figure's cell without the footnote mark
    after it (``'1 587*'`` -> ``'1 587'``: thousands a space groups; ``'7958백만원*'`` -> ``'7958백만원'``: a
    figure printing its unit, mutant 3184); any other cell as it is."""
    m = current().build(_marked).fullmatch(cell.strip())
    return (m.group("fig") or m.group("grouped") or m.group("united")) if m else cell


def _glued(v: Vocabulary) -> re.Pattern[str]:
    marks = v.alternation("footnotes", "figure_marks")
    words = v.alternation("footnotes")
    return re.compile(
        rf"(?<=\d)(?:{marks}|(?:{words})\d{{0,2}}\)|{RAISED_CALL})(?=\s|$)|(?<=\d,\d{{3}}){NOTE_NUMBER}(?=\s|$)"
    )


def without_marks(text: str) -> str:
    """``text`` without the footnote marks glued after its figures (``4,618※`` -> ``4,618``, ``7,901주1)`` ->
    ``7,901``): a stream of cells or a row's line, read as the figures."""
    return current().build(_glued).sub("", text)


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
NOTE_LINE = re.compile(r"^(\d{1,2})\)\s")  # a note's own number opening its line (``1) 국비 ...``)


def note_call(n: str) -> re.Pattern[str]:
    """The call of note ``n`` printed after a word or figure: its number and closing parenthesis glued after a
    figure its commas group (``13,9341)``) or after a word (``확보1)``), never after a number's own digits; or
    read raised (``701¹⁾``)."""
    return re.compile(rf"(?:(?<=\d,\d{{3}})|(?<=[^\s(\d,.]))(?:{n})\)|{n.translate(_SUPERSCRIPT)}⁾")
