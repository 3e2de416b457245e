"""Lines that are one table cell and never a section heading, whatever stands around them (class: a text dump
printing a side table a cell a line, its last row's status cell ``완료`` right over the next block's dated line
``○ 2026. 3. 31.``, read as a bare heading no vocabulary names: every achievement after it unparsed; sanha-county
59014's HWPX text dump). A line holding only a status word of the vocabulary (``[status]``) or only a figure is a
status column's or a figure column's cell: a section's title names its content, never a state or an amount."""

from __future__ import annotations

import re

from pledgecard.extract.textjoin_column_blocks import status_cell
from pledgecard.normalize.status import status_word

_FIGURE = re.compile(r"[^\w]*\d[\d\s,.]*[^\w]*")  # digits and their separators, signs or brackets around them


def figure_cell(text: str) -> bool:
    """Whether ``text`` is a figure and nothing else (``1,117,566``, ``△92,512``, ``(3)``): a figure column's cell."""
    return _FIGURE.fullmatch(text.strip()) is not None


def status_words_cell(text: str) -> bool:
    """Whether ``text`` is two words or more, each a status word whole (``일부 지연``: a partial status word before a
    delayed one): a header's status cell a dump printed alone on its line (crossbred 9003's text dump), never a title,
    which names what a section holds."""
    words = text.split()
    return len(words) >= 2 and all(status_word(w) for w in words)


def lone_cell(text: str, over_items: bool = False) -> bool:
    """Whether ``text`` is only a status word (``완료``, ``추 진 중``, ``일부 지연``: :func:`status_words_cell`) or only a
    figure: a table's cell, no heading. Two status words right over bulleted items (``over_items``: ``계속 추진`` over
    ``◦ 선별장 2단계 확장``) title a section: the 9003 cell stood among a header's values, over none."""
    return status_cell(text) or figure_cell(text) or (status_words_cell(text) and not over_items)
