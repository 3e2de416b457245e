"""Where a goal read from a table's row stands: the row's box and each of its fields' cells."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.sections.base import Loc


def _row_source(cells: list[Cell], row: int, base: Source, last: int | None = None) -> Source:
    """One source for grid ``row`` made of ``cells`` (every cell covering the row, merged ones
    included): across all of them, and as tall as the cells of this row alone (a 주요사업 cell
    merged over three goals does not make each goal three rows tall), on the page of the row's
    first own cell (a row cut by a page break keeps that page's part); the first own cell's address."""
    own = (
        [c for c in cells if c.row == row and c.row_span == 1] or [c for c in cells if c.row == row] or cells
    )
    if not own:
        return base
    first = own[0].source
    own += [c for c in cells if last is not None and row < c.row <= last and c.row + c.row_span - 1 <= last]
    across = [c.source.bbox for c in cells if c.source.bbox is not None and c.source.page == first.page]
    tall = [c.source.bbox for c in own if c.source.bbox is not None and c.source.page == first.page]
    if not across or not tall:
        return first
    bbox = (
        min(b[0] for b in across),
        min(b[1] for b in tall),
        max(b[2] for b in across),
        max(b[3] for b in tall),
    )
    return replace(first, bbox=bbox)


MAX_ACTUAL_BELOW = 3  # rows: how far under its target a goal's actual may print (목표 | 실적 rows)


def _squash(text: str) -> str:
    return "".join(text.split())


def _actual_below(table: Table, row: int, col: int | None, want: str) -> Cell | None:
    """The cell printing a goal's actual ``want`` (squashed) under its target's grid ``row``: ``None`` where the
    row prints it itself (a cell of it besides the target's own printing it among other text: 목표 100 /
    실적 90) or there is none, else the first of the next few rows' own cells in the target's column ``col``
    printing it as it is (a 실적 row under the 목표 row: the target's cell printing the same figure is a goal
    met, another cell of the row printing it alone another goal's, a year's across); ``None`` where none is."""
    if not want or col is None:
        return None
    target = table.cell_at(row, col)
    texts = [
        _squash(c.text)
        for k in range(table.n_cols)
        if (c := table.cell_at(row, k)) is not None and c is not target
    ]
    if any(want in t and t != want for t in texts):
        return None
    for r in range(row + 1, min(table.n_rows, row + 1 + MAX_ACTUAL_BELOW)):
        cell = table.cell_at(r, col)
        if cell is not None and cell.row == r and _squash(cell.text) == want:
            return cell
    return None


def actual_cell(table: Table, row: int, columns: dict[str, int], actual: str | None) -> Cell | None:
    """The cell printing a goal's ``actual`` read from grid ``row``: its own column's, else the one under the
    target (:func:`_actual_below`); ``None`` where none is."""
    if "actual" in columns:
        return table.cell_at(row, columns["actual"])
    return _actual_below(table, row, columns.get("target"), _squash(actual or ""))


def row_provenance(
    table: Table, row: int, columns: dict[str, int], index: int, actual: str | None = None
) -> dict[Loc, Source]:
    """Provenance of one goal read from grid ``row`` of ``table``: the row (every cell of it; down to the row
    printing its ``actual`` where that is a row under it) and each of its fields' cells (the actual's its own,
    under the target where the table prints it there), so every goal row has its own box and address."""
    prov: dict[Loc, Source] = {}
    own = actual_cell(table, row, columns, actual)
    last = own.row if own is not None and row < own.row else row
    cells = sorted(
        {
            id(c): c
            for r in range(row, last + 1)
            for k in range(table.n_cols)
            if (c := table.cell_at(r, k)) is not None
        }.values(),
        key=lambda c: (c.row, c.col),
    )
    prov[Loc("goals", index)] = _row_source(cells, row, table.source, last)
    for name, col in columns.items():
        cell = table.cell_at(row, col)
        if cell is not None:
            prov[Loc("goals", index, sub=name)] = cell.source
    if own is not None:  # an actual under its target: its own cell
        prov[Loc("goals", index, sub="actual")] = own.source
    return prov
