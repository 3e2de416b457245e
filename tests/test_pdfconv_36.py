"""Session 36 (pdfconv): the lowest plain pdftotext / pdf2txt dumps of family PDFs left by session 35.

A funding table printed turned (a period a row, the sources across) under a title told by period (``연도별 재원별
투자계획``: a known title, ``재원별 투자계획``, after a period scope word, the vocabulary's ``sections_scopes``), its head
grouping two sources under one heading with their subtotal in a column of its own (``지방비`` over ``소계 | 도비 |
군비``), as pdftotext's default mode prints it a cell a line: the head's words parted before and after the rows. The
title named no section (its lines unplaced), and the rows, one amount more than the overview's budget has shares, fitted
no head. The subtotal column is proven by the sums (its cell in every row the sum of the same shares' cells, the one
such set) and set aside (extract/sections/funding_group_subtotals.py); the head's words after the rows end the table.
hanui-county pdftotext default: 94009 0.869 -> 0.990, 94023 0.784 -> 0.952, 0 wrong.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.heading_row_heads import row_heads_stack, table_head_before
from pledgecard.extract.labels import section_of
from pledgecard.extract.sections.funding_cell_lines import rows_from_cells
from pledgecard.extract.sections.funding_group_subtotals import (
    subtotal_columns,
    subtotal_members,
    without_columns,
)
from pledgecard.extract.sections.funding_transposed import transposed_by_budget

from conftest import SectionStub, family_card, make_line, pdftotext_scored

# the overview's budget, 억원 (211.7억원(국비 33.5, 도비 67.1, 군비 47.6, 민자 63.5))
BUDGET = {
    "total_krw": 21_170_000_000,
    "parts": [
        {"label": "국비", "source": "national", "amount_krw": 3_350_000_000},
        {"label": "도비", "source": "provincial", "amount_krw": 6_710_000_000},
        {"label": "군비", "source": "municipal", "amount_krw": 4_760_000_000},
        {"label": "민자", "source": "private", "amount_krw": 6_350_000_000},
    ],
}
# the table a cell a line as pdftotext's default mode prints it: the group's heading and the first labels, the rows
# (계 | 국비 | 소계 | 도비 | 군비 | 민자), the other labels last
CELLS = [
    "지방비",
    "구분",
    "계",
    "국비",
    "계",
    "211.7",
    "33.5",
    "114.7",
    "67.1",
    "47.6",
    "63.5",
    "2022년",
    "34.1",
    "16.2",
    "17.9",
    "5.8",
    "12.1",
    "-",
    "2023년",
    "25.2",
    "0.9",
    "11.9",
    "11.9",
    "-",
    "12.4",
    "2024년",
    "41.2",
    "-",
    "41.2",
    "12.5",
    "28.7",
    "-",
    "2025년",
    "36.6",
    "-",
    "11.5",
    "11.5",
    "-",
    "25.1",
    "2026년",
    "74.6",
    "16.4",
    "32.2",
    "25.4",
    "6.8",
    "26.0",
    "소계",
    "도비",
    "민자",
    "군비",
]
MULT = 100_000_000


def _grid(cells: list[str], budget: dict = BUDGET) -> list[list[str]]:
    return transposed_by_budget(rows_from_cells([make_line(t) for t in cells]), budget, MULT)


def test_a_title_told_by_period_names_its_section() -> None:
    assert section_of("연도별 재원별 투자계획") == "funding"
    assert section_of("연차별 재원별 투자계획") == "funding"
    assert section_of("연도별 목표치") is None  # the scope before no known title: no section


def test_a_subtotal_is_the_one_set_of_shares_summing_to_it_in_every_row() -> None:
    # columns: total, 국비, 소계, 도비, 군비, 민자
    values = [[2117, 335, 1147, 671, 476, 635], [341, 162, 179, 58, 121, 0], [252, 9, 119, 119, 0, 124]]
    owned = [1, 3, 4, 5]
    assert subtotal_members(values, 2, owned) == (3, 4)
    assert subtotal_columns(values, [None, "n", None, "p", "m", "x"], 0) == [2]
    assert subtotal_columns(values, [None, "n", "s", "p", "m", "x"], 0) == []
    # a cell off the members' sum in one row: no subtotal proven, the table unproven
    off = [row[:] for row in values]
    off[1][2] = 190
    assert subtotal_columns(off, [None, "n", None, "p", "m", "x"], 0) is None
    # two sets of shares summing alike in every row (도비 + 군비 and 국비 + 민자): no one subtotal
    twin = [[20, 5, 10, 5, 5, 5], [8, 2, 4, 2, 2, 2]]
    assert subtotal_members(twin, 2, [1, 3, 4, 5]) is None
    assert without_columns(["a", "b", "c"], [1]) == ["a", "c"]


def test_a_turned_table_with_a_group_subtotal_is_named_by_the_budget() -> None:
    grid = _grid(CELLS)
    assert grid[0] == ["", "계", "국비", "도비", "군비", "민자"]
    assert [r[0] for r in grid[1:]] == ["계", "2022년", "2023년", "2024년", "2025년", "2026년"]
    assert grid[1][1:] == ["211.7", "33.5", "67.1", "47.6", "63.5"]
    assert grid[4][1:] == ["41.2", "-", "12.5", "28.7", "-"]


def test_a_subtotal_the_sums_do_not_prove_reads_nothing() -> None:
    bad = [t if t != "17.9" else "18.9" for t in CELLS]  # 2022's subtotal off its members' sum
    assert _grid(bad) == []
    other = {
        **BUDGET,
        "parts": BUDGET["parts"][:3],
    }  # a budget naming three shares: 민자's column is no share's
    assert _grid(CELLS, {**other, "total_krw": 21_170_000_000}) == []


# hanui-county's unseen cards (the 5th and 9th of family_seeds), pdftotext's default mode: (seed, floor) measured, floored
HANUI = [(94009, 0.99), (94023, 0.95)]


@pytest.mark.parametrize(("seed", "floor"), HANUI)
def test_hanui_pdftotext_reads_its_turned_funding(tmp_path: Path, seed: int, floor: float) -> None:
    src, _ = family_card(tmp_path, "hanui-county", seed, "pdf")
    exp, rec, score, wrong = pdftotext_scored(src, tmp_path)
    assert wrong == []
    assert score >= floor  # 94009 0.869 -> 0.990, 94023 0.784 -> 0.952
    assert rec["funding"] is not None
    assert [r["amounts_krw"] for r in rec["funding"]["rows"]] == [
        r["amounts_krw"] for r in exp["funding"]["rows"]
    ]


# --- section titles printed as one table's row heads (sup-district 47017, pdftotext's default mode) ---
# the achievements' last item, then the funding table's head (its unit line, 구분) before the titles, the titles
# (소요예산, 성과지표) a line each, the funding table a cell a line, then the goal table a cell a line
ABOVE = ["ㅇ 공동육아나눔터 조성 실시설계 용역 완료 : 2023.03.", "(단위: 천원)", "구분"]
FUNDING = [
    "계",
    "연도별 투자 실적 및 계획",
    "2023년",
    "2024년",
    "2025년",
    "2026년",
    "2027년",
    "2028년",
    "합계",
    "7,564,707",
    "1,282,208",
    "902,067",
    "1,459,225",
    "972,723",
    "696,840",
    "2,251,644",
    "국비",
    "3,048,141",
    "422,906",
    "602,365",
    "893,067",
    "278,800",
    "-",
    "851,003",
    "시비",
    "2,208,372",
    "543,540",
    "299,702",
    "202,756",
    "253,364",
    "231,443",
    "677,567",
    "구비",
    "2,308,194",
    "315,762",
    "-",
    "363,402",
    "440,559",
    "465,397",
    "723,074",
]
GOALS = [
    "연도",
    "성과지표",
    "목표",
    "실적",
    "추진상황",
    "추진내용",
    "비고",
    "2023",
    "거점센터 조성",
    "269호 공급",
    "148호",
    "완료",
    "공동육아나눔터 운영",
    "운영 개시",
]


def _stack(
    first_at: int = 94, second_at: int = 96, first: str = "소요예산", second: str = "성과지표"
) -> list[SectionStub]:
    from pledgecard.extract.markers import split_marker

    above = [make_line(t, marker=m) for m, t in map(split_marker, ABOVE)]
    (m1, t1), (m2, t2) = (
        split_marker(first),
        split_marker(second),
    )  # a heading as build_card's sections carry it
    return [
        SectionStub("achievements", "추진실적", above, Source(line_start=50)),
        SectionStub("funding", t1, [], Source(line_start=first_at), m1),
        SectionStub("goals", t2, [make_line(t) for t in FUNDING + GOALS], Source(line_start=second_at), m2),
    ]


def test_the_table_head_before_the_titles_is_the_unit_line_on() -> None:
    assert table_head_before([make_line(t) for t in ["가 나다", "(단위: 천원)", "구분"]]) == 1
    assert table_head_before([make_line(t) for t in ["가 나다", "구분"]]) == 2  # no unit line: none
    assert table_head_before([make_line("(단위: 천원)"), make_line("완료", marker="ㅇ")]) == 2


def test_titles_printed_as_row_heads_each_take_their_table() -> None:
    secs = _stack()
    row_heads_stack(secs)
    assert [ln.text for ln in secs[0].items] == ["공동육아나눔터 조성 실시설계 용역 완료 : 2023.03."]
    assert [ln.full_text for ln in secs[1].items] == ["(단위: 천원)", "구분", *FUNDING]
    assert [ln.full_text for ln in secs[2].items] == GOALS


def test_titles_apart_or_numbered_are_left_as_printed() -> None:
    for secs in (_stack(second_at=99), _stack(first="3. 소요예산", second="4. 성과지표")):
        row_heads_stack(secs)
        assert secs[1].items == [] and len(secs[2].items) == len(FUNDING + GOALS)


def test_sup_47017_pdftotext_reads_the_funding_beside_its_title(tmp_path: Path) -> None:
    src, _ = family_card(tmp_path, "sup-district", 47017, "pdf")
    exp, rec, score, wrong = pdftotext_scored(src, tmp_path)
    assert wrong == []
    assert score >= 0.95  # 0.856 -> 0.951: the funding read (its goals still unread)
    assert [r["amounts_krw"] for r in rec["funding"]["rows"]] == [
        r["amounts_krw"] for r in exp["funding"]["rows"]
    ]
