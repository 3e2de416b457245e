"""A funding stream whose last row lacks its share cell (구성비, set by pdftotext past a page break): the row
read where the total row is the others' sum at every amount column (extract/sections/funding_short_tail.py)."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.sections.funding_short_tail import short_share_tail

KINDS = ["plan", "second", "second", "plan", "second", "second", "derived"]  # 합계 and one year, then 구성비
ROWS = [
    ["300", "290", "280", "300", "290", "280", "100.0"],
    ["100", "100", "90", "100", "100", "90", "33.3"],
    ["200", "190", "190", "200", "190", "190"],
]  # the share cell printed elsewhere


def test_the_short_rows_share_cell_is_left_empty_where_the_sums_prove_the_row() -> None:
    amounts = [c for r in ROWS for c in r]
    assert short_share_tail(amounts, KINDS) == [*amounts, ""]


def test_a_row_short_of_an_amount_or_sums_that_fail_give_nothing() -> None:
    moved = [c for r in ROWS for c in r]
    moved.remove("190")  # an amount lost instead: the rows' length gives two short, no match
    assert short_share_tail(moved, KINDS) is None
    wrong = [c for r in ROWS for c in r]
    wrong[-1] = "180"  # the last row no longer adds up to the total row: the cells may have moved
    assert short_share_tail(wrong, KINDS) is None
    whole = [c for r in ROWS for c in r] + ["66.7"]
    assert short_share_tail(whole, KINDS) is None  # every row whole: nothing to add
    assert short_share_tail([c for r in ROWS for c in r], ["plan", "second", "second"] * 2 + ["plan"]) is None


def test_a_share_column_closing_the_period_line_under_a_corner_line_is_no_amount(tmp_path: Path) -> None:
    # -raw prints the corner cell (구분) on a line of its own above the period line closing on 구성비
    lines = [
        "공약사업 관리카드",
        "공약명 : 청년 일자리 지원",
        "❖ 2. 연차별 재원 확보 및 집행현황",
        "(단위: 백만원)",
        "구분",
        "합계 1차년도('23) 2차년도 구성비",
        "(%)",
        "계획 확보 집행 계획 확보 집행 계획 확보 집행",
        "계 300 290 280 100 100 100 200 190 180 100.0",
        "국비 100 100 90 40 40 40 60 60 50 33.3",
        "도비 200 190 190 60 60 60 140 130 130 66.7",
        "❖ 3. 추진 실적",
        "⚬ 협약 체결 : '23. 5.",
    ]
    path = tmp_path / "card.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    funding = extract_file(path)[0]["funding"]
    assert [c["label"] for c in funding["columns"]] == ["합계", "1차년도('23)", "2차년도"]
    assert [r["amounts_krw"] for r in funding["rows"]] == [
        [300_000_000, 100_000_000, 200_000_000],
        [100_000_000, 40_000_000, 60_000_000],
        [200_000_000, 60_000_000, 140_000_000],
    ]


def test_decimal_amounts_are_summed_as_printed() -> None:
    # 1.4 + 1.4 = 2.8 as printed (whole won: 1 + 1 is not 3); 2.9 = 1.4 + 1.4 is not
    rows = [
        ["2.8", "2.8", "2.8", "2.8", "2.8", "2.8", "100.0"],
        ["1.4", "1.4", "1.4", "1.4", "1.4", "1.4", "50.0"],
        ["1.4", "1.4", "1.4", "1.4", "1.4", "1.4"],
    ]
    amounts = [c for r in rows for c in r]
    assert short_share_tail(amounts, KINDS) == [*amounts, ""]
    amounts[0] = "2.9"
    assert short_share_tail(amounts, KINDS) is None
