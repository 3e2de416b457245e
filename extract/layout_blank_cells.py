"""Empty cells, and a row's one cell of text indented by empty cells before it."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Table


def is_blank_cell(cell: Cell) -> bool:
    """A cell printing nothing: no text, no nested table, no paragraph with text (a reader may keep a cell's
    lines only as its paragraphs)."""
    return not cell.text.strip() and not cell.nested and not any(p.text.strip() for p in cell.paragraphs)


def indented_cell(table: Table, cells: list[Cell]) -> Cell | None:
    """The one cell of a row holding text when the cells before it are empty and narrower than it and
    it reaches the table's right edge: a line (or an item with the lines under it) indented by empty
    cells, as a spreadsheet indents a line by leaving its first column empty."""
    if len(cells) < 2 or not all(is_blank_cell(c) for c in cells[:-1]):
        return None
    last = cells[-1]
    before = sum(c.col_span for c in cells[:-1])
    if is_blank_cell(last) or last.col + last.col_span < table.n_cols or before > last.col_span:
        return None
    if any(c.row_span > 1 for c in cells):
        return None
    return last
