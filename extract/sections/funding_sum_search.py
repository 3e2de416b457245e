"""A funding table's amounts placed back into their cells from the order a box-grouping dump prints them
(pdfminer.six's ``pdf2txt.py``: a table's cells printed as text boxes, in an order mixing column runs, row runs
and single cells), where the table's own sums leave exactly one placement.

The class of card: a funding grid of R rows (sources, a total row) by C columns (periods, a total column) whose
amounts a dump printed all of them, none twice, but not row by row. What the print order still tells: a box
prints top to bottom, left to right, so a cell never prints before the cell above it nor before the cell left
of it. The placements consistent with that order are the grid's linear extensions (the cells filled in print
order always form a staircase); each is tried, pruned by the sums the table prints (a row's periods add up to
its total cell; a column's sources add up to its total row's cell; no part above its total), and the amounts
are placed only where every placement that holds gives the same grid. Two different grids, or none, or a search
past :data:`SEARCH_BOUND` steps (a big table of many equal cells), and nothing is placed.

A sum holds within ONE printing step (twice the largest half-step among its cells), not the sum of its cells'
half-steps: a card that misprints one of its own sums by a step or two must not leave a wrong placement as the only
one that fits (a reviewer's dahae dump with its grand total misprinted 4.6 for 4.8 placed four figures wrong under
the looser room); such a card's true placement fails too, and nothing is placed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

SEARCH_BOUND = 1_000_000  # steps of the search before it gives up (a big table must not hang a run; dahae and
# hwarang's real tables need more than 200k: a reviewer measured 12 s at the bound, left for the shared budget)


@dataclass(frozen=True, slots=True)
class GridSums:
    """The sums a funding grid prints: its shape, its total column and the period columns adding up to it
    (``None``: no row sum is known), its total row (``None``: no column sum is known)."""

    rows: int
    cols: int
    total_col: int | None
    periods: tuple[int, ...]
    total_row: int | None


@dataclass(frozen=True, slots=True)
class Placement:
    """The search's answer: ``grid`` the one placement's values (row by row), or ``None`` with ``why``
    (``ambiguous``, ``none``, ``bound``)."""

    grid: tuple[tuple[int, ...], ...] | None
    why: str = ""
    steps: int = 0


def _close(total: int, parts: Sequence[int], slack: float) -> bool:
    return abs(sum(parts) - total) <= slack


def place_by_sums(values: Sequence[int], slacks: Sequence[float], sums: GridSums,
                  bound: int = SEARCH_BOUND) -> Placement:
    """The one grid the print order ``values`` fill consistently with ``sums`` (see the module's doc).
    ``slacks[k]`` is half the printing step of value k (an amount printed rounded to its unit or decimal);
    a sum holds within its cells' slacks."""
    R, C = sums.rows, sums.cols
    if len(values) != R * C or R < 1 or C < 1:
        return Placement(None, "none")
    rows_sum = sums.total_col is not None and len(sums.periods) >= 2
    cols_sum = sums.total_row is not None and R >= 3
    if not rows_sum and not cols_sum:
        return Placement(None, "none")
    t, tr, periods = sums.total_col, sums.total_row, sums.periods
    cell: list[list[int | None]] = [[None] * C for _ in range(R)]
    slack: list[list[float]] = [[0.0] * C for _ in range(R)]
    filled = [0] * R  # cells filled in each row (a staircase: never more than the row above)
    found: list[tuple[tuple[int, ...], ...]] = []
    steps = 0

    def row_ok(i: int) -> bool:
        if not rows_sum or t is None or cell[i][t] is None:
            return True
        parts = [cell[i][j] for j in periods if cell[i][j] is not None]
        room = 2 * max([slack[i][t], *(slack[i][j] for j in periods)])  # one printing step (the module's doc)
        total = cell[i][t]
        assert total is not None
        if len(parts) == len(periods):
            return _close(total, parts, room)  # type: ignore[arg-type]
        return sum(parts) <= total + room  # type: ignore[arg-type]  # amounts are never negative

    def col_ok(j: int) -> bool:
        if not cols_sum or tr is None or cell[tr][j] is None:
            return True
        parts = [cell[i][j] for i in range(R) if i != tr and cell[i][j] is not None]
        room = 2 * max(slack[i][j] for i in range(R))  # one printing step (the module's doc)
        total = cell[tr][j]
        assert total is not None
        if len(parts) == R - 1:
            return _close(total, parts, room)  # type: ignore[arg-type]
        return sum(parts) <= total + room  # type: ignore[arg-type]

    def walk(k: int) -> bool:
        """False once the search should stop (two grids found, or the bound passed)."""
        nonlocal steps
        if k == len(values):
            grid = tuple(tuple(v for v in r if v is not None) for r in cell)
            if grid not in found:
                found.append(grid)
            return len(found) < 2
        for i in range(R):
            j = filled[i]
            if j >= C or (i > 0 and filled[i - 1] <= j):
                continue
            steps += 1
            if steps > bound:
                return False
            cell[i][j], slack[i][j] = values[k], slacks[k]
            filled[i] += 1
            if row_ok(i) and col_ok(j) and not walk(k + 1):
                return False
            cell[i][j] = None
            filled[i] -= 1
        return True

    walk(0)
    if steps > bound:
        return Placement(None, "bound", steps)
    if len(found) != 1:
        return Placement(None, "ambiguous" if found else "none", steps)
    return Placement(found[0], "", steps)
