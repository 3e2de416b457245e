"""The two template families designed blind in session 6 (samples/families.py: ``gureum-city``,
``iseul-county``) and the structures they brought in, on small grids and lines:

- a funding table with a note column (비고) of words beside the amounts;
- goals printed as labelled lines (``목표: ... / 실적: ... (추진중)``), no table;
- achievements and plans printed as tables of items (추진일자 | 추진내용 | 비고, 추진일정 | 추진내용),
  in document tables and flattened into text lines;
- the status printed after a legend symbol (``◐ 정상추진``);
- a PDF item table cut by a page break whose next row opens an item of its own.
"""

from __future__ import annotations

from pledgecard.extract.document import Cell
from pledgecard.extract.readers.pdf_tables import _starts_item
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_line_grid import grid_from_lines
from pledgecard.extract.sections.goal_lines import goal_lines
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.extract.sections.plans import extract_plans
from pledgecard.normalize.status import status_code, symbol_option

from conftest import make_line, make_table

EOK = 10**8


_line, _table = make_line, make_table


# ------------------------------------------------------------------------------ funding note column


def test_a_note_column_of_words_does_not_drop_the_source_rows() -> None:
    grid = [
        ["구분", "총사업비", "2023년", "2024년", "비고"],
        ["계", "10.5억원", "4.0억원", "6.5억원", ""],
        ["국비", "7.0억원", "3.0억원", "4.0억원", "교부 신청"],
        ["시비", "3.5억원", "1.0억원", "2.5억원", "-"],
    ]
    columns, rows = interpret_grid(grid, EOK)
    assert [c["kind"] for c in columns] == ["total", "year", "year"]
    assert [r["source"] for r in rows] == ["total", "national", "municipal"]
    assert rows[1]["amounts_krw"] == [700_000_000, 300_000_000, 400_000_000]
    assert rows[2]["amounts_krw"] == [350_000_000, 100_000_000, 250_000_000]


def test_a_note_column_in_text_lines_keeps_its_words_and_dashes_out_of_the_amounts() -> None:
    lines = [
        _line("구분 총사업비 연도별 투자계획 비고"),
        _line("2023년 2024년"),
        _line("계 105 40 65"),
        _line("국비 70 30 40 추경 반영"),
        _line("시비 35 10 25 -"),
    ]
    columns, rows = interpret_grid(grid_from_lines(lines), 10**6)
    assert [c["label"] for c in columns] == ["총사업비", "2023", "2024"]
    assert [r["amounts_krw"] for r in rows] == [[105e6, 40e6, 65e6], [70e6, 30e6, 40e6], [35e6, 10e6, 25e6]]


# ------------------------------------------------------------------------------ goals as lines


def test_goal_lines_read_year_project_target_actual_and_status_across_wrapped_lines() -> None:
    got = goal_lines(
        [
            "▫ 2023년 교통 지원사업 - 목표: 공정률 70% / 실적:",
            "공정률 36% (완료)",
            "▫ 2024년 기반 구축 - 목표: 4.9km / 실",
            "적: - (미착수)",
        ]
    )
    assert got is not None
    assert [(g.year, g.project, g.target, g.actual, g.status) for g in got] == [
        (2023, "교통 지원사업", "공정률 70%", "공정률 36%", "완료"),
        (2024, "기반 구축", "4.9km", None, "미착수"),
    ]
    assert goal_lines(["◦ 2024년 협약 체결 완료", "◦ 목표 달성 추진 중"]) is None  # no labelled values


def test_bulleted_goal_lines_are_goals_not_notes() -> None:
    items = [
        _line("2024년 사업 - 목표: 186호 공급 / 실적: 120호 (추진중)", "▫"),
        _line("2025년 사업 - 목표: 200호 공급 / 실적: - (미착수)", "▫"),
    ]
    goals = extract_goals(items).value["goals"]
    assert [(g["year"], g["target_value"], g["actual_value"], g["status"]) for g in goals] == [
        (2024, 186, 120, "추진중"),
        (2025, 200, None, "미착수"),
    ]


# ------------------------------------------------------------------------------ items as tables


def test_an_item_table_gives_items_with_levels_parents_and_dates() -> None:
    table = _table(
        [
            ["추진일자", "추진내용", "비고"],
            ["2023. 3.", "공모사업 최종 선정", "완료"],
            ["", "– 총 9회 운영", ""],
            ["", "※ 참여기관 : 이슬연구원", ""],
            ["", "세부 추진실적", ""],
            ["2023. 5월", "ㆍ 3개 기업 투자협약 체결", "완료"],
        ]
    )
    res = extract_achievements([_line("기 추진실적 ['23년 2분기 누계]", "☞"), table]).value
    ach = res["achievements"]
    assert [(a["text"], a["level"], a["parent"]) for a in ach] == [
        ("공모사업 최종 선정", 1, None),
        ("총 9회 운영", 2, 0),
        ("참여기관 : 이슬연구원", 3, 1),
        ("세부 추진실적", 1, None),
        ("3개 기업 투자협약 체결", 3, 3),
    ]  # ㆍ the third style seen
    assert [a["date"]["label"] if a["date"] else None for a in ach] == [
        "2023-03",
        None,
        None,
        None,
        "2023-05",
    ]
    assert res["tables"] == []  # the item table is no side table
    assert all(a["group_as_of"]["label"] == "2023-Q2" for a in ach)


def test_a_side_table_with_other_headers_stays_a_side_table() -> None:
    table = _table([["연번", "분야", "추진상황"], ["1", "홍보", "추진중"]])
    res = extract_achievements([_line("협약 체결 : '24. 3.", "◦"), table]).value
    assert len(res["tables"]) == 1 and len(res["achievements"]) == 1


def test_a_plan_table_gives_plans_with_dates() -> None:
    table = _table([["추진일정", "추진내용"], ["'25년 상반기", "운영 활성화 방안 마련"], ["", "성과 평가"]])
    plans = extract_plans([table]).value["plans"]
    assert [(p["text"], p["date"]["label"] if p["date"] else None) for p in plans] == [
        ("운영 활성화 방안 마련", "2025-H1"),
        ("성과 평가", None),
    ]


def test_item_table_rows_flattened_into_text_lines_are_items() -> None:
    items = [
        _line("기 추진실적 ['23년 2분기 누계] 추진일자 추진내용 비고", "☞"),  # header glued on
        _line("2023. 3. 공모사업 최종 선정 완료"),
        _line("총 9회 운영", "–"),
        _line("2023. 5월 ㆍ 3개 기업 투자협약 체결"),
        _line("2023년 3분기 현재", "☞"),
        _line("추진일자 추진내용 비고"),
        _line("'23.7월 특구 지정 신청"),
    ]
    ach = extract_achievements(items).value["achievements"]
    assert [
        (a["text"], a["level"], a["date"]["label"] if a["date"] else None, a["group_as_of"]["label"])
        for a in ach
    ] == [
        ("공모사업 최종 선정 완료", 1, "2023-03", "2023-Q2"),
        ("총 9회 운영", 2, None, "2023-Q2"),
        ("3개 기업 투자협약 체결", 3, "2023-05", "2023-Q2"),
        ("특구 지정 신청", 1, "2023-07", "2023-Q3"),
    ]


# ------------------------------------------------------------------------------ status after a symbol


def test_a_status_after_a_legend_symbol_is_the_status() -> None:
    assert symbol_option("◐ 정상추진") == "정상추진"
    assert symbol_option("● 완료") == "완료"
    assert status_code("◑ 부진") == "ongoing_delayed"
    assert symbol_option("□ 정상추진 ■ 부진") is None  # checkboxes are read as such
    assert symbol_option("정상추진") is None
    assert symbol_option("◐ 2024년") is None  # no status word after the symbol


# ------------------------------------------------------------------------------ PDF page breaks


def test_a_row_opening_an_item_on_the_next_page_is_no_continuation() -> None:
    upper = {0: Cell(5, 0, ""), 1: Cell(5, 1, "* 참여기업 20개"), 2: Cell(5, 2, "")}
    lower = {0: Cell(0, 0, ""), 1: Cell(0, 1, "– 기업지원"), 2: Cell(0, 2, "")}
    assert _starts_item(lower, upper)
    listed = {0: Cell(5, 0, "내용"), 1: Cell(5, 1, "◦ 첫째\n◦ 둘째"), 2: Cell(5, 2, "")}
    cont = {0: Cell(0, 0, ""), 1: Cell(0, 1, "◦ 셋째"), 2: Cell(0, 2, "")}
    assert not _starts_item(cont, listed)  # a bullet list cut by the break goes on
    plain = {0: Cell(0, 0, ""), 1: Cell(0, 1, "계속되는 문장"), 2: Cell(0, 2, "")}
    assert not _starts_item(plain, upper)


def test_a_row_a_reader_joined_onto_the_row_above_is_split_at_its_date_and_marker() -> None:
    items = [
        _line("추진일자 추진내용 비고"),
        _line("2023. 12. ㆍ 신규 참여기업 협약"),
        _line("참여기관 : 이슬문화재단, 하람솔루션 '23.12월 ㆍ 입주농가 대상 설명회 개최(128명 참석)", "*"),
    ]
    ach = extract_achievements(items).value["achievements"]
    assert [(a["text"], a["date"]["label"] if a["date"] else None) for a in ach] == [
        ("신규 참여기업 협약", "2023-12"),
        ("참여기관 : 이슬문화재단, 하람솔루션", None),
        ("입주농가 대상 설명회 개최(128명 참석)", "2023-12"),
    ]
    assert ach[1]["marker"] == "*" and ach[2]["level"] == ach[0]["level"]


def test_lines_after_an_item_table_a_reader_cut_short_are_its_rows() -> None:
    table = _table([["추진일자", "추진내용", "비고"], ["2023. 3.", "공모사업 최종 선정", "완료"]])
    items = [
        _line("기 추진실적 ['23년 2분기 누계]", "☞"),
        table,
        _line("총 9회 운영", "–"),
        _line("2023. 2. 이차전지 업무협약 체결"),
        _line("2023년 3분기 현재", "☞"),
        _line("특구 지정 신청 : '23.7월", "–"),
    ]
    ach = extract_achievements(items).value["achievements"]
    assert [(a["text"], a["level"], a["date"]["label"] if a["date"] else None) for a in ach] == [
        ("공모사업 최종 선정", 1, "2023-03"),
        ("총 9회 운영", 2, None),
        ("이차전지 업무협약 체결", 1, "2023-02"),
        ("특구 지정 신청", 2, "2023-07"),
    ]
