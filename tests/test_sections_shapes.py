"""Headings and bullets recognised by their shape, not from a list of glyphs."""

from __future__ import annotations

import pytest

from pledgecard.extract.cards import heading_of
from pledgecard.extract.document import Source
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import is_numbering, split_marker
from pledgecard.extract.sections.achievements import extract_achievements


def _line(raw: str) -> Line:
    marker, text = split_marker(raw)
    return Line(text=text, marker=marker, indent=0, source=Source(line_start=1))


@pytest.mark.parametrize(
    "raw",
    [
        "□ 사업개요",
        "■ 사업 개요",
        "◎ 1. 사업개요",
        "▣ 사업 개요",
        "Ⅰ. 사업개요",
        "(1) 사업개요",
        "【 사업개요 】",
        "< 사업개요 >",
        "《사업개요》",
        "[사업개요]",
        "가. 사업개요",
        "① 사업개요",
        "\ue034 사업개요",
        "❖ 사업개요",
        "1. 사업개요",
    ],
)
def test_any_marker_or_numbering_before_a_section_label_makes_a_heading(raw: str) -> None:
    assert heading_of(_line(raw)) == "overview"


def test_a_sub_item_or_an_item_naming_its_own_section_is_no_heading() -> None:
    assert heading_of(_line("- 사업개요")) is None
    assert heading_of(_line("◦ 주요 추진실적"), "achievements") is None
    assert heading_of(_line("◦ 사업 개요 : 청년 주택")) is None  # a label with a value is a field


@pytest.mark.parametrize(
    ("raw", "marker"),
    [
        ("➢ 사업기간 : 2022", "➢"),
        ("❍ 문화관광", "❍"),
        ("① 부지", "①"),
        ("가) 설계", "가)"),
        ("\ue000 항목", "\ue000"),
        ("(cid:7) 항목", "\ufffd"),
    ],
)
def test_unknown_glyphs_and_numberings_are_markers(raw: str, marker: str) -> None:
    assert split_marker(raw)[0] == marker


def test_numbers_and_companies_are_not_markers() -> None:
    assert split_marker("△1,234")[0] is None and split_marker("㈜한결 협약")[0] is None
    assert split_marker("12. 3. 협약")[0] is None and split_marker("-1,234")[0] is None
    assert is_numbering("①") and is_numbering("가.") and not is_numbering("◦")


def test_levels_by_order_of_first_appearance_and_dated_lettered_group_headings() -> None:
    lines = [
        _line(x)
        for x in (
            "가. 기 추진실적('22. 7. ~ '24. 12.)",
            "① 부지 매입 : '23. 5.",
            "- 보상 협의",
            "· 감정평가 : '23. 3.",
            "② 실시설계",
            "나. 2025년 1분기 현재",
            "① 착공 : '25. 2.",
        )
    ]
    res = extract_achievements(lines)
    ach = res.value["achievements"]
    assert [(a["group"], a["level"], a["parent"], a["text"]) for a in ach] == [
        ("기 추진실적", 1, None, "부지 매입"),
        ("기 추진실적", 2, 0, "보상 협의"),
        ("기 추진실적", 3, 1, "감정평가"),
        ("기 추진실적", 1, None, "실시설계"),
        ("2025년 1분기 현재", 1, None, "착공"),
    ]
    assert ach[0]["group_as_of"]["label"] == "2022-07/2024-12"
    assert [d["label"] for d in res.dates] == ["2022-07/2024-12", "2025-Q1"]


def test_a_bracketed_date_after_a_group_name_is_its_date() -> None:
    assert parse_group_heading("[ 그간 추진실적 ('25. 4분기 누계) ]") == (
        "그간 추진실적",
        parse_group_heading("('25. 4분기 누계)")[1],
    )  # type: ignore[index]


def test_table_roles_come_from_content() -> None:
    from pledgecard.extract.document import Cell, Table
    from pledgecard.extract.roles import table_role

    def table(rows: list[list[str]]) -> Table:
        return Table(
            cells=[Cell(row=i, col=j, text=t) for i, r in enumerate(rows) for j, t in enumerate(r)],
            n_rows=len(rows),
            n_cols=len(rows[0]),
        )

    assert (
        table_role(
            table(
                [
                    ["연도", "세부사업", "목표", "실적", "추진상황"],
                    ["2019", "기반 구축", "300호 공급", "178호", "완료"],
                ]
            )
        )
        == "goals"
    )
    assert (
        table_role(
            table(
                [
                    ["계", "만족도 조사", "간담회, 공청회 등", "전문가 자문", "기타"],
                    ["3회", "1", "2", "-", "-"],
                ]
            )
        )
        == "outreach"
    )
    assert (
        table_role(
            table([["구분", "'19", "'20", "합계"], ["국비", "348", "-", "348"], ["도비", "17", "185", "202"]])
        )
        == "funding"
    )
    assert (
        table_role(table([["연번", "기업명", "분야", "참여인원"], ["1", "㈜누리로보틱스", "유통", "8"]]))
        is None
    )


def test_goal_rows_grouped_by_year_rows_with_an_actual_column() -> None:
    from pledgecard.extract.document import Cell, Table
    from pledgecard.extract.sections.goals import goals_from_table

    rows = [
        ["세부사업", "목표", "실적", "달성률", "추진상황"],
        ["<2025>"] * 5,
        ["소재 지원사업", "3.5km", "2.4km", "69%", "완료"],
        ["2026년"] * 5,
        ["소재 지원사업", "공정률 71%", "-", "-", "미착수"],
    ]
    t = Table(
        cells=[Cell(row=i, col=j, text=x) for i, r in enumerate(rows) for j, x in enumerate(r)],
        n_rows=5,
        n_cols=5,
    )
    got = [
        (g["year"], g["target_value"], g["target_unit"], g["status"], g["actual"], g["actual_value"])
        for g in goals_from_table(t)
    ]
    assert got == [(2025, 3.5, "km", "완료", "2.4km", 2.4), (2026, 71, "%", "미착수", None, None)]


def test_a_number_wrapped_after_a_thousands_comma_is_joined_before_parsing() -> None:
    from pledgecard.extract.cards import extract_cards
    from pledgecard.extract.document import Document, Paragraph
    from pledgecard.extract.textjoin import glue, wraps_number

    assert (
        glue("총사업비 : 20억 원(국비 5억, 민자 18,", "000,000)", "")
        == "총사업비 : 20억 원(국비 5억, 민자 18,000,000)"
    )
    assert not wraps_number("협약 3,", "2024년 체결") and not wraps_number("국비 1,234,", "5")
    blocks = [
        Paragraph(text=t, marker=m)
        for m, t in (
            (None, "도지사 공약사업 관리카드"),
            (None, "공약명 청년 주택 관리번호 3-2"),
            ("□", "사업개요"),
            ("◦", "총사업비 : 21,442,660천원(국비 3,725,191, 민자 5,"),
            (None, "642,332)"),
        )
    ]
    [rec] = extract_cards(Document(blocks=blocks, format="hwpx", sha256="b" * 64))
    parts = {p["label"]: p["amount_krw"] for p in rec["overview"]["budget"]["parts"]}
    assert parts == {"국비": 3_725_191_000, "민자": 5_642_332_000}


def test_a_picture_caption_is_not_an_overview_content_line() -> None:
    from pledgecard.extract.sections.overview import extract_overview

    res = extract_overview([_line("◦ 주요내용"), _line("- 테스트베드 구축"), _line("<사업 위치도>")])
    assert res.value["overview"]["contents"] == ["테스트베드 구축"] and [x.text for x in res.rest] == [
        "<사업 위치도>"
    ]


def test_a_row_of_header_labels_over_a_row_of_values() -> None:
    from pledgecard.extract.sections.header import extract_header, split_value_row

    assert split_value_row(
        ["title", "mgmt_no", "lead_dept", "contact_name", "contact_phone"],
        "공공돌봄 24시간 체계 구축 Ⅵ-27 여성가족과 왕하유 410-9141",
    ) == {
        "title": "공공돌봄 24시간 체계 구축",
        "mgmt_no": "Ⅵ-27",
        "lead_dept": "여성가족과",
        "contact_name": "왕하유",
        "contact_phone": "410-9141",
    }
    assert (
        split_value_row(["title", "mgmt_no"], "청년 주택 공급") is None
    )  # no code at the end: not this shape
    h = extract_header(
        [
            _line(x)
            for x in (
                "공약명 관리번호 추진부서",
                "청년 주택 공급 3-2 주택과",
                "협조부서 실천목표 추진상황",
                "기획예산과 임기 내 완료 보류",
            )
        ]
    ).value["header"]
    assert (h["title"], h["mgmt_no"], h["lead_dept"], h["coop_depts"], h["target"], h["status"]) == (
        "청년 주택 공급",
        "3-2",
        "주택과",
        ["기획예산과"],
        "임기 내 완료",
        "보류",
    )
