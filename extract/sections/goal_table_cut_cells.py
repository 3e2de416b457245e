"""A goal table's cell cut by a page break, its rest at the next page's top, joined to its row (class: a layout
dump's goal row cut so: mutant 4315 pdftotext ``-layout``, its first goal's target ``수요응답형 교통`` / ``프로그램
운영 (55회)`` printed after the page number ``-3-`` in rows of their own, the row above the break its target cell
empty; read as no goal, the target left null with a finding, and the shared counter pairing the goal with another).

The rest is joined only where the table proves it the cut cell's: the piece rows fill that one column only (no year,
no status, no actual: :func:`pieces_unread`'s shape), the row above left that cell empty, a page starts between the
row's last line and the pieces' first (``page_starts``: a text dump's), the pieces end as a goal's cell does (a figure
or a closing bracket), and the row after the pieces, if any, holds a cell of its own in that column (so they are not
the upper lines of its cell, which a layout dump prints above the row's line). Otherwise the table is as read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pledgecard.extract.cover_pages import page_of
from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.sections.goal_table_rows import goal_rows

FIELDS = ("target", "actual")  # the goal fields a cut cell is joined back to
_ENDS_CELL = re.compile(
    r"[\d)）\]]$"
)  # a goal cell's last token: a figure or a closing bracket (운영(10회), 60개)


def _lines_of(cells: Sequence[Cell]) -> tuple[int | None, int | None]:
    """The first and last dump line the ``cells`` were printed on (None unknown)."""
    starts = [c.source.line_start for c in cells if c.source.line_start is not None]
    ends = [c.source.line_end or c.source.line_start for c in cells if c.source.line_start is not None]
    return (min(starts) if starts else None, max(e for e in ends if e is not None) if ends else None)


def _pieces(grid: list[list[str]], r: int, c: int, rows: set[int]) -> list[int]:
    """The rows from ``r`` on that fill column ``c`` only and are read as no goal (``rows``: the goals' rows)."""
    out = []
    while r < len(grid) and r not in rows and {j for j, t in enumerate(grid[r]) if t.strip()} == {c}:
        out.append(r)
        r += 1
    return out


def joined_cut_cells(table: Table, page_starts: Sequence[int]) -> Table:
    """``table`` with each goal cell cut by a page break joined back to its row (see the module); the table as it
    is where none is proven (no page starts known, no goal row read, or a piece fails a check)."""
    if not page_starts:
        return table
    read = goal_rows(table)
    if not read:
        return table
    rows = {r for _g, r, _cols in read}
    grid = table.grid()
    cuts: dict[int, tuple[int, list[int]]] = {}  # the row above -> (its column, the piece rows joined to it)
    for goal, r, cols in read:
        for name in FIELDS:
            c = cols.get(name)
            if c is None or goal.get(name) or grid[r][c].strip():
                continue
            pieces = _pieces(grid, r + 1, c, rows)
            below = r + 1 + len(pieces)
            if (
                not pieces
                or not _ENDS_CELL.search(grid[pieces[-1]][c].strip())
                or below < len(grid)
                and not grid[below][c].strip()
            ):
                continue
            row_cells = [x for x in table.cells if x.row <= r < x.row + x.row_span]
            piece_cells = [x for x in table.cells if x.row in pieces]
            if any(x.row_span != 1 or x.col != c or x.col_span != 1 for x in piece_cells) or any(
                x.row + x.row_span > r + 1 for x in row_cells
            ):
                continue
            (_a, above_end), (piece_start, _b) = _lines_of(row_cells), _lines_of(piece_cells)
            if (
                above_end is None
                or piece_start is None
                or page_of(Source(line_start=above_end), page_starts)
                == page_of(Source(line_start=piece_start), page_starts)
            ):
                continue
            cuts[r] = (c, pieces)
            break
    if not cuts:
        return table
    return _joined(table, cuts)


def _joined(table: Table, cuts: dict[int, tuple[int, list[int]]]) -> Table:
    """``table`` with the piece rows of ``cuts`` made the cut cell of the row above (the rows after moved up)."""
    gone = {p for _c, pieces in cuts.values() for p in pieces}
    cells: list[Cell] = []
    for x in table.cells:
        if x.row in gone:
            continue
        shift = sum(1 for p in gone if p < x.row)
        if x.row in cuts and x.col == cuts[x.row][0]:
            continue
        cells.append(replace(x, row=x.row - shift))
    for r, (c, pieces) in cuts.items():
        parts = sorted((x for x in table.cells if x.row in pieces), key=lambda x: x.row)
        start, end = _lines_of(parts)
        shift = sum(1 for p in gone if p < r)
        cells.append(
            Cell(
                row=r - shift,
                col=c,
                text=" ".join(x.text for x in parts),
                source=replace(parts[0].source, line_start=start, line_end=end),
            )
        )
    cells.sort(key=lambda x: (x.row, x.col))
    return replace(table, cells=cells, n_rows=table.n_rows - len(gone))
