"""A goal table printed one cell a line that the plain cell reading reads no row of, read again with the cells a
dump printed over glued lines joined (goal_glued_cells, goal_glued_runs) only where every row then reads: a
reading of some of its rows would cut the table off from the other shapes' readers (mutant 3833 pdftotext), so it
is kept only when no row of the table is left unread (no status cell from its head on outside a row read), a row
whose cells still hold two glued lines (a cell's wrapped lines taken for two cells) or whose first line is glued to
the line above it left unread (doran-city 63004 pdftotext: the 2019 row's 추진내용 ``정류장 운영 및 주`` / ``민 지원``,
its second line taken for the 2022 row's first cell, the row's cells shifted: its target read as its actual)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.sections.goal_cells_a_line import goal_cells_read
from pledgecard.extract.sections.goal_values import is_status_cell


def every_row_joined(texts: list[str], glued: frozenset[int]) -> tuple[list[Any], list[int]] | None:
    """The rows and unread lines of the table ``texts`` prints (goal_cells_a_line) with its glued lines joined,
    when that reads one row or more and leaves no status cell unread from the table's head on; None otherwise."""
    if not glued:
        return None
    got = goal_cells_read(texts, glued=glued, whole_runs=True)
    if got is None or not got[0]:
        return None
    rows, unread, (a, _b) = got
    if any(
        k >= a and is_status_cell(texts[k].strip()) for k in unread
    ):  # (the span ends at the last row read)
        return None
    return rows, unread
