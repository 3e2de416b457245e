"""A goal table pdftotext's default mode prints a column at a time before its rows: the year column's head
and its years, the project column's head and its cells (one a project, spanning its years), then the
rows' head (계획 / 실적 / 이행률(%) / 추진상황) and each row's cells a line (gilmok-city's cards). The
leading columns are placed only where their counts prove them (extract/sections/goal_lead_runs.py)."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.sections.goal_head_words import head_kind
from pledgecard.extract.sections.goal_stream import goal_stream

ROWS = [
    "계획",
    "실적",
    "이행률(%)",
    "추진상황",
    "공정률 60%",
    "공정률 54%",
    "90%",
    "완료",
    "119호 공급",
    "-",
    "-",
    "미착수",
    "공정률 80%",
    "공정률 60%",
    "75%",
    "추진 중",
    "261호 공급",
    "-",
    "-",
    "미착수",
]


def _read(lines: list[str]) -> list[tuple[str | None, int | None, str, str]]:
    got = goal_stream(lines)
    assert got is not None
    return [(r.project, r.year, r.target, r.status) for r in got[0]]


def test_a_head_cell_closed_by_its_unit_names_its_column() -> None:
    assert head_kind("이행률(%)") == "rate" and head_kind("달성률 (%)") == "rate"
    assert head_kind("이행률") == "rate" and head_kind("실적(건)") == "actual"
    assert head_kind("이행률(가나)") is None and head_kind("(%)") is None


def test_years_and_projects_printed_a_column_at_a_time() -> None:
    lines = ["연도", "2019", "2020", "2019", "2020", "세부추진과제", "창업 지원사업", "지원센터 조성", *ROWS]
    assert _read(lines) == [
        ("창업 지원사업", 2019, "공정률 60%", "완료"),
        ("창업 지원사업", 2020, "119호 공급", "미착수"),
        ("지원센터 조성", 2019, "공정률 80%", "추진 중"),
        ("지원센터 조성", 2020, "261호 공급", "미착수"),
    ]
    got = goal_stream(lines)
    assert got is not None and got[1] == []  # every line read


def test_heads_first_then_each_columns_cells() -> None:
    lines = ["연도", "주요사업", "2019", "2020", "2021", "2022", "지원센터 조성", *ROWS]
    assert _read(lines) == [
        ("지원센터 조성", 2019, "공정률 60%", "완료"),
        ("지원센터 조성", 2020, "119호 공급", "미착수"),
        ("지원센터 조성", 2021, "공정률 80%", "추진 중"),
        ("지원센터 조성", 2022, "261호 공급", "미착수"),
    ]


def test_projects_the_years_do_not_part_are_not_placed() -> None:
    # three project cells over two rising runs of years: which rows each spans is not proven
    lines = [
        "연도",
        "2019",
        "2020",
        "2019",
        "2020",
        "세부추진과제",
        "창업 지원사업",
        "지원센터 조성",
        "기업 유치",
        *ROWS,
    ]
    assert _read(lines) == [
        (None, None, "공정률 60%", "완료"),
        (None, None, "119호 공급", "미착수"),
        (None, None, "공정률 80%", "추진 중"),
        (None, None, "261호 공급", "미착수"),
    ]
    # falling years and no project column: no year placed
    lines = ["연도", "2019", "2020", "2019", "2020", *ROWS]
    assert [y for _, y, _, _ in _read(lines)] == [None] * 4
    # runs of uneven sizes follow the years: 2019 2020 2021 | 2020
    lines = ["연도", "2019", "2020", "2021", "2020", "세부추진과제", "창업 지원사업", "지원센터 조성", *ROWS]
    assert [(p, y) for p, y, _, _ in _read(lines)] == [
        ("창업 지원사업", 2019),
        ("창업 지원사업", 2020),
        ("창업 지원사업", 2021),
        ("지원센터 조성", 2020),
    ]
    # a year repeated (two rows of one year) is no fall: one run, the two projects not placed, the years are
    lines = ["연도", "2019", "2019", "2020", "2021", "세부추진과제", "창업 지원사업", "지원센터 조성", *ROWS]
    assert [(p, y) for p, y, _, _ in _read(lines)] == [(None, 2019), (None, 2019), (None, 2020), (None, 2021)]


def test_an_actual_cell_of_two_figures_is_two_cells_run_together() -> None:
    """gilmok-city's pdf2txt dump prints a row's target and actual on one line (``공정률 70% 공정률 38%``) after
    the first line of the row above's 추진내용 cell: read by count, the cells shift (the detail's line the
    target, both figures the actual, 70 read as the actual): an actual of two figures is no cell, not read."""
    lines = [
        "계획",
        "실적",
        "이행률(%)",
        "추진상황",
        "3.1km",
        "2.9km",
        "94%",
        "완료",
        "거점 산지유통센터",
        "공정률 70% 공정률 38%",
        "54%",
        "완료",
    ]
    got = goal_stream(lines)
    assert got is None or all(r.actual != "공정률 70% 공정률 38%" for r in got[0])
    lines = [
        "계획",
        "실적",
        "이행률(%)",
        "추진상황",
        "3.1km",
        "2.9km",
        "94%",
        "완료",
        "공정률 70%",
        "공정률 38%",
        "54%",
        "완료",
    ]
    assert [(r.target, r.actual) for r in goal_stream(lines)[0]] == [
        ("3.1km", "2.9km"),
        ("공정률 70%", "공정률 38%"),
    ]


def test_a_year_run_the_rows_own_years_reject_deals_no_projects() -> None:
    # the rows print their own years (2021-2024); the run above (2019 2020 2019 2020) disagrees with them:
    # its rising runs prove nothing, so the two project cells are not dealt over the rows
    from pledgecard.extract.sections.goal_lead_runs import lead_columns
    from pledgecard.extract.sections.goal_rows import GoalRow

    lines = ["연도", "2019", "2020", "2019", "2020", "세부추진과제", "창업 지원사업", "지원센터 조성", "계획"]
    rows = [
        GoalRow(line=8, project=None, year=y, target="t", status="완료", actual=None, detail=None)
        for y in (2021, 2022, 2023, 2024)
    ]
    got, unread = lead_columns(lines, 8, rows, list(range(8)))
    assert [(r.project, r.year) for r in got] == [(None, 2021), (None, 2022), (None, 2023), (None, 2024)]
    assert unread == list(range(8))
    # the same rows with no years of their own take both columns
    rows = [replace(r, year=None) for r in rows]
    got, _ = lead_columns(lines, 8, rows, list(range(8)))
    assert [(r.project, r.year) for r in got] == [
        ("창업 지원사업", 2019),
        ("창업 지원사업", 2020),
        ("지원센터 조성", 2019),
        ("지원센터 조성", 2020),
    ]


def test_a_year_cell_is_no_head_word() -> None:
    from pledgecard.extract.sections.goal_lead_runs import _lead_kind

    assert _lead_kind("연도") == "year" and _lead_kind("세부추진과제") == "project"
    for word in ("2019년도", "2019년"):
        assert _lead_kind(word) is None, word
