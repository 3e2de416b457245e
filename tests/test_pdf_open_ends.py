"""An open edge of a ruled table the page break cut (pdf_grids: vertical rules ending together near the page's foot
with no rule across them) cuts the table whose verticals it is, not another table ending at about that height beside
it (binnae-city's landscape page: the funding in the left column, closed, ending 1.8 pt under the goal table in the
right column, cut open: the funding took the open bottom, its last row merged with the next column's first row)."""

from __future__ import annotations

from pledgecard.extract.readers.pdf_grids import _spans_at

GOALS_END = (526.1, (), 433.0, 791.0)  # the right column's goal table, cut open, no rule across its bottom


def test_an_open_edge_cuts_the_table_across_its_verticals() -> None:
    assert _spans_at([GOALS_END], 526.1, 433.0, 791.0) == ()
    assert _spans_at([GOALS_END], 527.9, 434.0, 790.0) == ()  # within the edge tolerance


def test_a_table_beside_it_at_that_height_is_not_cut() -> None:
    assert _spans_at([GOALS_END], 527.9, 51.0, 409.0) is None  # the funding, left column: closed
    assert _spans_at([GOALS_END, (527.9, ((51.0, 409.0),), 51.0, 409.0)], 527.9, 51.0, 409.0) == (
        (51.0, 409.0),
    )
