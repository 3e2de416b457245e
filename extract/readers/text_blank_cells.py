"""The blank cells of a table a text dump drew with rules (:mod:`text_drawn_tables`): a drawn box with nothing in it
is a cell all the same, printed blank (a funding table's period with no money: a zero its row's total proves), where
reading only the boxes that print text left the place empty, no cell at all, so no sum could prove the blank a zero
(mutant 4330, a transposed funding table's blank cells: money 0.727). The rules tell the grid; every place of it no
cell read covers (its box and spans) is a blank cell of its own, as a word processor's table keeps one."""

from __future__ import annotations

from pledgecard.extract.document import Cell


def blank_cells(cells: list[Cell], n_rows: int, n_cols: int) -> list[Cell]:
    """The places of an ``n_rows`` x ``n_cols`` grid no cell of ``cells`` covers, each a blank cell (its source the
    cell before it in reading order: the line a dump printed nearest it), in reading order."""
    covered = {
        (r, c)
        for cell in cells
        for r in range(cell.row, cell.row + cell.row_span)
        for c in range(cell.col, cell.col + cell.col_span)
    }
    ordered = sorted(cells, key=lambda x: (x.row, x.col))
    out: list[Cell] = []
    for r in range(n_rows):
        for c in range(n_cols):
            if (r, c) in covered:
                continue
            before = [x for x in ordered if (x.row, x.col) < (r, c)]
            near = before[-1] if before else ordered[0]
            out.append(Cell(row=r, col=c, text="", source=near.source))
    return out
