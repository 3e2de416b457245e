"""A funding table a dump printed cell by cell in an order of its own (``pdftotext`` in its default
mode prints a table block by block: a column's cells in a run, then the next column; or the first
columns of the first rows, then the rest), placed where its sums prove the arrangement.

Whatever the blocks, a dump reads each block top to bottom and left to right, and the blocks of a
table in the same way: a cell comes after the cell left of it and after the cell above it. The
printed amounts are then one of the orders in which a grid of ``rows x columns`` can be filled so
(a linear extension of the grid's order, whichever way the table is turned). Among these orders
the ones whose total row is the sum of the other rows in every column and whose total column is
the sum of the periods (and of the shares) in every row are kept; the figures are placed only when
every such order gives one and the same grid. A grid no order fits, or that two orders fit with
different figures, is no proof: nothing is placed (the caller nulls or reads by layout).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS
from pledgecard.extract.sections.funding_named_shares import Share
from pledgecard.extract.sections.funding_row_shares import rows_hold_shares
from pledgecard.normalize.money import parse_amount
from pledgecard.record import FundingColumn, FundingRow

Grid = tuple[tuple[int, ...], ...]
# the overview budget's shares of the sources and its total (None where not printed), in KRW
Budget = tuple[tuple[int, ...], int | None]

# the cells tried, over all places of the total column, before the search gives up (a table of weak
# sums and many equal cells): no proof then
BUDGET = 50_000


class _Search:
    """Fill an ``n_rows x n_cols`` grid with ``values`` in order, each cell after the cell left of it
    and the cell above it, keeping the fillings whose sums hold; stop at two different grids."""

    def __init__(
        self,
        values: Sequence[int],
        n_rows: int,
        n_cols: int,
        total_row: int | None,
        total_col: int | None,
        groups: Sequence[Sequence[int]],
        budget: int = BUDGET,
    ) -> None:
        self.budget = budget
        self.values, self.n_rows, self.n_cols = list(values), n_rows, n_cols
        self.total_row, self.total_col = total_row, total_col
        self.groups = [list(g) for g in groups]  # column groups each summing to the total column
        self.group_of = {c: k for k, g in enumerate(self.groups) for c in g}
        self.monotone = all(v >= 0 for v in values)  # partial sums may not pass a total
        # the grand total (the total row's total), where both are printed, is the one largest cell
        top = max(values) if values else 0
        self.grand = (
            (total_row, total_col, top)
            if (self.monotone and total_row is not None and total_col is not None and values.count(top) == 1)
            else None
        )
        self.grid: list[list[int | None]] = [[None] * n_cols for _ in range(n_rows)]
        # the largest value still to come after each one: a total not yet placed is one of them
        self.later_max = [max(self.values[k + 1 :], default=0) for k in range(len(self.values))]
        self.found: set[Grid] = set()
        # states no filling completes from (whatever grid it would be): a state whose fillings only gave
        # grids found before is not dead, since another way to it (other cells, the same sums) gives others
        self.dead: set[tuple[object, ...]] = set()
        self.completed = 0  # fillings completed, a grid found twice counted twice
        self.steps = 0
        # the sums the checks and the memo key read, kept as cells are placed and taken back (not summed
        # again a step): per row its total cell and each group's partial sum and count of cells placed
        # (``rows``, flat: n_rows x (1 + len(groups))), per column its total cell and the sum of the
        # other rows' cells (``cols``, flat: 2 a column, empty without a total row)
        n_g = len(self.groups)
        self.width = 1 + n_g
        self.rows: list[int | None] = ([None] + [0] * n_g) * n_rows
        self.row_counts = [0] * (n_rows * max(n_g, 1))
        self.cols: list[int | None] = [None, 0] * n_cols if total_row is not None else []
        self.col_counts = [0] * n_cols
        self.groups_of = [{k for k, g in enumerate(self.groups) if c in g} for c in range(n_cols)]
        self.sizes = [len(g) for g in self.groups]

    def _set(self, i: int, j: int, v: int, sign: int) -> None:
        """Cell ``(i, j)`` placed (``sign`` 1, value ``v``) or taken back (``sign`` -1) in the kept sums."""
        base = i * self.width
        if j == self.total_col:
            self.rows[base] = v if sign > 0 else None
        for g in self.groups_of[j]:
            self.rows[base + 1 + g] += sign * v  # type: ignore[operator]
            self.row_counts[i * len(self.groups) + g] += sign
        if self.total_row is not None:
            if i == self.total_row:
                self.cols[2 * j] = v if sign > 0 else None
            else:
                self.cols[2 * j + 1] += sign * v  # type: ignore[operator]
                self.col_counts[j] += sign

    def _fits(self, i: int, j: int, v: int, k: int) -> bool:
        """Whether the ``k``-th value ``v`` placed at ``(i, j)`` keeps the sums of row ``i`` and column
        ``j`` possible, read from the kept sums as they would stand (the cell not placed): a complete
        group or column adds up to its placed total, a partial one (all values not negative) does not
        pass it, nor the largest value still to come where the total is not placed yet (a total is
        one of the values printed later)."""
        mono = self.monotone
        room = self.later_max[k]
        if self.total_col is not None:
            base = i * self.width
            total = v if j == self.total_col else self.rows[base]
            in_groups = self.groups_of[j]
            counts = i * len(self.groups)
            for g, size in enumerate(self.sizes):
                placed: int = self.rows[base + 1 + g]  # type: ignore[assignment]
                count = self.row_counts[counts + g]
                if g in in_groups:
                    placed, count = placed + v, count + 1
                if total is None:
                    if mono and placed > room:
                        return False
                elif count == size:
                    if placed != total:
                        return False
                elif mono and placed > total:
                    return False
        if self.total_row is not None:
            placed = self.cols[2 * j + 1]  # type: ignore[assignment]
            count = self.col_counts[j]
            if i == self.total_row:
                total = v
            else:
                total, placed, count = self.cols[2 * j], placed + v, count + 1
            if total is None:
                if mono and placed > room:
                    return False
            elif count == self.n_rows - 1:
                if placed != total:
                    return False
            elif mono and placed > total:
                return False
        return True

    def _key(self, shape: tuple[int, ...]) -> tuple[object, ...]:
        """What the rest of the filling depends on: the cells filled, and per row and column the
        placed totals and the partial sums they must reach (the kept sums, as they stand)."""
        return shape, tuple(self.rows), tuple(self.cols)

    def run(self, shape: list[int], k: int) -> bool:
        """Fill from the ``k``-th value; False once the budget is spent."""
        if k == len(self.values):
            self.completed += 1
            self.found.add(tuple(tuple(v if v is not None else 0 for v in row) for row in self.grid))
            return True
        key = self._key(tuple(shape))
        if key in self.dead:
            return True
        before = self.completed
        for i in range(self.n_rows):
            j = shape[i]
            if j >= self.n_cols or (i > 0 and shape[i - 1] <= j):
                continue
            self.steps += 1
            if self.steps > self.budget:
                return False
            if self.grand is not None and ((i, j) == self.grand[:2]) != (self.values[k] == self.grand[2]):
                continue
            v = self.values[k]
            if self._fits(i, j, v, k):
                self.grid[i][j] = v
                self._set(i, j, v, 1)
                shape[i] += 1
                ok = self.run(shape, k + 1)
                shape[i] -= 1
                self.grid[i][j] = None
                self._set(i, j, v, -1)
                if not ok:
                    return False
            if len(self.found) > 1:
                return True
        if self.completed == before:
            self.dead.add(key)
        return True


def fillings(
    values: Sequence[int],
    n_rows: int,
    n_cols: int,
    total_row: int | None,
    total_col: int | None,
    groups: Sequence[Sequence[int]],
    budget: int = BUDGET,
) -> tuple[set[Grid] | None, int]:
    """The different grids (at most two) that ``values`` fill in an order a dump may print them in,
    with every sum holding (None when the search ran out of its budget: no proof either way), and
    the cells tried."""
    if len(values) != n_rows * n_cols or (total_row is None and total_col is None):
        return set(), 0
    search = _Search(values, n_rows, n_cols, total_row, total_col, groups, budget)
    if not search.run([0] * n_rows, 0):
        return None, search.steps
    return search.found, search.steps


def sum_axes(
    columns: Sequence[FundingColumn], rows: Sequence[FundingRow]
) -> tuple[int | None, list[int], int | None]:
    """The sums a read funding table prints: its total column (when it has one), its period columns
    (기투자, the years, 임기 후) and its total row (when it has one, over two rows or more)."""
    kinds = [c["kind"] for c in columns]
    total_col = kinds.index("total") if kinds.count("total") == 1 else None
    periods = [j for j, k in enumerate(kinds) if k in PERIOD_KINDS]
    totals = [i for i, r in enumerate(rows) if r["source"] == "total"]
    return total_col, periods, totals[0] if len(totals) == 1 and len(rows) >= 3 else None


def _groups(kinds: Sequence[str]) -> list[list[int]] | None:
    """The column groups that each add up to the total column: the periods, and the shares of the
    total (확보 | 미확보); None when a column is of another kind (its sum is not known)."""
    periods = [k for k, kind in enumerate(kinds) if kind in PERIOD_KINDS]
    shares = [k for k, kind in enumerate(kinds) if kind == "share"]
    if len(periods) + len(shares) + kinds.count("total") != len(kinds):
        return None
    return [g for g in (periods, shares) if g]


def _placings(n: int, at: int | None, ends_only: bool = False) -> list[list[int]]:
    """The orders of ``n`` lines whose one total line (printed at ``at``) may stand at any place (or
    at either end), the others keeping their printed order."""
    if at is None:
        return [list(range(n))]
    others = [k for k in range(n) if k != at]
    return [[*others[:p], at, *others[p:]] for p in range(n) if not ends_only or p in (0, n - 1)]


def budget_of(record: dict[str, Any]) -> Budget | None:
    """The overview budget's shares (each source's amount, naming its source: funding_named_shares.Share) and total,
    where every share is read."""
    budget = (record.get("overview") or {}).get("budget") or {}
    parts = budget.get("parts") or []
    if not parts or any(p.get("amount_krw") is None for p in parts):
        return None
    return tuple(Share(p["amount_krw"], p.get("source")) for p in parts), budget.get("total_krw")


def totals_are_shares(
    grid: Sequence[Sequence[int | float | None]],
    t_col: int,
    t_row: int | None,
    budget: Budget,
    row_sources: Sequence[str | None] | None = None,
) -> bool:
    """Whether the source rows' total cells (column ``t_col``) hold every share of the budget (one
    row each; a row the budget does not name may stand beside them) and the total row's is its
    total. Where the shares and the rows name their sources (``row_sources``: the rows' other than
    the total row, in order), a row of a named source must total its own share
    (funding_row_shares.rows_hold_shares)."""
    shares, total = budget
    left = [row[t_col] for i, row in enumerate(grid) if i != t_row]
    own = rows_hold_shares(shares, row_sources, left)
    if own is not None:
        return own and (total is None or t_row is None or grid[t_row][t_col] == total)
    for share in shares:
        if share not in left:
            return False
        left.remove(share)
    return total is None or t_row is None or grid[t_row][t_col] == total


def _fits_budget(
    grid: Grid, t_row: int | None, t_col: int | None, budget: Budget, row_sources: Sequence[str | None] | None
) -> bool:
    """Whether a grid's rows total the budget's shares (:func:`totals_are_shares`, each row its own where
    ``row_sources`` names them); any grid does when it has no total column."""
    return t_col is None or totals_are_shares(grid, t_col, t_row, budget, row_sources)


def proven_grid(
    columns: Sequence[FundingColumn],
    total_row: int | None,
    n_rows: int,
    amounts: Sequence[str],
    multiplier: int,
    overview: Budget | None = None,
    row_sources: Sequence[str | None] | None = None,
) -> tuple[list[FundingColumn], list[int], list[list[str]]] | None:
    """The columns (the total column where the sums put it), the rows' order (indexes of the printed
    row labels; the total row where the sums put it) and the grid of printed amounts, when exactly
    one grid fits the amounts in a printable order with every sum holding; else None.

    The period columns and the source rows keep their printed order; the total column's label and
    the total row's, a cell a dump prints wherever its first line falls (or after every amount),
    may stand elsewhere: every place of the total column is tried (임기 후 may follow it), and both
    ends for the total row. A table the sums fit turned either way (a square one) is then no proof,
    unless the overview's budget (``overview``: its shares and total) tells the two apart: a grid
    whose rows do not total the shares is then no reading (each row its own share where ``row_sources``,
    the source rows' sources in printed order, the total row left out, name them). At least two rows and three columns, and
    a total row or column, are needed."""
    kinds = [c["kind"] for c in columns]
    n_cols = len(columns)
    if n_rows < 2 or n_cols < 3 or len(amounts) != n_rows * n_cols or kinds.count("total") > 1:
        return None
    values = [parse_amount(a, multiplier) for a in amounts]
    if any(v is None for v in values):
        return None
    by_value: dict[int, str] = {}
    for a, v in zip(amounts, values, strict=True):
        by_value.setdefault(v, a)  # type: ignore[arg-type]
    found: list[tuple[list[FundingColumn], list[int], Grid]] = []
    budget = BUDGET
    for col_order in _placings(n_cols, kinds.index("total") if "total" in kinds else None):
        cols = [columns[k] for k in col_order]
        ks = [c["kind"] for c in cols]
        groups = _groups(ks)
        if groups is None:
            return None
        t_col = ks.index("total") if "total" in ks else None
        for row_order in _placings(n_rows, total_row, ends_only=True):
            t_row = row_order.index(total_row) if total_row is not None else None
            grids, spent = fillings(values, n_rows, n_cols, t_row, t_col, groups, budget)  # type: ignore[arg-type]
            budget -= spent
            if grids is None:
                return None
            if overview is not None and grids:
                # the overview's shares tell the grids the sums fit apart (a square table turned
                # either way): only the ones whose rows total the shares stay; a search stopped at
                # two grids may have a third, so two are no proof
                if len(grids) > 1:
                    return None
                grids = {g for g in grids if _fits_budget(g, t_row, t_col, overview, row_sources)}
            found += [(cols, row_order, g) for g in grids]
            if len(found) > 1:
                return None
    if len(found) != 1:
        return None
    cols, row_order, grid = found[0]
    return cols, row_order, [[by_value[v] for v in row] for row in grid]
