"""A funding table's part printed after a page break as a table of rows only, its head not repeated (a
native PDF's table cut between its rows: the next page's rows drawn as a table of their own, with column
widths of their own). The class of card fixed: mutant 3589 (PDF), whose last source (구비) stood alone
atop the next page, read as a row of no amounts under no head and lost. Its cells are read by their
place under the columns of the table above, only where every row prints a label and exactly as many
cells as those columns; whether it goes on with that table is proven by the whole's total row
(funding_continued.continues_rows), never by the place alone."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.extract.sections.funding_grid import Position, grid_positions
from pledgecard.extract.sections.funding_pairs import plan_figures
from pledgecard.normalize.text import fold


def rows_under(
    grid: list[list[str]], columns: list[dict[str, Any]], mult: int
) -> tuple[list[dict[str, Any]], list[tuple[Position, list[Position]]]] | None:
    """The rows of a head-less ``grid`` read under ``columns`` (the table above's), with where each was
    printed in ``grid``; None unless every row is one label cell and as many cells as ``columns``, the last
    of them (at least) an amount."""
    if not grid or not columns:
        return None
    if any(
        len(row) != len(columns) + 1
        or not row[0].strip()
        or is_amount_cell(row[0])
        or not any(is_amount_cell(c) for c in row[1:])
        for row in grid
    ):
        return None
    head = ["", *(c["label"] for c in columns)]
    got_cols, rows, where = grid_positions([head, *grid], mult)
    if [(c["label"], c["kind"], c["year"]) for c in got_cols] != [
        (c["label"], c["kind"], c["year"]) for c in columns
    ] or len(rows) != len(grid):
        return None
    return rows, [((r - 1, c), [(a - 1, b) for a, b in cells]) for (r, c), cells in where]


def headless_part(
    t: Table, columns: list[dict[str, Any]], mult: int
) -> tuple[list[dict[str, Any]], list[tuple[Position, list[Position]]]] | None:
    """:func:`rows_under` of a table, positions in the table's own grid."""
    grid, at_row, at_col = plan_figures([[fold(c) for c in r] for r in t.grid()], is_amount_cell)
    got = rows_under(grid, columns, mult)
    if got is None:
        return None
    rows, where = got
    return rows, [
        ((at_row[r], at_col[c]), [(at_row[a], at_col[b]) for a, b in cells]) for (r, c), cells in where
    ]
