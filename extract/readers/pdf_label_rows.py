"""A row label alone atop a page, under a table whose own rows print a label alone: a row of its own, not the
rest of the row above it that a page break cut.

Class fixed (mutant 3461, PDF, outreach 0.167): an outreach table printing its zeros blank (만족도조사 | | ), cut by
a page break after ``언론·방송 | 77``, the next page opening with ``기타 | |`` and the 계 row: a second part mostly
empty reads as a row the break cut (its text pushed down), so 기타 was joined to 언론·방송 as one label, and the
outreach reader, one channel short, left every count null. Drawn closed on both pages, a label wrapped across the
break looks the same; the table's own rows tell them apart, as a marked note line's do
(:func:`~pledgecard.extract.readers.pdf_tables`'s marked rows): the row goes on only where the table prints no row
of a label alone elsewhere, or the row above prints nothing past its label."""

from __future__ import annotations

from collections.abc import Callable

from pledgecard.extract.document import Cell
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.pdf_table_build import PageTable


def _printed(t: PageTable, r: int, blank: bool = False) -> list[int]:
    """The columns row ``r`` prints a cell in (a cell of white space alone printed too where ``blank``)."""
    return sorted(c.col for c in t.cells if c.row == r and (c.text if blank else c.text.strip()))


def prints_alone(
    t: PageTable, rows: range, col: int, opens: Callable[[str], bool] | None = None, blank: bool = False
) -> bool:
    """Whether one of ``rows`` of ``t`` prints column ``col`` alone (its text opening as ``opens`` asks): the rule
    both a row's label alone (:func:`label_rows_own`) and a marked line alone
    (:func:`~pledgecard.extract.readers.pdf_tables`'s marked rows) ask of a table's own rows, that a row of that
    one cell is a row of its own there."""
    for r in rows:
        if _printed(t, r, blank) == [col] and (
            opens is None or opens(next(c.text for c in t.cells if c.row == r and c.col == col))
        ):
            return True
    return False


def label_rows_own(a: PageTable, b: PageTable, lower: dict[int, Cell]) -> bool:
    """Whether ``b``'s first row (its cells ``lower`` by column), printing its first column's cell alone and no
    marker, is a row of its own: ``a``'s last row prints a cell past its label, and a body row of ``a`` (not its
    first nor its last) or of ``b`` (not its first) prints its label alone too (the table's blank cells: zeros
    printed blank, no text pushed down)."""
    first = min(lower, default=None)
    if first is None or [k for k, c in lower.items() if c.text.strip()] != [first] or len(lower) < 2:
        return False
    if split_marker(lower[first].text.strip())[0] is not None:
        return False
    above = _printed(a, a.n_rows - 1)
    if not any(k > first for k in above):
        return False  # the row above prints its label alone: a label wrapped across the break may go on
    return prints_alone(a, range(1, a.n_rows - 1), first) or prints_alone(b, range(1, b.n_rows), first)
