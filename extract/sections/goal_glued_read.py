"""A goal table printed one cell a line that the plain cell reading reads no row of, read again with the cells a
dump printed over glued lines joined (goal_glued_cells, goal_glued_runs) only where every row then reads: a
reading of some of its rows would cut the table off from the other shapes' readers (mutant 3833 pdftotext), so it
is kept only when no row of the table is left unread (no status cell of its span outside a row read)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.sections.goal_cells_a_line import goal_cells_read
from pledgecard.extract.sections.goal_values import is_status_cell


def every_row_joined(texts: list[str], glued: frozenset[int]) -> tuple[list[Any], list[int]] | None:
    """The rows and unread lines of the table ``texts`` prints (goal_cells_a_line) with its glued lines joined,
    when that reads one row or more and leaves no status cell of the table's lines unread; None otherwise."""
    if not glued:
        return None
    got = goal_cells_read(texts, glued=glued)
    if got is None or not got[0]:
        return None
    rows, unread, (a, b) = got
    if any(a <= k < b and is_status_cell(texts[k].strip()) for k in unread):
        return None
    return rows, unread
