"""Smaller losses in text dumps, each a structure read by class (session 21): lines as the dumps print them."""

from __future__ import annotations

from pledgecard.extract.sections.outreach import extract_outreach

from conftest import make_line


def _outreach(*texts: str) -> dict | None:
    return extract_outreach([make_line(t) for t in texts]).value["outreach"]


def test_outreach_rows_a_line_with_blank_count_cells_count_none_where_the_total_proves_it() -> None:
    """A channel table a row a line whose zero counts the dump printed blank (the label, then spaces):
    mutated txt cards 3575 and 3436 lost their whole outreach (a row without a count ended the table)."""
    got = _outreach(
        "구 분 횟수 참 고",
        "계 164회 ",
        "주민간담회·공청회 등  ",
        "만족도 조사  ",
        "전문가 자문  ",
        "언론, 방송 164 ",
        "기타  ",
    )
    assert got is not None and got["total"] == 164
    assert [(x["category"], x["count"]) for x in got["items"]] == [
        ("meetings", 0),
        ("survey", 0),
        ("experts", 0),
        ("media", 164),
        ("other", 0),
    ]
    got = _outreach(
        "구 분 횟수 비 고",
        "계 0회 ",
        "간담회, 공청회 등  ",
        "만족도조사  ",
        "전문가 자문  ",
        "언론, 방송  ",
        "기타  ",
    )
    assert got is not None and got["total"] == 0 and {x["count"] for x in got["items"]} == {0}


def test_blank_count_cells_the_total_does_not_prove_stay_unread() -> None:
    # 164 is not 100 + the blanks' nothing: which channel holds the other 64 is not printed
    got = _outreach(
        "구 분 횟수 참 고",
        "계 164회 ",
        "주민간담회·공청회 등  ",
        "만족도 조사  ",
        "전문가 자문  ",
        "언론, 방송 100 ",
        "기타  ",
    )
    assert got is None
    # a label wrapped over two lines is no blank row
    got = _outreach(
        "구 분 횟수 참 고",
        "계 5회 ",
        "주민간담회·",
        "공청회 등 3",
        "만족도 조사 2 ",
        "언론, 방송  ",
        "기타  ",
    )
    assert got is None


def _dropped(text: str) -> set[str]:
    from pledgecard.extract.readers.text_lines import furniture, split_lines

    lines = split_lines(text)
    return {lines[k].text.strip() for k in furniture(lines)}


# a table with no total printed a cell a line: a heading, the head (a corner cell and three columns), rows of a
# label and three figures, none a sum of the others
GRID = [
    "5. 분기별 실적",
    "구분",
    "상반기",
    "하반기",
    "연말",
    "교육",
    "4",
    "2",
    "7",
    "상담",
    "1",
    "5",
    "3",
    "홍보",
    "2",
    "6",
]


def test_a_tables_last_figure_its_heads_column_count_proves_is_no_page_number() -> None:
    """A bare figure closing the dump right under a table's cells, where no total row or column can prove it
    by its sum: the head's column count does, every row above a label and three figures, the last two short
    without it (dropped as the page number before)."""
    assert "8" not in _dropped("\n".join([*GRID, "8"]) + "\n")
    # one row of figures under its four head cells (and a heading): the fourth figure is the row's
    assert "3" not in _dropped(
        "\n".join(["ㅂ. 실적", "간담회", "조사", "자문", "홍보", "1회", "2", "-", "3"]) + "\n"
    )
    # years over the columns (figure cells themselves) under a corner cell
    years = ["5. 연도별 실적", "구분", "2022", "2023", "2024", *GRID[5:]]
    assert "8" not in _dropped("\n".join([*years, "8"]) + "\n")


def test_a_figure_the_head_does_not_prove_stays_the_page_number() -> None:
    assert "8" in _dropped("\n".join([*GRID, "9", "8"]) + "\n")  # the row already whole: the page's number
    assert "8" in _dropped("\n".join(GRID) + "\n\n8\n")  # set off by a blank line
    # a row holding a total (계 first, 9 = 5 + 4 but 5 + 3 + 8 is none): the sums decide, and fail
    assert "8" in _dropped(
        "\n".join(["구분", "계", "가", "나", "다", "교육", "9", "5", "4", "-", "상담", "6", "3"]) + "\n8\n"
    )
    # a row of one figure short of a head cell or more is no row the figure completes
    assert "3" in _dropped(
        "\n".join(["ㅂ. 실적", "간담회", "조사", "자문", "홍보", "기타", "4회", "2", "3"]) + "\n"
    )


def test_a_figure_the_dumps_page_numbering_passes_over_is_no_page_number() -> None:
    """Pages closing with their numbers 1, 2, 3 and the fourth with a table's figure 7 (its number not printed):
    7 is not page 4's number, so no page number; where it is the page's number (4) it is dropped."""
    pages = [f"본문 {p}쪽\n둘째 줄\n{p}\n" for p in (1, 2, 3)]
    table = "\n".join(["구분", "계", "비고", "교육", "5회", "설명회", "상담"]) + "\n"
    assert "7" not in _dropped("\f".join([*pages, table + "7\n"]))
    assert "4" in _dropped("\f".join([*pages, table + "4\n"]))
    # two pages closing with figures apart: which is the number is not known, both stay page numbers
    assert {"1", "7"} <= _dropped("\f".join([pages[0], table + "7\n"]))


def test_a_vertical_label_ends_where_the_next_headings_number_printed_a_character_a_line_begins() -> None:
    """Mutated txt card 3556: headings ``⦅ / 3 / ⦆`` over a label one syllable a line (군 / 민 / 소 / 통), the
    outreach table's two lines, then ``⦅ / 4 / ⦆`` over 추 / 진 / 실 / 적. The syllables of the two labels were
    joined across the table's lines and the second number into one label (군민소통추진실적) placed lines above:
    the outreach lost. A heading number above a syllable begins the next label."""
    from pledgecard.extract.readers.text_lines import split_lines
    from pledgecard.extract.readers.text_vertical import join_vertical_labels

    dump = (
        "\n".join(
            [
                "참여 주민(명) 목표 540 684",
                "실적 - -",
                "⦅",
                "3",
                "⦆",
                "군",
                "민",
                "소",
                "통",
                "계 간담회, 공청회 등 만족도 조사 전문가 자문 언론, 방송 기타",
                "190회 4(토론회) 2 1 180 3",
                "⦅",
                "4",
                "⦆",
                "추",
                "진",
                "실",
                "적",
                "⟬ 그간 추진실적 : '21.4/4분기 누계 ⟭",
            ]
        )
        + "\n"
    )
    got = [ln.text.strip() for ln in join_vertical_labels(split_lines(dump)) if ln.text.strip()]
    assert got == [
        "참여 주민(명) 목표 540 684",
        "실적 - -",
        "⦅3⦆ 군민소통",
        "계 간담회, 공청회 등 만족도 조사 전문가 자문 언론, 방송 기타",
        "190회 4(토론회) 2 1 180 3",
        "⦅4⦆ 추진실적",
        "⟬ 그간 추진실적 : '21.4/4분기 누계 ⟭",
    ]


FUNDING_HEAD_A_CELL_A_LINE = [
    "구    분",
    "『단위:천원』",
    "국    비",
    "도    비",
    "군    비",
    "소    계",
    "전년대비 증감",
    "2018년 391,888 463,203 224,246 1,079,337 -",
    "2019년 ‒ 880,810 169,633 1,050,443 △28,894",
    "합계 391,888 1,344,013 393,879 2,129,780 -",
]


def test_a_funding_head_printed_a_cell_a_line_over_rows_a_line_is_one_head_line() -> None:
    """Mutated txt card 3556: a years-as-rows funding table whose head the dump prints a cell a line (a unit
    line amid it) over rows printed a row a line: the head's cells were read as row labels and every amount
    dealt to them (all nulled). Six head lines over rows of a label and five figures: the head, joined."""
    from pledgecard.extract.sections.funding import extract_funding
    from pledgecard.extract.sections.funding_head_cells import head_cells_joined

    lines = [make_line(t) for t in FUNDING_HEAD_A_CELL_A_LINE]
    assert [ln.text for ln in head_cells_joined(lines)][:2] == [
        "『단위:천원』",
        "구분 국비 도비 군비 소계 전년대비증감",
    ]
    got = extract_funding(lines).value["funding"]
    assert [c["label"] for c in got["columns"]] == ["2018", "2019", "합계"]
    by = {r["label"]: r["amounts_krw"] for r in got["rows"]}
    assert by["국비"] == [391888000, 0, 391888000] and by["군비"] == [224246000, 169633000, 393879000]
    # a head line more than the rows' cells (a title among them) or rows of uneven counts: left as printed
    extra = [*FUNDING_HEAD_A_CELL_A_LINE[:2], "연도별 계획", *FUNDING_HEAD_A_CELL_A_LINE[2:]]
    assert head_cells_joined([make_line(t) for t in extra])[2].text == "연도별 계획"
    uneven = [*FUNDING_HEAD_A_CELL_A_LINE[:-1], "합계 391,888 1,344,013 393,879 2,129,780"]
    assert head_cells_joined([make_line(t) for t in uneven])[0].text == "구    분"


def _goal_sections(goal_lines: list[str], before_lines: list[str]) -> list:
    from pledgecard.extract.cards import Section

    return [
        Section(name=None, heading=None, items=[]),
        Section(name="funding", heading=None, items=[make_line(t) for t in before_lines]),
        Section(name="goals", heading=None, items=[make_line(t) for t in goal_lines]),
    ]


# hayan-district 71006 under pdftotext's default mode: the goal table's last columns and the rows' cells in them
# printed above its heading, the head's first cells, the years and the spanning project cell under it
BLOCK = [
    "목표",
    "실적",
    "추진상황",
    "추진내용",
    "관광 협약 체결(15",
    "건)",
    "10건",
    "완료",
    "기본계획 수립",
    "-",
    "미착수",
    "실시설계 완료",
    "-",
    "미착수",
]
UNDER = ["연도", "세부사업", "2019", "2020", "관광 인재양성", "2021"]


def test_a_goal_table_printed_in_two_blocks_about_its_heading_is_one_table() -> None:
    """hayan-district's goals under pdftotext (default mode) were unread (0/21 goal facts on 71006): three rows
    that each end in a status cell above the heading, three years under it, paired in print order."""
    from pledgecard.extract.document import Table
    from pledgecard.extract.sections.goals import extract_goals
    from pledgecard.extract.sections.goals_around_heading import goals_printed_before

    for secs in (
        _goal_sections(UNDER, ["1,349,020", *BLOCK]),
        _goal_sections([*UNDER, *BLOCK], ["1,349,020"]),
    ):
        goals_printed_before(secs)
        assert [x.text for x in secs[1].items] == ["1,349,020"] and isinstance(secs[2].items[0], Table)
        got = [
            (g["year"], g["project"], g["target"], g["target_value"], g["actual_value"], g["status"])
            for g in extract_goals(secs[2].items).value["goals"]
        ]
        assert got == [
            (2019, "관광 인재양성", "관광 협약 체결(15건)", 15, 10, "완료"),
            (2020, "관광 인재양성", "기본계획 수립", None, None, "미착수"),
            (2021, "관광 인재양성", "실시설계 완료", None, None, "미착수"),
        ]


def test_goal_blocks_whose_rows_the_structure_does_not_prove_stay_as_printed() -> None:
    from pledgecard.extract.sections.goals_around_heading import goals_printed_before

    def kept(under: list[str], block: list[str]) -> bool:
        secs = _goal_sections(under, block)
        before = [x.text for x in secs[2].items]
        goals_printed_before(secs)
        return [getattr(x, "text", None) for x in secs[2].items] == before

    assert kept(UNDER[:-1], BLOCK)  # two years for three rows: which is whose is not known
    assert kept(UNDER, [*BLOCK[:8], "둘레길 운영", *BLOCK[8:]])  # a cell more in a row (a detail?): no row
    assert kept(["연도", "2019", "2020", "2021"], BLOCK[:-1])  # the last row without its status


# hayan-district 71001 under pdftotext's default mode: the block's rows with worded actuals and targets wrapped at
# the cell's edge, two of the years printed amid the block (each opening its row), the rest under the heading
BLOCK_YEARS = [
    "목표",
    "실적",
    "추진상황",
    "착공",
    "설계 완료",
    "완료",
    "단계별 추진",
    "-",
    "미착수",
    "2025",
    "기업 지원",
    "(20개)",
    "-",
    "미착수",
    "2023",
    "협약 체결",
    "(60건)",
    "58건",
    "추진 중",
    "교육생 양",
    "성(35명)",
    "-",
    "미착수",
    "협약 체결",
    "(40건)",
    "-",
    "미착수",
]
UNDER_YEARS = [
    "연도",
    "세부사업",
    "2023",
    "2024",
    "2024",
    "2025",
    "인재",
    "양성",
    "기반",
    "구축",
    "추진내용",
    "실증단지 운영",
]


def test_years_printed_amid_a_goal_block_open_their_rows_where_the_years_prove_it() -> None:
    """hayan-district 71001's goals under pdftotext (default mode) were unread (9/42 goal facts): six rows above the
    heading, two of them opened by their year, four years under it; the years read with the row after them run up
    one by one within each project's rows (2023 2024 2025, 2023 2024 2025), read with the row before they do not."""
    from pledgecard.extract.sections.goals import extract_goals
    from pledgecard.extract.sections.goals_around_heading import goals_printed_before

    secs = _goal_sections(UNDER_YEARS, ["604,241", *BLOCK_YEARS])
    goals_printed_before(secs)
    got = [
        (g["year"], g["target"].replace(" ", ""), g["target_value"], g["actual"], g["status"])
        for g in extract_goals(secs[2].items).value["goals"]
    ]
    assert got == [
        (2023, "착공", None, "설계 완료", "완료"),
        (2024, "단계별추진", None, None, "미착수"),
        (2025, "기업지원(20개)", 20, None, "미착수"),
        (2023, "협약체결(60건)", 60, "58건", "추진 중"),
        (2024, "교육생양성(35명)", 35, None, "미착수"),
        (2025, "협약체결(40건)", 40, None, "미착수"),
    ]
    assert [x.text for x in secs[1].items] == ["604,241"]


def test_years_amid_a_goal_block_whose_reading_is_not_proven_stay_as_printed() -> None:
    from pledgecard.extract.document import Table
    from pledgecard.extract.sections.goals_around_heading import goals_printed_before

    def kept(under: list[str], block: list[str]) -> bool:
        secs = _goal_sections(under, block)
        goals_printed_before(secs)
        return not any(isinstance(x, Table) for x in secs[2].items)

    assert not kept(UNDER_YEARS, BLOCK_YEARS)
    # a year more under the heading than the rows without one: which is whose is not known
    assert kept([*UNDER_YEARS[:6], "2026", *UNDER_YEARS[6:]], BLOCK_YEARS)
    # a year amid the block that runs the years up read with either row (2023 2024 | 2023 2024 | 2023 2024 or
    # 2024 | 2023 | 2023 2024 | 2023 2024): no reading proven
    one = [t for t in BLOCK_YEARS if t not in ("2025", "2023")]
    one.insert(6, "2024")
    assert kept(["연도", "세부사업", "2023", "2023", "2024", "2023", "2024", "인재"], one)
    assert not kept(
        ["연도", "세부사업", "2023", "2025", "2023", "2024", "2025", "인재"], one
    )  # 2023 2024 2025 twice
    # a worded actual after a target wrapped on two lines: where the target ends is not proven
    assert kept(
        UNDER_YEARS, [*BLOCK_YEARS[:9], "2025", "기업 지원", "(20개)", "일부 완료", *BLOCK_YEARS[13:]]
    )


# ieum-county 75002 under pdftotext's default mode: the whole table under its heading, the first year amid the head
# words, the project cell spanning the rows printed once before them, the last year after the last row's cells
UNDER_CLOSING = [
    "연도",
    "2020",
    "세부사업",
    "목표",
    "실적",
    "추진상황",
    "환승센터 조성",
    "프로그램 운영",
    "(25회)",
    "30회",
    "완료",
    "단계별 추진",
    "관계기관 협의",
    "추진 중",
    "2021",
]


def test_a_year_closing_a_goal_block_is_its_last_rows() -> None:
    """ieum-county 75002's goals under pdftotext (default mode) were unread (0/14 goal facts): two rows, one year
    in the head and one after the rows; read with the row before it the years run up (2020 2021), read with a row
    after it there is none; the block's first cell, with no project line under the heading, spans its rows."""
    from pledgecard.extract.document import Table
    from pledgecard.extract.sections.goals import extract_goals
    from pledgecard.extract.sections.goals_around_heading import goals_printed_before

    secs = _goal_sections(UNDER_CLOSING, ["관계기관 협의 완료"])
    goals_printed_before(secs)
    got = [
        (g["year"], g["project"], g["target"].replace(" ", ""), g["actual"], g["status"])
        for g in extract_goals(secs[2].items).value["goals"]
    ]
    assert got == [
        (2020, "환승센터 조성", "프로그램운영(25회)", "30회", "완료"),
        (2021, "환승센터 조성", "단계별추진", "관계기관 협의", "추진 중"),
    ]

    def kept(under: list[str]) -> bool:
        secs = _goal_sections(under, ["관계기관 협의 완료"])
        goals_printed_before(secs)
        return not any(isinstance(x, Table) for x in secs[2].items)

    assert kept([*UNDER_CLOSING, "2022"])  # two years after the last row: a row short
    assert kept([t for t in UNDER_CLOSING if t != "2020"][:-1])  # no year at all
    assert kept([*UNDER_CLOSING[:-1], "2019"])  # the closing year falls below the head's: not its rows' years
    assert kept(
        [*UNDER_CLOSING[:6], "58건", *UNDER_CLOSING[7:]]
    )  # a figure opening the rows is no project cell
