"""Leftovers of the sweep of the seventy-six families (tests/test_sweep_76.py), on small inputs:

- two open-sided tables of one width (horizontal rules only), a numbered section heading between them
  (``05   주민 소통 실적``: two pieces on its line, so its band looked columned): read as one table, the second
  table's text across the first's columns merged them, the goal table's head cut over its year cells
  (crossbred 3028 PDF: 0.718 with 2 wrong figures, 0.691 once guarded). A renderer draws each rule cell by
  cell; two rules cut at other cell edges (neither's cuts among the other's) frame no one table
  (``pdf_open_rules._other_cells``).
- a text dump's funding table of plain figures (``억원``: no commas), a blank cell printed as a wider gap
  (``국 비 333  20 58 ...``: as many tokens as cells, one of them empty): no grouping of thousands leaves that
  many tokens, and a cell a token was read only where commas group the figures, so the rows stayed null
  (mutant 3753 txt: 0.874). Read a cell a token where the table's sums prove it (``funding_spaced._row_options``).
- a text dump's funding head printed a cell a line (``구분`` / ``합계`` / ``연도별`` / ``집행률(%)`` / ``기투자 2023
  ...``) over rows whose thousands a space groups (``31 143 4 899 ...``): the head's order (the years under
  연도별, before or after 집행률) is chosen by the rows' sums, and a row of more tokens than cells told nothing,
  so no order was proven and the table not read (mutant 3773 txt: 0.836). Such a row fits an order where a
  grouping of its tokens does (``funding_header.order_by_sums``); the grouping itself is then read where the
  table's sums prove it, as before.
- a log row a page break cut in a text dump, its rest joined by the text reader (``text_cut_rows``), its content
  cell's next paragraph on that page printed as spaced as a rest (`` 수요응답형 교통 분야별 추진 현황 ``, the title
  over a nested table): the joined row's paragraph kept its first line's page, so the section joiner
  (``log_cut_pieces``) took the title for the row's rest too, two items run together (mutant 3768 txt: 0.799). The
  joined row's paragraph now ends on the rest's line (the reader's join recorded, ``TLine.end``); the joiner
  compares the page of the row's last line.
- an open-sided funding table (horizontal rules only) nested in a section's label | content box, the page break
  cutting the box after the table's head: the next page's rows above the table's closing rule were no table
  (the cut columns were taken from the lowest table on the page, the box, and rows were carried only onto a table
  standing free), the rows read as one run of text (mutant 3059 PDF: funding null, 0.844). The cut columns are
  the lowest nested table's where the box holds it, and rows are carried onto a table in a box's cell too
  (``pdf._cut_columns``, ``pdf_open_tables.open_grids``).
- a transposed funding table (a period a line) whose head a dump printed a cell a line, a derived column last
  (``구분`` / ``계`` / ``국비`` / ``도비`` / ``시군비`` / ``전년대비 증감``): the derived head ended the labels as no
  source, and the rows were read under the labels with it as their first row, no table (mutant 3752 txt: funding
  null, 0.854). A derived column's head closes the stacked labels as a note column's does, its figure a row's last
  (``funding_transposed._stacked_labels``).
"""

from __future__ import annotations

from typing import Any

from test_blind_family_noeul import _centred, _rule, _text

from pledgecard.extract.readers.pdf_open_tables import open_grids
from pledgecard.extract.readers.pdf_tables import build_table, fill_tables
from pledgecard.extract.sections.funding import extract_funding
from tests.conftest import make_line

GOALS = (50.0, 130.0, 200.0, 275.0, 350.0)  # 구분 | 2023 | 2024 | 2025
TALK = (50.0, 150.0, 250.0, 350.0)  # 간담회 | 자문 | 계


def _row(cells: list[str], cols: tuple[float, ...], top: float) -> list[dict[str, Any]]:
    return [c for k, s in enumerate(cells) for c in _centred(s, cols[k], cols[k + 1], top)]


def _tables(edges: list[dict[str, Any]], chars: list[dict[str, Any]]) -> list[list[list[str]]]:
    out = []
    for g in open_grids(edges, chars, []):
        t = build_table(1, g)
        fill_tables([t], chars)
        rows: dict[int, dict[int, str]] = {}
        for c in t.cells:
            rows.setdefault(c.row, {})[c.col] = c.text
        out.append([[r[k] for k in sorted(r)] for _, r in sorted(rows.items())])
    return out


def _page(talk_cut: tuple[float, ...]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    cut = GOALS[1:-1]
    edges = _rule(40, cut=cut) + _rule(60, cut=cut) + _rule(100, cut=cut)
    edges += _rule(130, cut=talk_cut) + _rule(150, cut=talk_cut) + _rule(170, cut=talk_cut)
    chars = (
        _row(["구분", "2023", "2024", "2025"], GOALS, 45)
        + _row(["목표", "12", "10", "11"], GOALS, 65)
        + _row(["실적", "12", "6", "11"], GOALS, 82)
        + _text("05", 52, 112)
        + _text("주민 소통 실적", 80, 112)  # the next section's heading: two pieces
        + _row(["간담회, 공청회", "전문가 자문", "계"], TALK, 135)
        + _row(["2(공청회)", "2", "4회"], TALK, 155)
    )
    return edges, chars


def test_two_open_tables_ruled_at_other_cell_edges_are_two_tables() -> None:
    edges, chars = _page(TALK[1:-1])
    assert _tables(edges, chars) == [
        [["구분", "2023", "2024", "2025"], ["목표", "12", "10", "11"], ["실적", "12", "6", "11"]],
        [["간담회, 공청회", "전문가 자문", "계"], ["2(공청회)", "2", "4회"]],
    ]


def test_rules_cut_at_fewer_of_the_same_edges_frame_one_table() -> None:
    """A rule under merged cells is cut at some of the table's edges only: no other table's rule."""
    edges, chars = _page(GOALS[1:2])  # the lower rules cut at the first column's edge alone
    tables = _tables(edges, chars)
    assert len(tables) == 1


FUNDING = [
    "구 분 총액 연도별 투자 실적 및 계획",
    "기투자 '19 '20 '21 '22",
    "합 계 169 90 19 10 35 15",
    "국 비 33  3 10 15 5",
    "도 비 74 47 8  19  ",
    "시 비 62 43 8  1 10",
    "※단위：억원",
]


def _funding(lines: list[str]) -> dict[str, list[int | None]]:
    got = extract_funding([make_line(x) for x in lines]).value["funding"]
    assert got is not None
    return {r["label"]: r["amounts_krw"] for r in got["rows"]}


def test_blank_cells_a_wider_gap_shows_amid_plain_figures_read_where_the_sums_prove() -> None:
    e = 10**8
    assert _funding(FUNDING) == {
        "합계": [169 * e, 90 * e, 19 * e, 10 * e, 35 * e, 15 * e],
        "국비": [33 * e, 0, 3 * e, 10 * e, 15 * e, 5 * e],
        "도비": [74 * e, 47 * e, 8 * e, 0, 19 * e, 0],
        "시비": [62 * e, 43 * e, 8 * e, 0, 1 * e, 10 * e],
    }


def test_blank_cells_no_sum_proves_stay_null() -> None:
    """The same rows, the total row's 2019 off by one: no column sums, no row read."""
    lines = [x.replace("합 계 169 90 19", "합 계 169 90 20") for x in FUNDING]
    assert all(v is None for label, row in _funding(lines).items() if label != "합계" for v in row)


HEAD_A_CELL_A_LINE = [
    "구분",
    "⟨단위：백만원⟩",
    "합계",
    "연도별",
    "집행률(%)",
    "기투자 2023 2024",
    "합계 3 143 1 000 1 143 1 000 31.8",
    "국비 1 479 500 479 500 33.8",
    "도비 1 664 500 664 500 30.0",
]


def test_a_head_a_cell_a_line_over_rows_whose_thousands_a_space_groups() -> None:
    m = 10**6
    assert _funding(HEAD_A_CELL_A_LINE) == {
        "합계": [3143 * m, 1000 * m, 1143 * m, 1000 * m],
        "국비": [1479 * m, 500 * m, 479 * m, 500 * m],
        "도비": [1664 * m, 500 * m, 664 * m, 500 * m],
    }


def test_a_head_a_cell_a_line_whose_rows_no_grouping_sums_is_not_read() -> None:
    """The same rows, 국비's 2023 off: that row fits no grouping, 도비's alone: no row read but as printed."""
    lines = [x.replace("국비 1 479 500 479", "국비 1 479 500 478") for x in HEAD_A_CELL_A_LINE]
    got = extract_funding([make_line(x) for x in lines]).value["funding"]
    assert got is None or all(
        v is None for r in got["rows"] if r["label"] == "국비" for v in r["amounts_krw"]
    )


def test_a_row_whose_rest_the_reader_joined_takes_no_second_rest() -> None:
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.sections.log_cut_pieces import join_log_pieces

    head = "일자 주요 추진내용 비고"

    def line(printed: str, start: int, end: int) -> Line:
        lead = len(printed) - len(printed.lstrip(" "))
        return Line(
            text=" ".join(printed.split()),
            marker=None,
            indent=0,
            source=Source(line_start=start, line_end=end),
            printed=printed[lead:],
            lead=lead,
        )

    def texts(end: int) -> list[str]:
        items = [
            line(head, 1, 1),
            line("'25. 4. 농림축산식품부 주관 공모사업 최종 선정 ", 8, end),
            line(" 분야별 추진 현황 ", 14, 14),
        ]
        return [it.full_text for it in join_log_pieces(items, (10,))]  # type: ignore[arg-type, union-attr]

    # the row ends on page 1: the line atop page 2 is its rest
    assert texts(8) == [head, "'25. 4. 농림축산식품부 주관 공모사업 최종 선정 분야별 추진 현황"]
    # the reader joined its rest from page 2 already (line 12): the line after it is the cell's next paragraph
    assert texts(12) == [head, "'25. 4. 농림축산식품부 주관 공모사업 최종 선정", "분야별 추진 현황"]


def test_the_reader_ends_a_row_joined_past_a_page_break_on_its_rest() -> None:
    from pledgecard.extract.readers import read_bytes

    top = "기쁨군 수요응답형 교통 조기 착공  [관리번호 Ⅵ-28]"  # the running header opening each page
    text = (
        top
        + "\n\n일자 주요 추진내용 비고\n\n'25. 3. 설명회 개최 완료\n\n'25. 4. 농림축산식품부 주관 수요응답형 교통 \n\n"
        "1 / 2\n\n"
        + top
        + "\n\n 공모사업 최종 선정(국비 23억 확보) \n\n 분야별 추진 현황 \n\n연번 분야 추진상황\n\n"
        "1 홍보 계획\n\n2 / 2\n"
    )
    doc = read_bytes(text.encode("utf-8"), path="x.txt")
    row = next(p for p in doc.paragraphs() if "농림" in p.full_text)
    assert "공모사업 최종 선정" in row.full_text
    assert (row.source.line_start, row.source.line_end) == (7, 13)  # (the rest's own line)


def test_rows_atop_the_next_page_go_on_a_cut_table_nested_in_a_box() -> None:
    from test_blind_family_noeul import COLS

    from pledgecard.extract.readers.pdf_grids import Grid

    cut = COLS[1:3]
    box = Grid(
        (20.0, 0.0, 380.0, 120.0), [(20.0, 0.0, 45.0, 120.0), (45.0, 0.0, 380.0, 120.0)]
    )  # label | content
    rows = [
        c
        for k, r in enumerate((["2018년", "1 119 254", "508 286"], ["2019년", "295 935", "-"]))
        for c in _row(r, COLS, 20 + 20 * k)
    ]
    rows += _row(["총사업비", "1 415 189", "508 286"], COLS, 80)
    edges = _rule(76, cut=cut) + _rule(100, cut=cut)
    grids = open_grids(edges, rows, [box], 400.0, list(COLS))
    assert len(grids) == 1 and grids[0].cut_above
    t = build_table(2, grids[0])
    fill_tables([t], rows)
    assert t.xs == list(COLS)
    assert [c.text for c in t.cells if c.col == 0] == ["2018년", "2019년", "총사업비"]


def test_the_cut_columns_are_a_nested_tables_where_the_box_is_lowest() -> None:
    from pledgecard.extract.readers.pdf import _cut_columns
    from pledgecard.extract.readers.pdf_table_build import PageTable

    head = PageTable(
        page=1,
        bbox=(108.0, 507.0, 786.0, 527.0),
        xs=[108.0, 274.0, 786.0],
        ys=[507.0, 527.0],
        cells=[],
        cut_below=True,
        head_only=True,
        open_sided=True,
    )
    box = PageTable(
        page=1,
        bbox=(52.0, 223.0, 790.0, 539.0),
        xs=[52.0, 100.0, 790.0],
        ys=[223.0, 539.0],
        cells=[],
        inner={0: [head]},
    )
    assert _cut_columns([box, head]) == head.xs
    closed = PageTable(
        page=1, bbox=head.bbox, xs=head.xs, ys=head.ys, cells=[]
    )  # a table its box closes: no cut
    assert (
        _cut_columns([PageTable(page=1, bbox=box.bbox, xs=box.xs, ys=box.ys, cells=[], inner={0: [closed]})])
        is None
    )


STACKED = [
    "구분",
    "［단위:백만원］",
    "계",
    "국비",
    "도비",
    "전년대비 증감",
    "총사업비 300 100 200 -",
    "'22년 120 100 20 -",
    "'23년 80  80 △40",
    "'24년 100  100 20",
]


def test_a_transposed_head_a_cell_a_line_closed_by_a_derived_column() -> None:
    m = 10**6
    assert _funding(STACKED) == {
        "계": [300 * m, 120 * m, 80 * m, 100 * m],
        "국비": [100 * m, 100 * m, 0, 0],
        "도비": [200 * m, 20 * m, 80 * m, 100 * m],
    }


def test_a_transposed_head_a_cell_a_line_whose_rows_no_sum_proves_is_not_read() -> None:
    """The same table, 2023's 도비 80 printed 70: no sum places the blank cell, no row read."""
    lines = [x.replace("'23년 80  80", "'23년 80  70") for x in STACKED]
    got = extract_funding([make_line(x) for x in lines]).value["funding"]
    assert got is None or all(v is None for r in got["rows"] for v in r["amounts_krw"][2:3])
