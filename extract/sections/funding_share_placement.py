"""A funding table printed with no total row and no total column, whose figures a block-printing dump (poppler's
``pdftotext`` in its default mode) printed in an order of its own: placed where the overview's budget, giving each
source's share, leaves exactly one placement.

The class of card: a table of source rows by period columns only (mutant 4088 pdftotext, gureum-city's mutation:
``국비 / 13.6억원 / 13.7억원 / 도비 / ‒ / 시비 / 민자 / 2024년 ..`` then the rest of the rows), every cell left null
by the reader (dealt by count the figures cross rows), the table's own sums none to place them by. The overview's
budget prints each source's share (``총사업비 : 148.1억원(국비 49.2, 도비 17.3, ..)``): a source row's periods add up
to its share. A dump prints a cell after the one left of it and after the one above it; the printed figures are
placed in every order such a print allows (:func:`share_placements`), each row summing to its share exactly, and
read only where exactly one grid fits. Two grids (a zero that may stand in two periods of its row), none, a row the
budget names no share of, or a search past its bound (:mod:`search_budget`: an ``extract.table_unrecovered``
finding) leave the table null, its printed figures kept."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.search_budget import TRIES, SearchGivenUp, bounded

# the cells the search places at most (a table of many zeros and equal figures tries many orders)

Grid = tuple[tuple[int, ...], ...]


def row_shares(rows: Sequence[dict[str, Any]], budget: dict[str, Any]) -> list[int] | None:
    """Each row's share of the overview's ``budget`` by its source (one part each, every part a row's), and the
    budget's total their sum where it prints one; None where the budget does not tell every row."""
    parts = [p for p in budget.get("parts") or [] if p.get("amount_krw") is not None]
    sources = [r.get("source") for r in rows]
    if len(parts) != len(rows) or len(set(sources)) != len(sources) or "total" in sources:
        return None
    by_source = {p.get("source"): p["amount_krw"] for p in parts}
    if len(by_source) != len(parts) or set(by_source) != set(sources):
        return None
    shares = [int(by_source[s]) for s in sources]
    total = budget.get("total_krw")
    return shares if total is None or total == sum(shares) else None


def share_placements(
    figures: Sequence[int], shares: Sequence[int], n_cols: int, limit: int = TRIES
) -> set[Grid]:
    """The grids (at most two) of ``len(shares)`` rows by ``n_cols`` columns the ``figures`` fill in a printable
    order (each cell after the one left of it and the one above it), each row's cells summing to its share; the
    search counted against ``limit`` (:class:`search_budget.SearchGivenUp` past it)."""
    n_rows = len(shares)
    if len(figures) != n_rows * n_cols or any(v < 0 for v in figures) or n_rows < 2 or n_cols < 2:
        return set()
    search = bounded("funding_share_placement.cells", limit)
    grid = [[0] * n_cols for _ in range(n_rows)]
    filled = [0] * n_rows
    sums = [0] * n_rows
    found: set[Grid] = set()
    dead: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()

    def run(k: int) -> bool:
        """Fill from figure ``k``; whether a grid was found from this state."""
        if k == len(figures):
            found.add(tuple(tuple(r) for r in grid))
            return True
        state = (tuple(filled), tuple(sums))
        if state in dead:
            return False
        any_found = False
        v = figures[k]
        for i in range(n_rows):
            j = filled[i]
            if j >= n_cols or (i > 0 and filled[i - 1] <= j) or sums[i] + v > shares[i]:
                continue
            if j == n_cols - 1 and sums[i] + v != shares[i]:
                continue
            search.take()
            grid[i][j], filled[i], sums[i] = v, j + 1, sums[i] + v
            any_found = run(k + 1) or any_found
            grid[i][j], filled[i], sums[i] = 0, j, sums[i] - v
            if len(found) > 1:
                return True
        if not any_found:
            dead.add(state)
        return any_found

    run(0)
    return found


def placed_by_shares(
    figures: Sequence[int], rows: Sequence[dict[str, Any]], n_cols: int, budget: dict[str, Any]
) -> Grid | None:
    """The one grid :func:`share_placements` finds for ``rows`` under the overview's ``budget``; None where the
    budget does not tell every row, none or two grids fit, or the search was given up."""
    shares = row_shares(rows, budget)
    if shares is None:
        return None
    try:
        grids = share_placements(figures, shares, n_cols)
    except SearchGivenUp:
        return None  # (the search's log names it: a finding says the table was left unrecovered)
    return next(iter(grids)) if len(grids) == 1 else None
