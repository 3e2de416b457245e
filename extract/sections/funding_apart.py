"""A funding table a dump printed under the next section's heading: ``pdftotext`` in its default mode
prints a page's boxes in its own order, and a section label drawn turned (or set in a column of its own)
may come out before the table beside it. The funding section then holds its unit line and no table,
and the next section opens with the table's cells. The unmarked lines opening that section (a dash alone among
them), up to its first marked line or table, move back to the funding when, joined to the funding's lines, they print a
funding table (:func:`~pledgecard.extract.roles.lines_are_funding`: a unit line and rows of a source
label and its amounts, a row or a cell a line) and the funding's lines alone print none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.roles import lines_are_funding

if TYPE_CHECKING:
    from collections.abc import Sequence

MIN_CELLS = 4  # lines: fewer print no table of a source and its amounts


class _Section(Protocol):
    name: str | None
    items: list[Item]


def leading_cells(items: Sequence[Item]) -> int:
    """The number of unmarked lines opening ``items`` (up to the first marked line or table); a dash
    alone (a cell's zero, read as a bullet with no text) is such a line."""
    n = 0
    for it in items:
        if not isinstance(it, Line) or it.marker is not None and it.text.strip():
            break
        n += 1
    return n


def funding_printed_after(sections: Sequence[_Section]) -> None:
    """Move the funding table's lines printed under the next section's heading back to the funding."""
    at = next((i for i, s in enumerate(sections) if s.name == "funding"), None)
    if at is None or at + 1 >= len(sections):
        return
    own, after = sections[at], sections[at + 1]
    if any(not isinstance(it, Line) for it in own.items):
        return  # a table of its own
    lines = [it for it in own.items if isinstance(it, Line)]
    n = leading_cells(after.items)
    if n < MIN_CELLS or lines_are_funding(lines):
        return
    run = [it for it in after.items[:n] if isinstance(it, Line)]
    if lines_are_funding(lines + run):
        own.items.extend(run)
        del after.items[:n]
