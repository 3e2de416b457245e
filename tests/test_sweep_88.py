"""Session 32's second sweep (the first sweep's leftovers among mutated seeds 4120-4159 in the text dump, then
mutated seeds 4200-4239 in the text dump): unit tests on each class fixed; the cards pinned in
tests/test_mutate_tables.py PINNED_88."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Source, Table
from tests.conftest import make_line


def _funding(texts: list[str], record: dict | None = None) -> dict | None:
    from pledgecard.extract.sections.base import SectionContext
    from pledgecard.extract.sections.funding import extract_funding

    return extract_funding([make_line(t) for t in texts], SectionContext(record=record or {})).value[
        "funding"
    ]


def test_unit_closed_cells_join_spaced_thousands_where_each_unit_ends_an_amount() -> None:
    """Mutant 4137 (text dump): each amount closed by its unit, thousands a space groups (13 321백만원)."""
    from pledgecard.extract.sections.funding_unit_cells import unit_closed_cells

    toks = ["13", "321백만원", "11", "258백만원", "-", "-", "928백만원"]
    assert unit_closed_cells(toks, 5) == ["13 321백만원", "11 258백만원", "-", "-", "928백만원"]
    assert unit_closed_cells(toks, 6) is None  # cells not as many as the sub-columns: nothing told
    assert unit_closed_cells(["13", "321", "928백만원"], 2) is None  # an amount its unit does not close
    assert unit_closed_cells(["13", "321백만원", "9", "28천원"], 2) is None  # two units: no one table's
    assert unit_closed_cells(["1", "-", "321백만원"], 2) is None  # a dash amid an amount
    assert unit_closed_cells(["321백만원", "928백만원"], 2) is None  # one token a cell already


_PAIRS_UNIT_CLOSED = [
    "(단위 : 백만원)",
    "구 분 총사업비 2022년 2023년",
    "계획 확보 계획 확보 계획 확보",
    "계 4 321백만원 3 000백만원 1 321백만원 1 000백만원 3 000백만원 2 000백만원",
    "국 비 1 321백만원 1 000백만원 1 321백만원 1 000백만원 - -",
    "시 비 3 000백만원 2 000백만원 - - 3 000백만원 2 000백만원",
]


def test_a_pair_table_of_unit_closed_spaced_amounts_reads_its_plans() -> None:
    f = _funding(_PAIRS_UNIT_CLOSED)
    assert f is not None
    assert [r["amounts_krw"] for r in f["rows"]] == [
        [4_321_000_000, 1_321_000_000, 3_000_000_000],
        [1_321_000_000, 1_321_000_000, 0],
        [3_000_000_000, 0, 3_000_000_000],
    ]


def test_a_status_label_over_its_value_a_line_each_heads_no_section() -> None:
    """Mutant 4151 (text dump): a summary box's cells a line each (추진상황 / 폐기) above the overview's fields."""
    from pledgecard.extract.card_sections import split_sections
    from pledgecard.extract.label_over_value import label_over_value

    box = [
        make_line("총사업비"),
        make_line("151.55억원"),
        make_line("추진상황"),
        make_line("폐기"),
        make_line("사업기간 ’18년 7월 ~ ’24년 2월"),
        make_line("주요내용"),
        make_line("주차장 구축", "⊕"),
    ]
    assert label_over_value(box, 2)
    assert not label_over_value(box, 0)  # no status label
    headed = [make_line("추진상황"), make_line("주차장 구축 : ’19년 3월", "⊕")]
    assert not label_over_value(headed, 0)  # a heading over its items: no value under it
    names = [s.name for s in split_sections([make_line("사업개요", "⁍"), *box]) if s.name]
    assert names == ["overview"]


def test_the_wholes_sources_closing_sub_project_blocks_read_where_they_sum_them() -> None:
    """Mutant 4155 (text dump): sub-project blocks opened by 소계, the whole's sources last under 합계 printed on
    the first one's line (no total row of its own)."""
    head = [
        "(단위: 백만원)",
        "세부사업 재원 연도별 투자계획",
        "2023년 2024년 2025년 2026년",
        "환승센터 조성 소　계 1,671 1,042 361 1,150",
        "국　비 1,077 827 ‒ 662",
        "시　비 594 215 361 488",
        "환승센터 기반 조성 소　계 2,008 1,189 532 1,415",
        "국　비 1,134 872 ‒ 698",
        "시　비 874 317 532 717",
    ]
    f = _funding([*head, "합계 국　비 2,211 1,699 ‒ 1,360", "시　비 1,468 532 893 1,205"])
    assert f is not None
    assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
        ("national", [2_211_000_000, 1_699_000_000, 0, 1_360_000_000]),
        ("municipal", [1_468_000_000, 532_000_000, 893_000_000, 1_205_000_000]),
    ]
    # one figure off the blocks' sums: no block proven the whole's, nothing read
    f = _funding([*head, "합계 국　비 2,211 1,699 ‒ 1,361", "시　비 1,468 532 893 1,205"])
    assert f is None or all(v is None for r in f["rows"] for v in r["amounts_krw"])


def test_trailing_sources_need_every_source_of_the_blocks() -> None:
    from pledgecard.extract.sections.funding_blocks import whole_block

    def row(source: str, *amounts: int) -> dict:
        return {"source": source, "amounts_krw": list(amounts)}

    rows = [
        row("total", 3, 5),
        row("national", 1, 2),
        row("municipal", 2, 3),
        row("total", 4, 4),
        row("national", 3, 1),
        row("municipal", 1, 3),
        row("national", 4, 3),
        row("municipal", 3, 6),
    ]
    assert whole_block(rows) == [6, 7]
    assert whole_block([*rows[:6], row("national", 4, 3)]) is None  # a source of the blocks missing


def test_a_band_of_labels_naming_the_pledge_amid_others_opens_a_card() -> None:
    """Mutants 4200, 4231 (text dump): the header as bands, a line of labels alone (추진상태 관리번호 공약사업명 담당)
    under a title printed without a kind word (가지군 민선8기 군수 공약 실천계획)."""
    from pledgecard.extract.header_block_start import label_band

    assert label_band(make_line("추진상태 관리번호 공약사업명 담당"))
    assert label_band(make_line("담 당 자 전화번호 추진상황 공 약 명 실천목표"))
    assert not label_band(make_line("관리번호 협조부서 추진부서"))  # no pledge label
    assert not label_band(make_line("공약명 관광 명소화 사업 추진 관리번호 4-6-2"))  # values among the labels
    assert not label_band(make_line("추진상태 관리번호 공약사업명 담당", "○"))  # a bulleted item


def test_a_name_and_phone_before_the_title_split_the_one_way_they_follow() -> None:
    from pledgecard.extract.sections.header_value_rows import split_value_row

    got = split_value_row(
        ["contact_name", "contact_phone", "status", "title", "target"],
        "강수수 602-3020 일부추진 가지군 수소산업 생태계 조성 임기 내 추진",
    )
    assert got == {
        "contact_name": "강수수",
        "contact_phone": "602-3020",
        "status": "일부추진",
        "title": "가지군 수소산업 생태계 조성",
        "target": "임기 내 추진",
    }


def test_a_derived_column_head_above_the_sources_under_a_spanning_head() -> None:
    """Mutant 4232 (text dump): periods down, 합 계 | 재원 | 전년대비 증감 over 국 비 시 비 구 비."""
    rows = ["총액 60 10 20 30 -", "'23 25 5 10 10 -", "'24 35 5 10 20 10"]
    f = _funding(["(단위:억원)", "구 분 합 계 재원 전년대비 증감", "국 비 시 비 구 비", *rows])
    assert f is not None
    assert [c["label"] for c in f["columns"]] == ["총액", "2023", "2024"]
    assert {r["source"]: r["amounts_krw"] for r in f["rows"]} == {
        "total": [6_000_000_000, 2_500_000_000, 3_500_000_000],
        "national": [1_000_000_000, 500_000_000, 500_000_000],
        "municipal": [2_000_000_000, 1_000_000_000, 1_000_000_000],
        "district": [3_000_000_000, 1_000_000_000, 2_000_000_000],
    }


def test_gap_cells_place_blanks_printed_as_wider_gaps() -> None:
    """Mutant 4238 (text dump): 계획/확보 sub-columns, blank cells printed only as gaps."""
    from pledgecard.extract.sections.funding_unit_cells import gap_cells

    toks = ["5786", "2588", "1490", "1708"]
    assert gap_cells("국 비 5786 2588   1490  1708 ", toks, 8) == [
        "5786",
        "2588",
        "",
        "",
        "1490",
        "",
        "1708",
        "",
    ]
    # the closing spaces cut off: the cells short close the row blank
    assert gap_cells("국 비 5786 2588   1490  1708", toks, 8) == [
        "5786",
        "2588",
        "",
        "",
        "1490",
        "",
        "1708",
        "",
    ]
    assert gap_cells("국 비 5786 2588 1490 1708", toks, 8) is None  # no gap shows a blank: no place told
    assert (
        gap_cells("국 비 5786 2588   1490  1708   ", toks, 8) is None
    )  # the closing gaps make too many cells
    assert gap_cells(None, toks, 8) is None


def test_a_rows_printed_text_rebuilt_from_its_cells_display_columns() -> None:
    from pledgecard.extract.sections.funding_unit_cells import printed_by_columns

    cells = [
        Cell(0, 0, "국 비 5786 2588", source=Source(columns=(0, 15))),
        Cell(0, 1, "1490", source=Source(columns=(18, 22))),
        Cell(0, 2, "1708", source=Source(columns=(24, 28))),
    ]
    assert printed_by_columns(Table(cells=cells, n_rows=1, n_cols=3), 0) == "국 비 5786 2588   1490  1708"
    assert printed_by_columns(Table(cells=[Cell(0, 0, "국비 1")], n_rows=1, n_cols=1), 0) is None


def test_a_log_tables_first_row_printing_its_year_is_no_block_heading() -> None:
    """Mutant 4158 (text dump): under 연도 월 추진내용 the first row prints its year and month on its line."""
    from pledgecard.extract.sections.log_tables import log_rows_from_lines

    items = [
        make_line("연도 월 추진내용"),
        make_line("2018년 8월 자원순환 연도별 운영 실적"),
        make_line("2021년"),
        make_line("3월"),
        make_line("자원순환 간담회 개최"),
    ]
    out = log_rows_from_lines(items, lambda ln: ln.text.startswith("2018"))
    assert [ln.text for ln in out] == [
        "자원순환 연도별 운영 실적 : 2018년 8월",
        "자원순환 간담회 개최 : 2021년 3월",
    ]
    # a block heading's words after the date: the heading stays
    items[1] = make_line("2022년 2분기 현재")
    out = log_rows_from_lines(items, lambda ln: ln.text.startswith("2022"))
    assert out[0].text == "2022년 2분기 현재"


def test_the_cells_under_an_item_tables_head_are_no_sibling_headings() -> None:
    """Crossbred 6337 (text dump): the first row of an item table a cell a line (기 추진실적 / ('24년 3분기 기준
    누계) / 2024. 9월 / … / 완료) under bare section headings: its cells no headings of the card's."""
    from pledgecard.extract.card_sections import split_sections
    from pledgecard.extract.item_heads import item_table_head

    assert item_table_head("구분 추진일자 추진내용 비고".split())
    assert item_table_head("추진일자 추진내용".split())
    assert item_table_head("연도 월 추진내용".split())
    assert not item_table_head("기 추진실적".split())
    texts = [
        ("사업개요", None),
        ("사업기간 : 2022.7.~2026.12.", "◇"),
        ("추진상황", None),
        ("구분 추진일자 추진내용 비고", None),
        ("기 추진실적", None),
        ("('24년 3분기 기준 누계)", None),
        ("2024. 9월", None),
        ("관광 관련 현장 건의 38건 검토 및 제도 개선", None),
        ("완료", None),
        ("총 7회 운영, 만족도 80점", "-"),
        ("세부 추진실적", None),
        ("인력양성", "-"),
        ("'24. 12. 관광 전문가 자문회의 개최(총 5회)", None),
        ("기대효과", None),
        ("지역 정착 유도", "◇"),
    ]
    sections = split_sections([make_line(t, m) for t, m in texts])
    assert [s.name for s in sections if s.heading] == ["overview", "achievements", "effects"]


def test_a_funding_heads_first_row_cut_off_by_a_page_break_joins_the_next_table() -> None:
    """Mutant 3364 (PDF): the head's first row (구 분 | 연도별 투자 실적 및 계획 | 합계) closes page 1 as a table of its
    own; page 2's table goes on with the years, blank where the cut cells print."""
    from pledgecard.extract.sections.funding_head_page import head_page_joined

    cut = Table(
        cells=[
            Cell(0, 0, "구 분"),
            Cell(0, 1, "연도별 투자 실적 및 계획"),
            Cell(0, 2, "합계"),
            Cell(1, 2, "⟮천원⟯"),
        ],
        n_rows=2,
        n_cols=3,
    )
    rows = [
        ["", "2023년", "2024년", ""],
        ["계", "1,000", "2,000", "3,000"],
        ["국비", "400", "500", "900"],
        ["도비", "600", "1,500", "2,100"],
    ]
    body = Table(
        cells=[Cell(r, c, t) for r, row in enumerate(rows) for c, t in enumerate(row) if t],
        n_rows=4,
        n_cols=4,
    )
    (joined,) = head_page_joined([cut, body])
    assert isinstance(joined, Table)
    assert joined.grid()[0] == ["구 분", "2023년", "2024년", "합계"]
    assert joined.grid()[1:] == rows[1:]
    # a table printing figures, or one whose head names its own periods, is no cut head
    figures = Table(cells=[Cell(0, 0, "구 분"), Cell(0, 1, "1,000"), Cell(0, 2, "합계")], n_rows=1, n_cols=3)
    assert len(head_page_joined([figures, body])) == 2
    whole = Table(cells=[Cell(0, 0, "구 분"), Cell(0, 1, "2022년"), Cell(0, 2, "합계")], n_rows=1, n_cols=3)
    assert len(head_page_joined([whole, body])) == 2
    f = _funding_items([make_line("(단위: 천원)"), cut, body])
    assert f is not None and [c["label"] for c in f["columns"]] == ["2023", "2024", "합계"]
    assert [r["amounts_krw"] for r in f["rows"]] == [
        [1_000_000, 2_000_000, 3_000_000],
        [400_000, 500_000, 900_000],
        [600_000, 1_500_000, 2_100_000],
    ]


def _funding_items(items: list) -> dict | None:
    from pledgecard.extract.sections.base import SectionContext
    from pledgecard.extract.sections.funding import extract_funding

    return extract_funding(items, SectionContext(record={})).value["funding"]
