"""Funding rows of a text dump whose thousands a space groups (extract/sections/funding_spaced.py): read
only where the table's sums prove one grouping of every row's tokens; else null, the tokens kept."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_spaced import regroup_period_rows, with_blanks
from tests.conftest import make_line

# the rows of mutant 84 (samples/mutate.py, haram-district, amounts=spaced), as the dump prints them
SPACED = [
    "(단위: 천원)",
    "구    분 합계 연도별 투자 실적 및 계획",
    "2022년 2023년 2024년 2025년 2026년",
    "소    계 4 561 834 1 797 557 1 035 348 55 900 178 914 1 494 115",
    "국    비 1 427 536 465 983 395 751 - - 565 802",
    "도    비 1 872 330 791 655 11 226 55 900 178 914 834 635",
    "군    비 1 261 968 539 919 628 371 - - 93 678",
]


def _rows(lines: list[str]) -> dict[str, Any]:
    got = extract_funding([make_line(t) for t in lines]).value["funding"]
    return {r["label"].replace(" ", ""): r for r in got["rows"]} if got else {}


def test_spaced_thousands_read_where_the_sums_prove_the_grouping() -> None:
    rows = _rows(SPACED)
    k = 1000
    assert rows["소계"]["amounts_krw"] == [
        4561834 * k,
        1797557 * k,
        1035348 * k,
        55900 * k,
        178914 * k,
        1494115 * k,
    ]
    assert rows["국비"]["amounts_krw"] == [1427536 * k, 465983 * k, 395751 * k, 0, 0, 565802 * k]
    assert rows["도비"]["amounts_krw"] == [
        1872330 * k,
        791655 * k,
        11226 * k,
        55900 * k,
        178914 * k,
        834635 * k,
    ]
    assert rows["군비"]["amounts_krw"] == [1261968 * k, 539919 * k, 628371 * k, 0, 0, 93678 * k]


def test_spaced_thousands_no_sum_proves_stay_null() -> None:
    broken = [
        *SPACED[:4],
        "국    비 1 427 536 465 983 395 751 - - 565 803",
        *SPACED[5:],
    ]  # a row's sum off by one
    rows = _rows(broken)
    assert all(v is None for r in rows.values() for v in r["amounts_krw"])
    assert rows["국비"]["amounts_raw"][:3] == ["1", "427", "536"]  # the printed tokens kept
    no_total = [
        SPACED[0],
        "구    분 2022년 2023년",
        "국    비 1 427 536",
    ]  # 1 | 427 536 or 1 427 | 536: no sum
    assert all(v is None for r in _rows(no_total).values() for v in r["amounts_krw"])


# mutant 3436 (samples/mutate.py, SWEPT_56): cells one space apart, a blank zero cell a wider gap, a 증감
# column after the periods
CHANGE_AND_BLANKS = [
    "구　분 총사업비 연도별 투자계획 전년대비 증감",
    "2019년 2020년 2021년 2022년",
    "계 14 655 3 903 297 5 524 4 931 5 227",
    "국　비 5 932 311  2 810 2 811 2 810",
    "도　비 3 055 1 150 297 1 608  1 311",
    "시　비 5 668 2 442  1 106 2 120 1 106",
    "※ 단위：백만원",
]
# mutant 3437: a share (%) and a 증감 column after the periods, no total column, the 계 row in fullwidth digits
SHARE_AND_FULLWIDTH = [
    "구  분 연도별 투자 실적 및 계획 집행률(%) 전년대비 증감",
    "2022년 2023년 2024년 2025년 2026년 2027년",
    "계 ２ ８４１ ３ １７１ １ ０４８ １ ２５８ １ ４０５ ４ ６０４ 42.0 330",
    "국  비 956 ― ― ― 1 249 625 33.8 △956",
    "시  비 1 885 1 835 76 1 258 156 2 840 46.2 △50",
    "구  비 ― 1 336 972 ― ― 1 139 38.8 1 336",
    "※ 단위: 백만원",
]


def test_blank_cells_and_a_change_column_carried_into_the_grouping() -> None:
    rows = _rows(CHANGE_AND_BLANKS)
    m = 10**6
    assert rows["계"]["amounts_krw"] == [14655 * m, 3903 * m, 297 * m, 5524 * m, 4931 * m]
    assert rows["국비"]["amounts_krw"] == [5932 * m, 311 * m, 0, 2810 * m, 2811 * m]
    assert rows["도비"]["amounts_krw"] == [3055 * m, 1150 * m, 297 * m, 1608 * m, 0]
    assert rows["시비"]["amounts_krw"] == [5668 * m, 2442 * m, 0, 1106 * m, 2120 * m]


def test_a_blank_cell_lost_to_a_single_gap_stays_null() -> None:
    lines = [ln.replace("311  2", "311 2") for ln in CHANGE_AND_BLANKS]  # the blank's gap not printed
    rows = _rows(lines)
    assert all(v is None for v in rows["국비"]["amounts_krw"])


def test_share_and_change_columns_and_fullwidth_digits_read_by_the_total_row() -> None:
    rows = _rows(SHARE_AND_FULLWIDTH)
    m = 10**6
    assert rows["계"]["amounts_krw"] == [2841 * m, 3171 * m, 1048 * m, 1258 * m, 1405 * m, 4604 * m]
    assert rows["국비"]["amounts_krw"] == [956 * m, 0, 0, 0, 1249 * m, 625 * m]
    assert rows["구비"]["amounts_krw"] == [0, 1336 * m, 972 * m, 0, 0, 1139 * m]


def test_derived_columns_no_sum_proves_stay_null() -> None:
    lines = [
        ln.replace("４ ６０４ 42.0", "４ ６０５ 42.0") for ln in SHARE_AND_FULLWIDTH
    ]  # the total row off by one
    rows = _rows(lines)
    assert all(v is None for r in rows.values() for v in r["amounts_krw"])


def test_with_blanks_marks_each_space_more() -> None:
    assert with_blanks("국 비 5 932 311  2 810", ["5", "932", "311", "2", "810"]) == [
        "5",
        "932",
        "311",
        "",
        "2",
        "810",
    ]
    assert with_blanks("국 비 5  932", ["5", "932", "7"]) == ["5", "932", "7"]  # not the line's end: as given


# mutant 3447: years as rows, sources as columns, the 합계 row under them
YEARS_AS_ROWS = [
    "연도별 투자 실적 및 계획 ｟단위:천원｠",
    "구  분 재원구분",
    "국  비 도  비",
    "2022년 158 792 -",
    "2023년 272 539 40 588",
    "2024년 - 288 628",
    "2025년 339 908 875 083",
    "2026년 - 94 335",
    "2027년 23 667 350 077",
    "합계 794 906 1 648 711",
]


def _by_source(lines: list[str]) -> dict[str, Any]:
    got = extract_funding([make_line(t) for t in lines]).value["funding"]
    if not got:
        return {}
    return {
        r["label"].replace(" ", ""): dict(
            zip([c["label"] for c in got["columns"]], r["amounts_krw"], strict=True)
        )
        for r in got["rows"]
    }


def test_years_as_rows_grouped_where_the_total_row_proves_it() -> None:
    rows = _by_source(YEARS_AS_ROWS)
    k = 1000
    assert rows["국비"] == {
        "2022": 158792 * k,
        "2023": 272539 * k,
        "2024": 0,
        "2025": 339908 * k,
        "2026": 0,
        "2027": 23667 * k,
        "합계": 794906 * k,
    }
    assert rows["도비"]["2023"] == 40588 * k and rows["도비"]["합계"] == 1648711 * k


def test_years_as_rows_no_sum_proves_stay_unread() -> None:
    off = [ln.replace("1 648 711", "1 648 712") for ln in YEARS_AS_ROWS]
    assert _by_source(off) == {}  # no table read, no figure (as before the grouping was tried)
    assert _by_source(YEARS_AS_ROWS[:-1]) == {}  # no total row, no total column: no sum proves a grouping


def test_regroup_period_rows_needs_one_grouping() -> None:
    lines = [
        ["1", "111", "222"],
        ["5", "5"],
        ["1", "116", "227"],
    ]  # 1 111 | 222 or 1 | 111 222, the total alike
    assert regroup_period_rows(lines, 2, None, 2, 1) == [
        [1111, 222],
        [5, 5],
        [1116, 227],
    ]  # the total line proves one
    assert regroup_period_rows(lines[:2], 2, None, None, 1) is None  # no total: no proof
    assert regroup_period_rows([["1", "111", "222"], ["1", "111", "222"]], 2, None, None, 1) is None
    # 2 3: one short, no total column; the total line's sums hold for one placement of its blank only (session 29:
    # mutant 3872), and for two when two short lines may each take the other's (5 5 / 5 5 under 5 10 5): none
    assert regroup_period_rows([["1", "", "5"], ["2", "3"], ["3", "3", "5"]], 3, None, 2, 1) == [
        [1, 0, 5],
        [2, 3, 0],
        [3, 3, 5],
    ]
    assert regroup_period_rows([["5", "5"], ["5", "5"], ["5", "10", "5"]], 3, None, 2, 1) is None
