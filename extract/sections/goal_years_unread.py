"""Goal years a section saw but could not read, because a character of theirs is no digit (``20#3``, ``2O23``).

A goal row whose year cell cannot be read keeps its target and actual but no year: that is right - no
year is guessed - but it must not be silent, or a reviewer cannot tell a card printing no year from a
year the reading lost. This finds, among the items a goals section was given, each table cell and each
line's first word that is a year but for one character (the year shape of the vocabulary in force,
``year_re``, once that character is a digit: no template word here), and tells where it stands.
A cell or word that reads as a year as printed is no such year, nor a word of letters only.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pledgecard.extract.document import Source, Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import HANGUL_SYLLABLE


class UnreadYear(NamedTuple):
    text: str  # the cell or word as printed
    source: Source  # where it stands


def damaged_year(text: str) -> bool:
    """Whether ``text`` reads as a year once one character of it that is no digit, no space and no
    syllable is a digit (``20#3``, ``2O23``, ``20#3년``), and does not as printed; three digits at least."""
    text = text.strip()
    year = current().year_re
    if len(re.findall(r"\d", text)) < 3 or year.fullmatch(text):
        return False
    for i, ch in enumerate(text):
        if ch.isdigit() or ch.isspace() or HANGUL_SYLLABLE.match(ch):
            continue
        if year.fullmatch(f"{text[:i]}0{text[i + 1 :]}"):
            return True
    return False


def unread_years(items: list[Item]) -> list[UnreadYear]:
    """The damaged years (:func:`damaged_year`) among ``items``: every table cell's whole text, and a
    line's first word (a dump's goal row opens with its year), in print order."""
    out: list[UnreadYear] = []
    for it in items:
        if isinstance(it, Table):
            out += [
                UnreadYear(c.text.strip(), c.source if c.source.describe() else it.source)
                for c in sorted(it.cells, key=lambda c: (c.row, c.col))
                if damaged_year(c.text)
            ]
        elif isinstance(it, Line) and (words := it.full_text.split()) and damaged_year(words[0]):
            out.append(UnreadYear(words[0], it.source))
    return out
