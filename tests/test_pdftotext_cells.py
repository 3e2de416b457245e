"""Tables a converter printed one cell per line, out of the table's order (``pdftotext`` in its
default mode): what the cells' shapes and sums fix is read, the rest stays null. Whole families
are measured in tests/test_text_converters.py; these pin each rule on a small table."""

from __future__ import annotations

from pledgecard.extract.readers.text_lines import furniture, split_lines
from pledgecard.extract.sections.funding_stream import funding_from_stream
from pledgecard.extract.sections.goal_stream import goal_marks_status_first, goal_stream


def _stream(*cells: str) -> str:
    return "\n".join(cells)


def test_total_column_placed_at_the_end_its_rows_sum_to() -> None:
    # 총사업비 printed before the years (a two-line header cell), its cells after theirs
    text = _stream(
        "구분",
        "연도별 투자 실적 및 계획",
        "총사업비",
        "2022",
        "2023",
        "2024",
        "국비",
        "10",
        "20",
        "30",
        "60",
        "시비",
        "1",
        "2",
        "3",
        "6",
    )
    cols, rows = funding_from_stream(text, 1)
    assert [c["kind"] for c in cols] == ["year", "year", "year", "total"]
    assert [r["amounts_krw"] for r in rows] == [[10, 20, 30, 60], [1, 2, 3, 6]]


def test_total_column_stays_null_where_no_end_sums() -> None:
    # the spanning heading printed first: the layout cannot tell the total's end, nor can the sums
    text = _stream(
        "연도별 투자 실적 및 계획",
        "구분",
        "총사업비",
        "2022",
        "2023",
        "2024",
        "국비",
        "10",
        "20",
        "30",
        "70",
        "시비",
        "1",
        "2",
        "3",
        "7",
    )
    _, rows = funding_from_stream(text, 1)
    assert all(v is None for r in rows for v in r["amounts_krw"])


def test_period_labels_out_of_time_order_leave_every_cell_null() -> None:
    # 기투자 printed after the years: the labels' order is not the columns' order
    text = _stream(
        "구분", "2022", "2023", "계", "기투자", "국비", "1", "2", "3", "6", "시비", "4", "5", "6", "15"
    )
    _, rows = funding_from_stream(text, 1)
    assert rows and all(v is None for r in rows for v in r["amounts_krw"])


def test_bare_number_beside_a_set_off_page_number_is_a_cell() -> None:
    lines = split_lines("표\n\n141\n\n151\n\n- 1 -\n\f다음 쪽\n\n둘째\n\n- 2 -\n")
    dropped = {lines[k].text for k in furniture(lines)}
    assert "151" not in dropped and "- 1 -" in dropped and "- 2 -" in dropped


def test_goal_rows_closed_by_their_status_lines() -> None:
    lines = [
        "주요사업",
        "목표",
        "실적",
        "추진상황",
        "청년농업 지원사업",
        "단계별 추진",
        "설계 완료",
        "완료",
        "청년농업 지원사업",
        "시범 운영",
        "-",
        "미착수",
        "2025년",
        "2026년",
    ]
    got = goal_stream(lines)
    assert got is not None
    rows, unread = got
    assert [(r.year, r.project, r.target, r.actual, r.status) for r in rows] == [
        (2025, "청년농업 지원사업", "단계별 추진", "설계 완료", "완료"),
        (2026, "청년농업 지원사업", "시범 운영", "-", "미착수"),
    ]
    assert unread == []


def test_goal_target_wrapped_over_lines_and_project_printed_apart() -> None:
    lines = [
        "세부사업",
        "목표",
        "실적",
        "달성률",
        "추진상황",
        "반도체 소재 기업 지",
        "원(25개)",
        "20개",
        "80%",
        "완료",
        "공정률 80%",
        "공정률 55%",
        "69%",
        "추진중",
        "<2025>",
        "반도체 소재 지원사업",
    ]
    got = goal_stream(lines)
    assert got is not None
    rows, unread = got
    assert [(r.target.replace(" ", ""), r.actual, r.status, r.project) for r in rows] == [
        ("반도체소재기업지원(25개)", "20개", "완료", None),
        ("공정률80%", "공정률 55%", "추진중", None),
    ]
    assert all(r.year is None for r in rows)  # one year mark for two rows: not placed
    assert [lines[k] for k in unread] == ["<2025>", "반도체 소재 지원사업"]


def test_goal_rows_not_read_when_a_row_is_out_of_shape_or_rates_disagree() -> None:
    head = ["목표", "실적", "달성률", "추진상황"]
    # a row missing its target (printed elsewhere): the cells' places are not known
    assert goal_stream([*head, "기본계획 수립", "운영 완료", "-", "완료", "14건", "추진중"]) is None
    # a 달성률 that disagrees with the figures (40 of 50 is not 90 %)
    assert goal_stream([*head, "교육생 양성(50명)", "40명", "90%", "완료"]) is None
    # a run that does not end cleanly (a cell follows the last status)
    assert goal_stream([*head, "교육생 양성(50명)", "40명", "80%", "완료", "14건"]) is None


def test_goal_rows_of_year_marks_with_the_status_printed_before_the_target() -> None:
    lines = [
        "주요사업",
        "추진상황",
        "목표치",
        "이차전지 인재양성",
        "(완료/추진중/미착수)",
        "<2023>",
        "추진중",
        "기본계획 수립",
        "(관계기관 협의)",
        "<2024>",
        "미착수",
        "이차전지 교육생",
        "양성(30명)",
    ]
    got = goal_marks_status_first(lines)
    assert got is not None
    rows, _ = got
    assert [(r.year, r.status, r.target.replace(" ", ""), r.actual) for r in rows] == [
        (2023, "추진중", "기본계획수립", "관계기관 협의"),
        (2024, "미착수", "이차전지교육생양성(30명)", None),
    ]
    # a line after the bracketed actual (a project printed there): the places are not known
    assert goal_marks_status_first([*lines[:9], "이차전지 지원사업", *lines[9:]]) is None
    # a mark whose first line is no status (a 추진내용 printed before it)
    assert goal_marks_status_first([*lines[:10], "산업단지 운영", *lines[10:]]) is None


def test_goal_rows_with_a_detail_after_the_status_and_projects_beside_the_years() -> None:
    # 추진내용 after 추진상황; the 세부사업 column printed after the rows beside the year marks
    head = ["세부사업", "목표", "실적", "달성률", "추진상황", "추진내용"]
    body = [
        "기업 지원(40개)",
        "30개",
        "75%",
        "완료",
        "센터 운영",
        "협약 체결(20건)",
        "20건",
        "100%",
        "추진중",
        "참가자 지원",
    ]
    got = goal_stream([*head, *body, "[2024년]", "지원센터 조성", "[2025년]", "교육 운영"])
    assert got is not None
    rows, unread = got
    assert [(r.project, r.year, r.target, r.actual, r.status, r.detail) for r in rows] == [
        ("지원센터 조성", 2024, "기업 지원(40개)", "30개", "완료", "센터 운영"),
        ("교육 운영", 2025, "협약 체결(20건)", "20건", "추진중", "참가자 지원"),
    ]
    assert unread == []
    # two lines beside a year: which is the project is not known, no project placed
    got = goal_stream([*head, *body, "[2024년]", "지원센터 조성", "(1단계)", "[2025년]", "교육 운영"])
    assert got is not None and all(r.project is None for r in got[0])
    # a row whose detail is missing (the status followed by the next row's target): not read
    assert goal_stream([*head, *body[:4], *body[5:]]) is None


def test_year_marks_with_the_spanning_project_printed_inside_one_mark() -> None:
    head = ["주요사업", "추진상황", "목표치", "(완료/추진중/미착수)"]
    body = [
        "<2023>",
        "추진 중",
        "협약 체결(40건)",
        "(21건)",
        "<2024>",
        "기반 구축",
        "미착수",
        "협약 체결(55건)",
        "<2025>",
        "미착수",
        "기본계획 수립",
    ]
    got = goal_marks_status_first([*head, *body])
    assert got is not None
    assert [(r.project, r.year, r.target, r.actual, r.status) for r in got[0]] == [
        ("기반 구축", 2023, "협약 체결(40건)", "21건", "추진 중"),
        ("기반 구축", 2024, "협약 체결(55건)", None, "미착수"),
        ("기반 구축", 2025, "기본계획 수립", None, "미착수"),
    ]
    # a header naming a 추진내용 column too: the line may be either cell, nothing is read
    assert goal_marks_status_first([*head, "추진내용", *body]) is None
    # a project printed in the header as well: the line inside the mark is not known to be one
    assert goal_marks_status_first([*head[:1], "지원사업", *head[1:], *body]) is None
