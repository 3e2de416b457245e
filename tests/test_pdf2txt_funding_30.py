"""Funding tables a box-grouping dump (pdfminer.six's ``pdf2txt.py``) printed in an order of its own, placed back
where the table's sums leave one placement consistent with the print order (a cell never printed before the one
above it nor the one left of it): extract/sections/funding_sum_search.py (the search) and funding_print_boxes.py
(its use on a read table left null). The search's answers on small grids, then real family PDFs dumped by pdf2txt
and scored: every funding cell right, no figure wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.funding_sum_search import GridSums, place_by_sums
from pledgecard.scoring import load_records

from conftest import read_once, shared_tools

REPO = Path(__file__).resolve().parents[1]
FAMILIES = REPO / "samples" / "families"

# 계 | 2023 | 2024 | 2025 | 2026 over 계 / 국비 / 도비 / 군비 (the total column and the total row first)
GRID = ((976, 279, 371, 176, 150), (638, 251, 253, 34, 100), (179, 0, 118, 11, 50), (159, 28, 0, 131, 0))
SUMS = GridSums(rows=4, cols=5, total_col=0, periods=(1, 2, 3, 4), total_row=0)


def _placed(order: list[tuple[int, int]], sums: GridSums = SUMS, bound: int = 200_000):
    values = [GRID[i][j] for i, j in order]
    return place_by_sums(values, [0.5] * len(values), sums, bound)


def test_a_table_printed_column_by_column_or_row_by_row_is_placed() -> None:
    by_columns = [(i, j) for j in range(5) for i in range(4)]
    by_rows = [(i, j) for i in range(4) for j in range(5)]
    assert _placed(by_columns).grid == GRID
    assert _placed(by_rows).grid == GRID


def test_a_table_printed_in_mixed_runs_is_placed() -> None:
    # the total row a box, the total column's rest a box, then each year's sources a box (dahae-city's print)
    mixed = [
        (0, 0),
        (0, 1),
        (0, 2),
        (0, 3),
        (0, 4),
        (1, 0),
        (2, 0),
        (3, 0),
        (1, 1),
        (2, 1),
        (3, 1),
        (1, 2),
        (1, 3),
        (2, 2),
        (3, 2),
        (2, 3),
        (3, 3),
        (1, 4),
        (2, 4),
        (3, 4),
    ]
    assert _placed(mixed).grid == GRID


def test_a_square_table_is_its_own_transpose_and_left_unplaced() -> None:
    # as many columns as rows, both totals first: the table printed column by column and the one printed row by
    # row give the same figures in the same order, each holding every sum: not told apart, nothing placed
    square = ((826, 279, 371, 176), (538, 251, 253, 34), (129, 0, 118, 11), (159, 28, 0, 131))
    values = [square[i][j] for j in range(4) for i in range(4)]
    placed = place_by_sums(values, [0.5] * 16, GridSums(4, 4, 0, (1, 2, 3), 0))
    assert (placed.grid, placed.why) == (None, "ambiguous")


def test_no_sum_known_places_nothing_and_a_bound_gives_up() -> None:
    assert place_by_sums([1, 2], [0.5, 0.5], GridSums(1, 2, None, (0, 1), None)).why == "none"
    by_rows = [(i, j) for i in range(4) for j in range(5)]
    assert _placed(by_rows, bound=5).why == "bound"


def test_figures_no_placement_sums_are_not_placed() -> None:
    values = [GRID[i][j] for i in range(4) for j in range(5)]
    values[5] += 7  # a figure no sum holds with
    assert place_by_sums(values, [0.5] * 20, SUMS).grid is None


@pytest.mark.parametrize("name", ["dahae-city", "hwarang-city", "iseul-county"])
def test_family_funding_tables_dumped_by_pdf2txt_are_placed_right(name: str, tmp_path: Path) -> None:
    """dahae-city's funding table (the total row a box, the total column's rest a box, the years' sources in boxes
    of their own, two years' interleaved), hwarang-city's and iseul-county's: every cell was null; now every cell
    is the expected figure, and no figure of the cards is wrong."""
    from test_text_converters import converter_dump

    _, wf = shared_tools()
    right = total = 0
    wrong: list[str] = []
    for src in sorted((FAMILIES / name).glob("*-pdf.pdf")):
        out = tmp_path / f"{src.stem}-pdf2txt.txt"
        converter_dump("pdf2txt", src, out)  # (test_text_converters dumps and reads the same files)
        for exp, rec in zip(
            load_records(src.with_name(src.stem + ".expected.json")), read_once(out), strict=True
        ):
            for part, fig, e, g in wf.figures(exp, rec):
                right, total = right + (part == "funding" and g == e), total + (part == "funding")
                wrong += [f"{src.name} {fig}: {e} -> {g}"] if g is not None and g != e else []
    assert wrong == []
    assert total > 0 and right == total


def test_a_head_printed_out_of_the_columns_order_places_nothing(tmp_path: Path) -> None:
    """saenal-district's pdftotext (default mode) dump of its scan's word layer prints the funding head's years out
    of order (``2024년 2023년 합계 2026년 2025년``) and the rows in order: the figures' print order tells nothing of
    columns the reader ordered otherwise than the dump prints their heads, so nothing is placed by it (placed, the
    years' figures stood two pairs swapped: 12 figures wrong). No funding figure wrong."""
    import subprocess

    _, wf = shared_tools()
    wrong: list[str] = []
    for src in sorted((FAMILIES / "saenal-district").glob("*-pdf.pdf")):
        out = tmp_path / f"{src.stem}-pdftotext.txt"
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(src), str(out)], check=True, capture_output=True, timeout=120
        )
        for exp, rec in zip(
            load_records(src.with_name(src.stem + ".expected.json")), extract_file(out), strict=True
        ):
            wrong += [
                f"{src.name} {fig}: {e} -> {g}"
                for part, fig, e, g in wf.figures(exp, rec)
                if g is not None and g != e
            ]
    assert wrong == []
