"""Channels a table prints down its first column whose label names no known channel (``교원 연수``).

Mutant 3286 (dasan-edu, an education office's card): the channel table ``구 분 | 횟수 | 특이사항`` printed
``계``, the four known channels and ``교원 연수`` a row each, every count a dash; the rows were told apart
from the head rows by their label naming a channel or the total, so ``교원 연수`` was taken for a head row
and dropped (outreach 0.833). Below the first channel row, a row whose label is a word (no figure, no note
mark) and whose other cells hold a count, a dash or nothing is a channel too: an unknown one is "other", as
a channel head elsewhere is.
"""

from __future__ import annotations

import re

from pledgecard.extract.sections.outreach_words import category_of, is_total_label, is_value_line
from pledgecard.normalize.text import DASHES

_SYLLABLE = re.compile("[\uac00-\ud7a3]")  # a Hangul syllable


def named_row(row: list[str]) -> bool:
    """A row naming a known channel or the total in its first cell."""
    return bool(category_of(row[0]) or is_total_label(row[0]))


def _unnamed_channel(row: list[str]) -> bool:
    label = row[0].strip()
    if not label or any(ch.isdigit() for ch in label) or not _SYLLABLE.search(label):
        return False
    if label[0] in "※*＊":  # a note under the table
        return False
    cells = [c.strip() for c in row[1:]]
    return any(is_value_line(c) or c in DASHES for c in cells if c)


def channel_rows(grid: list[list[str]]) -> list[list[str]]:
    """The rows of a channel-a-row table that are channels or the total: those naming one, and below the first
    of them those labelled by a word over a count or a dash (an unknown channel)."""
    first = next((i for i, r in enumerate(grid) if named_row(r)), len(grid))
    return [r for i, r in enumerate(grid) if named_row(r) or i > first and _unnamed_channel(r)]
