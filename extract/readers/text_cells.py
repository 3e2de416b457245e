"""The cells and rows of an aligned block of a text dump, as the column reader cuts and places them.

This module's one job is the shapes the readers of aligned text share: a row's cell
(:class:`RCell`, its segments top to bottom and its extent), a row (:class:`Row`), a cell placed
in the grid (:class:`Placed`), a wrapped cell's lines joined (:func:`join_wrapped`) and the overlap
of two extents (:func:`overlaps`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pledgecard.extract.readers.text_lines import Seg, TLine

DASH_CELL = re.compile(r"^[-–—―·.]+$")  # a cell printed as dashes or dots: nothing


@dataclass(slots=True)
class RCell:
    """A cell of one row: its segments top to bottom and its extent."""

    segs: list[Seg]
    x0: int
    x1: int
    rows: int = 1  # rows of the block the cell spans (a label centred beside rows of figures)

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    def text(self, lexicon: str = "") -> str:
        return join_wrapped([s.text for s in self.segs], lexicon)


@dataclass(slots=True)
class Row:
    cells: list[RCell]
    lines: list[TLine] = field(default_factory=list)
    spanning: bool = False  # a header row of spanning cells (one, or span heads side by side)


def join_wrapped(parts: list[str], lexicon: str = "") -> str:
    """Lines of one wrapped cell joined: without a space where the break fell inside a word (the
    joined form occurs in ``lexicon``, the document's text: ``2022`` + ``년``), with one elsewhere."""
    from pledgecard.extract.textjoin import glue

    out = ""
    for p in parts:
        out = glue(out, " ".join(p.split()), lexicon)
    return out


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


@dataclass(slots=True)
class Placed:
    row: int
    col: int
    span: int
    cell: RCell
