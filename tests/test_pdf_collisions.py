"""Figures of two PDF table cells printed into each other are read as unsure (null + finding), never
as a number with a digit lost; a figure that runs on into an empty cell keeps its reading."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.readers.pdf_collisions import mark_collisions
from pledgecard.extract.readers.pdf_lines import LOST, chars_to_lines
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.normalize.money import looks_like_amount

SIZE, W = 10.0, 6.2  # font size, digit width


def _chars(text: str, x0: float, top: float = 100.0) -> list[dict[str, Any]]:
    return [
        {
            "text": ch,
            "x0": x0 + k * W,
            "x1": x0 + (k + 1) * W,
            "top": top,
            "bottom": top + SIZE,
            "size": SIZE,
            "fontname": "F",
            "upright": True,
        }
        for k, ch in enumerate(text)
    ]


def _texts(cells: list[list[dict[str, Any]]]) -> list[str]:
    return [" ".join(line.text for line in chars_to_lines(c, page=1)) for c in cells]


XS = [50.0, 100.0, 150.0, 200.0]  # three cells of one row
OWNERS = [[0, 1, 2]]


def test_two_figures_that_touch_across_a_rule_are_both_unsure() -> None:
    cells = [
        _chars("2,431,578", 52.0),
        _chars("10,781", 107.8),
        _chars("463", 180.0),
    ]  # 2,431,578 ends at 107.8
    mark_collisions(XS, OWNERS, cells)
    assert _texts(cells) == ["2,431,578" + LOST, "10,781" + LOST, "463"]


def test_a_figure_running_into_an_empty_cell_or_short_of_its_neighbour_is_kept() -> None:
    cells = [_chars("2,431,578", 52.0), [], _chars("463", 180.0)]
    mark_collisions(XS, OWNERS, cells)
    assert _texts(cells) == ["2,431,578", "", "463"]
    cells = [_chars("2,431,578", 52.0), _chars("781", 130.0), _chars("463", 180.0)]
    mark_collisions(XS, OWNERS, cells)
    assert _texts(cells) == ["2,431,578", "781", "463"]


def test_an_unsure_figure_keeps_its_place_in_a_funding_row() -> None:
    assert looks_like_amount("2,431,578" + LOST) and not looks_like_amount(LOST)
    assert looks_like_amount(",660" + LOST * 2)  # 7,660 with its 7 drawn over by the figure before it
    assert looks_like_amount(f"4{LOST} 7,373,322{LOST}")  # 407,373,322 with its 0 lost mid-figure
    assert not looks_like_amount(f"국비{LOST}")
    grid = [["구분", "계", "2024", "2025"], ["국비", "30", "10" + LOST, "20"], ["도비", "7", "3", "4"]]
    columns, rows = interpret_grid(grid, 10**6)
    assert [c["kind"] for c in columns] == ["total", "year", "year"]
    assert [r["amounts_krw"] for r in rows] == [
        [30 * 10**6, None, 20 * 10**6],
        [7 * 10**6, 3 * 10**6, 4 * 10**6],
    ]


def test_a_figure_drawn_back_over_the_overrunning_one_is_read_whole_in_its_cell() -> None:
    """Mutants 2585 / 2607 (PDF): a figure wider than its narrow cell runs on into the next, whose figure is drawn
    back over its last glyph (``1,907,600`` over ``351,600``; ``448억원`` over ``35억원``): both were nulled, and the
    table with them (money 0.22, 0.11). The overlap is where one drawing ended and the next began: each word is
    whole in the cell of its first glyph."""
    cells = [
        _chars("2,431,578", 52.0),
        _chars("10,781", 107.8 - 0.8),
        _chars("463", 180.0),
    ]  # drawn back 0.8 pt
    mark_collisions(XS, OWNERS, cells)
    assert _texts(cells) == ["2,431,578", "10,781", "463"]
    # a unit drawn fully over the next figure's first digit: still two drawings, each whole
    cells = [_chars("448억원", 52.0), _chars("35억원", 52.0 + 6 * W - 10.0), []]
    mark_collisions(XS, OWNERS, cells)
    assert _texts(cells) == ["448억원", "35억원", ""]


def test_an_overprinted_figure_missing_a_glyph_or_merged_with_a_copy_stays_unsure() -> None:
    from pledgecard.extract.readers.pdf_page import DRAWN_OVER

    # a glyph missing inside the second figure (a hole where a digit was merged away): unsure, as before
    right = _chars("10,781", 107.0)
    holed = [*right[:2], *[{**c, "x0": c["x0"] + W, "x1": c["x1"] + W} for c in right[2:]]]
    cells = [_chars("2,431,578", 52.0), holed, _chars("463", 180.0)]
    mark_collisions(XS, OWNERS, cells)
    assert [LOST in t for t in _texts(cells)] == [True, True, False]
    # a glyph kept for copies drawn at its place (the page's fake bold removed): one of the other word's may be in it
    left = _chars("2,431,578", 52.0)
    left[-1] = {**left[-1], DRAWN_OVER: True}
    cells = [left, _chars("10,781", 107.0), _chars("463", 180.0)]
    mark_collisions(XS, OWNERS, cells)
    assert _texts(cells) == ["2,431,578" + LOST, "10,781" + LOST, "463"]
