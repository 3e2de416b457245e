"""Rows of a goal table that are pieces of wrapped cells, not goals.

A reader that cut a goal table's rows where a cell's lines lie apart (a layout dump centring each
cell on its row's line) leaves rows holding only such lines: no year in the year column, no status,
no actual, while the table's other rows print a year and a status each (``청년농업 협`` over
``2023 | 거점 산지유 약 체결(60 | 61건 | 102% | 완료``, ``통센터 조성 | 건)`` under it). Such a row is no
goal, and which row its words continue the table does not show: the cells it holds words for are
unsure in the rows on either side of it too (the piece may be their cell's first or last lines), and
are left empty there rather than paired with a row they may not be part of.
"""

from __future__ import annotations


def piece_rows(rows: list[list[str]], c_year: int | None, c_status: int | None, c_actual: int | None) -> set[int]:
    """Indexes of ``rows`` that are pieces of wrapped cells (see the module): none unless the table has
    a year and a status column and at least one row prints both."""
    if c_year is None or c_status is None:
        return set()

    def empty(row: list[str], c: int | None) -> bool:
        return c is None or not row[c].strip()

    if not any(not empty(r, c_year) and not empty(r, c_status) for r in rows):
        return set()
    return {i for i, r in enumerate(rows) if any(r) and empty(r, c_year) and empty(r, c_status) and empty(r, c_actual)
            and sum(1 for c in r if c.strip()) < len(r)}


def without_pieces(rows: list[list[str]], pieces: set[int], skip: set[int]) -> None:
    """Empty, in the rows next to each piece (not a piece itself, nor in ``skip``: a row heading a
    group), the cells of the columns the piece holds words in."""
    for i in sorted(pieces):
        cols = [c for c, text in enumerate(rows[i]) if text.strip()]
        for j in (i - 1, i + 1):
            while j in pieces:
                j += j - i
            if 0 <= j < len(rows) and j not in skip:
                for c in cols:
                    rows[j][c] = ""
