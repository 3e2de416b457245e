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
past its budget's steps (``bound``: :data:`~pledgecard.extract.search_budget.TRIES` by default; the funding reader
asks for the budget named for it, :data:`~pledgecard.extract.search_budget.GRID_PLACEMENT_TRIES`: a 5 x 8 grid of
dashes and repeated figures takes 27k-256k steps, review 32b), and nothing is placed. The search
is kept cheap without losing a placement: equal figures printed one after another (a run of dashes) go to rows in
one order only (the same figure swapped between two cells fills the same grid); a part-filled sum must stay within
reach of the figures still to print (between the sums of the fewest smallest and the largest of them, one printing
step either side), and where a row or a column has one cell or two left, one figure still to print, or two adding
up, must be what it lacks; every row and column is so checked at each step, not only the cell's own (a figure
another row took may be the one a row waited for). dahae-city's 5 x 8 pdf2txt table took 340k steps under its own
bound of 1e6 (the search's own limit, once needed); so pruned it takes 14k, within the shared budget. Its steps are
counted on the shared budget (:mod:`~pledgecard.extract.search_budget`): a search given up is the section's
``extract.table_unrecovered`` finding naming it.

A sum holds within ONE printing step (twice the largest half-step among its cells), not the sum of its cells'
half-steps: a card that misprints one of its own sums by a step or two must not leave a wrong placement as the only
one that fits (a reviewer's dahae dump with its grand total misprinted 4.6 for 4.8 placed four figures wrong under
the looser room); such a card's true placement fails too, and nothing is placed."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from pledgecard.extract.search_budget import TRIES, SearchGivenUp, bounded

SEARCH_NAME = "funding_sum_search placements"


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


def _pair_near(ordered: Sequence[int], need: int, room: float) -> bool:
    """Whether two figures of ``ordered`` (sorted) add up to ``need`` within ``room``."""
    lo, hi = 0, len(ordered) - 1
    while lo < hi:
        total = ordered[lo] + ordered[hi]
        if abs(total - need) <= room:
            return True
        lo, hi = (lo + 1, hi) if total < need else (lo, hi - 1)
    return False


def _reach(rests: Sequence[Sequence[int]]) -> tuple[list[list[int]], list[list[int]]]:
    """For each ``k``, the sums of the ``m`` smallest and of the ``m`` largest figures still to print (``rests[k]``:
    ``values[k:]`` sorted; ``m`` from 0): what ``m`` cells still to fill can add up to at least and at most."""
    return [list(accumulate(r, initial=0)) for r in rests], [
        list(accumulate(reversed(r), initial=0)) for r in rests
    ]


def place_by_sums(
    values: Sequence[int], slacks: Sequence[float], sums: GridSums, bound: int = TRIES
) -> Placement:
    """The one grid the print order ``values`` fill consistently with ``sums`` (see the module's doc).
    ``slacks[k]`` is half the printing step of value k (an amount printed rounded to its unit or decimal);
    a sum holds within its cells' slacks. The search's steps are counted on the shared budget
    (:func:`~pledgecard.extract.search_budget.bounded`, ``bound`` tries): past it, ``why`` is ``bound``."""
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
    loose = 2 * max(
        slacks, default=0.0
    )  # a part-filled sum's room: one printing step of any figure still to come
    rests = [sorted(values[k:]) for k in range(len(values) + 1)]  # the figures still to print, sorted, once
    least, most = _reach(rests)
    filled = [0] * R  # cells filled in each row (a staircase: never more than the row above)
    found: list[tuple[tuple[int, ...], ...]] = []
    search = bounded(SEARCH_NAME, bound)

    def reachable(need: int, missing: int, k: int) -> bool:
        """Whether ``missing`` cells, filled by figures from ``values[k:]``, can add up to ``need`` (within one
        printing step): one of them for one cell, two of them for two, else between the sum of the fewest smallest
        and of the largest."""
        if missing == 1:  # one cell left: one of the figures still to print is it
            at = bisect_left(rests[k], need - loose)
            return at < len(rests[k]) and rests[k][at] <= need + loose
        if missing == 2:  # two cells left: two of the figures still to print add up to it
            return _pair_near(rests[k], need, loose)
        return least[k][missing] - loose <= need <= most[k][missing] + loose

    def row_ok(i: int, k: int) -> bool:
        if not rows_sum or t is None or cell[i][t] is None:
            return True
        parts = [cell[i][j] for j in periods if cell[i][j] is not None]
        total = cell[i][t]
        assert total is not None
        if len(parts) == len(periods):
            room = 2 * max(
                [slack[i][t], *(slack[i][j] for j in periods)]
            )  # one printing step (the module's doc)
            return _close(total, parts, room)  # type: ignore[arg-type]
        return reachable(total - sum(parts), len(periods) - len(parts), k)  # type: ignore[arg-type]

    def col_ok(j: int, k: int) -> bool:
        if not cols_sum or tr is None or cell[tr][j] is None:
            return True
        parts = [cell[i][j] for i in range(R) if i != tr and cell[i][j] is not None]
        total = cell[tr][j]
        assert total is not None
        if len(parts) == R - 1:
            room = 2 * max(slack[i][j] for i in range(R))  # one printing step (the module's doc)
            return _close(total, parts, room)  # type: ignore[arg-type]
        return reachable(total - sum(parts), R - 1 - len(parts), k)  # type: ignore[arg-type]

    def walk(k: int, low: int) -> bool:
        """False once the search should stop (two grids found). ``low``: the first row value ``k`` may go to (a
        figure equal to the one before it, printed to the same step, goes to that one's row or a lower one: the
        two swapped fill the same grid, tried once)."""
        if k == len(values):
            grid = tuple(tuple(v for v in r if v is not None) for r in cell)
            if grid not in found:
                found.append(grid)
            return len(found) < 2
        same = k + 1 < len(values) and (values[k + 1], slacks[k + 1]) == (values[k], slacks[k])
        for i in range(low, R):
            j = filled[i]
            if j >= C or (i > 0 and filled[i - 1] <= j):
                continue
            search.take()
            cell[i][j], slack[i][j] = values[k], slacks[k]
            filled[i] += 1
            if (
                all(row_ok(r, k + 1) for r in range(R))
                and all(col_ok(c, k + 1) for c in range(C))
                and not walk(k + 1, i if same else 0)
            ):
                return False
            cell[i][j], slack[i][j] = None, 0.0
            filled[i] -= 1
        return True

    try:
        walk(0, 0)
    except SearchGivenUp:
        return Placement(None, "bound", search.tries)
    if len(found) != 1:
        return Placement(None, "ambiguous" if found else "none", search.tries)
    return Placement(found[0], "", search.tries)
