"""A scanned typed table's cells cut at their words' gaps (:mod:`pdf_typed` on an OCR'd page).

OCR boxes each word by its ink, so the gap between two words of one cell (``탄소중립 지원사업``, ``탄소중립 기업
지원(20개)``) is wider than in a text layer, where a character's box is its advance: as wide as the half a
character :mod:`pdf_typed` parts two cells at. A row's piece is joined to the piece before it where the two
stand a word's gap apart (``gap``: under ``WORD_GAP`` of the page's character size) and the head (the run's first
line, whose pieces name the columns) prints no other column's name over it: the piece then starts under the same
head piece as the one before, or under none. A piece under another head piece (``- | 미착수`` under ``달성률 |
추진상황``) stays a cell of its own however near. The head's own pieces are never joined: they are the columns.

A scan's text lines over a typed table have their words inked as far apart, so they run on into the table's run
of lines: the table's head is then the first line below that proves the columns and prints no figure but a year
(:func:`head_words`; a body row of figures never heads it).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Protocol

WORD_GAP = 0.8  # a word's gap on a scan: under this share of the page's character size (ink boxes)


class Boxed(Protocol):
    x0: float
    x1: float
    top: float
    bottom: float
    text: str


def _under(p: Boxed, head: Sequence[Boxed]) -> int | None:
    return next((k for k, h in enumerate(head) if h.x0 <= p.x0 <= h.x1), None)


def join_words(line: Sequence[Boxed], head: Sequence[Boxed], gap: float) -> list[Boxed]:
    """``line``'s pieces with those a word's gap (under ``gap`` points) after the piece before, under the same
    head piece or none, joined onto it (copies: ``line`` stays as it was; see the module)."""
    out: list[Boxed] = []
    for p in sorted(line, key=lambda p: p.x0):
        q = out[-1] if out else None
        if q is not None and 0 <= p.x0 - q.x1 < gap and _under(p, head) in (None, _under(q, head)):
            q.x1, q.top, q.bottom, q.text = (
                p.x1,
                min(q.top, p.top),
                max(q.bottom, p.bottom),
                f"{q.text} {p.text}",
            )
        else:
            out.append(copy.copy(p))
    return out


def head_words(texts: Sequence[str], year: re.Pattern[str]) -> bool:
    """A line that may head a scanned typed table found below the run's first line: no cell a figure but a year
    (a body row of figures taken for a head would name the columns by its amounts)."""
    return not any(
        t.strip(",.%-") and all(ch.isdigit() or ch in ",." for ch in t) and year.fullmatch(t) is None
        for t in texts
    )
