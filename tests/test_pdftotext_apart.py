"""Cells and labels ``pdftotext`` in its default mode prints apart from where they stand (it orders a
page's text by the lines' heights and its own blocks), each on a small dump: placed where counts,
sums or time order prove their place, left where they were otherwise.

- a section label set one syllable a paragraph, its syllables printed among its cell's lines;
- a transposed funding table's total label printed after the table (the sums place its column), a
  row's label printed after its cells (``합계`` under the last year's row);
- the labels of a funding table's rows whose labels went missing (a total row, the cells spanning
  sub-sources down to their subtotal) printed after the amounts or amid the head's column labels;
- a year label printed past a table printed a cell a line (the head's total column every row's sum),
  and such a table under a heading no vocabulary names read as funding;
- a transposed table's head short of its source labels named by the overview's budget where the total
  row shows the budget's total and each share once;
- a bare number after the page's set-off number on the same page (a table's cell, no page number);
- an as-of line that is the achievements' cell's first line, printed above their label;
- an after-term label printed past the table with the last years;
- the channel table's last counts printed past the page's footer at the end of the card.
"""

from __future__ import annotations

from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_lines import furniture, split_lines
from pledgecard.extract.readers.text_vertical import join_vertical_labels
from pledgecard.extract.roles import lines_are_funding
from pledgecard.extract.sections.base import SectionContext
from pledgecard.extract.sections.blocks_apart import achievements_printed_before
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_cell_lines import rows_from_cells
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_strays import continuing, stray_period_labels, strays_into_head
from pledgecard.extract.sections.funding_trailing import labels_after_rows
from pledgecard.extract.sections.funding_transposed import transposed_by_budget, transposed_grid_from_lines
from pledgecard.extract.sections.outreach import extract_outreach, trailing_counts
from pledgecard.extract.sections.plans import extract_effects

from conftest import make_line


def _texts(lines: list) -> list[str]:
    return [ln.text.strip() for ln in lines if ln.text.strip()]


def _items(texts: list[str]) -> list:
    return [make_line(text, marker=marker) for marker, text in map(split_marker, texts)]


# ------------------------------------------------------------------------------ vertical labels

INTERLEAVED = """사업목표
2026년 완료
- 사업기간 : 23.1.~28.2.
- 주요내용
· 기업 유치 및 전문인력 양성
○ 그간 추진실적 ('24. 4/4분기 누계)
- 공모사업 최종 선정 : '23. 9. 27.
· 기업지원
추
· 인력양성
진
ㆍ 설명회 개최(181명 참석) : 2023. 11.
실
※ 참여기관 : 산하경제진흥원
적
○ 2025. 3. 31.
- 세부 추진실적
· 기업지원
"""


def test_a_label_printed_among_its_cells_lines_opens_its_cell_at_the_top_bullet_above_it() -> None:
    got = _texts(join_vertical_labels(split_lines(INTERLEAVED)))
    assert "추" not in got and "적" not in got
    at = got.index("추진실적")
    assert got[at - 1] == "· 기업 유치 및 전문인력 양성" and got[at + 1].startswith("○ 그간 추진실적")
    assert got[at + 1 :] == [t for t in INTERLEAVED.strip().split("\n")[5:] if len(t) > 1]


def test_a_label_among_a_tables_cells_opens_the_cells_right_above_it() -> None:
    dump = "\n".join(
        [
            "◦ 마지막 실적 : 2024. 3.",
            "(단위: 천원)",
            "구분",
            "국비",
            "도비",
            "계",
            "2023년",
            "1",
            "2",
            "3",
            "투",
            "2024년",
            "4",
            "5",
            "9",
            "자",
            "합계",
            "5",
            "7",
            "12",
            "계",
            "획",
            "",
        ]
    )
    got = _texts(join_vertical_labels(split_lines(dump)))
    assert got[:3] == ["◦ 마지막 실적 : 2024. 3.", "투자계획", "(단위: 천원)"]
    assert "투" not in got and "획" not in got and got.count("계") == 1  # the head's; the label's is in it


def test_lone_syllables_among_lines_that_name_no_section_stay_as_printed() -> None:
    dump = "가\n- 하나\n나\n- 둘\n다\n"
    assert _texts(join_vertical_labels(split_lines(dump))) == _texts(split_lines(dump))


# ------------------------------------------------------------------------------ funding

TOTAL_APART = [
    "국비",
    "도비",
    "군비",
    "전년대비 증감",
    "2023년",
    "245,275",
    "864,425",
    "743,767",
    "1,853,467",
    "-",
    "2024년",
    "508,343",
    "522,951",
    "319,154",
    "1,350,448",
    "△503,019",
    "2025년",
    "-",
    "-",
    "42,272",
    "42,272",
    "△1,308,176",
    "합계",
    "753,618",
    "1,387,376",
    "1,105,193",
    "3,246,187",
    "-",
    "성",
    "과",
    "소계",
]


def test_a_total_label_printed_after_the_table_is_placed_where_every_rows_sum_stands() -> None:
    grid = transposed_grid_from_lines(rows_from_cells([make_line(t) for t in TOTAL_APART]))
    assert grid[0] == ["", "국비", "도비", "군비", "소계"]
    assert grid[1] == ["2023년", "245,275", "864,425", "743,767", "1,853,467"]
    columns, rows = interpret_grid(grid, 1000)
    assert [c["label"] for c in columns] == ["2023", "2024", "2025", "합계"]
    assert [r["source"] for r in rows][-1] == "total" and rows[-1]["amounts_krw"][0] == 1_853_467_000


def test_a_total_no_one_place_proves_leaves_the_table_to_the_other_readers() -> None:
    texts = [t if t != "1,853,467" else "1,873,467" for t in TOTAL_APART]
    assert transposed_grid_from_lines(rows_from_cells([make_line(t) for t in texts])) == []


def test_a_row_label_printed_after_its_cells_leads_the_second_half_of_the_row_before() -> None:
    texts = [
        "구분",
        "국비",
        "군비",
        "소계",
        "2022년",
        "100",
        "-",
        "100",
        "2023년",
        "20",
        "30",
        "50",
        "120",
        "30",
        "150",
        "합계",
    ]
    lines = rows_from_cells([make_line(t) for t in texts])
    grid = transposed_grid_from_lines(lines)
    assert grid[-1] == ["합계", "120", "30", "150"] and grid[-2] == ["2023년", "20", "30", "50"]


def test_an_after_term_label_printed_with_the_stray_years_is_the_tables_last_period() -> None:
    strays = stray_period_labels([make_line(t) for t in ("2027년", "임기 후", "◦ 다른 줄")])
    assert strays == ("2027년", "임기 후")
    assert continuing(["총계", "2025년", "2026년"], strays) == ["2027년", "임기 후"]
    assert continuing(["총계", "2025년"], strays) == []  # 2026 unprinted: the years do not go on


SPANS = [
    "구분",
    "총사업비",
    "2018년",
    "2019년",
    "100",
    "60",
    "40",
    "국고보조금",
    "30",
    "20",
    "10",
    "특별교부세",
    "10",
    "-",
    "10",
    "소계",
    "40",
    "20",
    "20",
    "도비",
    "20",
    "10",
    "10",
    "시비",
    "10",
    "10",
    "-",
    "소계",
    "30",
    "20",
    "10",
    "30",
    "20",
    "10",
]
SPAN_LABELS = ["합계", "국비", "지방비", "민자"]


def _funding(texts: list[str]) -> dict:
    return extract_funding([make_line("(단위: 백만원)"), *(make_line(t) for t in texts)]).value["funding"]


def test_row_labels_printed_after_the_amounts_go_back_to_the_rows_that_lost_them() -> None:
    got = labels_after_rows([make_line(t) for t in SPANS + SPAN_LABELS])
    assert got is not None
    texts = [ln.full_text for ln in got]
    assert texts[4:6] == ["합계", "100"] and texts[7:10] == ["40", "국비", "국고보조금"]
    assert texts[texts.index("도비") - 1] == "지방비" and texts[-4:-3] == ["민자"]
    funding = _funding(SPANS + SPAN_LABELS)
    assert {r["source"]: r["amounts_krw"] for r in funding["rows"]} == {
        "total": [100e6, 60e6, 40e6],
        "national": [40e6, 20e6, 20e6],
        "provincial": [20e6, 10e6, 10e6],
        "municipal": [10e6, 10e6, 0],
        "private": [30e6, 20e6, 10e6],
    }


def test_row_labels_printed_amid_the_heads_column_labels_go_back_alike() -> None:
    texts = [*SPANS[:3], *SPAN_LABELS, *SPANS[3:]]
    got = labels_after_rows([make_line(t) for t in texts])
    assert got is not None and [ln.full_text for ln in got] == [
        ln.full_text for ln in labels_after_rows([make_line(t) for t in SPANS + SPAN_LABELS])
    ]


def test_row_labels_that_do_not_number_the_places_or_a_subtotal_its_rows_do_not_sum_stay() -> None:
    assert labels_after_rows([make_line(t) for t in SPANS + SPAN_LABELS[:3]]) is None
    wrong = [t if t != "40" or k != 16 else "45" for k, t in enumerate(SPANS)]
    assert SPANS[16] == "40" and labels_after_rows([make_line(t) for t in wrong + SPAN_LABELS]) is None


def test_a_stray_year_joins_the_head_of_a_table_a_cell_a_line_where_the_totals_sum_the_rows() -> None:
    texts = ["구분", "총사업비", "2018년", "계", "100", "60", "40", "국비", "50", "30", "20"]
    got = strays_into_head([make_line(t) for t in texts], ("2019년",))
    assert [ln.full_text for ln in got][:4] == ["구분", "총사업비", "2018년", "2019년"]
    bad = [t if t != "20" else "25" for t in texts]
    assert [ln.full_text for ln in strays_into_head([make_line(t) for t in bad], ("2019년",))] == bad


BUDGET = {
    "total_krw": 27_987_000_000,
    "parts": [
        {"label": "국비", "source": "national", "amount_krw": 12_129_000_000},
        {"label": "도비", "source": "provincial", "amount_krw": 4_807_000_000},
        {"label": "군비", "source": "municipal", "amount_krw": 11_051_000_000},
    ],
}
SHORT_HEAD = [
    "구분",
    "계",
    "국비",
    "계",
    "27,987",
    "12,129",
    "4,807",
    "11,051",
    "2023년",
    "1,053",
    "732",
    "-",
    "321",
    "2024년",
    "26,934",
    "11,397",
    "4,807",
    "10,730",
    "비율(%)",
    "100.0",
    "43.3",
    "17.2",
    "39.5",
]


def test_a_transposed_head_short_of_its_sources_is_named_by_the_overviews_budget() -> None:
    grid = transposed_by_budget(rows_from_cells([make_line(t) for t in SHORT_HEAD]), BUDGET, 1_000_000)
    assert grid[0] == ["", "계", "국비", "도비", "군비"]
    assert [r[0] for r in grid[1:]] == ["계", "2023년", "2024년"]  # the shares' row left out


def test_a_budget_the_total_row_does_not_show_names_nothing() -> None:
    other = {
        **BUDGET,
        "parts": [{**p, "amount_krw": p["amount_krw"] + 1_000_000_000} for p in BUDGET["parts"]],
    }
    assert transposed_by_budget(rows_from_cells([make_line(t) for t in SHORT_HEAD]), other, 1_000_000) == []
    bad = [t if t != "321" else "421" for t in SHORT_HEAD]  # a period row its total does not sum
    assert transposed_by_budget(rows_from_cells([make_line(t) for t in bad]), BUDGET, 1_000_000) == []


def test_a_table_a_cell_a_line_under_an_unknown_heading_reads_as_funding() -> None:
    texts = [
        "(단위: 백만원)",
        "세부사업",
        "재원",
        "총사업비",
        "2022년",
        "2023년",
        "계",
        "100",
        "60",
        "40",
        "국비",
        "70",
        "40",
        "30",
        "시비",
        "30",
        "20",
        "10",
    ]
    assert lines_are_funding([make_line(t) for t in texts])
    assert not lines_are_funding([make_line(t) for t in texts[1:]])  # no money unit: no funding


# ------------------------------------------------------------------------------ furniture, as-of


def test_a_bare_number_after_the_pages_set_off_number_on_its_page_is_a_cell() -> None:
    lines = split_lines("제목\n본문\n-1-\n추진내용\n2026\n<2023>\n완료\n\f본문 둘\n언론\n-2-\n40\n1\n")
    dropped = {lines[k].text for k in furniture(lines)}
    assert dropped == {"-1-", "-2-"}


def test_an_as_of_line_closing_the_section_above_the_achievements_label_is_theirs() -> None:
    from pledgecard.extract.cards import Section

    funding = Section(name="funding", heading="재원", items=_items(["계 82 9", "<2019. 9월 말 기준>"]))
    ach = Section(name="achievements", heading="추진실적", items=_items(["◦ 자문회의 개최 : '19. 3분기"]))
    achievements_printed_before([Section(name=None, heading=None), funding, ach])
    assert [ln.full_text for ln in funding.items] == ["계 82 9"]
    assert ach.items[0].full_text == "<2019. 9월 말 기준>"


def test_a_dated_line_of_other_words_stays_where_it_is() -> None:
    from pledgecard.extract.cards import Section

    funding = Section(name="funding", heading="재원", items=_items(["계 82 9", "2019년 결산"]))
    ach = Section(name="achievements", heading="추진실적", items=[])
    achievements_printed_before([Section(name=None, heading=None), funding, ach])
    assert len(funding.items) == 2 and ach.items == []


# ------------------------------------------------------------------------------ outreach


def test_the_channel_tables_last_counts_past_the_footer_are_read_where_the_total_sums_them() -> None:
    later = _items(["◦ 도민 삶의 질 향상", "177", "0"])
    counts = trailing_counts(later)
    assert [ln.full_text for ln in counts] == ["177", "0"]
    head = [
        "계",
        "주민간담회·공청회 등",
        "만족도 조사",
        "전문가 자문",
        "언론 홍보",
        "기타",
        "182회",
        "3",
        "0",
        "2",
    ]
    got = extract_outreach(_items(head), SectionContext(stray_counts=counts)).value["outreach"]
    assert got["total"] == 182
    assert [(i["category"], i["count"]) for i in got["items"]] == [
        ("meetings", 3),
        ("survey", 0),
        ("experts", 2),
        ("media", 177),
        ("other", 0),
    ]
    wrong = extract_outreach(_items(head), SectionContext(stray_counts=counts[:1])).value["outreach"]
    assert wrong is None or wrong["total"] is None


def test_a_line_of_no_word_is_no_effect() -> None:
    got = extract_effects(_items(["◦ 도민 삶의 질 향상", "177", "0"])).value["effects"]
    assert got == ["도민 삶의 질 향상"]
