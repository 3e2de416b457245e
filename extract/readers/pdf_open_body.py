"""An open-sided table's (:mod:`pdf_open_tables`) body strips as rows: cells wrapped over lines beside
one-line cells, a row a line, cells centred on or wrapped over the rows they span, labels between rows."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

from pledgecard.extract.readers.pdf_open_pieces import WRAP_GAP, Piece
from pledgecard.extract.readers.pdf_open_rows import Row, covers, piece_row


def wrapped(band: list[list[Piece]], xs: Sequence[float], size: float) -> list[list[Piece]]:
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
        return {k for p in band[j] for k in covers(p, xs)}

    groups: dict[int, int] = {}  # first strip of a group -> its last (groups never overlap: i moves past one)
    i = 1
    while i < n - 1:
        if (
            beside(i, i - 1)
            and beside(i, i + 1)
            and cols(i - 1) == cols(i + 1)
            and not beside(i - 2, i - 1)
            and not beside(i + 2, i + 1)
        ):
            groups[i - 1] = i + 1
            i += 3
        else:
            i += 1
    out: list[list[Piece]] = []
    j = 0
    while j < n:
        last = groups.get(j, j)
        out.append([p for s in band[j : last + 1] for p in s])
        j = last + 1
    return out


def _continues(row: list[Piece], lone: list[Piece], xs: Sequence[float], size: float) -> bool:
    """Whether strip ``lone`` prints one column's text alone right above or under ``row``'s text in
    that column (the two strips in either order), ``row`` printing two columns or more."""
    cols = {k for p in lone for k in covers(p, xs)}
    if len(cols) != 1 or len({k for p in row for k in covers(p, xs)}) < 2:
        return False
    mine = [p for p in row if cols & set(covers(p, xs))]
    if not mine:
        return False
    gap = max(
        min(q.top for q in mine) - max(p.bottom for p in lone),
        min(p.top for p in lone) - max(q.bottom for q in mine),
    )
    return 0 <= gap < size


def _levels(pieces: Sequence[Piece], size: float) -> list[float]:
    """The distinct line heights of some pieces (middles within a third of a character)."""
    out: list[float] = []
    for m in sorted(p.mid for p in pieces):
        if not out or m - out[-1] > size / 3:
            out.append(m)
    return out


def body_rows(strip: list[Piece], xs: Sequence[float], size: float) -> list[Row]:
    """A body strip as rows. One row (cells wrapped over lines beside one-line cells centred on them),
    unless more columns print the same two lines or more (a row a line: the modal pattern) than
    columns print one line: then a row a line of that pattern, and a column's run of other lines (a
    cell centred on the rows it spans, or wrapped on its row) a cell over the rows its text reaches,
    or, between two rows, over those two."""
    levels = _levels(strip, size)
    if len(levels) < 2:
        return [piece_row(strip, xs)]
    per_col: dict[int, set[int]] = {}
    for p in strip:
        at = min(range(len(levels)), key=lambda i: abs(levels[i] - p.mid))
        for k in covers(p, xs):
            per_col.setdefault(k, set()).add(at)
    patterns = Counter(tuple(sorted(v)) for v in per_col.values() if len(v) >= 2)
    single = sum(1 for v in per_col.values() if len(v) == 1)
    if not patterns:
        return [piece_row(strip, xs)]
    modal, count = patterns.most_common(1)[0]
    if count < 2 or count <= single or _wrapped_lines(strip, levels, modal, xs, size):
        return [piece_row(strip, xs)]
    lines = [levels[i] for i in modal]
    groups: list[list[Piece]] = [[] for _ in lines]
    loose: dict[int, list[Piece]] = {}  # pieces off the rows' lines, by column
    for p in strip:
        i = min(range(len(lines)), key=lambda i: abs(lines[i] - p.mid))
        if abs(lines[i] - p.mid) <= size / 3:
            groups[i].append(p)
        else:
            loose.setdefault(covers(p, xs)[0], []).append(p)
    keep = [i for i, g in enumerate(groups) if g]
    rows = [piece_row(groups[i], xs) for i in keep]
    lines = [lines[i] for i in keep]
    for run in (r for ps in loose.values() for r in _runs(ps, size)):
        lo, hi = min(p.top for p in run) - size / 2, max(p.bottom for p in run) + size / 2
        reach = [i for i, y in enumerate(lines) if lo <= y <= hi]
        if not reach:  # between two rows: over both; under the last row's line: the last row's (a
            # wrapped cell's last line under the one-line cells centred on its row)
            below = next((i for i, y in enumerate(lines) if y > hi), None)
            reach = [len(lines) - 1] if below is None else [max(below - 1, 0), below]
        first = rows[reach[0]]
        cols = sorted({k for p in run for k in covers(p, xs)})
        first.cells += [(cols, p) for p in run]
        if reach[-1] > reach[0]:
            first.tall.update({k: reach[-1] - reach[0] + 1 for k in cols})
    return rows


def _wrapped_lines(
    strip: list[Piece], levels: list[float], modal: tuple[int, ...], xs: Sequence[float], size: float
) -> bool:
    """Whether the lines of the modal pattern are each cell's wrapped lines, not rows: in every column
    printing them, each line stands under the one above no wider apart than a cell's wrapped lines
    (rows stand a cell's padding apart besides; cells centred on the lines then are one row's)."""
    by_col: dict[int, dict[int, Piece]] = {}
    for p in strip:
        at = min(range(len(levels)), key=lambda i: abs(levels[i] - p.mid))
        if at in modal:
            for k in covers(p, xs):
                by_col.setdefault(k, {})[at] = p
    cols = [ps for ps in by_col.values() if set(ps) == set(modal)]
    return bool(cols) and all(
        ps[b].top - ps[a].bottom < WRAP_GAP * size for ps in cols for a, b in itertools.pairwise(modal)
    )


def bridges(rows: list[Row], size: float) -> list[Row]:
    """A cell wrapped over two rows (a project centred on three rows, its lines falling on the rows'
    gaps): where a column's text runs from one row into the next at a wrapped cell's line gap while
    the other columns' texts stand a row's gap apart, that column's cell spans the two rows. A piece spanning
    columns (a head's span heading over its sub-heads) is no one column's wrapped line: a scan's text layer
    sets the sub-heads a point or two apart, some of them as near the span as a wrapped line (dallae-city 101
    printed 2-up as a searchable scan: its years were read into the span's cell)."""

    def ends(row: Row, k: int, last: bool) -> Piece | None:
        ps = [p for cols, p in row.cells if k in cols and len(cols) == 1]
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


def _runs(pieces: list[Piece], size: float) -> list[list[Piece]]:
    """A column's pieces top to bottom in runs of lines no wider apart than a wrapped cell's."""
    out: list[list[Piece]] = []
    for p in sorted(pieces, key=lambda p: p.top):
        if out and p.top - out[-1][-1].bottom < WRAP_GAP * size:
            out[-1].append(p)
        else:
            out.append([p])
    return out


def lone_labels(rows: list[Row]) -> list[Row]:
    """Rows whose text stands only in columns both rows around them leave empty are labels centred on
    those two rows (a source over its 계획 and 확보 rows): a cell spanning them, no row of their own."""
    out = list(rows)
    i = 1
    while i < len(out) - 1:
        mine = {k for cols, _ in out[i].cells for k in cols}
        above = {k for cols, _ in out[i - 1].cells for k in cols}
        below = {k for cols, _ in out[i + 1].cells for k in cols}
        if (
            mine
            and not out[i].tall
            and not out[i - 1].tall
            and not mine & (above | below)
            and above - mine
            and below - mine
        ):
            out[i - 1].cells += out[i].cells
            out[i - 1].tall.update({k: 2 for k in mine})
            del out[i]
        i += 1
    return out
