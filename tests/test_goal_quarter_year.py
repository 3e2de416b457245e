"""The year of a goal table of one year's quarters (extract/sections/goal_quarters.py): the year the table
prints (its quarters' heads, a row spanning them, the title line right above it), else the year of the
quarter the card reports (a 4/4분기 review dated in January reports the year before: extract/as_of.py
``reported_year``), else the card's as-of year. On grids, a dump's lines, the goals section's items and a
committed card of the quarterly review family (gangmul-city) whose as-of date is moved past its quarter."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.sections.base import SectionContext
from pledgecard.extract.sections.goal_quarters import quarter_goal_lines, quarter_goals
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.normalize.dates import parse_date

from conftest import make_line, make_table

CARD = (
    Path(__file__).resolve().parent.parent
    / "samples"
    / "families"
    / "gangmul-city"
    / "gangmul-city-72001-txt.txt"
)
HEAD = ["성과지표", "단위", "구분", "1/4분기", "2/4분기", "3/4분기", "4/4분기", "누계"]
ROWS = [
    ["일자리 창출", "명", "계획", "85", "1", "244", "13", "343"],
    ["일자리 창출", "명", "실적", "315", "-", "-", "-", "315"],
]


def _years(goals: list) -> list[int]:  # type: ignore[type-arg]
    return [g.year for g in goals]


def test_heads_printing_their_year_give_it_whatever_the_card_says() -> None:
    head = HEAD[:3] + [f"'24. {q}/4분기" for q in range(1, 5)] + HEAD[-1:]
    goals = quarter_goals([head, *ROWS], 2025)
    assert goals is not None and _years(goals) == [2024] and goals[0].target == "343"
    assert _years(quarter_goals([head, *ROWS], None) or []) == [2024]  # no card year needed


def test_heads_of_two_years_or_dated_and_bare_heads_are_no_quarter_table() -> None:
    two = HEAD[:3] + ["'24. 1/4분기", "'24. 2/4분기", "'25. 3/4분기", "'25. 4/4분기"] + HEAD[-1:]
    assert quarter_goals([two, *ROWS], 2024) is None
    mixed = HEAD[:3] + ["'24. 1/4분기", "2/4분기", "3/4분기", "4/4분기"] + HEAD[-1:]
    assert quarter_goals([mixed, *ROWS], 2024) is None


def test_a_year_cell_spanning_the_quarters_gives_the_year() -> None:
    over = HEAD[:3] + ["2024년"] * 4 + HEAD[-1:]
    goals = quarter_goals([over, HEAD, *ROWS], 2025)
    assert (
        goals is not None and _years(goals) == [2024] and (goals[0].target, goals[0].actual) == ("343", "315")
    )
    other = HEAD[:3] + ["2024년", "2024년", "2025년", "2025년"] + HEAD[-1:]
    assert quarter_goals([other, HEAD, *ROWS], 2025) is None  # no one year over the quarters
    assert quarter_goals([["비고"] * 8, HEAD, *ROWS], 2025) is None  # a row over the heads printing no year


def test_a_title_line_printing_one_year_gives_the_dump_s_table_its_year() -> None:
    lines = [
        "2024년 분기별 성과지표",
        " ".join(HEAD),
        "일자리 창출 명 계획 85 1 244 13 343",
        "실적 315 - - - 315",
    ]
    got = quarter_goal_lines(lines, 2025)
    assert got is not None and _years(got.goals) == [2024]
    got = quarter_goal_lines(lines[1:], 2025)
    assert got is not None and _years(got.goals) == [2025]  # no title: the card's year
    assert quarter_goal_lines(lines[1:], None) is None  # no year at all: no goal guessed
    got = quarter_goal_lines(["2024년 대비 2025년 목표", *lines[1:]], 2025)
    assert got is not None and _years(got.goals) == [2025]  # a line of two dates is no year's title


def test_the_goals_section_reads_a_table_s_title_and_else_the_reported_quarter_s_year() -> None:
    ctx = SectionContext(
        dates=(parse_date("2024년 4/4분기"), parse_date("2025. 1. 15.")),
        header_dates=(parse_date("2024년 4/4분기"), parse_date("2025. 1. 15.")),
    )
    got = extract_goals([make_table([HEAD, *ROWS])], ctx).value["goals"]
    assert [(g["year"], g["target"], g["actual"]) for g in got] == [(2024, "343", "315")]
    got = extract_goals([make_line("2023년 분기별 성과지표"), make_table([HEAD, *ROWS])], ctx).value["goals"]
    assert [g["year"] for g in got] == [2023]  # the title's year before the card's


def _card(tmp_path: Path, title_after: str, as_of: str) -> dict:  # type: ignore[type-arg]
    text = CARD.read_text(encoding="utf-8")
    title = "강물시 민선8기 시장 공약사업 분기별 추진상황 관리카드"
    assert title in text and "점검기준일 2024.03.31.(일)" in text
    text = text.replace(title, title + title_after).replace(
        "점검기준일 2024.03.31.(일)", f"점검기준일 {as_of}"
    )
    path = tmp_path / "card.txt"
    path.write_text(text, encoding="utf-8")
    [rec] = extract_file(path)
    return rec


def test_a_fourth_quarter_review_dated_in_january_files_its_goals_in_the_quarter_s_year(
    tmp_path: Path,
) -> None:
    rec = _card(tmp_path, " (2024년 4/4분기)", "2025.01.15.(수)")
    assert rec["as_of"]["label"] == "2025-01-15"
    assert [(g["project"], g["year"], g["target"], g["actual"]) for g in rec["goals"]] == [
        ("일자리 창출", 2024, "343", "315"),
        ("시설 설치", 2024, "11", "9"),
        ("참여 주민", 2024, "600", "310"),
    ]
    rec = _card(tmp_path, "", "2025.01.15.(수)")  # no quarter printed: the as-of date's year
    assert {g["year"] for g in rec["goals"]} == {2025}
    rec = _card(tmp_path, " (2024년 4/4분기)", "2025.06.30.(월)")  # half a year on: not that quarter's review
    assert {g["year"] for g in rec["goals"]} == {2025}
