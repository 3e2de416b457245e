"""A real (reader-built) funding table's cells: split at a repeated head, cells of amounts side by side,
cell positions, blank cells, rounding and provenance."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.geometry import bbox_of
from pledgecard.extract.sections.base import Loc
from pledgecard.extract.sections.funding_cells import GROUPED_OK, is_amount_cell, squashed_cell
from pledgecard.extract.sections.funding_column_heads import gubun_pattern
from pledgecard.extract.sections.funding_grid import Position, grid_positions
from pledgecard.extract.sections.funding_pairs import plan_figures
from pledgecard.extract.sections.funding_rows import data_row
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import rounded_to_won, ungrouped
from pledgecard.normalize.text import DASH_CLASS, fold


def split_at_repeated_head(t: Table) -> list[Table]:
    """A table read as one that holds two stacked tables (a reader joined them over a page break):
    cut before a row whose label cell is the label column's head (구분) again, below rows of
    amounts. Each part keeps its cells' sources; a table with no such row comes back whole."""
    grid = t.grid()
    gubun = current().build(gubun_pattern)
    cuts = [
        r
        for r in range(2, len(grid))
        if grid[r]
        and gubun.fullmatch(fold(grid[r][0]).replace(" ", ""))
        and any(data_row(" ".join(grid[q])) for q in range(1, r))
    ]
    if not cuts:
        return [t]
    parts = []
    for a, b in zip([0, *cuts], [*cuts, len(grid)], strict=True):
        cells = [
            replace(c, row=c.row - a, row_span=min(c.row_span, b - c.row)) for c in t.cells if a <= c.row < b
        ]
        parts.append(Table(cells=cells, n_rows=b - a, n_cols=t.n_cols, source=t.source))
    return parts


_SIDE_BY_SIDE = re.compile(
    r"^[△▲\-−]?\(?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?[^\d,.]*$|^" + DASH_CLASS + "$"
)


def unparted(t: Table) -> bool:
    """Whether a table holds a cell of two or more whole amounts side by side (``5,278백만원
    1,779백만원``, ``1,286 -``): a dump printed its cells a space apart, where the layout cannot part
    them into columns. Which cell is which column is not the layout's to tell: its rows are read
    as text lines, their amounts in printed order. A number a narrow cell wrapped (``27,743,`` /
    ``610``) is one amount, not two, as is one whose thousands spaces group (``1 164``, ``△6 738``)."""
    for c in t.cells:
        toks = fold(c.text).split()
        if len(toks) < 2 or not all(_SIDE_BY_SIDE.match(x) and is_amount_cell(x) for x in toks):
            continue
        if ungrouped(fold(c.text)) == fold(c.text) and not GROUPED_OK.match(squashed_cell(c.text)):
            return True
    return False


def table_positions(
    t: Table, mult: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[Position, list[Position]]]]:
    """:func:`grid_positions` of a table, positions in the table's own grid."""
    grid, at_row, at_col = plan_figures([[fold(c) for c in r] for r in t.grid()], is_amount_cell)
    # the head row printed again inside the table (a page break cut it: the reader kept one table)
    again = {r for r in range(1, len(grid)) if grid[r] == grid[0] and any(c.strip() for c in grid[0])}
    if again:
        at_row = [a for r, a in enumerate(at_row) if r not in again]
        grid = [row for r, row in enumerate(grid) if r not in again]
    columns, rows, where = grid_positions(grid, mult)
    return (
        columns,
        rows,
        [((at_row[r], at_col[c]), [(at_row[a], at_col[b]) for a, b in cells]) for (r, c), cells in where],
    )


def blank_cells(table: Table, where: list[tuple[Position, list[Position]]]) -> list[tuple[int, int]]:
    """``(row, column)`` of the funding record's cells that the table prints empty (a cell, no text)."""
    out = []
    for i, (_, cells_at) in enumerate(where):
        for j, at in enumerate(cells_at):
            cell = table.cell_at(*at)
            if cell is not None and not cell.text.strip():
                out.append((i, j))
    return out


def half_won_rounding(table: Table, where: list[tuple[Position, list[Position]]], mult: int) -> float:
    """Half a won where a funding cell of ``table`` prints a fraction of a won, rounded to whole won (its
    sums hold to that a figure), else 0."""
    cells = (table.cell_at(*at) for _, cells_at in where for at in cells_at)
    return 0.5 if any(c is not None and rounded_to_won(c.text, mult) for c in cells) else 0.0


def cell_provenance(table: Table, where: list[tuple[Position, list[Position]]]) -> dict[Loc, Any]:
    """A source per funding row (its label cell's, boxed around the label and every amount of the
    row on the label's page) and per amount cell (``funding.rows[i].amounts_krw[j]``)."""
    prov: dict[Loc, Any] = {}
    for i, (label_at, cells_at) in enumerate(where):
        label = table.cell_at(*label_at)
        cells = [table.cell_at(*at) for at in cells_at]
        for j, cell in enumerate(cells):
            if cell is not None:
                prov[Loc("funding", sub=f"rows[{i}].amounts_krw[{j}]")] = cell.source
        if label is None:
            continue
        boxes = [
            c.source.bbox
            for c in [label, *cells]
            if c is not None and c.source.bbox is not None and c.source.page == label.source.page
        ]
        # across the group cells left of its label too (a 총계 cell merged over the total's rows), as tall as its own
        group = [
            c.source.bbox
            for k in range(label_at[1])
            if (c := table.cell_at(label_at[0], k)) is not None
            and c.source.bbox is not None
            and c.source.page == label.source.page
        ]
        bbox = bbox_of(boxes) if boxes else None
        if bbox is not None and group:
            bbox = (min(bbox[0], *(b[0] for b in group)), *bbox[1:])
        prov[Loc("funding", sub=f"rows[{i}]")] = replace(label.source, bbox=bbox) if bbox else label.source
    return prov


def rows_once(table: Table) -> list[list[str]]:
    """A table's rows with each merged cell once (where it starts), in column order."""
    rows: list[list[str]] = [[] for _ in range(table.n_rows)]
    for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
        rows[c.row].append(fold(c.text))
    return rows
