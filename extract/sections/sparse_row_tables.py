"""A table of one row a text dump's grid reader cut at blank gaps, most of its columns printing nothing.

The class of card fixed (yeoreum-city 50015's HWP text dump, hwp5html): a dated item table's head row (``구분`` /
``추진일자`` / ``추진내용`` / ``비고``) printed over a wide content column, its first row's cells (the block's label
over two lines, ``세부 추진실적`` far right in the content column) on the lines right under it, was read as a grid of
21 columns, 17 of them empty: the head's row a table of one row that the item-table reader did not know for its
head (an empty cell heads nothing), and ``세부 추진실적`` a table of one cell of twenty. Every dated row under the head
then went to the side tables, its date and text lost as an item. A row printed in fewer cells than it has empty ones
is the line of its cells: two cells or more a one-row table of those cells, one cell the line it is.

Session 37 (mendprev): squeezing a row whose empty cells are columns of their own moves a figure left into another
column's field. So the empty cells go only where the row cannot hold them as columns: where its printed cells are
words alone (a head, a label: nothing printed that a column's place gives a meaning to), or where the printed cells'
display columns leave no room for them (a run of empty columns between two printed cells, or before the first,
each needing a character and a gap of two). A row printing a figure (a digit) whose blanks have room to be columns
keeps them in place.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.layout import Item, Line


def sparse_row_unpadded(item: Item) -> Item:
    """``item`` as printed where it is a one-row table with more empty cells than cells printing text: a table
    of its printed cells (in their order), or the line of its one printed cell; any other item as it is."""
    if not isinstance(item, Table) or item.n_rows != 1:
        return item
    printed = sorted((c for c in item.cells if c.text.strip()), key=lambda c: c.col)
    if not printed or len(printed) >= len(item.cells) - len(printed):
        return item
    if any(ch.isdigit() for c in printed for ch in c.text) and _room_for_blanks(printed):
        return item  # a figure whose empty neighbours may be columns: each stays in its own column
    if len(printed) == 1:
        return Line(text=" ".join(printed[0].text.split()), marker=None, indent=0, source=item.source)
    cells = [
        Cell(
            row=0,
            col=k,
            text=c.text,
            source=c.source,
            paragraphs=c.paragraphs,
            nested=c.nested,
            blocks=c.blocks,
        )
        for k, c in enumerate(printed)
    ]
    return replace(item, cells=cells, n_cols=len(cells))


GAP = 2  # the blank display columns a text dump's grid reader cuts cells at
BLANK_COLUMN = 1 + GAP  # the least an empty column takes between printed cells: a character and a gap


def _room_for_blanks(printed: list[Cell]) -> bool:
    """Whether the display columns between the printed cells of a one-row table (in column order, each with its
    ``source.columns``) leave room for the empty columns the grid puts between them (and before the first, from
    the line's start); True where a cell's position is not known (nothing disproves the columns)."""
    at: list[tuple[int, int]] = []
    for c in printed:
        if c.source is None or c.source.columns is None:
            return True
        at.append(c.source.columns)
    ends = [(-GAP, -1), *at]  # the line's start: the first cell's empty columns before it from column 0
    cols = [-1, *(c.col for c in printed)]
    for (_, end), (start, _), a, b in zip(ends, at, cols, cols[1:], strict=False):
        blanks = b - a - 1
        if blanks and start - end - GAP < blanks * BLANK_COLUMN:
            return False
    return True
