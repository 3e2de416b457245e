"""Mends of a review of session 29's merged work: each test fails on the code before its mend."""

from __future__ import annotations

from pledgecard.extract.document import Cell
from pledgecard.extract.readers.pdf_table_build import PageTable
from pledgecard.extract.readers.pdf_tables import _drop_cells


def test_dropping_cells_renumbers_the_cells_cited_below() -> None:
    # a 3x1 table whose last cell is cited at a lower part; its first cell dropped: the cited cell is now cell 1
    cells = [Cell(row=r, col=0, text=t) for r, t in enumerate(("", "a", "b"))]
    t = PageTable(page=1, bbox=(0, 0, 10, 30), xs=[0, 10], ys=[0, 10, 20, 30], cells=cells,
                  cell_lines=[[], [], []], cited_below={2})
    _drop_cells(t, [0])
    assert [c.text for c in t.cells] == ["a", "b"]
    assert t.cited_below == {1}
    _drop_cells(t, [1])  # the cited cell itself dropped: nothing cited
    assert t.cited_below == set()
