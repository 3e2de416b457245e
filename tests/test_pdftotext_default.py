"""Structures of ``pdftotext`` default-mode dumps (a table's cells a line, its columns printed in
blocks), each read from a small dump: what its lines prove is read, anything else left unread."""

from __future__ import annotations

from pledgecard.extract.markers import split_marker
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.extract.sections.blocks_apart import achievements_printed_before
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_line_grid import grid_from_lines
from pledgecard.extract.sections.funding_stream import from_stream
from pledgecard.extract.sections.goal_indicators import goals_indicator_lines
from pledgecard.extract.sections.goal_unit_apart import goal_unit_apart_lines
from pledgecard.extract.sections.header_overview import header_overview, overview_printed_later
from pledgecard.extract.sections.item_tables import ROW_MARKER, item_rows_from_lines
from pledgecard.extract.sections.outreach import extract_outreach
from pledgecard.extract.sections.side_tables import tables_from_lines

from conftest import make_line


def _lines(text: str) -> list[str]:
    return [ln for ln in text.strip().split("\n") if ln.strip()]


# the indicator's columns first (their head echoing the section's heading taken for it), then the
# year's columns, a cell a line
UNIT_APART = """
단위
최종목표
정비 구간
km
6.2
시설 설치
개소
16
연도
목표
실적
달성률(%)
2026년
2.9
2.6
90
2027년
3.3
-
-
2026년
5
3
60
2027년
11
-
-
"""


def test_indicator_columns_apart_from_the_year_rows_are_dealt_to_the_year_groups() -> None:
    got = goal_unit_apart_lines(_lines(UNIT_APART))
    assert got is not None
    assert [(g.project, g.unit, g.year, g.target, g.actual) for g in got.goals] == [
        ("정비 구간", "km", 2026, "2.9", "2.6"),
        ("정비 구간", "km", 2027, "3.3", None),
        ("시설 설치", "개소", 2026, "5", "3"),
        ("시설 설치", "개소", 2027, "11", None),
    ]


def test_indicator_columns_interleaved_keep_each_columns_order() -> None:
    # the name cell wrapped higher than the heads: a column's cells stay in order all the same
    text = UNIT_APART.replace("단위\n최종목표\n정비 구간\n", "정비 구간\n단위\n최종목표\n")
    got = goal_unit_apart_lines(_lines(text))
    assert got is not None and [g.project for g in got.goals][::2] == ["정비 구간", "시설 설치"]


def test_a_rate_that_disagrees_with_its_figures_leaves_the_table_unread() -> None:
    assert goal_unit_apart_lines(_lines(UNIT_APART.replace("\n60\n", "\n80\n"))) is None


def test_more_names_than_year_groups_leave_the_table_unread() -> None:
    # a name wrapped over two lines: the names cannot be dealt to the groups
    assert goal_unit_apart_lines(_lines(UNIT_APART.replace("시설 설치\n", "시설\n설치\n"))) is None


def test_a_row_cut_short_leaves_the_table_unread() -> None:
    assert goal_unit_apart_lines(_lines(UNIT_APART.replace("2.9\n2.6\n90\n", "2.9\n2.6\n"))) is None


# a funding table a cell a line whose last year label pdftotext printed past the table (after the
# page's footer): the overview's budget, every source row totalling its share, tells the rows
LAST_YEAR_PAST = "\n".join(
    [
        "구분",
        "연도별 투자 실적 및 계획",
        "2022년",
        "2023년",
        "2024년",
        "국비",
        "100",
        "200",
        "300",
        "-",
        "도비",
        "40",
        "-",
        "60",
        "50",
        "군비",
        "1",
        "2",
        "3",
        "4",
    ]
)
BUDGET = ((600_000, 150_000, 10_000), 760_000)


def test_a_period_label_printed_past_the_table_is_placed_where_the_budget_tells_every_row() -> None:
    cols, rows = from_stream(LAST_YEAR_PAST, 1000, BUDGET, ("2025년",))
    assert [c["year"] for c in cols] == [2022, 2023, 2024, 2025]
    assert [r["amounts_krw"] for r in rows] == [
        [100_000, 200_000, 300_000, 0],
        [40_000, 0, 60_000, 50_000],
        [1_000, 2_000, 3_000, 4_000],
    ]


def test_without_the_budget_telling_every_row_the_cells_stay_null() -> None:
    for budget in (None, ((600_000, 150_000, 11_000), None)):
        cols, rows = from_stream(LAST_YEAR_PAST, 1000, budget, ("2025년",))
        assert len(cols) == 4 and all(v is None for r in rows for v in r["amounts_krw"])


def test_a_change_column_is_a_column_of_the_stream_not_an_amount_of_a_year() -> None:
    text = "\n".join(
        [
            "구분",
            "총사업비",
            "2023년",
            "2024년",
            "증감",
            "계",
            "300",
            "100",
            "200",
            "100",
            "국비",
            "200",
            "50",
            "150",
            "100",
            "시비",
            "100",
            "50",
            "50",
            "-",
        ]
    )
    cols, rows = from_stream(text, 1000)
    assert [c["kind"] for c in cols][:3] == ["total", "year", "year"]
    assert rows[1]["amounts_krw"][:3] == [200_000, 50_000, 150_000]


def test_an_overview_label_printed_alone_takes_the_line_under_it_as_its_value() -> None:
    rest = [
        make_line(t) for t in ["사업기간", "22.10.~27.2.", "총사업비", "19,228백만원(국비 7,423)", "주요내용"]
    ]
    rest.append(make_line("돌봄센터 구축", marker="-"))
    lines, left = header_overview([], rest)
    assert [ln.text for ln in lines][:2] == ["사업기간 : 22.10.~27.2.", "총사업비 : 19,228백만원(국비 7,423)"]
    assert left == []


def test_a_label_under_a_label_is_no_value() -> None:
    # 사업기간's value cell empty: the next label is not taken for it
    lines, left = header_overview([], [make_line("사업기간"), make_line("총사업비"), make_line("100백만원")])
    assert [ln.text.strip() for ln in lines] == ["사업기간 :", "총사업비 : 100백만원"]


def _items(texts: list[str]) -> list:
    out = []
    for t in texts:
        marker, text = split_marker(t)
        out.append(make_line(text, marker=marker))
    return out


def _rows(texts: list[str]) -> list[tuple[str | None, str]]:
    return [(ln.marker, ln.text) for ln in item_rows_from_lines(_items(texts), lambda ln: False)]


def test_an_item_tables_head_printed_column_by_column_with_its_first_row() -> None:
    got = _rows(
        [
            "추진일자",
            "2023. 3.",
            "추진내용",
            "공모사업 최종 선정",
            "비고",
            "완료",
            "– 총 9회 운영",
            "2023. 2.",
            "업무협약 체결",
            "완료",
        ]
    )
    assert got == [
        (ROW_MARKER, "공모사업 최종 선정 : 2023. 3."),
        ("–", "총 9회 운영"),
        (ROW_MARKER, "업무협약 체결 : 2023. 2."),
    ]


def test_row_dates_printed_in_a_block_before_their_rows_are_dealt_in_order() -> None:
    got = _rows(
        [
            "추진일자",
            "추진내용",
            "비고",
            "– 기반조성",
            "2023. 5월",
            "2023년 상반기",
            "ㆍ 투자협약 체결",
            "완료",
            "ㆍ 제도 개선",
            "완료",
            "※ 참여기업 4개",
        ]
    )
    assert got == [
        ("–", "기반조성"),
        ("ㆍ", "투자협약 체결 : 2023. 5월"),
        ("ㆍ", "제도 개선 : 2023년 상반기"),
        ("※", "참여기업 4개"),
    ]


def test_a_date_block_without_as_many_rows_is_not_dealt() -> None:
    got = _rows(["추진일자", "추진내용", "비고", "2023. 5월", "2023년 상반기", "ㆍ 투자협약 체결", "완료"])
    assert ("ㆍ", "투자협약 체결 : 2023. 5월") not in got  # two dates, one row: not dealt by the block


INDICATORS_YEARS_AFTER = [
    "연도",
    "지표1",
    "지표2",
    "시설 설치(개소)",
    "공정률(%)",
    "목표",
    "2",
    "30",
    "실적",
    "1",
    "17",
    "목표",
    "7",
    "100",
    "실적",
    "-",
    "-",
    "구분",
    "2026년",
    "2027년",
]


def test_indicator_rows_take_the_year_column_printed_after_them() -> None:
    got = goals_indicator_lines(INDICATORS_YEARS_AFTER)
    assert got is not None
    assert [(g.project, g.year, g.target, g.actual) for g in got.goals] == [
        ("시설 설치", 2026, "2", "1"),
        ("공정률", 2026, "30", "17"),
        ("시설 설치", 2027, "7", None),
        ("공정률", 2027, "100", None),
    ]


def test_indicator_rows_with_fewer_years_after_them_than_rows_are_not_read() -> None:
    assert goals_indicator_lines(INDICATORS_YEARS_AFTER[:-1]) is None
    falling = [*INDICATORS_YEARS_AFTER[:-2], "2027년", "2026년"]
    assert goals_indicator_lines(falling) is None


def test_tables_printed_a_cell_a_line_one_after_another_are_read_apart() -> None:
    texts = [
        "연번",
        "분야",
        "대상시설",
        "1",
        "기반조성",
        "산업단지",
        "2",
        "홍보",
        "테스트베드",
        "구분",
        "2024년",
        "2025년",
        "교육생",
        "18",
        "25",
        "수료생",
        "36",
        "45",
    ]
    got = tables_from_lines([make_line(t) for t in texts], "")
    assert [t["header"] for t in got] == [[["연번", "분야", "대상시설"]], [["구분", "2024년", "2025년"]]]
    assert got[1]["rows"] == [["교육생", "18", "25"], ["수료생", "36", "45"]]


def test_an_empty_overviews_lines_printed_under_a_later_heading_move_to_it() -> None:
    from pledgecard.extract.cards import Section

    overview = Section(name="overview", heading="❶ 사업 개요")
    later = Section(
        name="achievements",
        heading="❸ 주요 추진실적",
        items=_items(
            [
                "• 사업기간 : '22. 8.~'27. 2.",
                "• 총사업비 : 5,965백만원(국비 3,280, 시비 2,685)",
                "• 주요내용",
                "– 실증센터 구축",
                "㈎ 그간 추진실적 (2023. 1분기 누계)",
                "• 자문회의 개최 : 2022. 8월",
            ]
        ),
    )
    overview_printed_later([Section(name=None, heading=None), overview, later])
    assert [ln.text for ln in overview.items] == [
        "사업기간 : '22. 8.~'27. 2.",
        "총사업비 : 5,965백만원(국비 3,280, 시비 2,685)",
        "주요내용",
        "실증센터 구축",
    ]
    assert [ln.marker for ln in later.items] == ["㈎", "•"]


def test_an_overview_with_lines_of_its_own_takes_none() -> None:
    from pledgecard.extract.cards import Section

    overview = Section(name="overview", heading="❶ 사업 개요", items=_items(["• 사업기간 : '22. 8.~'27. 2."]))
    later = Section(name="achievements", heading="❸", items=_items(["• 사업기간 : '22. 8.~", "• 주요내용"]))
    overview_printed_later([overview, later])
    assert len(overview.items) == 1 and len(later.items) == 2


def test_a_lone_dash_among_the_achievements_is_a_table_cell_not_an_item() -> None:
    got = extract_achievements(_items(["2022년", "-", "409", "• 설명회 개최 : 2023. 1.", "– 총 5회 운영"]))
    assert [(a["level"], a["text"]) for a in got.value["achievements"]] == [
        (1, "설명회 개최"),
        (2, "총 5회 운영"),
    ]


def test_a_source_label_alone_above_its_sub_rows_spans_them_down_to_the_subtotal() -> None:
    lines = [
        make_line(t)
        for t in [
            "구분 총사업비 2019년 2020년",
            "합계 300 100 200",
            "국비",
            "국고보조금 60 20 40",
            "특별교부세 40 10 30",
            "소계 100 30 70",
            "지방비",
            "도비 120 50 70",
            "시비 80 20 60",
            "소계 200 70 130",
        ]
    ]
    cols, rows = interpret_grid(grid_from_lines(lines), 1000)
    assert [(r["label"], r["amounts_krw"][0]) for r in rows] == [
        ("합계", 300_000),
        ("국비", 100_000),
        ("도비", 120_000),
        ("시비", 80_000),
    ]


def test_a_bulleted_overview_label_line_above_the_overview_heading_is_the_overviews() -> None:
    lines, left = header_overview(
        [], [make_line("사업기간 : 2023.1.~2026.6.", marker="·"), make_line("관리번호")]
    )
    assert [ln.text for ln in lines] == ["사업기간 : 2023.1.~2026.6."] and len(left) == 1


def test_the_achievements_first_block_printed_before_their_heading_moves_to_them() -> None:
    from pledgecard.extract.cards import Section

    funding = Section(
        name="funding",
        heading="나. 재원투자",
        items=_items(
            [
                "국비 100",
                "◎ 기 추진실적 (2019년 4분기 기준 누계)",
                "· 실시설계 용역 완료 : '19. 2.",
                "- 총 10회 운영",
            ]
        ),
    )
    ach = Section(name="achievements", heading="다. 추진실적", items=_items(["· 참여기업 현황"]))
    achievements_printed_before([Section(name=None, heading=None), funding, ach])
    assert [ln.text for ln in funding.items] == ["국비 100"]
    assert [ln.marker for ln in ach.items] == ["◎", "·", "-", "·"]


def test_a_dated_block_followed_by_unbulleted_lines_stays() -> None:
    from pledgecard.extract.cards import Section

    funding = Section(
        name="funding", heading="나", items=_items(["◎ 기 추진실적 (2019년 4분기 기준 누계)", "국비 100"])
    )
    ach = Section(name="achievements", heading="다", items=[])
    achievements_printed_before([Section(name=None, heading=None), funding, ach])
    assert len(funding.items) == 2 and ach.items == []


def test_overview_labels_a_cell_a_line_under_a_later_heading_take_their_values() -> None:
    from pledgecard.extract.cards import Section

    overview = Section(name="overview", heading="사업개요")
    later = Section(
        name="achievements",
        heading="추진실적",
        items=_items(
            [
                "사업기간",
                "2018.07.~2022.02.",
                "사업비",
                "7,604백만원(국비 2,251)",
                "사업내용",
                "ㅇ 교육·컨설팅 제공",
                "□ 기 추진실적 (2022년 1/4분기 기준 누계)",
                "ㅇ 용역 완료 : 2020. 1. 5.",
            ]
        ),
    )
    overview_printed_later([Section(name=None, heading=None), overview, later])
    assert [ln.text for ln in overview.items] == [
        "사업기간 : 2018.07.~2022.02.",
        "사업비 : 7,604백만원(국비 2,251)",
        "사업내용",
        "교육·컨설팅 제공",
    ]
    assert [ln.marker for ln in later.items] == ["□", "ㅇ"]


OUTREACH_PAIRS = [
    "2023년",
    "횟수",
    "비고",
    "주민간담회, 공청회 등",
    "3",
    "설명회",
    "만족도 조사",
    "-",
    "전문가 자문",
    "2",
    "준공 예정",
    "계",
    "145회",
    "언론, 방송",
    "140",
    "기타",
    "-",
]


def test_outreach_labels_each_over_its_count_read_where_the_total_sums_them() -> None:
    got = extract_outreach([make_line(t) for t in OUTREACH_PAIRS]).value["outreach"]
    assert got["total"] == 145
    assert [(i["category"], i["count"]) for i in got["items"]] == [
        ("meetings", 3),
        ("survey", 0),
        ("experts", 2),
        ("media", 140),
        ("other", 0),
    ]


def test_outreach_pairs_the_total_does_not_sum_are_not_read() -> None:
    texts = [t if t != "140" else "141" for t in OUTREACH_PAIRS]
    got = extract_outreach([make_line(t) for t in texts]).value["outreach"]
    assert got is None or got["total"] is None
