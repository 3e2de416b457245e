"""Tables a text dump printed one row per line, cells one space apart: goal rows split by the
cells' shapes (or left out), funding printed transposed."""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.goal_rows import goal_rows
from pledgecard.extract.sections.goals import extract_goals, goals_from_text


def _in_won(items):  # type: ignore[no-untyped-def]
    """The funding read from ``items`` on a card whose unit line says won: the layout under test, not the unit."""
    from pledgecard.extract.sections.base import SectionContext

    return extract_funding(items, SectionContext(card_unit="원"))


def _lines(text: str) -> list[Line]:
    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i))
        for i, t in enumerate(text.strip().split("\n"), start=1)
    ]


def _goals(text: str) -> tuple[list[tuple], list[str]]:
    res = extract_goals(_lines(text))
    got = [
        (
            g["project"],
            g["year"],
            g["target"],
            g["target_value"],
            g["actual"],
            g["actual_value"],
            g["status"],
            g["detail"],
        )
        for g in res.value["goals"]
    ]
    return got, [it.text for it in res.rest]


def test_year_column_rate_and_merged_project_cells() -> None:
    got, rest = _goals(
        "연도 주요사업 목표 실적 달성률 추진상황 추진내용\n"
        "2031 하천 정비 사업 이용률 90% 이용률 45% 50% 추진중 수변공원 조성\n"
        "2032 이용률 95% - - 미착수\n"
        "2031 쉼터 보급 사업 412개소 설치 206개소 50% 완료 마을 쉼터 운영\n"
        "2032 9.5km - - 미착수"
    )
    assert got == [
        ("하천 정비 사업", 2031, "이용률 90%", 90, "이용률 45%", 45, "추진중", "수변공원 조성"),
        ("하천 정비 사업", 2032, "이용률 95%", 95, None, None, "미착수", "수변공원 조성"),
        ("쉼터 보급 사업", 2031, "412개소 설치", 412, "206개소", 206, "완료", "마을 쉼터 운영"),
        ("쉼터 보급 사업", 2032, "9.5km", 9.5, None, None, "미착수", "마을 쉼터 운영"),
    ]
    assert rest == []


def test_a_row_whose_split_the_table_does_not_show_is_left_out() -> None:
    got, rest = _goals(
        "연도 주요사업 목표 실적 달성률 추진상황\n"
        "2031 하천 정비 사업 기본계획 수립 용역 발주 - 추진 중\n"  # an actual without a number
        "2032 하천 정비 사업 주민 교육(40명) 12명 30% 추진중\n"  # where the project ends is not shown
        "2033 쉼터 보급 사업 412개소 설치 100개소 50% 완료"
    )  # the rate disagrees with 100/412
    assert got == []
    assert len(rest) == 3  # handed back, not lost


def test_target_printed_again_without_its_project_shows_the_split() -> None:
    got, _ = _goals(
        "연도 주요사업 목표 실적 추진상황\n"
        "2031 하천 정비 사업 주민 교육(40명) 12명 추진중\n"
        "2032 주민 교육(40명) - 미착수"
    )
    assert [(g[0], g[2], g[5]) for g in got] == [
        ("하천 정비 사업", "주민 교육(40명)", 12),
        ("하천 정비 사업", "주민 교육(40명)", None),
    ]


def test_year_group_rows_print_their_project() -> None:
    got, _ = _goals(
        "세부사업 목표 실적 달성률 추진상황\n"
        "<2031>\n"
        "하천 정비 사업 7.5km 1.5km 20% 추진중\n"
        "쉼터 보급 사업 공정률 40% 공정률 20% 50% 추진중\n"
        "2032년\n"
        "하천 정비 사업 12.0km - - 미착수"
    )
    assert [(g[0], g[1], g[2], g[4]) for g in got] == [
        ("하천 정비 사업", 2031, "7.5km", "1.5km"),
        ("쉼터 보급 사업", 2031, "공정률 40%", "공정률 20%"),
        ("하천 정비 사업", 2032, "12.0km", None),
    ]


def test_first_marked_row_keeps_its_detail_on_a_line_of_its_own() -> None:
    goals = goals_from_text(
        "주요사업\n목표치\n추진상황\n추진내용\n하천 정비 사업\n<2031>\n주민 교육(40명)\n완료\n(44명)\n"
        "수변공원 조성 및 운영\n<2032>\n주민 교육(50명)\n미착수"
    )
    assert [(g["project"], g["detail"]) for g in goals] == [("하천 정비 사업", "수변공원 조성 및 운영")] * 2


def test_funding_printed_transposed_one_line_per_period() -> None:
    res = _in_won(
        _lines("구분 계 국 비 도비 군비\n총계 1,000 600 - 400\n'31 300 200 - 100\n'32 700 400 - 300")
    )
    f = res.value["funding"]
    assert [(c["kind"], c["year"]) for c in f["columns"]] == [("total", None), ("year", 2031), ("year", 2032)]
    assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
        ("total", [1000, 300, 700]),
        ("national", [600, 200, 400]),
        ("provincial", [0, 0, 0]),
        ("municipal", [400, 100, 300]),
    ]


def test_transposed_funding_with_a_line_that_does_not_fit_is_not_read_transposed() -> None:
    res = _in_won(_lines("구분 계 국비 군비\n총계 1,000 600 400\n'31 300 200\n'32 700 400 300"))
    f = res.value["funding"]
    assert f is None or not any(c["kind"] == "year" and c["year"] == 2032 for c in f["columns"])


def test_shapes_of_the_marked_row_reader_are_left_to_it() -> None:
    # no 실적 column: the actual is printed in the status cell
    got, _ = _goals("연도 목표 추진상황 추진내용\n2031 주민 교육 40명 완료(44명) 수변공원 운영")
    assert [(g[1], g[2], g[5], g[6]) for g in got] == [(2031, "주민 교육 40명", 44, "완료")]
    # <YYYY> marks inside the rows
    assert goal_rows(["주요사업 목표 실적 추진상황", "하천 정비", "<2031> 주민 교육(40명) 44명 완료"]) is None
    assert (
        goal_rows(["주요사업 목표 실적 추진상황", "<2031>", "하천 정비 주민 교육(40명) 44명 완료"])
        is not None
    )


def test_transposed_funding_with_a_corner_cell_of_any_word() -> None:
    res = _in_won(_lines("연도 국비 군비 합계\n2031년 200 100 300\n2032년 400 300 700\n임기 후 10 - 10"))
    f = res.value["funding"]
    assert [(c["kind"], c["year"]) for c in f["columns"]] == [
        ("year", 2031),
        ("year", 2032),
        ("after_term", None),
    ]
    assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
        ("national", [200, 400, 10]),
        ("municipal", [100, 300, 0]),
        ("total", [300, 700, 10]),
    ]


def test_header_on_two_lines_and_a_status_printed_spaced() -> None:
    got, rest = _goals(
        "연도 세부사업 목표 실적 추진상황\n(완료/추진중/미착수)\n2031 하천 정비 7.5km 1.5km 추 진 중"
    )
    assert [(g[0], g[2], g[4], g[6]) for g in got] == [
        ("하천 정비", "7.5km", "1.5km", "추 진 중")
    ] and rest == []


def test_goal_rows_under_an_unknown_heading_are_goals_by_content() -> None:
    from pledgecard.extract.markers import split_marker
    from pledgecard.extract.roles import lines_role

    lines = []
    for i, raw in enumerate(
        [
            "◦ 하천 정비 착공 : '31. 3.",
            "□ 연차별 성과 점검",
            "연도 세부사업 목표 실적 추진상황",
            "2031 하천 정비 7.5km 1.5km 추진중",
            "2032 12.0km - 미착수",
            "쉼터 보급 확대 추진",
            "◦ 쉼터 보급 : '31. 5.",
        ],
        1,
    ):
        marker, body = split_marker(raw)
        lines.append(Line(text=body, marker=marker, indent=0, source=Source(line_start=i)))
    assert lines_role(lines) == [None, None, "goals", "goals", "goals", None, None]


def test_a_row_without_its_merged_cells_continues_the_project_above() -> None:
    # the row under 2031 prints no 추진내용 and its year follows: its project and 추진내용 cells are
    # merged with the row above, so all it prints before the actual is the target
    got, rest = _goals(
        "연도 주요사업 목표 실적 달성률 추진상황 추진내용\n"
        "2031 하천 정비 사업 12개소 정비 6개소 50% 추진중 수변공원 조성\n"
        "2032 하천 관리 강화(20개소) - - 미착수\n"
        "2031 쉼터 보급 사업 하천 관리 강화(30개소) 3개소 10% 추진중 마을 쉼터 운영"
    )
    assert [(g[0], g[1], g[2], g[3], g[7]) for g in got] == [
        ("하천 정비 사업", 2031, "12개소 정비", 12, "수변공원 조성"),
        ("하천 정비 사업", 2032, "하천 관리 강화(20개소)", 20, "수변공원 조성"),
        ("쉼터 보급 사업", 2031, "하천 관리 강화(30개소)", 30, "마을 쉼터 운영"),
    ]
    assert rest == []


def test_a_target_worded_as_another_projects_shows_where_the_project_ends() -> None:
    got, rest = _goals(
        "연도 주요사업 목표 실적 달성률 추진상황 추진내용\n"
        "2031 하천 정비 사업 주민 교육 운영(40회) 20회 50% 추진중 수변공원 조성\n"
        "2031 쉼터 보급 주민 교육 운영(60회) 30회 50% 추진중 마을 쉼터 운영"
    )
    assert [(g[0], g[2], g[3], g[5]) for g in got] == [
        ("하천 정비 사업", "주민 교육 운영(40회)", 40, 20),
        ("쉼터 보급", "주민 교육 운영(60회)", 60, 30),
    ]
    assert rest == []
    # the same wording without a figure among the shared words shows nothing: left out
    got, rest = _goals(
        "연도 주요사업 목표 실적 추진상황\n2031 하천 정비 주민 교육 운영 추진 12명 추진중\n"
        "2032 쉼터 보급 주민 교육 운영 추진 15명 추진중"
    )
    assert got == [] and len(rest) == 2


def test_goal_rows_flattened_one_cell_per_line() -> None:
    # explicit cells: an actual without a number is read as printed; a row one cell short
    # carries the project above; a 추진내용 under year groups is told by the count of cells
    got, rest = _goals(
        "\n".join(
            [
                "주요사업",
                "목표",
                "실적",
                "추진상황",
                "추진내용",
                "<2031>",
                "하천 정비 사업",
                "기본계획 수립",
                "용역 발주",
                "추진중",
                "수변공원 조성",
                "쉼터 보급 사업",
                "주민 교육(40명)",
                "12명",
                "추진중",
                "<2032>",
                "하천 정비 사업",
                "정비 공사(7.5km)",
                "-",
                "미착수",
                "수변공원 조성",
            ]
        )
    )
    assert got == [
        ("하천 정비 사업", 2031, "기본계획 수립", None, "용역 발주", None, "추진중", "수변공원 조성"),
        ("쉼터 보급 사업", 2031, "주민 교육(40명)", 40, "12명", 12, "추진중", None),
        ("하천 정비 사업", 2032, "정비 공사(7.5km)", 7.5, None, None, "미착수", "수변공원 조성"),
    ]
    assert rest == []
    got, rest = _goals(
        "\n".join(
            [
                "연도",
                "주요사업",
                "목표",
                "실적",
                "달성률",
                "추진상황",
                "2031",
                "하천 정비 사업",
                "정비 공사(10km)",
                "5km",
                "50%",
                "추진중",
                "2032",
                "정비 공사(20km)",
                "-",
                "-",
                "미착수",
                "2033",
                "정비 공사(30km)",
                "미착수",
            ]
        )
    )  # two cells short: not read
    assert [(g[0], g[1], g[3], g[5]) for g in got] == [
        ("하천 정비 사업", 2031, 10, 5),
        ("하천 정비 사업", 2032, 20, None),
    ]
    assert rest == ["2033", "정비 공사(30km)", "미착수"]


def test_a_flattened_goals_table_under_another_heading_is_goals_by_content() -> None:
    from pledgecard.extract.markers import split_marker
    from pledgecard.extract.roles import lines_role

    raw = [
        "◦ 하천 정비 착공 : '31. 3.",
        "연도",
        "주요사업",
        "목표",
        "실적",
        "추진상황",
        "2031",
        "하천 정비",
        "정비 공사(7.5km)",
        "1.5km",
        "추진중",
        "◦ 쉼터 보급 : '31. 5.",
    ]
    lines = []
    for i, text in enumerate(raw, 1):
        marker, body = split_marker(text)
        lines.append(Line(text=body, marker=marker, indent=0, source=Source(line_start=i)))
    assert lines_role(lines) == [None] + ["goals"] * 10 + [None]


def test_funding_flattened_cell_by_cell_the_other_way_round() -> None:
    # periods down, sources across, one cell a line: the total row's word stands among the row
    # labels above the amounts, the word the amounts follow (총계) is the total column's
    cells = [
        "구분",
        "계",
        "국비",
        "군비",
        "총계",
        "1,000",
        "600",
        "400",
        "'31",
        "300",
        "200",
        "100",
        "'32",
        "700",
        "400",
        "300",
    ]
    res = _in_won(_lines("\n".join(cells)))
    f = res.value["funding"]
    assert [(c["kind"], c["year"]) for c in f["columns"]] == [("total", None), ("year", 2031), ("year", 2032)]
    assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
        ("total", [1000, 300, 700]),
        ("national", [600, 200, 400]),
        ("municipal", [400, 100, 300]),
    ]


def test_unread_goal_rows_have_a_finding_at_their_line() -> None:
    from pathlib import Path

    from pledgecard.pipeline import process_file

    path = (
        Path(__file__).resolve().parents[1] / "samples" / "families" / "gaon-city" / "gaon-city-11006-txt.txt"
    )
    res = process_file(path)
    [rec], [prov] = res.records, res.provenance
    unparsed = [u for u in rec["unparsed"] if u["section"] and "추진 중" in u["text"]]
    assert len(unparsed) == 1  # the row whose target and actual (no number) the dump does not set apart
    findings = prov["findings"]
    found = [f for f in findings if f["code"] == "extract.table_unrecovered"]
    assert [(f["location"], f["source_location"]) for f in found] == [("goals", unparsed[0]["location"])]


def test_a_total_column_no_row_sums_to_while_another_does_is_null() -> None:
    # the layout puts 총사업비 first; every row's last cell is the sum of the others: the dump
    # printed the total's label away from its cells, so no cell is placed
    res = _in_won(_lines("구분 총사업비 2031년 2032년\n국비 100 200 300\n군비 20 30 50"))
    f = res.value["funding"]
    assert [c["kind"] for c in f["columns"]] == ["total", "year", "year"]
    assert [r["amounts_krw"] for r in f["rows"]] == [[None] * 3, [None] * 3]
    assert [r["amounts_raw"] for r in f["rows"]] == [["100", "200", "300"], ["20", "30", "50"]]
    # where the placed total is each row's sum, nothing changes
    res = _in_won(_lines("구분 총사업비 2031년 2032년\n국비 300 100 200\n군비 50 - 50"))
    assert [r["amounts_krw"] for r in res.value["funding"]["rows"]] == [[300, 100, 200], [50, 0, 50]]


def test_an_amount_under_no_column_label_leaves_its_row_null() -> None:
    res = _in_won(_lines("구분 2031년 2032년\n국비 300 100 200\n군비 50 -"))
    f = res.value["funding"]
    assert [c["kind"] for c in f["columns"]] == ["year", "year"]
    assert [r["amounts_krw"] for r in f["rows"]] == [[None, None], [50, 0]]  # the row that fits is read
    assert f["rows"][0]["amounts_raw"] == ["300", "100", "200"]


def test_a_column_label_broken_over_two_header_lines_is_joined() -> None:
    res = _in_won(_lines("구분 총사업\n비 2031년 2032년\n국비 300 100 200"))
    f = res.value["funding"]
    assert [c["kind"] for c in f["columns"]] == ["total", "year", "year"]
    assert f["rows"][0]["amounts_krw"] == [300, 100, 200]


def test_a_goal_row_broken_over_lines_is_joined_up_to_its_status() -> None:
    # pdftotext -raw: the year cell alone, the project over two lines, the rest of the row after
    got, rest = _goals(
        "연도 주요사업 목표 실적 달성률 추진상황\n2031\n하천 정비\n사업\n공정률 80% 공정률 40% 50% 추진중\n"
        "2032 공정률 100% - - 미착수"
    )
    assert [(g[0], g[1], g[2], g[4], g[6]) for g in got] == [
        ("하천 정비 사업", 2031, "공정률 80%", "공정률 40%", "추진중"),
        ("하천 정비 사업", 2032, "공정률 100%", None, "미착수"),
    ]
    assert rest == []
    # no status within reach: the year line alone is not read, the lines after it stay
    got, rest = _goals("연도 주요사업 목표 실적 추진상황\n2031\n하천 정비 사업\n공정률 80%")
    assert got == [] and rest == ["2031", "하천 정비 사업", "공정률 80%"]


def test_transposed_funding_whose_header_a_page_break_repeats() -> None:
    res = _in_won(
        _lines(
            "구분 계 국비 군비\n총계 1,000 600 400\n'31 300 200 100\n- 1 -\n구분 계 국비 군비\n"
            "'32 700 400 300"
        )
    )
    f = res.value["funding"]
    assert f is None or not any(c["year"] == 2032 for c in f["columns"])  # a page number line: no row
    res = _in_won(
        _lines("구분 계 국비 군비\n총계 1,000 600 400\n'31 300 200 100\n구분 계 국비 군비\n'32 700 400 300")
    )
    f = res.value["funding"]
    assert [(c["kind"], c["year"]) for c in f["columns"]] == [("total", None), ("year", 2031), ("year", 2032)]
    assert [r["amounts_krw"] for r in f["rows"]] == [[1000, 300, 700], [600, 200, 400], [400, 100, 300]]


def test_a_compound_header_word_and_a_target_restating_its_projects_first_word() -> None:
    got, rest = _goals(
        "주요사업 목표치 추진실적 달성률 추진상황 추진내용\n"
        "<2031>\n"
        "하천 정비 하천 준설(12건) 9건 75% 추진중 수변 구간 준설\n"
        "<2032>\n"
        "하천 정비 하천 제방 보강(40개) - - 미착수 수변 구간 준설"
    )
    assert got == [
        ("하천 정비", 2031, "하천 준설(12건)", 12, "9건", 9, "추진중", "수변 구간 준설"),
        ("하천 정비", 2032, "하천 제방 보강(40개)", 40, None, None, "미착수", "수변 구간 준설"),
    ]
    assert rest == []


def test_a_targets_first_word_learned_from_another_row_of_the_table() -> None:
    got, rest = _goals(
        "주요사업 목표치 추진실적 달성률 추진상황\n"
        "<2031>\n"
        "하천 정비 하천 준설(12건) 9건 75% 완료\n"
        "놀이터 보급 사업 하천 쉼터 설치(20개) 10개 50% 완료"
    )
    assert [(g[0], g[2], g[5]) for g in got] == [
        ("하천 정비", "하천 준설(12건)", 9),
        ("놀이터 보급 사업", "하천 쉼터 설치(20개)", 10),
    ]
    assert rest == []


def test_a_worded_actual_is_set_apart_by_a_target_another_row_prints_whole() -> None:
    got, rest = _goals(
        "연도 세부사업 목표치 실적 추진상황 추진내용\n"
        "2031 하천 정비 사업 실시설계 착수 용역 완료 완료 수변 구간 준설\n"  # the actual ends in a status word
        "2032 하천 준설(12건) 9건 추진중\n"
        "2033 실시설계 착수 - 미착수"
    )
    assert got == [
        ("하천 정비 사업", 2031, "실시설계 착수", None, "용역 완료", None, "완료", "수변 구간 준설"),
        ("하천 정비 사업", 2032, "하천 준설(12건)", 12, "9건", 9, "추진중", "수변 구간 준설"),
        ("하천 정비 사업", 2033, "실시설계 착수", None, None, None, "미착수", "수변 구간 준설"),
    ]
    assert rest == []


def test_a_worded_actual_no_other_row_sets_apart_is_left_out() -> None:
    got, rest = _goals(
        "주요사업 목표 실적 추진상황\n"
        "2031년\n"
        "하천 정비 사업 단계별 정비 실시설계 완료 완료\n"
        "2032년\n"
        "하천 정비 사업 시범 개방 관계기관 협의 추진 중\n"
        "하천 하천 쉼터 하천 설치(20개) 10개 완료"
    )  # the first word printed twice more: no split shown
    assert got == []
    assert len(rest) == 3


def test_a_row_holding_two_words_that_begin_targets_is_left_out() -> None:
    got, rest = _goals(
        "주요사업 목표치 추진실적 달성률 추진상황\n"
        "<2031>\n"
        "하천 정비 하천 준설(12건) 9건 75% 완료\n"
        "쉼터 보급 사업 하천 쉼터 설치(20개) 10개 50% 완료"
    )  # 하천 and 쉼터 may each begin the target
    assert [(g[0], g[2]) for g in got] == [("하천 정비", "하천 준설(12건)")]
    assert rest == ["쉼터 보급 사업 하천 쉼터 설치(20개) 10개 50% 완료"]


def test_a_row_opening_with_a_project_another_row_prints_is_split_after_it() -> None:
    # the first row is split by its target restating the project's first word; the rows below
    # open with that project: a dash actual leaves the target after it, a worded actual of two
    # words after it is a target and an actual of one word each (no cell is empty)
    got, rest = _goals(
        "주요사업 목표 실적 추진상황\n"
        "2031년\n"
        "하천 정비 사업 하천 준설(12건) 9건 추진중\n"
        "하천 정비 사업 착공 용역발주 추진중\n"
        "2032년\n"
        "하천 정비 사업 제방 보강 - 미착수"
    )
    assert [(g[0], g[1], g[2], g[4], g[6]) for g in got] == [
        ("하천 정비 사업", 2031, "하천 준설(12건)", "9건", "추진중"),
        ("하천 정비 사업", 2031, "착공", "용역발주", "추진중"),
        ("하천 정비 사업", 2032, "제방 보강", None, "미착수"),
    ]
    assert rest == []


def test_a_row_a_known_project_does_not_split_alone_is_left_out() -> None:
    # two projects the table prints open the row: where its project ends is not shown
    got, rest = _goals(
        "주요사업 목표 실적 추진상황\n"
        "<2031>\n"
        "하천 정비 하천 준설(12건) 9건 추진중\n"
        "하천 정비 사업 하천 제방 보강(20개) 10개 추진중\n"
        "<2032>\n"
        "하천 정비 사업 수문 보강 - 미착수"
    )
    assert [(g[0], g[2]) for g in got] == [
        ("하천 정비", "하천 준설(12건)"),
        ("하천 정비 사업", "하천 제방 보강(20개)"),
    ]
    assert rest == ["하천 정비 사업 수문 보강 - 미착수"]
    # a worded actual with three words after the known project: 1 + 2 or 2 + 1, not shown
    got, rest = _goals(
        "주요사업 목표 실적 추진상황\n"
        "<2031>\n"
        "하천 정비 하천 준설(12건) 9건 추진중\n"
        "하천 정비 착공 용역 발주 추진중"
    )
    assert [g[2] for g in got] == ["하천 준설(12건)"] and rest == ["하천 정비 착공 용역 발주 추진중"]


def test_year_group_dumps_whose_rows_open_with_a_project_another_row_prints(tmp_path) -> None:
    # hanbit-province text dumps of seeds whose goal rows below print a dash actual after the
    # project a row above showed: every goal read as expected, no row left out
    from pledgecard import extract_file
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME["hanbit-province"]
    keys = ("project", "year", "target", "target_value", "status", "actual", "actual_value", "detail")
    for seed in (12026, 12095, 12114):
        path = write_file(tmp_path, f"{fam.name}-{seed}", "txt", family_records(fam, seed), fam.style)
        (exp,) = family_records(fam, seed)
        (got,) = extract_file(path)
        assert [{k: g[k] for k in keys} for g in got["goals"]] == [
            {k: g[k] for k in keys} for g in exp["goals"]
        ]
        assert not [u for u in got["unparsed"] if u["section"] and "목표" in u["section"]]


def test_worded_targets_and_actuals_the_dump_does_not_set_apart_stay_unread_with_findings() -> None:
    # hanbit-province 12008: under year groups each row prints the same project, then a target and
    # an actual of two words each, no number, no row printing either alone: 1 + 3, 2 + 2 or 3 + 1
    # words are all cells the table could hold, so neither row is read (not guessed)
    from pathlib import Path

    from pledgecard.pipeline import process_file

    path = Path(__file__).resolve().parents[1] / "samples" / "families" / "hanbit-province"
    res = process_file(path / "hanbit-province-12008-txt.txt")
    [rec], [prov] = res.records, res.provenance
    assert rec["goals"] == []
    unread = [u["location"] for u in rec["unparsed"] if u["section"] and "목표" in u["section"]]
    assert len(unread) == 2
    found = [f for f in prov["findings"] if f["code"] == "extract.table_unrecovered"]
    assert [f["source_location"] for f in found] == unread and {f["location"] for f in found} == {"goals"}


def test_rows_merged_with_an_unread_row_take_its_detail_not_its_project() -> None:
    """chorong-city 24012 / areum-district 26011: the first row's project, target and worded actual
    run together (not read), but its 추진내용 stands after the status; the rows below print neither
    project nor 추진내용 (merged cells): they take the detail, and no project."""
    got, rest = _goals(
        "연도 주요사업 목표 실적 추진상황 추진내용\n"
        "2024 대중교통 인재양성 기본계획 수립 운영 완료 완료 차고지 운영 및 주민 지원\n"
        "2025 대중교통 협약 체결(10건) 14건 추진중\n"
        "2026 착공 - 미착수"
    )
    assert got == [
        (None, 2025, "대중교통 협약 체결(10건)", 10, "14건", 14, "추진중", "차고지 운영 및 주민 지원"),
        (None, 2026, "착공", None, None, None, "미착수", "차고지 운영 및 주민 지원"),
    ]
    assert len(rest) == 1  # the first row handed back


def test_a_flattened_header_cell_holding_a_column_word_names_that_column() -> None:
    # 세부과제 holds 과제 (a project column word): the header starts at 연도, so 2031 is a row's year
    # cell, not a year group above rows of two cells (which read a row short, its project lost)
    got, rest = _goals(
        "\n".join(
            [
                "연도",
                "세부과제",
                "목표",
                "실적",
                "추진상황",
                "2031",
                "거점학교 조성",
                "스마트교실 300학급",
                "229학급",
                "완료",
                "2032",
                "스마트교실 32학급",
                "-",
                "미착수",
            ]
        )
    )
    assert got == [
        ("거점학교 조성", 2031, "스마트교실 300학급", 300, "229학급", 229, "완료", None),
        ("거점학교 조성", 2032, "스마트교실 32학급", 32, None, None, "미착수", None),
    ]
    assert rest == []


def test_a_flattened_header_whose_project_column_is_headed_by_gubun() -> None:
    # 연도 | 구분 | 계획 | 실적 | 달성률 | 추진상황 | 추진내용: no cell names a project column, so 구분 heads
    # it (as in a header line); a row one cell short carries the project and 추진내용 above
    got, rest = _goals(
        "\n".join(
            [
                "연도",
                "구분",
                "계획",
                "실적",
                "달성률",
                "추진상황",
                "추진내용",
                "2031",
                "하천 정비 사업",
                "기본계획 수립",
                "운영 완료",
                "-",
                "완료",
                "수변공원 조성",
                "2032",
                "정비 공사(40km)",
                "30km",
                "75%",
                "추진중",
            ]
        )
    )
    assert got == [
        ("하천 정비 사업", 2031, "기본계획 수립", None, "운영 완료", None, "완료", "수변공원 조성"),
        ("하천 정비 사업", 2032, "정비 공사(40km)", 40, "30km", 30, "추진중", "수변공원 조성"),
    ]
    assert rest == []


def test_a_value_after_a_word_naming_what_it_counts_does_not_start_the_target() -> None:
    """dasan-edu 32005: ``교원`` before ``93명`` names what the target counts; how many words before
    it the target takes (``연수 이수 교원 93명`` or ``교원 93명``) the dump does not show, so the row
    is handed back rather than read with a target of ``93명`` and a project running into it. The row
    below (merged cells) keeps its target and the 추진내용, not a project."""
    got, rest = _goals(
        "연도 세부과제 목표 실적 추진상황 추진내용\n"
        "2024 학습지원센터 조성 연수 이수 교원 93명 58명 완료 디지털교실 운영 및 학부모 지원\n"
        "2025 참여학교 85교 78교 추진중"
    )
    assert got == [(None, 2025, "참여학교 85교", 85, "78교", 78, "추진중", "디지털교실 운영 및 학부모 지원")]
    assert rest == ["2024 학습지원센터 조성 연수 이수 교원 93명 58명 완료 디지털교실 운영 및 학부모 지원"]


def test_a_value_after_any_other_word_or_after_a_measure_word_the_actual_repeats_starts_the_target() -> None:
    got, rest = _goals(
        "연도 세부과제 목표 실적 추진상황 추진내용\n"
        "2024 학습지원센터 조성 93명 연수 58명 완료 디지털교실 운영\n"  # 조성: no counted noun
        "2024 거점학교 운영 참여학교 85교 참여학교 78교 추진중 거점학교 지원"
    )  # the actual repeats 참여학교
    assert [(g[0], g[2], g[3], g[5]) for g in got] == [
        ("학습지원센터 조성", "93명 연수", 93, 58),
        ("거점학교 운영", "참여학교 85교", 85, 78),
    ]
    assert rest == []
