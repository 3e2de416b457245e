"""Session 35 (txtmoney2): txt mutants still losing their funding.

Classes read here, each as a unit test of its shape and on the generator's mutants (floors measured, 0 wrong):
a head whose derived columns (확보율 | 증감), printed on its middle line beside the unit, may stand before or after the
years, the place told by a negative figure in rows whose thousands a space groups (funding_header.order_by_signs), and
the overview's shares then proving the rows with the derived cells taken off (funding_spaced); a letter-spaced line of
sources' names parted at the gaps between the names (funding_gap_names); a transposed table's row labelled by an
``other`` period (임기내) read where the total row sums the period rows, and a funding section printing its own rows
keeping the next section's lines (funding_apart.rows_printed); a 계획 | 확보 | 집행 head with a 구성비 column over rows
printing their blanks as wider gaps, the share cell placed after them and the blanks zero where every sum holds
(funding_line_grid, funding_blank_zeros)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding import interpret_grid
from pledgecard.extract.sections.funding_apart import rows_printed
from pledgecard.extract.sections.funding_blank_zeros import blanks_proven
from pledgecard.extract.sections.funding_gap_names import gap_parted
from pledgecard.extract.sections.funding_header import header_orders, order_by_signs
from pledgecard.extract.sections.funding_line_grid import grid_from_lines
from pledgecard.extract.sections.funding_transposed import transposed_grid_from_lines
from tests.conftest import expected_scored, mutant_file

HEAD = ["구 분 연도별 투자계획", "❪백만원❫ 확보율 (%) 증감", "2023년 2024년 2025년 2026년"]
SPACED = [
    "국 비 - - 1 920 2 627 0.0 -",
    "도 비 1 247 1 138 477 - 43.6 △109",
    "시 비 945 2 828 1 858 1 665 13.0 1 883",
]


def _lines(printed: list[str]) -> list[Line]:
    return [
        Line(
            text=" ".join(t.split()),
            marker=None,
            indent=0,
            source=Source(line_start=n, line_end=n),
            printed=t,
        )
        for n, t in enumerate(printed, 1)
    ]


def test_a_negative_token_places_the_derived_columns_of_a_spaced_head() -> None:
    """Rows longer than the head's cells (thousands a space groups): the last token is the last cell's, so a closing
    △ figure puts the derived columns last; a △ opening the row puts them first; no negative token tells nothing."""
    orders = header_orders(["구 분 연도별 투자계획", "확보율 (%) 증감", "2023년 2024년 2025년 2026년"])
    assert len(orders) == 2
    cells = [ln.split()[2:] for ln in SPACED]
    assert order_by_signs(orders, cells) == ["2023년", "2024년", "2025년", "2026년", "확보율", "증감"]
    first = [["△1", "247", "1", "138", "477", "-", "43.6", "109"]]
    assert order_by_signs(orders, first) == ["확보율", "증감", "2023년", "2024년", "2025년", "2026년"]
    assert order_by_signs(orders, [["1", "247", "1", "138", "477", "-", "43.6", "109"]]) is None
    assert order_by_signs(orders, [*cells, ["1", "2"]]) is None  # a row shorter than the head: nothing told


def test_the_unit_cut_head_reads_its_years_first() -> None:
    """The head cut by the corner's unit beside the derived heads: the years, then 확보율 and 증감."""
    grid = grid_from_lines(_lines(HEAD + SPACED))
    assert grid[0][1:7] == ["2023년", "2024년", "2025년", "2026년", "확보율", "증감"]
    assert [r[0] for r in grid[1:]] == ["국비", "도비", "시비"]


def test_sources_letter_spaced_part_at_the_gaps_between_them() -> None:
    """A name's letters two spaces apart, the names one: cut at the one-space gaps; one gap width, or a cut naming
    no source, tells nothing."""
    assert gap_parted("국  비 도  비 시  군  비") == ["국비", "도비", "시군비"]
    assert gap_parted("국 비  도 비  시 군 비") == ["국비", "도비", "시군비"]
    assert gap_parted("국 비 도 비 군 비") is None
    assert gap_parted("국비  도비  군비") is None
    assert gap_parted("국  비 추진  내용") is None


TRANSPOSED = [
    "구분 계 국비 도비 시비 기타",
    "총사업비 19,486 4,504 6,576 7,427 979",
    "기투자 5,701 2,086 1,506 2,032 77",
    "임기내 13,358 2,418 5,070 4,968 902",
    "임기후 427 - - 427 -",
]


def test_an_other_period_row_stands_where_the_total_row_sums_it() -> None:
    """임기내 (an ``other`` period) is a row where 총사업비 is every column's sum of the period rows with it; the sums
    missing by more than the print's rounding, or a label of two words naming no period, read no table."""
    grid = transposed_grid_from_lines(_lines(TRANSPOSED))
    assert [r[0] for r in grid[1:]] == ["총사업비", "기투자", "임기내", "임기후"]
    off = [*TRANSPOSED[:3], "임기내 13,458 2,518 5,070 4,968 902", TRANSPOSED[4]]
    assert transposed_grid_from_lines(_lines(off)) == []
    two = [*TRANSPOSED[:3], "임기 내 13,358 2,418 5,070 4,968 902", TRANSPOSED[4]]
    assert transposed_grid_from_lines(_lines(two)) == []


def test_rows_printed_counts_a_label_and_its_figures() -> None:
    """A row a line: a label, two figures or dashes at least, a note's words perhaps after; a line of one count, or
    of words only, is none."""
    assert rows_printed(_lines(TRANSPOSED[1:] + ["임기후 427 - - 427 - 공사 착공"])) == 5
    assert rows_printed(_lines(["계 2회", "만족도조사 2", "구분 횟수 참 고", "전문가 자문 -"])) == 0


PAIRED = [
    "구 분 합계 1차년도('23) 2차년도 3차년도 4차년도 구성비(%)",
    "계획 확보 집행 계획 확보 집행 계획 확보 집행 계획 확보 집행 계획 확보 집행",
    "계 8675 4298 4058 1077 1077 1077 2320 2320 2320 1770 901 661 3508 0 0 100.0",
    "국 비 226            226   2.6",
    "도 비 5481 3733 3516 546 546 546 2320 2320 2320 1694 867 650 921   63.2",
    "군 비 2968 565 542 531 531 531    76 34 11 2361   34.2",
]


def test_paired_rows_blanks_placed_by_their_gaps_before_the_share() -> None:
    """Each space more a blank sub-cell, the share's figure closing the line its own column: the plan cells only,
    blanks where the gaps show them, the share last."""
    grid = grid_from_lines(_lines(PAIRED))
    assert grid[2] == ["국비", "226", "", "", "", "226", "2.6"]
    assert grid[4] == ["군비", "2968", "531", "", "76", "2361", "34.2"]


def test_blanks_are_zero_only_where_every_sum_holds() -> None:
    """The blanks zero where every row's total is its periods' sum and every column's total row its rows' sum; one
    total off by a unit (a blank then hiding a figure) fills nothing."""
    grid = grid_from_lines(_lines(PAIRED))
    columns, rows = interpret_grid(grid, 1_000_000)
    assert blanks_proven(grid, columns, rows)
    assert rows[1]["amounts_krw"] == [226_000_000, 0, 0, 0, 226_000_000]
    off = [*PAIRED[:5], PAIRED[5].replace("2968", "2969")]
    grid = grid_from_lines(_lines(off))
    columns, rows = interpret_grid(grid, 1_000_000)
    assert not blanks_proven(grid, columns, rows)
    assert rows[1]["amounts_krw"][1] is None


@pytest.mark.parametrize(("seed", "floor"), [(4307, 0.98), (4316, 0.995), (4370, 0.995), (4474, 0.995)])
def test_txt_mutant_funding_read(seed: int, floor: float, tmp_path: Path) -> None:
    """Mutant 4307 txt (a head cut by its unit beside 확보율 / 증감, no total, the overview's shares proving the
    rows: 0.917 -> 0.983), 4316 txt (transposed, letter-spaced sources under 재원, blanks, a △ change column:
    0.844 -> 1.000), 4370 txt (transposed, rows 총사업비 / 기투자 / 임기내 / 임기후 closing with notes, the outreach
    under the next heading no longer taken: 0.859 -> 1.000), 4474 txt (계획 | 확보 | 집행 and 구성비, blanks as gaps:
    0.918 -> 1.000): funding read whole, no figure wrong."""
    exp, got, score, wrong = expected_scored(mutant_file(seed, "txt", tmp_path))
    assert wrong == []
    assert got["funding"]["rows"] == exp["funding"]["rows"]
    assert got["funding"]["columns"] == exp["funding"]["columns"]
    assert score >= floor
