"""Where a goal read from a table's row stands: the row's box and each of its fields' cells."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.sections.base import Loc


def _row_source(cells: list[Cell], row: int, base: Source) -> Source:
    """One source for grid ``row`` made of ``cells`` (every cell covering the row, merged ones
    included): across all of them, and as tall as the cells of this row alone (a 주요사업 cell
    merged over three goals does not make each goal three rows tall), on the page of the row's
    first own cell (a row cut by a page break keeps that page's part); the first own cell's address."""
    own = [c for c in cells if c.row == row and c.row_span == 1] or [c for c in cells if c.row == row] or cells
    if not own:
        return base
    first = own[0].source
    across = [c.source.bbox for c in cells if c.source.bbox is not None and c.source.page == first.page]
    tall = [c.source.bbox for c in own if c.source.bbox is not None and c.source.page == first.page]
    if not across or not tall:
        return first
    bbox = (min(b[0] for b in across), min(b[1] for b in tall), max(b[2] for b in across), max(b[3] for b in tall))
    return replace(first, bbox=bbox)


def row_provenance(table: Table, row: int, columns: dict[str, int], index: int) -> dict[Loc, Source]:
    """Provenance of one goal read from grid ``row`` of ``table``: the row (every cell of it) and
    each of its fields' cells, so every goal row has its own box and address."""
    prov: dict[Loc, Source] = {}
    cells = sorted({id(c): c for k in range(table.n_cols) if (c := table.cell_at(row, k)) is not None}.values(),
                   key=lambda c: c.col)
    prov[Loc("goals", index)] = _row_source(cells, row, table.source)
    for name, col in columns.items():
        cell = table.cell_at(row, col)
        if cell is not None:
            prov[Loc("goals", index, sub=name)] = cell.source
    return prov
