"""Mutated cards (samples/mutate.py) read from their text dumps: the classes the txt sweep showed, on
small line sets, and pinned cards that once read wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.heading_shapes import unknown_headings
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import split_marker


def _marked(*texts: str) -> list[tuple[int, Line]]:
    """Lines as a text reader hands them over: the leading glyph split off as the marker."""
    out = []
    for k, t in enumerate(texts):
        marker, rest = split_marker(t)
        out.append((k, Line(text=rest, marker=marker, indent=0, source=Source())))
    return out


# ------------------------------------------------------------------------------ heading glyphs

# a card heading its sections with a symbol glyph no list names (◭), its items with others
GLYPH_CARD = (
    "◭ 사업개요",
    "⛈ 사업기간 : ’22. 10월～’26. 6월",
    "⛈ 주요내용",
    "⊗ 기업 유치 및 전문인력 양성",
    "◭ 기대효과",
    "⛈ 지속가능한 성장 기반 마련",
    "◭ 소요재원 및 확보계획",
    "(단위 : 백만원)",
    "구 분 계 국 비 시 비",
    "2022년 1,974.3 1,952.2 22.1",
    "◭ 추진일정",
    "구분 추진내용 2025년",
    "1단계 실시설계 ● ● ●",
    "◭ 향후 계획",
    "⛈ 성과평가 및 개선방안 마련 : ’27. 2/4분기",
)


def test_a_symbol_glyph_heading_known_sections_heads_an_unknown_one_too() -> None:
    """◭ heads four sections the vocabulary names and stands before titles only: ◭ 추진일정 is a
    heading too (it had been read as lines of the funding table above it)."""
    assert unknown_headings(_marked(*GLYPH_CARD)) == {10}


def test_a_symbol_glyph_naming_one_section_or_bulleting_items_heads_nothing() -> None:
    # the glyph names one known section only (an item's title 주요 추진실적 among the achievements)
    one = tuple(
        t.replace("◭ 기대효과", "◭ 기대되는 모습")
        .replace("◭ 향후 계획", "◭ 앞으로 할 일")
        .replace("◭ 소요재원 및 확보계획", "◭ 돈 이야기")
        for t in GLYPH_CARD
    )
    assert unknown_headings(_marked(*one)) == set()
    # the glyph also bullets a sentence: it is the card's item bullet, not its heading glyph
    items = (*GLYPH_CARD[:3], "◭ 기업 유치 협약 체결 : ’23. 5월", *GLYPH_CARD[3:])
    assert unknown_headings(_marked(*items)) == set()


# ------------------------------------------------------------------------------ funding heads a cell a line

# 구분 / the heading / 계 / 기투자 / the years, a cell a line: 계 may stand beside the heading (the last
# column) or under it (the first); the rows' sums tell which
HEAD = ["(단위 : 백만원)", "구분", "연도별 투자 실적 및 계획", "계", "기투자", "2022년", "2023년"]
TOTAL_FIRST = [[100, 40, 30, 30], [60, 20, 20, 20], [40, 20, 10, 10]]


def _funding(lines: list[str]) -> dict[str, Any] | None:
    from pledgecard.extract.sections.funding import extract_funding
    from tests.conftest import make_line

    return extract_funding([make_line(t) for t in lines]).value.get("funding")


def _rows(values: list[list[int]], *, a_cell_a_line: bool) -> list[str]:
    out = []
    for label, row in zip(("합계", "국비", "도비"), values, strict=False):
        cells = [label, *(str(v) for v in row)]
        out += cells if a_cell_a_line else [" ".join(cells)]
    return out


@pytest.mark.parametrize("a_cell_a_line", [True, False])
@pytest.mark.parametrize("total_first", [True, False])
def test_a_head_a_cell_a_line_is_cut_where_the_sums_prove(a_cell_a_line: bool, total_first: bool) -> None:
    values = TOTAL_FIRST if total_first else [[*r[1:], r[0]] for r in TOTAL_FIRST]
    got = _funding([*HEAD, *_rows(values, a_cell_a_line=a_cell_a_line)])
    assert got is not None
    labels = ["계", "기투자", "2022", "2023"] if total_first else ["기투자", "2022", "2023", "계"]
    assert [c["label"] for c in got["columns"]] == labels
    assert [r["amounts_krw"] for r in got["rows"]] == [[v * 1_000_000 for v in r] for r in values]


@pytest.mark.parametrize("a_cell_a_line", [True, False])
def test_a_head_a_cell_a_line_no_sum_proves_is_not_read(a_cell_a_line: bool) -> None:
    """One period not zero a row: 10 | 0 | 0 | 10 adds up with 계 first and with 계 last alike."""
    got = _funding([*HEAD, *_rows([[10, 0, 0, 10], [10, 0, 0, 10]], a_cell_a_line=a_cell_a_line)])
    assert got is not None
    assert [r["amounts_krw"] for r in got["rows"]] == [[None] * 4] * 2
    assert [r["amounts_raw"] for r in got["rows"]] == [["10", "0", "0", "10"]] * 2


def test_order_by_sums_takes_the_one_order_every_telling_row_fits() -> None:
    from pledgecard.extract.sections.funding_header import order_by_sums

    orders = [["기투자", "2022년", "2023년", "계"], ["계", "기투자", "2022년", "2023년"]]
    assert order_by_sums(orders, [["100", "40", "30", "30"]]) == orders[1]
    assert order_by_sums(orders, [["40", "30", "30", "100"]]) == orders[0]
    assert order_by_sums(orders, [["10", "0", "0", "10"]]) is None  # no row tells
    assert (
        order_by_sums(orders, [["40", "30", "30", "100"], ["100", "40", "30", "30"]]) is None
    )  # rows disagree
    # amounts with decimals (억원) are summed as printed, not rounded first (haetsal-county's 도비 row:
    # rounded to whole 억 its years made 76 against a 74.46 total, and no order was proven)
    years = ["2018년", "2019년", "2020년", "2021년", "2022년", "2023년"]
    cuts = [[*years, "합계"], ["합계", *years]]
    rows = [
        r.split()
        for r in ("34.71 43.39 36.99 48.04 23.94 36.04 223.11", "5.66 23.64 6.25 11.55 13.58 13.78 74.46")
    ]
    assert order_by_sums(cuts, rows) == cuts[0]


# ------------------------------------------------------------------------------ one unit-line test


@pytest.mark.parametrize(
    ("text", "is_unit"),
    [
        ("(단위 : 백만원)", True),
        ("⦇백만원⦈", True),
        ("〚단위: 천원〛", True),
        ("(단위 : 회)", True),
        ("총사업비 : 33,207.8백만원", False),
        ("돈이 드는 곳", False),
    ],
)
def test_a_unit_line_states_a_money_unit_or_opens_with_the_unit_label(text: str, is_unit: bool) -> None:
    """One test for the text joiner and the heading shapes (textjoin's twin had wanted both the money
    unit and the label: a unit alone in brackets, or a count table's, opened no section there)."""
    from pledgecard.extract import heading_shapes, textjoin_holds
    from pledgecard.normalize.money import unit_line

    assert unit_line(text) is is_unit
    assert textjoin_holds.unit_line is unit_line and heading_shapes.unit_line is unit_line


# ------------------------------------------------------------------------------ a status of several words


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("이행후 계속추진", True),
        ("추진 중", True),
        ("정상 추진", True),
        ("계속추진", True),
        ("지준영 이행후 계속추진", False),
        ("이행후 계속추진 도시숲", False),
        ("도시숲 조성", False),
    ],
)
def test_a_status_phrase_runs_from_its_first_word_to_its_last(text: str, whole: bool) -> None:
    from pledgecard.normalize.status import status_phrase

    assert status_phrase(text) is whole


def test_a_values_row_keeps_a_status_of_several_words_whole() -> None:
    """Header bands (labels over values, mutated cards 10, 33, 47 txt): ``지준영 이행후 계속추진`` under
    담당자 | 추진상황 had given the contact ``이행후`` (a name's shape) and the status ``계속추진``."""
    from pledgecard.extract.sections.header import split_value_row

    got = split_value_row(["title", "contact_name", "status"], "도시숲 선도도시 조성 지준영 이행후 계속추진")
    assert got == {"title": "도시숲 선도도시 조성", "contact_name": "지준영", "status": "이행후 계속추진"}
    got = split_value_row(["status", "title"], "이행후 계속추진 도시숲 선도도시 조성")
    assert got == {"status": "이행후 계속추진", "title": "도시숲 선도도시 조성"}
    got = split_value_row(["contact_name", "status", "contact_phone"], "지준영 이행후 계속추진 010-1234-5678")
    assert got == {"contact_name": "지준영", "status": "이행후 계속추진", "contact_phone": "010-1234-5678"}
    # a name and its phone in one cell before a free text (mutated card 23: the phone had opened the target)
    got = split_value_row(["coop_depts", "contact_name", "target"], "- 강영태 (230-9808) 임기 내 완료")
    assert got == {"coop_depts": "-", "contact_name": "강영태 (230-9808)", "target": "임기 내 완료"}
    # typed values only (mutated card 54): the run the next value's kind lets follow
    got = split_value_row(["status", "as_of"], "계속 추진 ’23년 1분기 현재")
    assert got == {"status": "계속 추진", "as_of": "’23년 1분기 현재"}
    # a run whose first word is a status alone is not told from a free text's last word and a status
    got = split_value_row(["title", "status"], "도시숲 조성 단계별 추진 완료")
    assert got == {"title": "도시숲 조성 단계별 추진", "status": "완료"}


def test_the_header_band_after_one_left_unread_still_reads() -> None:
    """Labels over values, two bands (mutated card 52): the first band's values run together (공약사업명 and
    추진목표 side by side) were left unread, no cut proven; the second band is read. Session 29: the target
    opening with the term (임기 후) proves the cut (header_term_cut), the first band read too; without it the
    band stays unread."""
    from pledgecard.extract.sections.header import read_header
    from tests.conftest import make_line

    lines = [
        "미래특례시 민선8기 시장 공약사업 추진상황 관리카드",
        "공약사업명 추진목표 소관부서 진행상황",
        "청년농업 혁신밸리 조성 및 청년농 50명 육성 임기 후 계속 농업기술센터 기술보급과 미착수",
        "공약번호 연락처 관련부서 담당자",
        "3-9-90 058-516-8505 기획예산과,평생교육과 표동혜",
    ]
    header, _, rest = read_header([make_line(t) for t in lines])
    assert (header["mgmt_no"], header["contact_phone"], header["contact_name"]) == (
        "3-9-90",
        "058-516-8505",
        "표동혜",
    )
    assert header["coop_depts"] == ["기획예산과", "평생교육과"]
    assert (header["title"], header["target"]) == (
        "청년농업 혁신밸리 조성 및 청년농 50명 육성",
        "임기 후 계속",
    )
    assert (header["lead_dept"], header["status"]) == ("농업기술센터 기술보급과", "미착수")
    assert rest == []
    unproven = [*lines[:2], lines[2].replace("임기 후 계속", "연차별 추진"), *lines[3:]]
    header, _, rest = read_header([make_line(t) for t in unproven])
    assert header["title"] is None and header["target"] is None
    assert [x.full_text for x in rest] == [unproven[2]]


# ------------------------------------------------------------------------------ goal columns in another order


def test_goal_cells_fixed_by_their_shapes_are_put_in_the_readers_order() -> None:
    """주요사업 | 목표 | 추진상황 | 실적 | 달성률 (mutated card 28): the status, the rate and a figure
    actual are cells by their shape; the project and target stay side by side for the row reader."""
    from pledgecard.extract.sections.goal_order import reordered
    from pledgecard.extract.sections.goal_rows import goal_rows

    lines = [
        "주요사업 목표 추진상황 실적 달성률",
        "2024년",
        "환승센터 조성 2.5km 완료 1.9km 76%",
        "2025년",
        "환승센터 조성 1.2km 추진 중 0.9km 75%",
    ]
    got = reordered(lines)
    assert got is not None and not got.unfixed and len(got.lines) == len(lines)
    assert got.lines[2:] == [
        "환승센터 조성 2.5km 1.9km 76% 완료",
        "2025년",
        "환승센터 조성 1.2km 0.9km 75% 추진 중",
    ]
    read = goal_rows(got.lines)
    assert read is not None
    rows, unread = read
    assert unread == []
    assert [(r.year, r.project, r.target, r.actual, r.status) for r in rows] == [
        (2024, "환승센터 조성", "2.5km", "1.9km", "완료"),
        (2025, "환승센터 조성", "1.2km", "0.9km", "추진 중"),
    ]


def test_a_merged_detail_cell_and_a_year_column_keep_their_places() -> None:
    from pledgecard.extract.sections.goal_order import reordered

    lines = [
        "연도 주요사업 목표 달성률 실적 추진상황 추진내용",
        "2024 거점 조성 기업 지원(35개) 71% 25개 완료 실증단지 운영",
        "2025 기업 지원(55개) 127% 70개 추진중",
    ]
    got = reordered(lines)
    assert got is not None and not got.unfixed
    assert got.lines[1:] == [
        "2024 거점 조성 기업 지원(35개) 25개 71% 완료 실증단지 운영",
        "2025 기업 지원(55개) 70개 127% 추진중",
    ]


@pytest.mark.parametrize(
    "row",
    [
        "이차전지 인재양성 행정절차 이행 - 추진중 실시설계 완료",  # a worded actual beside the project
        "문화관광 기반 구축 180호 93% 추진중 194호 공급 체험관 운영",  # the target and 추진내용 side by side
    ],
)
def test_a_row_whose_cells_no_shape_fixes_leaves_the_table_as_printed(row: str) -> None:
    from pledgecard.extract.sections.goal_order import reordered

    head = (
        "주요사업 실적 달성률 추진상황 목표"
        if "실시설계" in row
        else "주요사업 실적 달성률 추진상황 목표 추진내용"
    )
    got = reordered([head, row])
    assert got is not None and got.unfixed == {
        1
    }  # the row left as printed, for the row reader to leave unread
    assert (
        reordered(["주요사업 목표 실적 달성률 추진상황", "사업 2.5km 1.9km 76% 완료"]) is None
    )  # in order already


# ------------------------------------------------------------------------------ pinned mutated cards

# mutated cards (samples/mutate.py, drawn from tests.test_crossbreed.DRAWN_FROM) whose text dump once
# read wrong, with the floor each now reaches (measured, floored to 0.01; before: the extractor of 7f13ac4)
PINNED = {
    4: ("goal columns 추진상황 | 목표 | 실적: no goal read (0.949)", 1.0),
    10: (
        "header bands: 지준영 이행후 계속추진 gave contact 이행후 (0.972); goal 추진내용 runs left out (0.986; "
        "1.0 since the first row of every project under <year> marks prints its 추진내용)",
        1.0,
    ),
    26: ("goal columns 목표 | 달성률 | 실적, a merged 추진내용: no goal read (0.948)", 1.0),
    28: ("goal columns 목표 | 추진상황 | 실적 | 달성률: no goal read (0.945)", 1.0),
    32: ("goal columns 추진상황 | 목표 | 실적 (0.931)", 1.0),
    44: (
        "◭ headings: ◭ 추진일정 read as funding rows, every figure null (0.763); goal target and 추진내용 "
        "side by side, no cut proven, left out",
        0.88,
    ),
}


@pytest.mark.parametrize("seed", sorted(PINNED))
def test_pinned_mutated_card_reads_from_its_text_dump(tmp_path: Path, seed: int) -> None:
    from samples.mutate import run_mutant
    from tests.test_crossbreed import DRAWN_FROM

    [r] = run_mutant(seed, ("txt",), tmp_path, families=DRAWN_FROM, tables=False)  # the cards as pinned
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= PINNED[seed][1], (r["score"], r["misses"], r["features"])
