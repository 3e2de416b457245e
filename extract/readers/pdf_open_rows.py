"""An open-sided table's (:mod:`pdf_open_tables`) columns and rows: column edges at the gaps no body piece
covers, the columns a piece covers, a head strip as one row or as a span's row over its sub-heads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pledgecard.extract.readers.pdf_open_pieces import GAP_SHARE, SPAN_SHARE, Piece

SPLIT_TOL = 2.0  # points: a rule's joint this close to a column edge found from the gaps is that edge


def column_edges(
    body: Sequence[Piece],
    x0: float,
    x1: float,
    size: float,
    joints: Sequence[float],
    empty: Sequence[Piece] = (),
    rules: Sequence[float] = (),
) -> list[float]:
    """Column edges: the table's ends and a boundary in every gap no body piece covers; where the gap
    holds a sub-head over no body text (``empty``) between cell edges of the rule, those edges (a column
    that prints nothing on this page). ``rules``: the heights of the table's horizontal rules, which part its
    rows (:func:`_spanned_joints` counts rows, not lines)."""
    spans: list[list[float]] = []
    for p in sorted(body, key=lambda p: p.x0):
        if spans and p.x0 < spans[-1][1] + GAP_SHARE * size:
            spans[-1][1] = max(spans[-1][1], p.x1)
        else:
            spans.append([p.x0, p.x1])
    edges = [x0]
    for (_, g0), (g1, _) in zip(spans, spans[1:], strict=False):
        inner = [j for j in joints if g0 < j < g1]
        around = sorted(
            {
                j
                for p in empty
                if g0 <= p.x0 and p.x1 <= g1
                for j in (
                    max((j for j in inner if j <= p.x0), default=None),
                    min((j for j in inner if j >= p.x1), default=None),
                )
                if j is not None
            }
        )
        if len(around) >= 2:
            edges += around
            continue
        if joints and not inner and g1 - g0 < size:
            continue  # a rule drawn cell by cell has no cell edge here: a spaced word's gap (국  비)
        edges.append(min(inner, key=lambda j: abs(j - (g0 + g1) / 2)) if inner else (g0 + g1) / 2)
    edges += _spanned_joints(body, joints, edges, x1, rules)
    return sorted([*edges, x1])


def _spanned_joints(
    body: Sequence[Piece],
    joints: Sequence[float],
    edges: Sequence[float],
    x1: float,
    rules: Sequence[float] = (),
) -> list[float]:
    """The cell edges of the rule (``joints``) that rows' last pieces run across: a label-left grid ruled by lines only
    (공약명 | value over the rest, 관리번호 | 3-6 | 추진상황 | 정상추진: session 39's doc-areum-city-3-6) prints its spanning
    values over the edge the other rows keep. An edge is one where two rows or more print a piece on each side of it,
    and every piece covering it is its line's last (a value spanning to the row's end, never a cell amid its row) and
    starts where a value of those rows starts (:func:`_left_aligned`: set from the left, never centred). Rows are
    told by the horizontal ``rules`` between them: the lines of one row (its cells wrapped) are one row (review
    mendh 39: a row of two lines counted as two); without rules between the lines, every line a row."""
    lines: list[list[Piece]] = []
    for p in sorted(body, key=lambda p: (p.top, p.x0)):
        if lines and p.top < lines[-1][0].bottom and p.bottom > lines[-1][0].top:
            lines[-1].append(p)
        else:
            lines.append([p])
    if len({_row_of(ln, rules) for ln in lines}) < 2:
        rules = ()  # no rule between the lines (a table ruled over and under only): every line a row
    out: list[float] = []
    for j in sorted(set(joints)):
        if any(abs(j - e) <= SPLIT_TOL for e in [*edges, x1, *out]):
            continue
        held = [
            ln
            for ln in lines
            if any(p.x1 <= j for p in ln)
            and any(p.x0 >= j for p in ln)
            and not any(p.x0 < j < p.x1 for p in ln)
        ]
        crossing = [(ln, p) for ln in lines for p in ln if p.x0 < j < p.x1]
        if (
            crossing
            and len({_row_of(ln, rules) if rules else k for k, ln in enumerate(held)}) >= 2
            and all(p.x1 == max(q.x1 for q in ln) for ln, p in crossing)
            and all(_left_aligned(p, held, j) for _, p in crossing)
        ):
            out.append(j)
    return out


def _row_of(line: Sequence[Piece], rules: Sequence[float]) -> int:
    """The row a line stands in: the number of the table's horizontal rules above its middle."""
    mid = (line[0].top + line[0].bottom) / 2
    return sum(1 for y in rules if y <= mid)


def _left_aligned(p: Piece, held: Sequence[Sequence[Piece]], j: float) -> bool:
    """Whether a piece running over the edge ``j`` starts where a value of a row keeping the edge starts, left of
    it (a spanning value set from its cell's left as the other rows' values are): a value centred in its span
    (doc-areum-city-3-6 centred, review h) starts nowhere another does, and the edge stays unproven."""
    return any(abs(q.x0 - p.x0) <= SPLIT_TOL for ln in held for q in ln if q.x1 <= j)


def covers(p: Piece, xs: Sequence[float]) -> list[int]:
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


def _touches(p: Piece, xs: Sequence[float], size: float) -> list[int]:
    """The columns a piece runs into by more than half a character (a centred span heading reaches
    into the outer columns it spans by less than a share of them)."""
    return [k for k in range(len(xs) - 1) if min(p.x1, xs[k + 1]) - max(p.x0, xs[k]) > GAP_SHARE * size]


@dataclass(slots=True)
class Row:
    """One grid row: its pieces with the columns each fills, and the columns whose cell spans the next
    row too (a head cell beside a span heading, centred on both head rows)."""

    cells: list[tuple[list[int], Piece]]
    tall: dict[int, int]  # column -> the rows its cell spans from this one (2 or more)
    top: float
    bottom: float


def piece_row(pieces: Sequence[Piece], xs: Sequence[float], size: float = 0.0) -> Row:
    """A row of pieces; a head row's (``size`` given) piece running into a column by more than half a
    character spans it (a head cell's text stays inside its cell)."""
    cells = [(_head_cols(p, xs, size) if size else covers(p, xs), p) for p in pieces]
    return Row(cells, {}, min(p.top for p in pieces), max(p.bottom for p in pieces))


def _head_cols(p: Piece, xs: Sequence[float], size: float) -> list[int]:
    """A head piece's columns: all it runs into by more than half a character when two or more."""
    loose = _touches(p, xs, size)
    return loose if len(loose) >= 2 else covers(p, xs)


def head_rows(strip: list[Piece], xs: Sequence[float], size: float) -> list[Row]:
    """A head strip whose top line spans columns that all hold text under it: two rows, the span's
    and the sub-heads' (text centred between them spanning both); else one row."""
    levels = sorted({round(p.mid, 1) for p in strip})
    for y in levels[:-1]:
        spans = [(p, _touches(p, xs, size)) for p in strip if round(p.mid, 1) == y]
        spans = [(p, cols) for p, cols in spans if len(cols) >= 2]
        under = {
            k: [q for q in strip if q.top >= p.bottom - 1 and k in covers(q, xs)]
            for p, cols in spans
            for k in cols
        }
        if not spans or not all(under.values()):
            continue
        sub = min(q.top for qs in under.values() for q in qs)  # the sub-heads' line from its top: a scan's
        # text layer sets the pieces of one line a point or two apart, a piece centred on both lines stays above it
        upper = [p for p in strip if p.mid <= y + 0.5]
        lower = [p for p in strip if p.mid >= sub]
        tall = [p for p in strip if y + 0.5 < p.mid < sub]
        span_ids = {id(p) for p, _ in spans}
        rest = [(_head_cols(p, xs, size), p) for p in upper + tall if id(p) not in span_ids]
        taken = {k for cols, _ in rest for k in cols} | {k for _, cols in spans for k in cols}
        below = {k for q in lower for k in covers(q, xs)}
        spans = [(p, _widen(cols, taken, below, len(xs) - 1)) for p, cols in spans]
        head = Row(
            [(cols, p) for p, cols in spans] + rest,
            {},
            min(p.top for p in upper),
            max(p.bottom for p in upper),
        )
        head.tall = {k: 2 for p in tall for k in _head_cols(p, xs, size)}
        return [head, piece_row(lower, xs, size)]
    return [piece_row(strip, xs, size)]


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


def leaves(pieces: Sequence[Piece]) -> list[Piece]:
    """Head pieces with no other piece under them (the sub-heads, and the heads beside them)."""
    return [
        p for p in pieces if not any(q.top >= p.bottom - 1 and q.x0 < p.x1 and q.x1 > p.x0 for q in pieces)
    ]


def empty_columns(head: Sequence[Piece], body: Sequence[Piece]) -> list[Piece]:
    """Sub-heads over no body text (the column under them prints nothing on this page)."""
    return [p for p in leaves(head) if not any(q.x0 < p.x1 and q.x1 > p.x0 for q in body)]


def fits_body(
    cut: Sequence[Piece],
    body: Sequence[Sequence[Piece]],
    x0: float,
    x1: float,
    size: float,
    joints: Sequence[float],
) -> bool:
    """Whether the rows under the last rule print in the columns of the body band over it (none: no
    body ruled off, nothing to fit): no piece of them runs across a column (into three columns or more)."""
    pieces = [p for s in body for p in s]
    if len(body) < 2 or not pieces:
        return True
    xs = column_edges(pieces, x0, x1, size, joints)
    return len(xs) < 4 or all(len(_touches(p, xs, size)) <= 2 for p in cut)


def unruled_head(strips: list[list[Piece]]) -> int:
    """The head rows of a table ruled only over and under (no rule under its head): the first row at
    least, then the rows before the first that prints half as many cells as its fullest row (a spanning
    head line, ``연차별 투자계획`` over the years, prints fewer: as a body row it would cover the gaps
    between the columns under it)."""
    most = max((len(s) for s in strips), default=0)
    return max(1, next((k for k, s in enumerate(strips) if 2 * len(s) >= most), 1))
