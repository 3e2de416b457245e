"""Section extractors on the shapes text dumps give them, one section at a time."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.base import SectionResult
from pledgecard.extract.sections.funding import extract_funding as _extract_funding
from pledgecard.extract.sections.goals import goals_from_text
from pledgecard.extract.sections.outreach import extract_outreach as _extract_outreach


def _parts(result: SectionResult) -> tuple[Any, dict[str, Any], list[Any]]:
    """A one-field section's value, provenance by record path, and the items it left."""
    [value] = result.value.values()
    return value, {loc.path(): src for loc, src in result.provenance.items()}, result.rest


def extract_funding(lines: list[Line]) -> tuple[Any, dict[str, Any], list[Any]]:
    return _parts(_extract_funding(lines))


def extract_outreach(lines: list[Line]) -> tuple[Any, dict[str, Any], list[Any]]:
    return _parts(_extract_outreach(lines))


def _lines(text: str) -> list[Line]:
    from pledgecard.extract.markers import split_marker

    out = []
    for i, raw in enumerate(text.strip().split("\n"), start=1):
        marker, body = split_marker(raw)
        out.append(Line(text=body, marker=marker, indent=0, source=Source(line_start=i)))
    return out


def test_goals_with_a_year_column() -> None:
    goals = goals_from_text(
        "연도 목표 추진상황 추진내용\n"
        "2023 청년 창업 30명 완료(35명) 창업보육 프로그램 운영\n"
        "2024 청년 창업 40명 추진중(20명) 창업보육 프로그램 운영"
    )
    assert [
        (g["year"], g["target"], g["target_value"], g["status"], g["actual_value"], g["detail"])
        for g in goals
    ] == [
        (2023, "청년 창업 30명", 30, "완료", 35, "창업보육 프로그램 운영"),
        (2024, "청년 창업 40명", 40, "추진중", 20, "창업보육 프로그램 운영"),
    ]


def test_goals_of_two_projects_with_merged_detail() -> None:
    text = (
        "주요사업 목표치\n추진상황\n(완료/추진중/미착수)\n추진내용\n청년 일자리 인재양성\n"
        "<2025>\n실시설계 완료\n완료 (운영 완료) 공유오피스 운영 및 수료생 지원\n"
        "<2026>\n시범 운영\n추진 중 (관계기관 협의)\n청년 일자리 기반 구축\n"
        "<2024>\n교육생 양성(60명)\n미착수"
    )
    goals = goals_from_text(text)
    assert [(g["project"], g["year"], g["status"], g["actual"], g["detail"]) for g in goals] == [
        ("청년 일자리 인재양성", 2025, "완료", "운영 완료", "공유오피스 운영 및 수료생 지원"),
        ("청년 일자리 인재양성", 2026, "추진 중", "관계기관 협의", "공유오피스 운영 및 수료생 지원"),
        ("청년 일자리 기반 구축", 2024, "미착수", None, None),
    ]
    assert goals[0]["target"] == "실시설계 완료"  # a status word inside the target is not the status


def test_outreach_values_one_per_line() -> None:
    out, _, rest = extract_outreach(
        _lines(
            "계\n주민간담회·공\n청회 등\n만족도조사\n민간전문가 자\n문\n언론, 방송\n기타\n"
            "147회\n4\n-\n2\n139\n2"
        )
    )
    assert rest == []
    assert out["total"] == 147 and out["unit"] == "회"
    assert [(i["category"], i["count"]) for i in out["items"]] == [
        ("meetings", 4),
        ("survey", 0),
        ("experts", 2),
        ("media", 139),
        ("other", 2),
    ]


def test_funding_cells_one_per_line_with_wrapped_numbers() -> None:
    lines = _lines(
        "(단위 : 원)\n구분\n총사업비\n계\n연도별 투자 실적 및 계획\n2022년\n2023년\n임기이후\n"
        "125,903,\n000\n27,666,0\n00\n98,237,000\n0\n국비\n49,125,0\n00\n9,151,00\n0\n39,974,000\n0\n"
        "지방비\n76,778,000\n18,515,000\n58,263,000\n0"
    )
    funding, _, rest = extract_funding(lines)
    assert funding is not None and rest == []
    assert [(c["kind"], c["year"]) for c in funding["columns"]] == [
        ("total", None),
        ("year", 2022),
        ("year", 2023),
        ("after_term", None),
    ]
    assert [(r["source"], r["amounts_krw"]) for r in funding["rows"]] == [
        ("total", [125_903_000, 27_666_000, 98_237_000, 0]),
        ("national", [49_125_000, 9_151_000, 39_974_000, 0]),
        ("local", [76_778_000, 18_515_000, 58_263_000, 0]),
    ]


def test_funding_total_column_printed_last() -> None:
    lines = _lines(
        "(단위 : 억원)\n구분 연도별 투자 실적 및 계획 계\n기투자 2022년 2023년\n"
        "계 0 10 1 11\n국비 0 1 1 2\n군비 0 9 0 9"
    )
    funding, _, _ = extract_funding(lines)
    assert funding is not None
    assert [c["kind"] for c in funding["columns"]] == ["prior", "year", "year", "total"]
    assert funding["rows"][0]["amounts_krw"] == [0, 1_000_000_000, 100_000_000, 1_100_000_000]


def test_funding_sub_rows_under_a_merged_label() -> None:
    from pledgecard.extract.sections.funding_grid import interpret_grid

    grid = [
        ["구분", "구분", "계", "2024년", "2025년"],
        ["계", "계", "100", "60", "40"],
        ["국비", "국비", "40", "20", "20"],
        ["지방비", "도비", "30", "20", "10"],
        ["지방비", "시군비", "30", "20", "10"],
    ]
    columns, rows = interpret_grid(grid, 1)
    assert [c["kind"] for c in columns] == ["total", "year", "year"]
    assert [(r["label"], r["source"], r["amounts_krw"]) for r in rows] == [
        ("계", "total", [100, 60, 40]),
        ("국비", "national", [40, 20, 20]),
        ("도비", "provincial", [30, 20, 10]),
        ("시군비", "municipal", [30, 20, 10]),
    ]
    funding, _, _ = extract_funding(
        _lines("구분 계 2024년 2025년\n계 100 60 40\n국비 40 20 20\n지방비 도비 30 20 10\n시군비 30 20 10")
    )
    assert funding is not None
    assert [r["label"] for r in funding["rows"]] == ["계", "국비", "도비", "시군비"]


def test_outreach_with_two_meeting_columns_and_an_unknown_channel() -> None:
    out, _, _ = extract_outreach(
        _lines("계 간담회 설명회 만족도조사 전문가 자문 언론보도 기타\n20회 3 4 1 2 10 -")
    )
    assert [(i["label"], i["category"], i["count"]) for i in out["items"]] == [
        ("간담회", "meetings", 3),
        ("설명회", "meetings", 4),
        ("만족도조사", "survey", 1),
        ("전문가 자문", "experts", 2),
        ("언론보도", "media", 10),
        ("기타", "other", 0),
    ]
    # A channel no keyword names would shift every count: the section goes to `unparsed` instead ...
    out, _, rest = extract_outreach(_lines("계 SNS소통 간담회 만족도조사 기타\n9회 4 3 1 1"))
    assert out is None and len(rest) == 2
    out, _, rest = extract_outreach(_lines("계 간담회 SNS소통 만족도조사 기타\n10회 3 4 1 1"))
    assert out is None and len(rest) == 2
    # ... unless it is the words after one channel's keyword, the only label with words after it,
    # and the counts then add up to the printed total (tests/test_blind_families_4.py)
    out, _, _ = extract_outreach(_lines("계 간담회 SNS소통 만족도조사 기타\n9회 3 4 1 1"))
    assert [(i["label"], i["category"], i["count"]) for i in out["items"]] == [
        ("간담회", "meetings", 3),
        ("SNS소통", "other", 4),
        ("만족도조사", "survey", 1),
        ("기타", "other", 1),
    ]


def test_goal_status_word_inside_the_target() -> None:
    [g] = goals_from_text(
        "주요사업 목표치 추진상황 추진내용\n청년 일자리\n<2024> 실시설계 완료 추진 중 (설계 80%) 설계 용역 진행"
    )
    assert (g["target"], g["status"], g["actual"], g["detail"]) == (
        "실시설계 완료",
        "추진 중",
        "설계 80%",
        "설계 용역 진행",
    )


def test_reporting_headings_in_other_shapes() -> None:
    from pledgecard.extract.sections.achievements import parse_group_heading

    assert parse_group_heading("('24. 12월 말 기준)")[1]["label"] == "2024-12"  # type: ignore[index]
    assert parse_group_heading("2024년 4분기 추진실적")[1]["label"] == "2024-Q4"  # type: ignore[index]
    assert parse_group_heading("(분기 1회)") is None
    assert parse_group_heading("스마트 수소에너지") is None


def test_notes_under_tables_are_handed_back() -> None:
    funding, _, rest = extract_funding(
        _lines("(단위 : 백만 원)\n구분 계 2024년\n계 100 100\n국비 100 100\n※ 2025년 이후 예산은 변동 가능")
    )
    assert funding is not None and [ln.text for ln in rest] == ["2025년 이후 예산은 변동 가능"]
    out, _, rest = extract_outreach(_lines("계 간담회 기타\n3회 2 1\n※ 언론방송 : 보도자료 12건"))
    assert out is not None and out["total"] == 3 and [ln.text for ln in rest] == ["언론방송 : 보도자료 12건"]


def test_header_shapes_of_other_dumps_and_tables() -> None:
    from pledgecard.extract.cards import extract_cards
    from pledgecard.extract.document import Cell, Document, Paragraph, Table
    from pledgecard.extract.sections.header import extract_header

    header, _, rest = _parts(
        extract_header(
            _lines(
                "공 약 명 국내 대기업과 연계한 도내 대학 학과 신설 및\n100% 취업 추진\n"
                "담 당 자 홍길동 (☎ 033-249-3928) 관리번호 2-20"
            )
        )
    )
    assert header["title"] == "국내 대기업과 연계한 도내 대학 학과 신설 및 100% 취업 추진"
    assert (header["contact_name"], header["contact_phone"], header["mgmt_no"]) == (
        "홍길동",
        "033-249-3928",
        "2-20",
    )
    assert rest == []
    labels = ["공약명", "관리번호", "주관부서"]
    values = ["청년 주택 공급", "3-2", "주택과"]
    cells = [Cell(row=0, col=j, text=t) for j, t in enumerate(labels)] + [
        Cell(row=1, col=j, text=t) for j, t in enumerate(values)
    ]
    doc = Document(
        blocks=[Paragraph(text="시장 공약 이행카드"), Table(cells=cells, n_rows=2, n_cols=3)],
        format="hwpx",
        sha256="e" * 64,
    )
    [rec] = extract_cards(doc)
    h = rec["header"]
    assert (h["kind"], h["title"], h["mgmt_no"], h["lead_dept"]) == (
        "시장 공약 이행카드",
        "청년 주택 공급",
        "3-2",
        "주택과",
    )


def test_numbered_bullets_nest_by_first_appearance() -> None:
    from pledgecard.extract.sections.achievements import extract_achievements

    ach = extract_achievements(
        _lines(
            "1) 기반 조성\n가. 부지 매입 : '23. 5.\n나. 실시설계 : '23. 9.\n2) 운영\n가. 시범 운영 : '24. 3."
        )
    ).value["achievements"]
    assert [(a["level"], a["parent"], a["text"]) for a in ach] == [
        (1, None, "기반 조성"),
        (2, 0, "부지 매입"),
        (2, 0, "실시설계"),
        (1, None, "운영"),
        (2, 3, "시범 운영"),
    ]
    assert ach[1]["date"]["label"] == "2023-05"


def test_trailing_date_with_a_clock_time() -> None:
    from pledgecard.extract.sections.common import split_trailing_date

    text, date, notes = split_trailing_date("설명회 개최 : '24. 5. 3. 14:00")
    assert (text, date["label"], notes) == ("설명회 개최", "2024-05-03", [])  # type: ignore[index]


def test_funding_table_printed_transposed() -> None:
    from pledgecard.extract.sections.funding_grid import interpret_grid

    grid = [
        ["구분", "계", "국비", "지방비"],
        ["총사업비", "100", "60", "40"],
        ["2024년", "50", "30", "20"],
        ["2025년", "50", "30", "20"],
    ]
    columns, rows = interpret_grid(grid, 1)
    assert [(c["kind"], c["year"]) for c in columns] == [("total", None), ("year", 2024), ("year", 2025)]
    assert [(r["source"], r["amounts_krw"]) for r in rows] == [
        ("total", [100, 50, 50]),
        ("national", [60, 30, 30]),
        ("local", [40, 20, 20]),
    ]


def test_outreach_total_printed_after_the_channels() -> None:
    out, _, _ = extract_outreach(
        _lines("주민간담회, 공청회 등 만족도 조사 전문가 자문 언론, 방송 기타 계\n1 2 2 152 - 157회")
    )
    assert out is not None and (out["total"], out["unit"]) == (157, "회")
    assert [(i["category"], i["count"]) for i in out["items"]] == [
        ("meetings", 1),
        ("survey", 2),
        ("experts", 2),
        ("media", 152),
        ("other", 0),
    ]
    assert out["items"][-1]["label"] == "기타"
