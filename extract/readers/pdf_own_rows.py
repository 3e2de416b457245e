"""Whether the first row atop a page, printing one cell, is a row of its own or the rest of the row a page
break cut (a closed table: both parts drawn whole, the cells that ended on the first page blank on the next).

A cut cell's rest and a row of its own printing one column (a note ``※ ...``, a sub-line ``1) ...``, a group's
sub-head ``수소산업 분야`` over its items) look alike. The table's own rows tell them apart: the table draws
such lines as rows of their own elsewhere (another row printing that column only, its text of the same kind:
opening with a marker, or a line without one under a row printing every cell: under a row leaving a cell blank,
the words the break cut go on) and no cell of that column holds a line of that kind under its first (a cell's own lines of
that kind, one a page break could cut off). Else the row goes on.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.document import Cell
from pledgecard.extract.markers import split_marker


def _marked(line: str) -> bool:
    return split_marker(line)[0] is not None


def lone_row_own(parts: Sequence[tuple[Sequence[Cell], int, int]], lower: dict[int, Cell],
                 upper: dict[int, Cell]) -> bool:
    """Whether ``lower`` (the cells of the first row atop the new page, by column), printing one cell, is a row
    of its own (see the module) under ``upper`` (the first part's last row, by column); ``parts``: each table
    part's cells, row count and the row not to count (the second's first, the one asked about)."""
    printed = [k for k, c in lower.items() if c.text]
    if len(printed) != 1:
        return False
    col = printed[0]
    text = lower[col].text.strip()
    marked = _marked(text)
    if not marked and ("\n" in text or not all(c.text for c in upper.values())):
        # a line without a marker, one line, under a row printing every cell (whole, its last column's status
        # too): a sub-head; more lines are a cell's text going on, and under a row leaving a cell blank (a lone
        # row of that column, or an item whose cells the break cut), that row's own words
        return False
    own = False
    for cells, n_rows, skip in parts:
        for r in range(n_rows):
            row = [c for c in cells if c.row == r]
            if r != skip and [c.col for c in row if c.text] == [col] and \
                    _marked(next(c.text for c in row if c.text)) == marked:
                own = True
        if any(c.col == col and any(_marked(ln) == marked for ln in c.text.split("\n")[1:] if ln.strip())
               for c in cells):
            return False
    return own
