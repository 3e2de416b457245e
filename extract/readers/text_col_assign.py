"""The block's columns (centres, pitch, extents) and each row's cells assigned to them, or None when uncertain."""

from __future__ import annotations

from pledgecard.extract.readers.text_cells import RCell, Row
from pledgecard.extract.readers.text_lines import is_figure

AMBIGUITY_MARGIN = 2.0  # columns: a cell's best place must beat any other free place by this much
MAX_DRIFT = 0.6  # a cell's centre may sit at most this share of the column pitch from its column


def lines_apart(cell: RCell, centres: list[float], wide: bool) -> bool:
    """A cell of several lines whose lines, each on its own, lie nearest different columns
    (``총사업비`` centred over two header lines beside ``2023년`` on the lower one, touching only in
    a measure where a Hangul word pushed one into the other): two cells run together."""
    if len({s.line for s in cell.segs}) < 2:
        return False
    near = []  # (first, last, nearest column) of each line
    for line in {s.line for s in cell.segs}:
        spans = [s.span(wide) for s in cell.segs if s.line == line]
        a, b = min(x for x, _ in spans), max(y for _, y in spans)
        near.append((a, b, min(range(len(centres)), key=lambda j: abs(centres[j] - (a + b) / 2))))
    # apart: no line reaches over the column another line lies nearest, and the two lines
    # overlap by less than half the shorter (the lines of one wrapped cell, centred in it,
    # overlap by most of the shorter one)
    return any(
        j != k
        and not a0 <= centres[k] <= b0
        and not a1 <= centres[j] <= b1
        and 2 * (min(b0, b1) - max(a0, a1)) < min(b0 - a0, b1 - a1)
        for a0, b0, j in near
        for a1, b1, k in near
    )


def _segments_apart(cell: RCell, centres: list[float], wide: bool) -> bool:
    """A cell holding two segments of one line (printed two spaces apart or more), each lying
    nearest a column of its own (``탄소중립 교육생 양성(60명)    69명`` under 목표 | 실적, the
    Hangul of the first pushing its extent over the second in a measure): two cells this measure
    ran together."""
    for line in {s.line for s in cell.segs}:
        segs = [s.span(wide) for s in cell.segs if s.line == line]
        near = {min(range(len(centres)), key=lambda j: abs(centres[j] - (a + b) / 2)) for a, b in segs}
        if len(near) >= 2:
            return True
    return False


def assign_columns(
    cells: list[RCell],
    centres: list[float],
    pitch: float,
    extents: list[tuple[int, int]],
    wide: bool = True,
    firm: bool = False,
) -> list[tuple[int, int]] | None:
    """Columns (first, span) for each cell, in order, or None when a cell's place is not unique.
    ``firm``: the rows with the most cells are each printed on one line (the columns they set are
    not pieced together from several lines), so a cell set flush left of the first column is its.
    A cell with a digit in a gap between two columns (:func:`_between`) is merged over both only where that
    places the row; else it is one column's (a year head printed left of its figures, ``2026`` between the 2025
    and 2026 columns of a goal matrix whose rows' labels pushed the figures right, leaving the ``구분`` head
    beside it no two columns to span)."""
    got = _assign(cells, centres, pitch, extents, wide, firm, True)
    if got is None and any(_digit(c) and _between(c, extents) is not None for c in cells):
        return _assign(cells, centres, pitch, extents, wide, firm, False)
    return got


def _digit(cell: RCell) -> bool:
    return any(ch.isdigit() for s in cell.segs for ch in s.text)


def _assign(
    cells: list[RCell],
    centres: list[float],
    pitch: float,
    extents: list[tuple[int, int]],
    wide: bool,
    firm: bool,
    digits: bool,
) -> list[tuple[int, int]] | None:
    """:func:`assign_columns`; ``digits``: a cell with a digit may be merged over the two columns it lies between."""
    n, m = len(centres), len(cells)
    if m > n:
        return None
    places: list[tuple[int, int] | None] = [None] * m
    singles: list[int] = []
    for i, c in enumerate(cells):
        covered = [j for j, x in enumerate(centres) if c.x0 <= x <= c.x1]
        if lines_apart(c, centres, wide) or _segments_apart(c, centres, wide):
            return None  # lines of two cells ran together: this measure cannot tell them apart
        if len(covered) >= 2 and (c.x1 - c.x0) > pitch * 1.2:
            if len({s.line for s in c.segs}) > 1:
                return None  # lines of two cells ran together: this measure cannot tell them apart
            if m < n:  # (a row of n one-line cells for n columns has one cell in each)
                places[i] = (covered[0], len(covered))
            else:
                singles.append(i)
        else:
            singles.append(i)
    merged = (
        [
            (i, j)
            for i in singles
            for j in (_between(cells[i], extents),)
            if j is not None and (digits or not _digit(cells[i]))
        ]
        if m == n - 1
        else []
    )
    if len(merged) == 1:  # the one merged cell of its row
        places[merged[0][0]] = (merged[0][1], 2)
        singles.remove(merged[0][0])
    if m == n and not any(p is not None and p[1] > 1 for p in places):
        return [(j, 1) for j in range(n)]

    # monotone assignment of the single cells by dynamic programming on centre distance
    def lo_hi(i: int) -> tuple[int, int]:
        lo = max((p[0] + p[1] for p in places[:i] if p is not None), default=0)
        hi = min((p[0] for p in places[i + 1 :] if p is not None), default=n)
        return lo, hi

    prev: dict[int, tuple[float, list[int]]] = {-1: (0.0, [])}
    for i in singles:
        lo, hi = lo_hi(i)
        cur: dict[int, tuple[float, list[int]]] = {}
        for j in range(lo, hi):
            best = min(((v[0], k) for k, v in prev.items() if k < j), default=None)
            if best is None:
                continue
            d = abs(cells[i].centre - centres[j])
            cur[j] = (best[0] + d, [*prev[best[1]][1], j])
        if not cur:
            return None
        prev = cur
    path = min(prev.values())[1] if singles else []
    for i, j in zip(singles, path, strict=True):
        places[i] = (j, 1)
    # certainty: each single cell's column must be clearly nearer than any other free column
    taken = [p for p in places if p is not None]
    spans = m == n - 1 and all(p[1] == 1 for p in taken)  # one cell may span two columns
    for i, (j, _) in zip(singles, [places[i] for i in singles], strict=True):  # type: ignore[misc]
        d = abs(cells[i].centre - centres[j])
        inside = extents[j][0] <= cells[i].centre <= extents[j][1]
        flush_left = (
            firm and j == 0 and cells[i].x0 <= extents[0][0] and n > 1 and cells[i].x1 < extents[1][0]
        )
        if d > MAX_DRIFT * pitch and not inside and not flush_left:  # (no column left of the first one:
            return None  # a row label set flush left under a head centred in a wide column is the first's)
        edged = {k for k, (a, b) in enumerate(extents) if a == cells[i].x0 or b == cells[i].x1}
        if edged and j not in edged:
            return None  # nearest by its centre, but flush with another column's edge
        lo = max((p[0] + p[1] for p in taken if p[0] < j), default=0)
        hi = min((p[0] for p in taken if p[0] > j), default=n)
        near = [
            k for k in range(lo, hi) if k != j and abs(cells[i].centre - centres[k]) - d < AMBIGUITY_MARGIN
        ]
        if near and _flush_own_left(cells[i], j, extents):
            continue  # set where its column's cells start (after an empty cell): its column, spanning nothing
        if near and spans and _spans_two(cells[i], j, near, centres):
            places[i] = (min(j, near[0]), 2)
            spans = False
        elif near:
            return None
    return [p for p in places if p is not None]


def _flush_own_left(cell: RCell, j: int, extents: list[tuple[int, int]]) -> bool:
    """A one-line cell starting exactly where column ``j``'s cells start, within that column's extent and
    clear of every other column's (``-`` under ``지방비`` after an empty cell, nearly as near the empty
    column's centre as its own's, the wide ``지방비`` pulling its column's centre right): aligned, so its
    column's - neither the empty one beside it nor both."""
    if len({s.line for s in cell.segs}) != 1 or cell.x0 != extents[j][0] or cell.x1 > extents[j][1]:
        return False
    return all(cell.x1 <= a or b <= cell.x0 for k, (a, b) in enumerate(extents) if k != j)


def _spans_two(cell: RCell, j: int, near: list[int], centres: list[float]) -> bool:
    """A one-line word cell (no figure, no dash) of a row one cell short, as near the free column beside its
    own as its own, lying between their centres (``구분`` over an indicator column and its 목표 / 실적
    column, the head printed a little off the columns below): one cell merged over both."""
    if len(near) != 1 or abs(near[0] - j) != 1 or len({s.line for s in cell.segs}) != 1:
        return False
    if any(ch.isdigit() for s in cell.segs for ch in s.text) or any(is_figure(s.text) for s in cell.segs):
        return False  # (a dash printed for none is a figure's cell too: never merged over two columns)
    a, b = sorted((j, near[0]))
    return centres[a] < cell.centre < centres[b]


def _between(cell: RCell, extents: list[tuple[int, int]]) -> int | None:
    """Column ``j`` when a one-line cell lies in the blank gap between columns ``j`` and ``j + 1``,
    touching neither (a space clear of each) but filling half of it or more, centred on the two together (``구분`` over a source column and its 계획 /
    집행 column: one cell merged over both, which ``pdftotext -layout`` centres between them)."""
    if len({s.line for s in cell.segs}) != 1:
        return None
    for j in range(len(extents) - 1):
        (a0, a1), (b0, b1) = extents[j], extents[j + 1]
        if (
            a1 < cell.x0
            and cell.x1 < b0
            and abs(cell.centre - (a0 + b1) / 2) <= 1
            and 2 * (cell.x1 - cell.x0) >= b0 - a1
        ):  # it fills most of the gap
            return j
    return None


def column_layout(
    rows: list[Row], lead: bool = False
) -> tuple[list[float], float, list[tuple[int, int]]] | None:
    """Column centres (mean over the rows with the most cells), the mean column pitch and each
    column's extent over those rows. With ``lead``, the rows with the most cells leave the first
    column empty (its cells span rows, printed on the rows between them): the first cells of other
    rows lying wholly left of those rows' first column (one a row at most) make a column of their own."""
    n = max(len(r.cells) for r in rows)
    if n < 2:
        return None
    model = [r for r in rows if len(r.cells) == n and not r.spanning]
    if not model:
        return None
    if lead:
        edge = min(r.cells[0].x0 for r in model)
        left = [r.cells[0] for r in rows if r not in model and not r.spanning and r.cells[0].x1 < edge]
        if not left or any(len([c for c in r.cells if c.x1 < edge]) > 1 for r in rows):
            return None
        lay = column_layout(model)
        if lay is None:
            return None
        centres = [sum(c.centre for c in left) / len(left), *lay[0]]
        extents = [(min(c.x0 for c in left), max(c.x1 for c in left)), *lay[2]]
        return centres, (centres[-1] - centres[0]) / n, extents
    centres = [sum(r.cells[j].centre for r in model) / len(model) for j in range(n)]
    if any(b <= a for a, b in zip(centres, centres[1:], strict=False)):
        return None
    pitch = (centres[-1] - centres[0]) / (n - 1)
    extents = [(min(r.cells[j].x0 for r in model), max(r.cells[j].x1 for r in model)) for j in range(n)]
    return centres, pitch, extents
