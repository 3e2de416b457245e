"""Open-sided tables of a PDF page: drawn with horizontal rules only, cells set apart by white space.

Many government documents draw their tables so: a rule over and under the table, one under the
head rows, none between the body rows and no vertical rule at all. The ruling-line finder
(:mod:`pdf_grids`) sees no cell in them. Here a stack of two or more horizontal rules of one extent
with text between them, no vertical rule crossing it, is rebuilt as a grid from its text:

- columns: the gaps that no character of the body rows (the rows under the first rule below the
  top) covers, a gap at least half a character wide; the boundary sits where a rule is cut into
  segments inside the gap (renderers draw a rule cell by cell), else in the gap's middle;
- rows: text lines whose boxes overlap (a cell wrapped over two lines beside one-line cells
  centred on it) make one row; a head piece spanning columns with text under it in every one of
  them (``연도별 투자계획`` over the years) is a row of its own, a cell beside it spanning both;
- a piece of text crossing a boundary in a head row is a cell spanning the columns it covers;
- a sub-head over no body text between two cell edges of the rule: a column empty on this page.

A page break cuts such tables anywhere; each page's part is a grid flagged for the join
(:mod:`pdf_open_join`): rows below the last rule down to the page's end (``cut_below``; under a
body of several rows ruled off, only rows printed in its columns: the page's text after a closed
table runs across them); a head alone at the page's foot, between its rules or under a lone rule in
the page's last fifth (``head_only``, its columns from the head's lowest pieces); rows above the
first rule of the next page, each piece inside a column of the table the break cut (``cut_above``).

The grid (cell boxes) then goes through the same cell filling as a ruled table.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pledgecard.extract.readers.pdf_grids import EDGE_TOL, END_TOL, JOIN_TOL, Grid, contains
from pledgecard.normalize.text import is_syllable

MIN_RULE = 72.0  # points: a rule shorter than an inch is no table's frame
GAP_SHARE = 0.5  # a column gap at least this share of the characters' size
SPAN_SHARE = 0.3  # a piece covers a column when it overlaps this share of the column (or of itself)
FOOT_SHARE = 0.2  # a lone rule this close to the page's foot, head lines under it: a head its body left
HEAD_LINES = 3  # the most lines a head cut off its body prints
CARRIED_GAP = 3.0  # lines carried over a page break stand no further apart than this (x the characters' size)
WRAP_GAP = 0.8  # a cell's wrapped lines stand closer than this (x the characters' size)
STRIP_SHARE = 0.15  # lines whose boxes come this close (a share of the characters' size) make one row
TYPE_SHARE = 0.25  # a line whose type size is further than this share from the table's is none of its rows

Char = dict[str, Any]


@dataclass(slots=True)
class _Rule:
    y: float
    x0: float
    x1: float
    joints: list[float]  # where the rule's segments meet (cell edges of the renderer)


@dataclass(slots=True)
class _Piece:
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


def open_grids(edges: Sequence[dict[str, Any]], chars: Sequence[Char], grids: Sequence[Grid],
               height: float | None = None, carried: Sequence[float] | None = None) -> list[Grid]:
    """The open-sided tables of a page whose ruled tables are ``grids``, as grids of cell boxes.

    With the page's ``height``, a head a page break cuts off its body (a lone rule in the page's last
    fifth with a few head lines under it) is read too; ``carried``, the column edges of an open table the
    previous page's break cut, lets the rows above this page's first rule of that extent go on it."""
    rules = _rules(edges, grids)
    verticals = [e for e in edges if e["orientation"] == "v" and e["height"] >= 3]
    text = [c for c in chars if c.get("text") and not c["text"].isspace()]
    out: list[Grid] = []
    for run in _stacks(rules):
        for stack in _table_runs(run, text, verticals):
            first, last = stack[0], stack[-1]
            box = (last.x0, first.y, last.x1, last.y)
            end = min((g.bbox[1] for g in grids if g.bbox[1] > last.y and not contains(g.bbox, box, EDGE_TOL)),
                      default=float("inf"))  # a ruled table below ends the page's text under the stack
            nested = any(contains(g.bbox, box, EDGE_TOL) for g in grids)  # its cell goes on on the next page
            below = [] if nested or any(r.y > last.y + EDGE_TOL and r.x1 > last.x0 and r.x0 < last.x1 for r in rules) \
                else [c for c in text if _inside(c, last.x0, last.x1, last.y, end)]
            above = _carried_rows(first, text, grids, rules, carried) if not nested else []
            foot = height is not None and first.y > (1 - FOOT_SHARE) * height
            goes_on = not nested and _goes_on(first, grids, rules, carried)
            grid = _grid(stack, text, below, above, foot=foot, columns=carried, goes_on=goes_on)
            if grid is not None:
                out.append(grid)
    return out


def _carried_rows(first: _Rule, text: Sequence[Char], grids: Sequence[Grid], rules: Sequence[_Rule],
                  carried: Sequence[float] | None) -> list[Char]:
    """The characters above ``first`` (the topmost rule of its extent on the page) that go on the open
    table the previous page's break cut (``carried``, its column edges): the lines over the rule, upwards,
    each piece of them inside one of those columns, no wider gap between two of them than a few lines
    (a running header above them stands apart or across columns); none unless the extents agree and no
    rule or ruled table stands above the rule."""
    if not _goes_on(first, grids, rules, carried):
        return []
    chars = [c for c in text if _inside(c, first.x0, first.x1, float("-inf"), first.y)]
    size = _size(chars)
    kept: list[_Piece] = []
    for line in reversed(_lines_pieces(chars, size)):
        if kept and min(p.top for p in kept) - max(p.bottom for p in line) > CARRIED_GAP * size:
            break
        if not all(any(carried[k] - GAP_SHARE * size <= p.x0 and p.x1 <= carried[k + 1] + GAP_SHARE * size
                       for k in range(len(carried) - 1)) for p in line):
            break
        kept += line
    return [c for c in chars if any(_inside(c, p.x0, p.x1, p.top - 1, p.bottom + 1) for p in kept)]


def _goes_on(first: _Rule, grids: Sequence[Grid], rules: Sequence[_Rule], carried: Sequence[float] | None) -> bool:
    """Whether the stack under ``first`` may go on the open table the previous page's break cut
    (``carried``, its column edges): the extents agree and no rule or ruled table stands above it."""
    if not carried or abs(carried[0] - first.x0) > 2 * EDGE_TOL or abs(carried[-1] - first.x1) > 2 * EDGE_TOL:
        return False
    return not (any(r.y < first.y - EDGE_TOL and r.x1 > first.x0 and r.x0 < first.x1 for r in rules)
                or any(g.bbox[3] <= first.y + EDGE_TOL for g in grids))


def _rules(edges: Sequence[dict[str, Any]], grids: Sequence[Grid]) -> list[_Rule]:
    """Horizontal rules that draw no ruled table's cell (outside them, or inside one cell: an open table
    nested in a cell of a ruled one), collinear segments joined."""
    segs = [e for e in edges if e["orientation"] == "h" and not any(_draws(g, e) for g in grids)]
    out: list[_Rule] = []
    for e in sorted(segs, key=lambda e: (round(e["top"]), e["x0"])):
        last = next((r for r in reversed(out) if abs(r.y - e["top"]) <= END_TOL and e["x0"] <= r.x1 + JOIN_TOL), None)
        if last is None:
            out.append(_Rule(e["top"], e["x0"], e["x1"], []))
        elif e["x1"] > last.x1:
            if abs(e["x0"] - last.x1) <= JOIN_TOL:
                last.joints.append(e["x0"])
            last.x1 = e["x1"]
    return [r for r in out if r.x1 - r.x0 >= MIN_RULE]


def _draws(grid: Grid, e: dict[str, Any]) -> bool:
    """Whether a horizontal edge lies in a ruled grid other than strictly inside one of its cells."""
    if not contains(grid.bbox, (e["x0"], e["top"], e["x1"], e["top"]), EDGE_TOL):
        return False
    return not any(b[1] + EDGE_TOL < e["top"] < b[3] - EDGE_TOL and b[0] - EDGE_TOL <= e["x0"]
                   and e["x1"] <= b[2] + EDGE_TOL for b in grid.cells)


def _stacks(rules: Sequence[_Rule]) -> list[list[_Rule]]:
    """Rules of one extent (left and right ends within a few points), top to bottom; a rule drawn
    thick as two close edges counts once."""
    groups: list[list[_Rule]] = []
    for r in sorted(rules, key=lambda r: r.y):
        group = next((g for g in groups if abs(g[0].x0 - r.x0) <= 2 * EDGE_TOL and abs(g[0].x1 - r.x1) <= 2 * EDGE_TOL),
                     None)
        if group is None:
            groups.append([r])
        elif r.y - group[-1].y <= 2 * EDGE_TOL:
            group[-1].joints += r.joints
        else:
            group.append(r)
    return groups


def _inside(c: Char, x0: float, x1: float, top: float, bottom: float) -> bool:
    cy = (c["top"] + c["bottom"]) / 2
    return x0 - EDGE_TOL <= c["x0"] and c["x1"] <= x1 + EDGE_TOL and top < cy < bottom


def _table_runs(run: list[_Rule], text: Sequence[Char], verticals: Sequence[dict[str, Any]]) -> list[list[_Rule]]:
    """The runs of consecutive rules whose bands each hold text in two columns or more and no
    vertical rule: a band of one piece a line (a heading between two tables) ends a table. A rule
    alone is a run of its own (a table's closing rule or its top, the page break cutting the rest)."""
    out: list[list[_Rule]] = []
    cur: list[_Rule] = [run[0]]
    for a, b in zip(run, run[1:], strict=False):
        band = [c for c in text if _inside(c, a.x0, a.x1, a.y, b.y)]
        crossed = any(e["x0"] > a.x0 + EDGE_TOL and e["x0"] < a.x1 - EDGE_TOL
                      and e["top"] < b.y - EDGE_TOL and e["bottom"] > a.y + EDGE_TOL for e in verticals)
        if band and not crossed and _columned(band):
            cur.append(b)
            continue
        out.append(cur)
        cur = [b]
    out.append(cur)
    return out


def _size(chars: Sequence[Char]) -> float:
    sizes = sorted(float(c.get("size") or (c["bottom"] - c["top"])) for c in chars)
    return sizes[len(sizes) // 2] if sizes else 10.0


def _columned(band: Sequence[Char]) -> bool:
    """Whether some line of the band holds two pieces or more."""
    size = _size(band)
    return any(len(line) >= 2 for line in (_pieces(x, size) for x in printed_lines(band)))


def printed_lines(chars: Sequence[Char], *, by_x: bool = False) -> list[list[Char]]:
    """Characters grouped into printed lines (their vertical middles within a third of a character);
    ``by_x``: characters of one middle taken left to right (else in their given order)."""
    lines: list[list[Char]] = []
    mid_of = (lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"])) if by_x else (lambda c: (c["top"] + c["bottom"]) / 2)
    for c in sorted(chars, key=mid_of):
        mid = (c["top"] + c["bottom"]) / 2
        if lines and abs(mid - (lines[-1][0]["top"] + lines[-1][0]["bottom"]) / 2) <= (c["bottom"] - c["top"]) / 3:
            lines[-1].append(c)
        else:
            lines.append([c])
    return lines


def _pieces(line: Sequence[Char], size: float) -> list[_Piece]:
    """A line's runs of characters, cut at gaps of at least half a character."""
    out: list[_Piece] = []
    for c in sorted(line, key=lambda c: c["x0"]):
        if out and c["x0"] - out[-1].x1 < GAP_SHARE * size:
            p = out[-1]
            p.x1, p.top, p.bottom = max(p.x1, c["x1"]), min(p.top, c["top"]), max(p.bottom, c["bottom"])
            p.n, p.hangul = p.n + 1, False
        else:
            out.append(_Piece(c["x0"], c["x1"], c["top"], c["bottom"], 1, is_syllable(c["text"])))
    return _spaced(out, size)


def _spaced(pieces: list[_Piece], size: float) -> list[_Piece]:
    """Single syllables a little apart on one line joined: a label spaced out (``구  분``, ``국  비``)."""
    out: list[_Piece] = []
    for p in pieces:
        q = out[-1] if out else None
        if q is not None and p.x1 - p.x0 <= 1.2 * size and q.x1 - q.x0 <= 1.2 * size * q.n \
                and p.x0 - q.x1 < 1.5 * size and p.hangul and q.hangul:
            q.x1, q.top, q.bottom, q.n = p.x1, min(q.top, p.top), max(q.bottom, p.bottom), q.n + 1
        else:
            out.append(p)
    return out


def _strips(pieces: Sequence[_Piece], tol: float) -> list[list[_Piece]]:
    """Pieces whose boxes overlap (or come within ``tol``) chained into one row, top to bottom."""
    strips: list[list[_Piece]] = []
    bottom = float("-inf")
    for p in sorted(pieces, key=lambda p: p.top):
        if strips and p.top <= bottom + tol:
            strips[-1].append(p)
            bottom = max(bottom, p.bottom)
        else:
            strips.append([p])
            bottom = p.bottom
    return strips


def _columns(body: Sequence[_Piece], x0: float, x1: float, size: float, joints: Sequence[float],
             empty: Sequence[_Piece] = ()) -> list[float]:
    """Column edges: the table's ends and a boundary in every gap no body piece covers; where the gap
    holds a sub-head over no body text (``empty``) between cell edges of the rule, those edges (a column
    that prints nothing on this page)."""
    spans: list[list[float]] = []
    for p in sorted(body, key=lambda p: p.x0):
        if spans and p.x0 < spans[-1][1] + GAP_SHARE * size:
            spans[-1][1] = max(spans[-1][1], p.x1)
        else:
            spans.append([p.x0, p.x1])
    edges = [x0]
    for (_, g0), (g1, _) in zip(spans, spans[1:], strict=False):
        inner = [j for j in joints if g0 < j < g1]
        around = sorted({j for p in empty if g0 <= p.x0 and p.x1 <= g1
                         for j in (max((j for j in inner if j <= p.x0), default=None),
                                   min((j for j in inner if j >= p.x1), default=None)) if j is not None})
        if len(around) >= 2:
            edges += around
            continue
        if joints and not inner and g1 - g0 < size:
            continue  # a rule drawn cell by cell has no cell edge here: a spaced word's gap (국  비)
        edges.append(min(inner, key=lambda j: abs(j - (g0 + g1) / 2)) if inner else (g0 + g1) / 2)
    return [*edges, x1]


def _covers(p: _Piece, xs: Sequence[float]) -> list[int]:
    """The columns a piece covers (by a share of the column or of itself); its middle's at least."""
    out = []
    for k in range(len(xs) - 1):
        over = min(p.x1, xs[k + 1]) - max(p.x0, xs[k])
        if over > 0 and (over >= SPAN_SHARE * (xs[k + 1] - xs[k]) or over >= 0.5 * (p.x1 - p.x0)):
            out.append(k)
    if not out:
        mid = (p.x0 + p.x1) / 2
        out = [max(k for k in range(len(xs) - 1) if xs[k] <= mid)] if xs[0] <= mid else [0]
    return list(range(out[0], out[-1] + 1))


def _touches(p: _Piece, xs: Sequence[float], size: float) -> list[int]:
    """The columns a piece runs into by more than half a character (a centred span heading reaches
    into the outer columns it spans by less than a share of them)."""
    return [k for k in range(len(xs) - 1) if min(p.x1, xs[k + 1]) - max(p.x0, xs[k]) > GAP_SHARE * size]


@dataclass(slots=True)
class _Row:
    """One grid row: its pieces with the columns each fills, and the columns whose cell spans the next
    row too (a head cell beside a span heading, centred on both head rows)."""

    cells: list[tuple[list[int], _Piece]]
    tall: dict[int, int]  # column -> the rows its cell spans from this one (2 or more)
    top: float
    bottom: float


def _row(pieces: Sequence[_Piece], xs: Sequence[float], size: float = 0.0) -> _Row:
    """A row of pieces; a head row's (``size`` given) piece running into a column by more than half a
    character spans it (a head cell's text stays inside its cell)."""
    cells = [(_head_cols(p, xs, size) if size else _covers(p, xs), p) for p in pieces]
    return _Row(cells, {}, min(p.top for p in pieces), max(p.bottom for p in pieces))


def _head_cols(p: _Piece, xs: Sequence[float], size: float) -> list[int]:
    """A head piece's columns: all it runs into by more than half a character when two or more."""
    loose = _touches(p, xs, size)
    return loose if len(loose) >= 2 else _covers(p, xs)


def _head_rows(strip: list[_Piece], xs: Sequence[float], size: float) -> list[_Row]:
    """A head strip whose top line spans columns that all hold text under it: two rows, the span's
    and the sub-heads' (text centred between them spanning both); else one row."""
    levels = sorted({round(p.mid, 1) for p in strip})
    for y in levels[:-1]:
        spans = [(p, _touches(p, xs, size)) for p in strip if round(p.mid, 1) == y]
        spans = [(p, cols) for p, cols in spans if len(cols) >= 2]
        under = {k: [q for q in strip if q.top >= p.bottom - 1 and k in _covers(q, xs)]
                 for p, cols in spans for k in cols}
        if not spans or not all(under.values()):
            continue
        sub = min(q.mid for qs in under.values() for q in qs) - 0.5
        upper = [p for p in strip if p.mid <= y + 0.5]
        lower = [p for p in strip if p.mid >= sub]
        tall = [p for p in strip if y + 0.5 < p.mid < sub]
        span_ids = {id(p) for p, _ in spans}
        rest = [(_head_cols(p, xs, size), p) for p in upper + tall if id(p) not in span_ids]
        taken = {k for cols, _ in rest for k in cols} | {k for _, cols in spans for k in cols}
        below = {k for q in lower for k in _covers(q, xs)}
        spans = [(p, _widen(cols, taken, below, len(xs) - 1)) for p, cols in spans]
        head = _Row([(cols, p) for p, cols in spans] + rest, {}, min(p.top for p in upper),
                    max(p.bottom for p in upper))
        head.tall = {k: 2 for p in tall for k in _head_cols(p, xs, size)}
        return [head, _row(lower, xs, size)]
    return [_row(strip, xs, size)]


def _widen(cols: list[int], taken: set[int], below: set[int], n: int) -> list[int]:
    """A span heading's columns grown over the free neighbours with a sub-head under them (a centred
    heading shorter than the columns it spans)."""
    lo, hi = cols[0], cols[-1]
    while lo > 0 and lo - 1 not in taken and lo - 1 in below:
        lo -= 1
        taken.add(lo)
    while hi < n - 1 and hi + 1 not in taken and hi + 1 in below:
        hi += 1
        taken.add(hi)
    return list(range(lo, hi + 1))


def _lines_pieces(chars: Sequence[Char], size: float) -> list[list[_Piece]]:
    return [_pieces(line, size) for line in printed_lines(chars)]


def _in_type(below: Sequence[Char], size: float) -> list[Char]:
    """The lines under a table's last rule down to the first printed in another type size than the table's
    (``size``): the page's running text after a table set in small type (its word gaps wider than half the
    table's characters) is none of the rows a page break cut off the table."""
    kept: list[Char] = []
    for line in printed_lines(below):
        if abs(_size(line) - size) > TYPE_SHARE * size:
            break
        kept += line
    return kept


def _cut_rows(below: Sequence[Char], x0: float, x1: float, size: float, headed: bool = False) -> list[_Piece]:
    """The rows of a table a page break cuts open after its last rule: every line down to the page's end
    (a short footer line left out), each row (lines whose boxes overlap) of two pieces or more; else none.
    Under a head alone between its two rules (``headed``: its body must follow), half the rows of two
    pieces or more will do (a group label, ``<2025>``, is a row of one)."""
    pieces = [p for x in _footless(_lines_pieces(below, size), x0, x1) for p in x]
    if headed and pieces:
        strips = _strips(pieces, STRIP_SHARE * size)
        return pieces if 2 * sum(1 for s in strips if len(s) >= 2) >= len(strips) else []
    return _columned_rows(pieces, size)


def _footless(lines: list[list[_Piece]], x0: float, x1: float) -> list[list[_Piece]]:
    """Lines with the short one-piece lines closing them (a page number) left out; not a line right
    under the one above it, no wider apart than a cell's wrapped lines (the last words of a cell wrapped
    or centred over the rows the page break cuts: ``육생 지원`` under ``팜 운영 및 교``)."""
    while lines and len(lines[-1]) == 1 and lines[-1][0].x1 - lines[-1][0].x0 < 0.2 * (x1 - x0):
        last = lines[-1][0]
        if len(lines) >= 2 and last.top - max(p.bottom for p in lines[-2]) < WRAP_GAP * (last.bottom - last.top):
            break
        lines.pop()
    return lines


def _columned_rows(pieces: list[_Piece], size: float) -> list[_Piece]:
    """The pieces when every row they make (lines whose boxes overlap) holds two pieces or more; else none."""
    if not pieces or any(len(s) < 2 for s in _strips(pieces, STRIP_SHARE * size)):
        return []
    return pieces


def _leaves(pieces: Sequence[_Piece]) -> list[_Piece]:
    """Head pieces with no other piece under them (the sub-heads, and the heads beside them)."""
    return [p for p in pieces if not any(q.top >= p.bottom - 1 and q.x0 < p.x1 and q.x1 > p.x0 for q in pieces)]


def _empty_columns(head: Sequence[_Piece], body: Sequence[_Piece]) -> list[_Piece]:
    """Sub-heads over no body text (the column under them prints nothing on this page)."""
    return [p for p in _leaves(head) if not any(q.x0 < p.x1 and q.x1 > p.x0 for q in body)]


def _grid(stack: list[_Rule], text: Sequence[Char], below: Sequence[Char] = (), above: Sequence[Char] = (),
          *, foot: bool = False, columns: Sequence[float] | None = None, goes_on: bool = False) -> Grid | None:
    """The grid of the rules ``stack`` (one extent, top to bottom) and the text between them. ``below``: the
    text under its last rule (rows a page break cut open, or a head at the page's ``foot`` its body left);
    ``above``: the text over its first rule (rows that go on a table the previous page's break cut, whose
    column edges are ``columns``: those rows alone over a lone rule keep them); ``goes_on``: the stack is
    the first of the page under that table's extent (:func:`_goes_on`), so one band between its rules
    holds that table's body rows, no head of its own (the head the break cut off at the page's foot)."""
    x0, x1 = min(r.x0 for r in stack), max(r.x1 for r in stack)
    top, bottom = stack[0].y, stack[-1].y
    chars = [c for c in text if _inside(c, x0, x1, top, bottom)]
    size = _size(chars or [*above, *below])
    bands: list[list[list[_Piece]]] = []  # per band (between two rules), its rows
    for a, b in zip(stack, stack[1:], strict=False):
        pieces = [p for line in printed_lines([c for c in chars if _inside(c, x0, x1, a.y, b.y)]) for p in _pieces(line, size)]
        bands.append(_strips(pieces, STRIP_SHARE * size))
    rules = [r.y for r in stack]
    carried = [p for x in _lines_pieces(above, size) for p in x]
    if len(stack) == 1 and not any(len(s) >= 2 for s in _strips(carried, STRIP_SHARE * size)):
        carried = []  # a lone line of text over a lone rule is no table's row (over a head rule: the head's rest)
    if carried:  # the rows the break carried over from the previous page: a band from their first line
        top = min(p.top for p in carried) - 1.0
        bands.insert(0, _strips(carried, STRIP_SHARE * size))
        rules.insert(0, top)
    below = _in_type(below, size) if chars else below
    cut = _cut_rows(below, x0, x1, size, headed=len(stack) == 2 and len(bands) == 1 and len(bands[0]) == 1)
    if cut and not _fit(cut, bands[-1] if len(stack) >= 3 else [], x0, x1, size, stack[-1].joints):
        cut = []  # text under a ruled body running across its columns: the page's text after the table
    head_only = False
    if cut and len(stack) == 1 and not carried:  # a lone rule at the page's foot: a head its body left
        if not foot or len(_footless(_lines_pieces(below, size), x0, x1)) > HEAD_LINES:
            return None
        head_only = True
    elif not cut and len(bands) == 1 and not carried and not _footless(_lines_pieces(below, size), x0, x1):
        head_only = foot  # nothing under the rules down to the page's end: a head, its body on the next page
    if cut:  # the rows a page break cuts off the table's bottom rule: a band to their last line
        bottom = max(p.bottom for p in cut) + 1.0
        bands.append(_strips(cut, STRIP_SHARE * size))
        rules.append(bottom)
    if not bands:
        return None
    strips = [s for band in bands for s in band]
    if head_only:
        n_head = len(strips)
        body = _leaves([p for s in strips for p in s])
    elif (carried or goes_on) and len(bands) == 1:  # rows the break carried over, no rule under a head of theirs
        n_head = 0
        body = [p for s in strips for p in s]
    else:
        n_head = len(bands[0]) if len(bands) > 1 else _unruled_head(bands[0])
        body = [p for band in (bands[1:] if len(bands) > 1 else [bands[0][n_head:]]) for s in band for p in s]
        if len(strips) < 2:
            return None
    if not body:
        return None
    empty = _empty_columns([p for s in strips[:n_head] for p in s], body)
    joints = [j for r in (stack[1:] or stack) for j in r.joints]
    xs = _columns(body, x0, x1, size, joints, empty) if n_head or not columns else [x0, *columns[1:-1], x1]
    if len(xs) < 3:
        return None
    rows: list[_Row] = []
    k = 0
    for band in bands:
        band_rows: list[_Row] = []
        for s in band if k < n_head else _wrapped(band, xs, size):
            band_rows += _head_rows(s, xs, size) if k < n_head else _body_rows(s, xs, size)
            k += 1
        rows += _bridges(_lone_labels(band_rows), size)
    return Grid((x0, top, x1, bottom), _boxes(rows, xs, top, bottom, rules),
                cut_above=bool(carried), cut_below=bool(cut) or head_only, head_only=head_only, open_sided=True)


def _unruled_head(strips: list[list[_Piece]]) -> int:
    """The head rows of a table ruled only over and under (no rule under its head): the first row at
    least, then the rows before the first that prints half as many cells as its fullest row (a spanning
    head line, ``연차별 투자계획`` over the years, prints fewer: as a body row it would cover the gaps
    between the columns under it)."""
    most = max((len(s) for s in strips), default=0)
    return max(1, next((k for k, s in enumerate(strips) if 2 * len(s) >= most), 1))


def _fit(cut: Sequence[_Piece], body: Sequence[Sequence[_Piece]], x0: float, x1: float, size: float,
         joints: Sequence[float]) -> bool:
    """Whether the rows under the last rule print in the columns of the body band over it (none: no
    body ruled off, nothing to fit): no piece of them runs across a column (into three columns or more)."""
    pieces = [p for s in body for p in s]
    if len(body) < 2 or not pieces:
        return True
    xs = _columns(pieces, x0, x1, size, joints)
    return len(xs) < 4 or all(len(_touches(p, xs, size)) <= 2 for p in cut)


def _wrapped(band: list[list[_Piece]], xs: Sequence[float], size: float) -> list[list[_Piece]]:
    """A body band's strips with a cell wrapped over three lines or more beside one-line cells centred on
    it put together: a strip of two columns or more between two strips that each print one column's
    text alone, the same column it prints too, each less than a line's height from it (the wrapped
    cell's outer lines stand too far from the row's line to overlap it). Not when a lone strip is as
    near another such row (group labels between rows: ``<2025>`` over one row, ``<2026>`` between it
    and the next, belong to neither)."""
    n = len(band)

    def beside(i: int, j: int) -> bool:  # strip i a row of two columns or more, j one column alone by it
        return 0 <= i < n and 0 <= j < n and _continues(band[i], band[j], xs, size)

    def cols(j: int) -> set[int]:
        return {k for p in band[j] for k in _covers(p, xs)}

    groups: dict[int, int] = {}  # first strip of a group -> its last (groups never overlap: i moves past one)
    i = 1
    while i < n - 1:
        if beside(i, i - 1) and beside(i, i + 1) and cols(i - 1) == cols(i + 1) \
                and not beside(i - 2, i - 1) and not beside(i + 2, i + 1):
            groups[i - 1] = i + 1
            i += 3
        else:
            i += 1
    out: list[list[_Piece]] = []
    j = 0
    while j < n:
        last = groups.get(j, j)
        out.append([p for s in band[j:last + 1] for p in s])
        j = last + 1
    return out


def _continues(row: list[_Piece], lone: list[_Piece], xs: Sequence[float], size: float) -> bool:
    """Whether strip ``lone`` prints one column's text alone right above or under ``row``'s text in
    that column (the two strips in either order), ``row`` printing two columns or more."""
    cols = {k for p in lone for k in _covers(p, xs)}
    if len(cols) != 1 or len({k for p in row for k in _covers(p, xs)}) < 2:
        return False
    mine = [p for p in row if cols & set(_covers(p, xs))]
    if not mine:
        return False
    gap = max(min(q.top for q in mine) - max(p.bottom for p in lone), min(p.top for p in lone) - max(q.bottom for q in mine))
    return 0 <= gap < size


def _levels(pieces: Sequence[_Piece], size: float) -> list[float]:
    """The distinct line heights of some pieces (middles within a third of a character)."""
    out: list[float] = []
    for m in sorted(p.mid for p in pieces):
        if not out or m - out[-1] > size / 3:
            out.append(m)
    return out


def _body_rows(strip: list[_Piece], xs: Sequence[float], size: float) -> list[_Row]:
    """A body strip as rows. One row (cells wrapped over lines beside one-line cells centred on them),
    unless more columns print the same two lines or more (a row a line: the modal pattern) than
    columns print one line: then a row a line of that pattern, and a column's run of other lines (a
    cell centred on the rows it spans, or wrapped on its row) a cell over the rows its text reaches,
    or, between two rows, over those two."""
    levels = _levels(strip, size)
    if len(levels) < 2:
        return [_row(strip, xs)]
    per_col: dict[int, set[int]] = {}
    for p in strip:
        at = min(range(len(levels)), key=lambda i: abs(levels[i] - p.mid))
        for k in _covers(p, xs):
            per_col.setdefault(k, set()).add(at)
    patterns = Counter(tuple(sorted(v)) for v in per_col.values() if len(v) >= 2)
    single = sum(1 for v in per_col.values() if len(v) == 1)
    if not patterns:
        return [_row(strip, xs)]
    modal, count = patterns.most_common(1)[0]
    if count < 2 or count <= single or _wrapped_lines(strip, levels, modal, xs, size):
        return [_row(strip, xs)]
    lines = [levels[i] for i in modal]
    groups: list[list[_Piece]] = [[] for _ in lines]
    loose: dict[int, list[_Piece]] = {}  # pieces off the rows' lines, by column
    for p in strip:
        i = min(range(len(lines)), key=lambda i: abs(lines[i] - p.mid))
        if abs(lines[i] - p.mid) <= size / 3:
            groups[i].append(p)
        else:
            loose.setdefault(_covers(p, xs)[0], []).append(p)
    keep = [i for i, g in enumerate(groups) if g]
    rows = [_row(groups[i], xs) for i in keep]
    lines = [lines[i] for i in keep]
    for run in (r for ps in loose.values() for r in _runs(ps, size)):
        lo, hi = min(p.top for p in run) - size / 2, max(p.bottom for p in run) + size / 2
        reach = [i for i, y in enumerate(lines) if lo <= y <= hi]
        if not reach:  # between two rows: over both; under the last row's line: the last row's (a
            # wrapped cell's last line under the one-line cells centred on its row)
            below = next((i for i, y in enumerate(lines) if y > hi), None)
            reach = [len(lines) - 1] if below is None else [max(below - 1, 0), below]
        first = rows[reach[0]]
        cols = sorted({k for p in run for k in _covers(p, xs)})
        first.cells += [(cols, p) for p in run]
        if reach[-1] > reach[0]:
            first.tall.update({k: reach[-1] - reach[0] + 1 for k in cols})
    return rows


def _wrapped_lines(strip: list[_Piece], levels: list[float], modal: tuple[int, ...], xs: Sequence[float],
                   size: float) -> bool:
    """Whether the lines of the modal pattern are each cell's wrapped lines, not rows: in every column
    printing them, each line stands under the one above no wider apart than a cell's wrapped lines
    (rows stand a cell's padding apart besides; cells centred on the lines then are one row's)."""
    by_col: dict[int, dict[int, _Piece]] = {}
    for p in strip:
        at = min(range(len(levels)), key=lambda i: abs(levels[i] - p.mid))
        if at in modal:
            for k in _covers(p, xs):
                by_col.setdefault(k, {})[at] = p
    cols = [ps for ps in by_col.values() if set(ps) == set(modal)]
    return bool(cols) and all(ps[b].top - ps[a].bottom < WRAP_GAP * size
                              for ps in cols for a, b in itertools.pairwise(modal))


def _bridges(rows: list[_Row], size: float) -> list[_Row]:
    """A cell wrapped over two rows (a project centred on three rows, its lines falling on the rows'
    gaps): where a column's text runs from one row into the next at a wrapped cell's line gap while
    the other columns' texts stand a row's gap apart, that column's cell spans the two rows."""
    def ends(row: _Row, k: int, last: bool) -> _Piece | None:
        ps = [p for cols, p in row.cells if k in cols]
        return (max(ps, key=lambda p: p.bottom) if last else min(ps, key=lambda p: p.top)) if ps else None

    for i in range(len(rows) - 1):
        a, b = rows[i], rows[i + 1]
        cols = {k for cols, _ in a.cells for k in cols} & {k for cols, _ in b.cells for k in cols}
        gaps = {}
        for k in cols:
            p, q = ends(a, k, True), ends(b, k, False)
            if p is not None and q is not None:
                gaps[k] = q.top - p.bottom
        near = [k for k, g in gaps.items() if g < WRAP_GAP * size and k not in a.tall]
        apart = [k for k, g in gaps.items() if g >= WRAP_GAP * size]
        if not near or len(apart) < 2:
            continue
        for k in near:
            moved = [(c, p) for c, p in b.cells if k in c]
            b.cells = [(c, p) for c, p in b.cells if k not in c]
            a.cells += moved
            a.tall[k] = 2 + b.tall.pop(k, 1) - 1
    return rows


def _runs(pieces: list[_Piece], size: float) -> list[list[_Piece]]:
    """A column's pieces top to bottom in runs of lines no wider apart than a wrapped cell's."""
    out: list[list[_Piece]] = []
    for p in sorted(pieces, key=lambda p: p.top):
        if out and p.top - out[-1][-1].bottom < WRAP_GAP * size:
            out[-1].append(p)
        else:
            out.append([p])
    return out


def _lone_labels(rows: list[_Row]) -> list[_Row]:
    """Rows whose text stands only in columns both rows around them leave empty are labels centred on
    those two rows (a source over its 계획 and 확보 rows): a cell spanning them, no row of their own."""
    out = list(rows)
    i = 1
    while i < len(out) - 1:
        mine = {k for cols, _ in out[i].cells for k in cols}
        above = {k for cols, _ in out[i - 1].cells for k in cols}
        below = {k for cols, _ in out[i + 1].cells for k in cols}
        if mine and not out[i].tall and not out[i - 1].tall and not mine & (above | below) \
                and above - mine and below - mine:
            out[i - 1].cells += out[i].cells
            out[i - 1].tall.update({k: 2 for k in mine})
            del out[i]
        i += 1
    return out


def _boxes(rows: list[_Row], xs: Sequence[float], top: float, bottom: float,
           rules: Sequence[float]) -> list[tuple[float, float, float, float]]:
    """Cell boxes: row edges at the rules and between the rows' text; a piece spanning columns a
    cell of them all; a tall column's cell spanning its row and the next."""
    ys = [top]
    for a, b in zip(rows, rows[1:], strict=False):
        at = [r for r in rules if a.bottom - EDGE_TOL <= r <= b.top + EDGE_TOL]
        ys.append(at[0] if at else (a.bottom + b.top) / 2)
    ys.append(bottom)
    boxes: list[tuple[float, float, float, float]] = []
    covered: set[tuple[int, int]] = set()
    for i, row in enumerate(rows):
        for cols, _ in sorted(row.cells, key=lambda c: c[0][0]):
            free = [k for k in cols if (i, k) not in covered]
            if len(free) >= 2 and free == list(range(free[0], free[-1] + 1)):
                down = min(max(row.tall.get(k, 1) for k in free), len(rows) - i)
                boxes.append((xs[free[0]], ys[i], xs[free[-1] + 1], ys[i + down]))
                covered.update((i + d, k) for k in free for d in range(down))
        for k in range(len(xs) - 1):
            if (i, k) in covered:
                continue
            down = min(row.tall.get(k, 1), len(rows) - i)
            boxes.append((xs[k], ys[i], xs[k + 1], ys[i + down]))
            covered.update((i + d, k) for d in range(down))
    return boxes
