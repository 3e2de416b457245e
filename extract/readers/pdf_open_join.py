"""An open-sided table the page break cut, put on one column grid with its part on the next page.

:mod:`pdf_open_tables` rebuilds each page's part of an open-sided table from that page's text
alone, so the two parts' column edges (set in the gaps the texts leave) differ a little, and a head
cut off from its body has fewer columns than the body where a head cell spans columns. The parts
are one table when the break is proven (the first part's rows run to its page's end or it is a head
alone, or the second part's rows stand above its first rule, carried over) and both have the same
outer ends; then the part with fewer columns (a head alone; body rows keep their columns, so two
parts with body rows must have as many) is put on the other's: each row's cells, in order,
take the runs of free columns whose middles lie closest to their texts' middles (a head cell is
centred on the columns it spans), and every text must stay inside its new columns, else no join.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from pledgecard.extract.document import Cell
from pledgecard.extract.readers.pdf_grids import EDGE_TOL
from pledgecard.extract.readers.pdf_lines import Line
from pledgecard.extract.readers.pdf_tables import PageTable


def open_goes_on(a: PageTable, b: PageTable, tol: float = EDGE_TOL) -> bool:
    """Whether ``b`` (atop the next page) goes on the open-sided table ``a`` (last on its page), and if
    so put both on one column grid. Where ``a`` is a head alone and ``b`` opens with rows carried over
    (the rest of the head), ``a``'s last row is marked open (``a.open_bottom``): the cells of ``b``'s
    first row go on those of the same columns (:func:`pdf_tables.join_continued`)."""
    if not (a.cut_below or b.cut_above) or a.open_bottom or a.open_top or b.open_top or b.open_bottom:
        return False
    if abs(a.xs[0] - b.xs[0]) > 2 * tol or abs(a.xs[-1] - b.xs[-1]) > 2 * tol:
        return False
    coarse, fine = (a, b) if a.head_only or a.n_cols < b.n_cols else (b, a)
    if (
        coarse.n_cols > fine.n_cols
        or (coarse.n_cols < fine.n_cols and not coarse.head_only)
        or not refit(coarse, fine.xs, tol)
    ):
        return False
    if a.head_only and b.cut_above:  # b's first row is the rest of the head: its cells go on a's
        a.open_bottom = frozenset(range(a.n_cols))
    return True


def refit(t: PageTable, xs: list[float], tol: float = EDGE_TOL) -> bool:
    """Put ``t`` on the column edges ``xs`` (as many or more than its own, the same outer ends): each
    row's cells take runs of the columns no taller cell above holds, every text inside its run;
    False (``t`` unchanged) when no such fit exists."""
    n = len(xs) - 1
    placed: dict[int, tuple[int, int]] = {}  # cell index -> (first column, span)
    held: dict[int, set[int]] = {}  # row -> new columns taller cells from rows above hold
    for row in range(t.n_rows):
        starts = sorted((k for k, c in enumerate(t.cells) if c.row == row), key=lambda k: t.cells[k].col)
        free = [k for k in range(n) if k not in held.get(row, set())]
        runs = _runs(free)
        old = _runs(
            sorted({j for k in starts for j in range(t.cells[k].col, t.cells[k].col + t.cells[k].col_span)})
        )
        if len(runs) != len(old):
            return False
        for run, cols in zip(runs, old, strict=True):
            group = [k for k in starts if t.cells[k].col in cols]
            fit = _partition([_middle(t, k) for k in group], [(xs[k], xs[k + 1]) for k in run])
            if fit is None:
                return False
            for k, (lo, span) in zip(group, fit, strict=True):
                first = run[lo]
                if not _inside(
                    t.cell_lines[k] if k < len(t.cell_lines) else [], xs[first], xs[first + span], tol
                ):
                    return False
                placed[k] = (first, span)
                for r in range(row + 1, row + t.cells[k].row_span):
                    held.setdefault(r, set()).update(range(first, first + span))
    for k, (first, span) in placed.items():
        t.cells[k].col, t.cells[k].col_span = first, span
    t.xs = list(xs)
    return True


def _runs(cols: Sequence[int]) -> list[list[int]]:
    """Consecutive column numbers in runs."""
    out: list[list[int]] = []
    for k in cols:
        if out and k == out[-1][-1] + 1:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _middle(t: PageTable, k: int) -> float:
    """The middle of a cell's printed text (of its box when it prints nothing)."""
    lines = t.cell_lines[k] if k < len(t.cell_lines) else []
    if lines:
        return (min(line.x0 for line in lines) + max(line.x1 for line in lines)) / 2
    box = _box(t.cells[k])
    return (box[0] + box[2]) / 2 if box else 0.0


def _box(cell: Cell) -> tuple[float, float, float, float] | None:
    return cell.source.bbox


def _inside(lines: Sequence[Line], x0: float, x1: float, tol: float) -> bool:
    return all(x0 - tol <= line.x0 and line.x1 <= x1 + tol for line in lines)


def _partition(middles: Sequence[float], cols: Sequence[tuple[float, float]]) -> list[tuple[int, int]] | None:
    """The cells (their middles, left to right) given consecutive runs of the columns ``cols``, every
    column to one cell and every cell one column at least, the runs' middles closest to the cells'
    (least summed distance): (first column, span) per cell; None when there are more cells than columns."""
    m, n = len(middles), len(cols)
    if m == 0 or m > n:
        return None if m else []

    @cache
    def best(i: int, j: int) -> tuple[float, tuple[tuple[int, int], ...]]:
        """Cells i.. over columns j..: the least cost and the runs."""
        if i == m:
            return (0.0, ()) if j == n else (float("inf"), ())
        out: tuple[float, tuple[tuple[int, int], ...]] = (float("inf"), ())
        for end in range(j + 1, n - (m - i - 1) + 1):
            rest, runs = best(i + 1, end)
            cost = abs((cols[j][0] + cols[end - 1][1]) / 2 - middles[i]) + rest
            if cost < out[0]:
                out = (cost, ((j, end - j), *runs))
        return out

    cost, runs = best(0, 0)
    return list(runs) if cost < float("inf") else None
