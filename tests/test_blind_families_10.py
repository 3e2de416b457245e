"""The structures of the blind family ``yunseul-city`` (session 9), each on a small grid or line.

Measured blind (before the extractor read it): pdf/hwp/hwpx 0.727, txt 0.594, no wrong figure by
shared/tools/wrong_figures.py, but the derived ``증감`` column read as a money column of kind
``other`` in PDF, HWP and HWPX. After: pdf/hwp/hwpx 1.000, txt 0.981, no wrong figure, no 증감 or
확보율 column in any record.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.sections.achievements import year_block
from pledgecard.extract.sections.funding_column_heads import classify_column
from pledgecard.extract.sections.goal_subheads import fold_sub_columns
from pledgecard.extract.sections.goals import extract_goals, goals_from_table, spanned_header
from pledgecard.extract.sections.header_overview import header_overview
from pledgecard.extract.sections.overview import extract_overview
from pledgecard.normalize.dates import parse_date

from conftest import committed_records, make_line, make_table

FAMILY = Path(__file__).resolve().parents[1] / "samples" / "families" / "yunseul-city"


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("23.5.", "2023-05"),
        ("23. 5.", "2023-05"),
        ("23. 5.~8.", "2023-05/2023-08"),
        ("23.10.~12.", "2023-10/2023-12"),
        ("24. 3.~6.", "2024-03/2024-06"),
        ("22.10.~27.2.", "2022-10/2027-02"),
    ],
)
def test_two_digit_year_without_apostrophe_closed_by_its_point(raw: str, label: str) -> None:
    assert parse_date(raw)["label"] == label


@pytest.mark.parametrize("raw", ["23.5", "12.5", "83.5.15.", "1.2.3."])
def test_decimals_and_dotted_runs_stay_numbers(raw: str) -> None:
    assert parse_date(raw)["label"] is None


def test_a_bare_year_line_heads_a_block_and_a_bare_number_does_not() -> None:
    name, d = year_block("2023년")  # type: ignore[misc]
    assert (name, d["label"], d["precision"]) == ("2023년", "2023", "year")
    assert year_block("2023") is None
    assert year_block("2023년 3분기 추진실적 및 향후계획") is None


def test_change_and_share_columns_are_no_periods() -> None:
    assert classify_column("증감")["kind"] == "share"
    assert classify_column("확보율(%)")["kind"] == "share"
    assert classify_column("2024년")["kind"] == "year"


def test_goal_table_with_quarterly_targets_under_a_spanning_year() -> None:
    top = [
        "성과지표",
        "2024년 분기별 목표",
        "2024년 분기별 목표",
        "2024년 분기별 목표",
        "2024년 분기별 목표",
        "연간 목표",
        "누계 실적",
        "추진상황",
    ]
    below = ["성과지표", "1/4", "2/4", "3/4", "4/4", "연간 목표", "누계 실적", "추진상황"]
    assert spanned_header(top, below) == (
        ["성과지표", "", "", "", "", "연간 목표", "누계 실적", "추진상황"],
        2024,
    )
    assert spanned_header(below, below) is None
    goals = goals_from_table(
        make_table([top, below, ["청년주택 공급", "40", "90", "140", "186", "186호 공급", "120호", "추진중"]])
    )
    assert [(g["project"], g["year"], g["target"], g["actual"]) for g in goals] == [
        ("청년주택 공급", 2024, "186호 공급", "120호")
    ]


def test_overview_facts_as_rows_of_the_header_table() -> None:
    table = make_table(
        [
            ["공약사업명", "아이돌봄 체계 구축", "공약번호", "4-5"],
            ["사업기간", "22.10.~27.2.", "추진상황", "정상추진(95%)"],
            ["총사업비", "1,200백만원(국비 500, 시비 700)", "", ""],
            ["주요내용", "- 돌봄센터 구축\n- 종사자 지원", "", ""],
        ]
    )
    lines, left = header_overview([table], [])
    ov = extract_overview(lines).value["overview"]
    assert ov["period"]["label"] == "2022-10/2027-02"
    assert ov["budget"]["total_krw"] == 1_200_000_000
    assert ov["contents"] == ["돌봄센터 구축", "종사자 지원"]
    assert left == []


def test_overview_lines_left_by_the_header_reader_in_a_dump() -> None:
    rest = [
        make_line("사업기간 22.10.~27.2."),
        make_line("주요내용 - 돌봄센터 구축"),
        make_line("종사자 지원", "-"),
        make_line("다른 줄"),
    ]
    lines, left = header_overview([], rest)
    ov = extract_overview(lines).value["overview"]
    assert ov["period"]["label"] == "2022-10/2027-02"
    assert ov["contents"] == ["돌봄센터 구축", "종사자 지원"]
    assert [x.text for x in left] == ["다른 줄"]


@pytest.mark.parametrize(
    "path", sorted(p for p in FAMILY.glob("*.*") if not p.name.endswith(".json")), ids=lambda p: p.name
)
def test_no_derived_column_in_the_records(path: Path) -> None:
    """증감 and 확보율(%) are derived from the periods: never a funding column of the record."""
    for rec in committed_records(path):
        labels = [c["label"] for c in (rec.get("funding") or {}).get("columns") or []]
        assert labels and not any("증감" in x or "확보율" in x for x in labels)


def test_a_goal_body_cut_from_its_head_reads_no_goal() -> None:
    """A layout reader may hand the rows of a goal table without their head: no goal of nulls."""
    assert (
        goals_from_table(make_table([["청년주택 공급", "40", "90", "186호 공급", "120호", "추진중"]])) == []
    )


def test_an_overview_value_after_a_gap_in_a_layout_grid() -> None:
    """A layout grid leaves empty cells between a label and its value; a header label is no value."""
    table = make_table(
        [["사업기간", "", "22.10.~27.2.", "추진상황", "정상추진"], ["총사업비", "", "추진상황", "", ""]]
    )
    lines, _ = header_overview([table], [])
    assert [x.text for x in lines] == ["사업기간 : 22.10.~27.2."]


def test_a_dumped_goal_table_with_sub_heads_under_a_spanning_year() -> None:
    lines = [
        "성과지표 2024년 분기별 목표 연간 목표 누계 실적 추진상황",
        "1/4 2/4 3/4 4/4",
        "청년주택 공급 40 90 140 186 186호 120호 추진중",
        "정비 구간 0.5 0.9 1.4 1.9 1.9km 1.7km 추진중",
    ]
    assert fold_sub_columns(lines) == [
        "성과지표 연간 목표 누계 실적 추진상황",
        "2024년",
        "청년주택 공급 186호 120호 추진중",
        "정비 구간 1.9km 1.7km 추진중",
    ]
    assert fold_sub_columns(lines[:1] + lines[2:]) is None
    goals = extract_goals([make_line(x) for x in lines]).value["goals"]
    assert [(g["project"], g["year"], g["target"], g["actual"]) for g in goals] == [
        ("청년주택 공급", 2024, "186호", "120호"),
        ("정비 구간", 2024, "1.9km", "1.7km"),
    ]


def test_a_year_line_heads_a_block_between_items_and_not_among_a_dumps_cells() -> None:
    from pledgecard.extract.sections.achievements import extract_achievements

    lines = [
        make_line("2023년"),
        make_line("협약 체결 : 23.5.", "○"),
        make_line("2024년"),
        make_line("준공 : 24. 3.", "○"),
    ]
    ach = extract_achievements(lines).value["achievements"]
    assert [(a["group"], a["group_as_of"]["label"], a["date"]["label"]) for a in ach] == [
        ("2023년", "2023", "2023-05"),
        ("2024년", "2024", "2024-03"),
    ]
    cells = [make_line("구분"), make_line("2024년"), make_line("준공 : 24. 3.", "○")]
    assert [a["group"] for a in extract_achievements(cells).value["achievements"]] == [None]
