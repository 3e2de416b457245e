"""A year group's mark printed between a goal table and its headless rest (``[2021년]`` on a line of its own after
a page break, the rows below it a table of their own): the rest's first rows are that year's group, not the last
group of the table before the cut.

A layout dump of a goal table of row groups (a ``[2020년]`` row over each year's rows) cut by a page break prints the
next group's mark as a line between the two parts when it stands alone at the top of the page's table (its cells
empty but the mark, pdftotext sets it apart from the rows measured below it). Read as the rest of the table before
the cut, the first rows below the mark took the year of the table's last group (crossbreed 30 -layout: its 2021
goal read as 2020's). The mark is put back as the group row it was, where the table before the cut prints its groups
so (a row whose first cell is a year mark and every other cell empty); where it does not, which rows the mark groups
is not proven and the rest is not read as the table's (its rows stay text, no year guessed)."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.goal_values import year_cell_of
from pledgecard.normalize.text import fold


def _group_row(row: list[str]) -> bool:
    """A row of a year group's mark: its first cell a year mark, every other cell empty."""
    return bool(row) and year_cell_of(fold(row[0])) is not None and not any(c.strip() for c in row[1:])


def marked_before(before: Table, between: list[Item]) -> Table | None:
    """``before`` with the year marks printed on lines of their own in ``between`` (the items between it and the
    table that may go on with it) put back as its last group rows; ``before`` itself where no such line stands
    between; None where one does and ``before`` prints no group row of that shape (the mark's rows unproven)."""
    marks = [it for it in between if isinstance(it, Line) and year_cell_of(it.full_text.strip()) is not None]
    if not marks:
        return before
    if not any(_group_row(r) for r in before.grid()):
        return None
    cells = list(before.cells)
    for k, mark in enumerate(marks):
        cells.append(Cell(row=before.n_rows + k, col=0, text=mark.full_text.strip(), source=mark.source))
        cells += [
            Cell(row=before.n_rows + k, col=c, text="", source=mark.source) for c in range(1, before.n_cols)
        ]
    return Table(cells=cells, n_rows=before.n_rows + len(marks), n_cols=before.n_cols, source=before.source)
