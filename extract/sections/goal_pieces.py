"""Rows of a goal table that are pieces of wrapped cells, not goals.

A reader that cut a goal table's rows where a cell's lines lie apart (a layout dump centring each
cell on its row's line) leaves rows holding only such lines: no year in the year column, no status,
no actual, while the table's other rows print a year and a status each (``청년농업 협`` over
``2023 | 거점 산지유 약 체결(60 | 61건 | 102% | 완료``, ``통센터 조성 | 건)`` under it). Such a row is no
goal: which row its words continue the table does not show, so it is read as none rather than as a
goal of its own (its figure, ``(45건)``, paired with no year and no status) or joined to a row it may
not be part of.
"""

from __future__ import annotations


def piece_rows(
    rows: list[list[str]], c_year: int | None, c_status: int | None, c_actual: int | None
) -> set[int]:
    """Indexes of ``rows`` that are pieces of wrapped cells (see the module): none unless the table has
    a year and a status column and at least one row prints both."""
    if c_year is None or c_status is None:
        return set()

    def empty(row: list[str], c: int | None) -> bool:
        return c is None or not row[c].strip()

    if not any(not empty(r, c_year) and not empty(r, c_status) for r in rows):
        return set()
    return {
        i
        for i, r in enumerate(rows)
        if any(c.strip() for c in r) and empty(r, c_year) and empty(r, c_status) and empty(r, c_actual)
    }
