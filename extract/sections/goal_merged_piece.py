"""A goal table dumped one cell a line whose project cell is merged over a year's rows and wraps: the dump prints
the merged cell's last line after the first row's status, before the next row's year (chorong-city 24018
pdftotext: ``2019`` / ``거점 산지유통센터`` / ``시범 운영`` / ``행정절차 이행`` / ``추진중`` / ``조성`` / ``2020`` /
``스마트팜 기업 지원(25개)`` / ``-`` / ``미착수``: the cell, centred over both rows, prints lower than the first
row's one-line cells). The class of card fixed: the next row, its year no longer its first cell, was left unread
and the project lost its last word. The pieces are the merged project's only where the next row prints its own
year after them and then exactly one cell fewer than the head's columns (no project cell of its own: the cell
above spans it); any other row is left as it is."""

from __future__ import annotations

from pledgecard.extract.sections.goal_values import year_cell_of

# at most this many lines of a merged project cell printed after the row above's status
_MAX_PIECES = 2


def merged_project_pieces(row_cells: list[str], before: list[str]) -> tuple[list[str], list[str]] | None:
    """``(pieces, cells)``: the lines before a row's year cell (a merged project's last lines) and the row's own
    cells from its year on, where ``before`` (the head's column kinds before the status, after a year column)
    names a project, the row opens with one or two pieces holding no digit and no year, and its cells after the
    year are one fewer than ``before`` (the project merged); None otherwise."""
    if "project" not in before:
        return None
    k = next((j for j, c in enumerate(row_cells) if year_cell_of(c) is not None), None)
    if k is None or not 0 < k <= _MAX_PIECES or len(row_cells) - k - 1 != len(before) - 1:
        return None
    pieces = row_cells[:k]
    if any(any(ch.isdigit() for ch in p) for p in pieces):
        return None
    return pieces, row_cells[k:]
