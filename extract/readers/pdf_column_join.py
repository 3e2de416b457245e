"""A table a column break cut: in pages set in newspaper columns, a table that ends one column and
goes on at the top of the next is one table, joined by the same rules as a table the page break cut
(``pdf_tables.continues_on``, ``pdf_open_join.open_goes_on``), once its part in the next column is
set over its first part (the columns' margins differ by the column's offset, the widths do not).
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.readers.pdf_grids import EDGE_TOL
from pledgecard.extract.readers.pdf_lines import Line
from pledgecard.extract.readers.pdf_open_join import open_goes_on
from pledgecard.extract.readers.pdf_tables import PageTable, continues_on, join_continued

Item = Line | PageTable


def column_goes_on(a: PageTable, b: PageTable, tol: float = EDGE_TOL) -> bool:
    """Whether ``b`` (atop a column) continues ``a`` (last in the column before, on this page or the
    page before), as wide as it; if so ``b``'s column edges are moved over ``a``'s."""
    if abs(a.xs[0] - b.xs[0]) <= tol or abs((a.xs[-1] - a.xs[0]) - (b.xs[-1] - b.xs[0])) > tol:
        return False  # in the same column (the page-break rules' case), or not as wide
    dx = a.xs[0] - b.xs[0]
    saved = list(b.xs)
    b.xs = [x + dx for x in b.xs]
    if open_goes_on(a, b, tol) or continues_on(a, b, tol):
        _shift_inner(b, dx)
        return True
    b.xs = saved
    return False


def _shift_inner(t: PageTable, dx: float) -> None:
    """The tables nested in ``t`` moved ``dx`` across with it (a nested table the break cut goes on)."""
    for inner in t.inner.values():
        for n in inner:
            n.xs = [x + dx for x in n.xs]
            _shift_inner(n, dx)


def join_columns(ordered: list[Item], columns: Sequence[Sequence[Item]]) -> list[Item]:
    """``ordered`` (a page's items, its column zones read column by column) with every table that ends
    a left column and goes on atop the right one (``columns``: left, right, left, right ...) joined."""
    gone: set[int] = set()
    for left, right in zip(columns[::2], columns[1::2], strict=False):
        if not left or not right:
            continue
        a, b = left[-1], right[0]
        if (
            isinstance(a, PageTable)
            and isinstance(b, PageTable)
            and b.bbox[0] > a.bbox[2]
            and column_goes_on(a, b)
        ):
            join_continued(a, b)
            gone.add(id(b))
        elif isinstance(b, PageTable):
            gone |= _open_cell_start(left, b)
    return [it for it in ordered if id(it) not in gone]


def _open_cell_start(left: Sequence[Item], b: PageTable, tol: float = EDGE_TOL) -> set[int]:
    """The lines ending the left column after its last table, all within one cell of ``b``'s first row
    that ``b`` (atop the right column) draws open at its top, once set over the left column (by the
    last table's margin, as wide as ``b``): the start of that cell, a box the column break cut whose
    closing rules the break lost. They go into the cell, before its own lines; their ids."""
    tail: list[Line] = []
    last: PageTable | None = None
    for it in reversed(left):
        if isinstance(it, PageTable):
            last = it
            break
        tail.append(it)
    if (
        not b.open_top
        or not tail
        or last is None
        or abs((last.xs[-1] - last.xs[0]) - (b.xs[-1] - b.xs[0])) > tol
    ):
        return set()
    dx = last.xs[0] - b.xs[0]
    tail.reverse()
    for k, cell in enumerate(b.cells):
        if cell.row != 0 or cell.col not in b.open_top:
            continue
        x0, x1 = b.xs[cell.col] + dx, b.xs[cell.col + cell.col_span] + dx
        if all(x0 - tol <= line.x0 and line.x1 <= x1 + tol for line in tail):
            b.cell_lines[k][:0] = tail
            cell.text = "\n".join([*(line.raw for line in tail), *([cell.text] if cell.text else [])])
            return {id(line) for line in tail}
    return set()
