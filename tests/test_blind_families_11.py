"""The structures of the blind family ``saemteo-metro`` (session 10: a metropolitan city), each on
a small grid or line, and the family's own files.

Measured blind (before the extractor was read): pdf, hwpx, hwp and txt 0.988 each, no wrong
figure of 376 (shared/tools/wrong_figures.py); the only misses were the pledge's title and its
관리번호, printed on a line of their own under the card's title (``[9-52] 문화관광 명소화 사업
추진``) over a header table that names neither. The family's body-table card (one ``label |
content`` table, tests/test_body_tables.py) read 0.715 in PDF: the section row cut by the page
break was not joined to its page-2 rest, whose column rule a nested table's edge had moved by a
cell's padding. After: 1.000 in every format, the body-table card 1.000, no wrong figure.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from pledgecard.extract.document import Cell
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.readers.pdf_tables import PageTable, continues_on
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.extract.sections.header import read_header
from pledgecard.extract.sections.outreach import extract_outreach
from pledgecard.scoring import load_records, score_record

from conftest import committed_records, make_line, make_table

FAMILY = Path(__file__).resolve().parents[1] / "samples" / "families" / "saemteo-metro"

_UNTITLED = [
    ["주관부서", "청년정책담당관", "담당자", "허예동", "연락처", "287-3165"],
    ["협조부서", "인재육성과, 기획예산과", "", "", "", ""],
    ["실천목표", "중장기 추진", "추진상황", "일부추진", "", ""],
]


# ------------------------------------------------------------------------------ the pledge's own line


def test_the_pledge_line_under_the_title_names_the_pledge_and_its_number() -> None:
    items = [
        make_line("샘터광역시 민선8기 시장 공약사업 관리카드"),
        make_line("[4-74] 청년 일자리 30개 창출"),
        make_line("(2023년 6월 기준)"),
        make_table(_UNTITLED),
    ]
    header, _, rest = read_header(items)
    assert header["title"] == "청년 일자리 30개 창출" and header["mgmt_no"] == "4-74"
    assert header["lead_dept"] == "청년정책담당관" and header["status"] == "일부추진"
    assert [getattr(x, "text", None) for x in rest] == ["(2023년 6월 기준)"]  # the as-of date stays


def test_the_pledge_line_in_other_brackets_and_bare() -> None:
    for line, no in (
        ("【3-12】 도심 공원 조성", "3-12"),
        ("(Ⅱ-3) 도심 공원 조성", "Ⅱ-3"),
        ("3-12 도심 공원 조성", "3-12"),
    ):
        header, _, _ = read_header(
            [make_line("샘터광역시 공약사업 관리카드"), make_line(line), make_table(_UNTITLED)]
        )
        assert (header["mgmt_no"], header["title"]) == (no, "도심 공원 조성"), line


def test_no_pledge_line_is_read_when_the_header_names_the_pledge() -> None:
    table = make_table([["공약명", "도심 공원 조성", "관리번호", "3-12"], *[r[:4] for r in _UNTITLED]])
    header, _, rest = read_header(
        [make_line("샘터광역시 공약사업 관리카드"), make_line("[9-52] 다른 사업"), table]
    )
    assert (header["title"], header["mgmt_no"]) == ("도심 공원 조성", "3-12")
    assert [getattr(x, "text", None) for x in rest] == ["[9-52] 다른 사업"]


def test_a_line_without_a_number_or_a_date_is_no_pledge_line() -> None:
    for line in ("(2024. 9. 30. 기준)", "[2024년 3분기] 현재", "청년 일자리 30개 창출", "[가] 도심 공원"):
        header, _, _ = read_header(
            [make_line("샘터광역시 공약사업 관리카드"), make_line(line), make_table(_UNTITLED)]
        )
        assert header["title"] is None and header["mgmt_no"] is None, line


# ------------------------------------------------------------------------------ a table cut by a page break


def _page_table(page: int, xs: list[float], rows: list[list[str]], **kw: frozenset[int]) -> PageTable:
    cells = [Cell(i, j, text) for i, row in enumerate(rows) for j, text in enumerate(row)]
    ys = [100.0 + 20 * i for i in range(len(rows) + 1)]
    return PageTable(
        page=page,
        bbox=(xs[0], ys[0], xs[-1], ys[-1]),
        xs=xs,
        ys=ys,
        cells=cells,
        cell_lines=[[] for _ in cells],
        **kw,
    )


def test_a_body_table_goes_on_when_its_label_rule_moved_by_a_cell_padding() -> None:
    """A nested table's left edge, a padding right of the label column's rule, read as that rule on
    one page: the two pages' tables are still one when the break cuts a cell open."""
    a = _page_table(1, [51.7, 125.8, 543.6], [["Ⅲ. 추진실적", "(1) 착공"]], open_bottom=frozenset({0, 1}))
    b = _page_table(
        2, [51.7, 122.0, 543.6], [["", "(2) 준공"], ["Ⅳ. 향후 추진계획", "○ 개관"]], open_top=frozenset({1})
    )
    assert continues_on(a, b) and b.xs == a.xs


def test_tables_whose_rules_differ_more_than_a_padding_or_are_not_cut_stay_apart() -> None:
    a = _page_table(1, [51.7, 125.8, 543.6], [["Ⅲ. 추진실적", "(1) 착공"]], open_bottom=frozenset({0, 1}))
    far = _page_table(2, [51.7, 160.0, 543.6], [["", "(2) 준공"]], open_top=frozenset({1}))
    assert not continues_on(a, far)
    closed = _page_table(1, [51.7, 125.8, 543.6], [["구분", "국비"]])
    whole = _page_table(2, [51.7, 122.0, 543.6], [["구분", "시비"]])
    assert not continues_on(closed, whole)


# ------------------------------------------------------------------------------ the funding table

_YEARS = [
    [f"{y}년", f"{(100 * k + 100) * 10**6:,}", "-", f"{(20 * k + 30) * 10**6:,}"]
    for k, y in enumerate(range(2021, 2031))
]
_TITLE = ["연차별 재원 투자계획", "연차별 재원 투자계획", "연차별 재원 투자계획", "(단위: 원)"]
_SUM = [
    "합 계",
    f"{sum(100 * k + 100 for k in range(10)) * 10**6:,}",
    "-",
    f"{sum(20 * k + 30 for k in range(10)) * 10**6:,}",
]


def _check_funding(f: dict) -> None:
    assert f["unit"] == "원"
    assert [c["year"] for c in f["columns"] if c["kind"] == "year"] == list(range(2021, 2031))
    assert [c["kind"] for c in f["columns"]][-1] == "total"
    rows = {r["label"]: r["amounts_krw"] for r in f["rows"]}
    assert (
        "계" not in rows
        and rows["국비"][:2] == [100_000_000, 200_000_000]
        and rows["국비"][-1] == 5_500_000_000
    )
    assert rows["구비"][-1] == sum(20 * k + 30 for k in range(10)) * 10**6


def test_ten_years_down_in_won_with_the_unit_in_the_top_right_cell_and_a_total_row_last() -> None:
    table = make_table([_TITLE, ["구분", "국비", "시비", "구비"], *_YEARS, _SUM])
    _check_funding(extract_funding([table]).value["funding"])


def test_the_same_table_as_text_lines() -> None:
    lines = [" ".join(r) for r in ([_TITLE[0], _TITLE[3]], ["구분", "국비", "시비", "구비"], *_YEARS, _SUM)]
    _check_funding(extract_funding([make_line(x) for x in lines]).value["funding"])


# ------------------------------------------------------------------------------ items, goals, outreach


def test_items_numbered_in_brackets_with_circled_numbers_under_them() -> None:
    lines = [
        make_line("기 추진실적 <'23. 1분기 누계>", "1)"),
        make_line("청년센터 착공 : '23. 1.", "(1)"),
        make_line("기반조성", "①"),
        make_line("실시설계 완료 : '23. 2.", "②"),
        make_line("'23. 6. 기준", "2)"),
        make_line("청년센터 준공 : 2023년 6월", "(1)"),
        make_line("개관식 개최", "①"),
    ]
    items = extract_achievements(lines).value["achievements"]
    assert [(a["level"], a["marker"]) for a in items] == [
        (1, "(1)"),
        (2, "①"),
        (2, "②"),
        (1, "(1)"),
        (2, "①"),
    ]
    assert [a["parent"] for a in items] == [None, 0, 0, None, 3]
    assert [a["group"] for a in items] == ["기 추진실적"] * 3 + ["'23. 6. 기준"] * 2


def test_goals_by_year_rows_with_values_that_carry_their_units() -> None:
    rows = [
        ["세부과제", "목표", "실적", "추진상황"],
        ["<2023>", "<2023>", "<2023>", "<2023>"],
        ["청년주택 공급", "186호 공급", "120호", "추진중"],
        ["<2024>", "<2024>", "<2024>", "<2024>"],
        ["청년주택 공급", "공정률 71%", "-", "미착수"],
        ["정비 구간", "2.8km", "-", "미착수"],
    ]
    goals = extract_goals([make_table(rows)]).value["goals"]
    assert [(g["year"], g["target_value"], g["target_unit"], g["actual_value"]) for g in goals] == [
        (2023, 186, "호", 120),
        (2024, 71, "%", None),
        (2024, 2.8, "km", None),
    ]


def test_outreach_with_the_total_first_and_the_channels_in_another_order() -> None:
    rows = [
        ["계", "전문가 자문", "간담회, 공청회 등", "만족도조사", "기타", "언론·방송"],
        ["28회", "2", "-", "1", "-", "25"],
    ]
    out = extract_outreach([make_table(rows)]).value["outreach"]
    assert out["total"] == 28 and out["unit"] == "회"
    assert {x["category"]: x["count"] for x in out["items"]} == {
        "experts": 2,
        "meetings": 0,
        "survey": 1,
        "other": 0,
        "media": 25,
    }


# ------------------------------------------------------------------------------ the family's files


def test_the_pdf_funding_table_goes_on_over_a_page_break_without_its_head() -> None:
    for path in sorted(FAMILY.glob("*-pdf.pdf")):
        (rec,) = load_records(path.with_name(path.stem + ".expected.json"))
        with pdfplumber.open(path) as pdf:
            texts = [p.extract_text().replace(" ", "") for p in pdf.pages]
        head = next(k for k, t in enumerate(texts) if "연차별재원투자계획(단위:원)" in t)
        later = [t for t in texts[head + 1 :] if "합계" in t]
        assert later and "구분국비" not in later[0]  # the rows go on, the head not repeated
        assert f"[{rec['header']['mgmt_no']}]{rec['header']['title'].replace(' ', '')}" in texts[0]
        got = committed_records(path)
        assert score_record(rec, got[0]).score() == 1.0


def test_a_block_heading_dated_in_angle_or_tortoise_brackets_names_the_block_without_the_date() -> None:
    for text, name, label in (
        ("기 추진실적 <'23. 1분기 누계>", "기 추진실적", "2023-Q1"),
        ("금분기 추진실적 〔'24. 9.〕", "금분기 추진실적", "2024-09"),
        ("기 추진실적(2018. 9. ~ 2020. 3.)", "기 추진실적", "2018-09/2020-03"),
    ):
        got = parse_group_heading(text)
        assert got is not None and got[0] == name and got[1] is not None and got[1]["label"] == label, text
