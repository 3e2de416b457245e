"""Tables typed, not drawn, on a PDF page: lines whose cells stand at tab stops, no rule at all.

An author who types a table as paragraphs (a tab between cells, each cell at the paragraph's next
tab stop) prints lines whose cells only their positions set apart. A run of such lines is rebuilt
as a grid (then filled as a ruled table's cells) only where the positions prove every cell's column:

- a line's pieces are its runs of characters cut at gaps wider than a word space (``GAP_SHARE`` of
  the characters' size); lines of two pieces or more, each under the one before at a line's spacing,
  make a run (a head and a row at least; a line whose second piece opens with the label separator, ``label : value``, is none);
- the columns are the clusters of pieces whose extents overlap across the run's lines (a left tab
  stop lines up its cells' left edges, a right one their right edges): no line may hold two pieces
  of one column (a cell run past its stop), the run's first line (its head) names every column, and
  three columns at least, one of them holding figures, make a table (two text columns side by side
  are a page's columns, not a table).

Anything else stays text, its columns unproven.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pledgecard.extract.readers.pdf_grids import Grid, contains

Char = dict[str, Any]

GAP_SHARE = 0.5  # a gap this share of the characters' size parts two cells (a word space is a third or less)
LINE_SPACING = 2.2  # lines of a run stand at most this many characters' sizes apart (top to top)
MIN_LINES = 2  # a head and a row
MIN_COLUMNS = 3
LABEL_SEPARATORS = (":", "：")


@dataclass(slots=True)
class _Piece:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str


def typed_grids(chars: Sequence[Char], grids: Sequence[Grid]) -> list[Grid]:
    """The grids of the page's typed tables (see the module), outside the tables already found."""
    free = [c for c in chars if not c["text"].isspace()
            and not any(contains(g.bbox, (c["x0"], c["top"], c["x1"], c["bottom"])) for g in grids)]
    lines = [_pieces(line) for line in _lines(free)]
    out: list[Grid] = []
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and _row(lines[j]) and (j == k or _next(lines[j - 1], lines[j])):
            j += 1
        grid = _grid(lines[k:j]) if j - k >= MIN_LINES else None
        if grid is not None:
            out.append(grid)
        k = max(j, k + 1)
    return out


def _size(line: Sequence[_Piece]) -> float:
    return max(p.bottom - p.top for p in line)


def _lines(chars: Sequence[Char]) -> list[list[Char]]:
    """Characters grouped into printed lines (their vertical middles within a third of a character)."""
    lines: list[list[Char]] = []
    for c in sorted(chars, key=lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"])):
        mid = (c["top"] + c["bottom"]) / 2
        if lines and abs(mid - (lines[-1][0]["top"] + lines[-1][0]["bottom"]) / 2) <= (c["bottom"] - c["top"]) / 3:
            lines[-1].append(c)
        else:
            lines.append([c])
    return lines


def _pieces(line: Sequence[Char]) -> list[_Piece]:
    out: list[_Piece] = []
    for c in sorted(line, key=lambda c: c["x0"]):
        size = c["bottom"] - c["top"]
        if out and c["x0"] - out[-1].x1 < GAP_SHARE * size:
            p = out[-1]
            gap = " " if c["x0"] - p.x1 > 0.15 * size else ""
            p.x1, p.top, p.bottom, p.text = max(p.x1, c["x1"]), min(p.top, c["top"]), max(p.bottom, c["bottom"]), \
                p.text + gap + c["text"]
        else:
            out.append(_Piece(c["x0"], c["x1"], c["top"], c["bottom"], c["text"]))
    return out


def _row(line: Sequence[_Piece]) -> bool:
    return len(line) >= 2 and not (len(line) == 2 and line[1].text.startswith(LABEL_SEPARATORS))


def _next(above: Sequence[_Piece], below: Sequence[_Piece]) -> bool:
    return 0 < min(p.top for p in below) - min(p.top for p in above) <= LINE_SPACING * _size(above)


def columns(lines: Sequence[Sequence[_Piece]]) -> list[tuple[float, float]] | None:
    """The column extents of a run of lines (pieces overlapping across lines share a column); None
    when a line holds two pieces of one column."""
    spans: list[list[float]] = []
    for p in sorted((p for line in lines for p in line), key=lambda p: p.x0):
        if spans and p.x0 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], p.x1)
        else:
            spans.append([p.x0, p.x1])
    for line in lines:
        seen = [_column(p, spans) for p in line]
        if len(set(seen)) < len(seen):
            return None
    return [(a, b) for a, b in spans]


def _column(p: _Piece, spans: Sequence[Sequence[float]]) -> int:
    return next(k for k, (a, b) in enumerate(spans) if a <= p.x0 <= b)


def _figures(texts: Sequence[str]) -> bool:
    return bool(texts) and 2 * sum(1 for t in texts if any(ch.isdigit() for ch in t)) >= len(texts)


def _grid(lines: Sequence[Sequence[_Piece]]) -> Grid | None:
    cols = columns(lines)
    if cols is None or len(cols) < MIN_COLUMNS or len(lines[0]) != len(cols):
        return None  # the head names every column
    body = [[p.text for line in lines[1:] for p in line if cols[k][0] <= p.x0 <= cols[k][1]] for k in range(len(cols))]
    if not any(_figures(texts) for texts in body[1:]):
        return None
    xs = [cols[0][0] - 1.0] + [(a[1] + b[0]) / 2 for a, b in zip(cols, cols[1:], strict=False)] + [cols[-1][1] + 1.0]
    tops = [min(p.top for p in line) for line in lines]
    bottoms = [max(p.bottom for p in line) for line in lines]
    ys = [tops[0] - 1.0] + [(b + t) / 2 for b, t in zip(bottoms, tops[1:], strict=False)] + [bottoms[-1] + 1.0]
    cells = [(xs[c], ys[r], xs[c + 1], ys[r + 1]) for r in range(len(lines)) for c in range(len(cols))]
    return Grid(bbox=(xs[0], ys[0], xs[-1], ys[-1]), cells=cells)
