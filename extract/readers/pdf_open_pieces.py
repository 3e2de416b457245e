"""An open-sided table's text (:mod:`pdf_open_tables`) as pieces: characters grouped into printed lines,
a line cut into runs at gaps of half a character (a label spaced out joined), lines whose boxes overlap
chained into rows; the tolerances they are cut by."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pledgecard.extract.readers.pdf_grids import EDGE_TOL
from pledgecard.normalize.text import is_syllable

GAP_SHARE = 0.5  # a column gap at least this share of the characters' size
SPAN_SHARE = 0.3  # a piece covers a column when it overlaps this share of the column (or of itself)
WRAP_GAP = 0.8  # a cell's wrapped lines stand closer than this (x the characters' size)
STRIP_SHARE = 0.15  # lines whose boxes come this close (a share of the characters' size) make one row
# a line whose type size is further than this share from a table's rows' is printed in another type, none of the
# rows: above a cell shrunk to fit (8.8 pt among rows of 10: 12%), below a running header's or running text's
# own size (8.5 pt over rows of 10, crossbreed 6350: 15%; 5 pt under 10, mutant 2537)
TYPE_SHARE = 0.125


Char = dict[str, Any]


@dataclass(slots=True)
class Piece:
    """A run of characters on one line, no gap of a column's width inside it."""

    x0: float
    x1: float
    top: float
    bottom: float
    n: int = 1  # the characters (syllables, after :func:`_spaced`) it joins
    hangul: bool = False  # one Hangul syllable (or, joined, a spaced word of them)

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


def char_inside(c: Char, x0: float, x1: float, top: float, bottom: float) -> bool:
    cy = (c["top"] + c["bottom"]) / 2
    return x0 - EDGE_TOL <= c["x0"] and c["x1"] <= x1 + EDGE_TOL and top < cy < bottom


def median_size(chars: Sequence[Char]) -> float:
    sizes = sorted(float(c.get("size") or (c["bottom"] - c["top"])) for c in chars)
    return sizes[len(sizes) // 2] if sizes else 10.0


def other_type(size: float, rows: float) -> bool:
    """Whether a line printed in ``size`` is in another type than rows printed in ``rows`` (:data:`TYPE_SHARE`):
    the one rule the open tables' cuts (pdf_open_cuts.in_type, pdf_open_rules.carried_rows) end their rows by."""
    return abs(size - rows) > TYPE_SHARE * rows


def printed_lines(chars: Sequence[Char], *, by_x: bool = False, min_size: float = 0.0) -> list[list[Char]]:
    """Characters grouped into printed lines (their vertical middles within a third of a character);
    ``by_x``: characters of one middle taken left to right (else in their given order); ``min_size``: the
    least character size the third is taken of (a scan's characters are boxed by their ink: a dash or a
    colon is flat, and would start a line of its own that its line's other characters then join)."""
    lines: list[list[Char]] = []
    mid_of = (
        (lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"]))
        if by_x
        else (lambda c: (c["top"] + c["bottom"]) / 2)
    )
    for c in sorted(chars, key=mid_of):
        mid = (c["top"] + c["bottom"]) / 2
        if (
            lines
            and abs(mid - (lines[-1][0]["top"] + lines[-1][0]["bottom"]) / 2)
            <= max(c["bottom"] - c["top"], min_size) / 3
        ):
            lines[-1].append(c)
        else:
            lines.append([c])
    return lines


def line_pieces(line: Sequence[Char], size: float) -> list[Piece]:
    """A line's runs of characters, cut at gaps of at least half a character."""
    out: list[Piece] = []
    for c in sorted(line, key=lambda c: c["x0"]):
        if out and c["x0"] - out[-1].x1 < GAP_SHARE * size:
            p = out[-1]
            p.x1, p.top, p.bottom = max(p.x1, c["x1"]), min(p.top, c["top"]), max(p.bottom, c["bottom"])
            p.n, p.hangul = p.n + 1, False
        else:
            out.append(Piece(c["x0"], c["x1"], c["top"], c["bottom"], 1, is_syllable(c["text"])))
    return _spaced(out, size)


def _spaced(pieces: list[Piece], size: float) -> list[Piece]:
    """Single syllables a little apart on one line joined: a label spaced out (``구  분``, ``국  비``)."""
    out: list[Piece] = []
    for p in pieces:
        q = out[-1] if out else None
        if (
            q is not None
            and p.x1 - p.x0 <= 1.2 * size
            and q.x1 - q.x0 <= 1.2 * size * q.n
            and p.x0 - q.x1 < 1.5 * size
            and p.hangul
            and q.hangul
        ):
            q.x1, q.top, q.bottom, q.n = p.x1, min(q.top, p.top), max(q.bottom, p.bottom), q.n + 1
        else:
            out.append(p)
    return out


def piece_strips(pieces: Sequence[Piece], tol: float) -> list[list[Piece]]:
    """Pieces whose boxes overlap (or come within ``tol``) chained into one row, top to bottom."""
    strips: list[list[Piece]] = []
    bottom = float("-inf")
    for p in sorted(pieces, key=lambda p: p.top):
        if strips and p.top <= bottom + tol:
            strips[-1].append(p)
            bottom = max(bottom, p.bottom)
        else:
            strips.append([p])
            bottom = p.bottom
    return strips


def lines_pieces(chars: Sequence[Char], size: float) -> list[list[Piece]]:
    return [line_pieces(line, size) for line in printed_lines(chars)]
