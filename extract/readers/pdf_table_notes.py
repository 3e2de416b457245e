"""Notes printed under a table that a page break cut inside a column of panes (the left pane's funding
table going on atop the next page's left pane, ``※ 추경 반영분`` / ``주1) ...`` under its rows): the table is
joined back where it began, before the other pane's items of the page before; its notes go with it, not
after them (read there, they would be items of the other pane's section)."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.markers import is_note, split_marker
from pledgecard.extract.readers.pdf_columns import item_box
from pledgecard.extract.readers.pdf_lines import Line
from pledgecard.extract.readers.pdf_tables import PageTable

TOL = 2.0  # points a note may stand left of its table's side


def _is_note(line: Line) -> bool:
    return is_note(line.marker) or is_note(split_marker(line.text)[0])


def notes_under(items: Sequence[Line | PageTable], table: PageTable) -> int:
    """How many of ``items`` (a page's items in reading order, after ``table``, the part of a table the page
    break cut) are the notes under it: note lines, one after the other, within its sides."""
    x0, _, x1, _ = table.bbox
    n = 0
    for it in items:
        if not isinstance(it, Line) or not _is_note(it):
            break
        left, _, right, _ = item_box(it)
        if left < x0 - TOL or right > x1 + TOL:
            break
        n += 1
    return n


def place_notes(
    seq: list[Line | PageTable], joined: PageTable, items: list[Line | PageTable], part: PageTable
) -> list[Line | PageTable]:
    """Where ``part`` (a page's first item) went on ``joined``, a table amid ``seq`` (other items read after it:
    the other pane's), the notes under ``part`` go right after ``joined``; the page's items left."""
    at = next((k for k, it in enumerate(seq) if it is joined), None)
    if at is None or at == len(seq) - 1:
        return items
    n = notes_under(items, part)
    seq[at + 1 : at + 1] = items[:n]
    return items[n:]
