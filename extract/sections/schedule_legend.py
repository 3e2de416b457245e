"""The legend under a schedule table (``※ ● 추진, ○ 마무리``): what its marks mean, no plan.

Class fixed (handmade doc-haeram-district-6-3, HWPX: a 연차별 추진계획 schedule ticked by ● and ○, the legend
a note line under it): the legend was read as a plan of its own (``● 추진, ○ 마무리``, no date). A line whose
every comma-parted piece opens with a mark (:func:`~pledgecard.extract.sections.schedule_tables.is_mark`: glyphs
and no letter or figure) then a word, beside a schedule read from the same section, is the schedule's legend:
left unread (the record has no field for it), never a plan.
"""

from __future__ import annotations

import re

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.schedule_tables import is_mark

_PIECES = re.compile(r"[,，/]")


def is_legend(line: Line) -> bool:
    """Whether ``line`` (its marker aside) is a mark legend: pieces each a mark then its word(s)."""
    pieces = [p.split() for p in _PIECES.split(line.text)]
    return bool(pieces) and all(len(p) >= 2 and is_mark(p[0]) and not is_mark(p[1]) for p in pieces)


def legend_apart(items: list[Item]) -> tuple[list[Item], list[Item]]:
    """``items`` without the schedule's legend lines, and those lines."""
    legend = [it for it in items if isinstance(it, Line) and is_legend(it)]
    return [it for it in items if all(it is not x for x in legend)], legend
