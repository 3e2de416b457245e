"""Structures the sweep of crossbred and mutated cards of the fifty-nine families brought in (session 21, seeds
2400-2499, 3450-3499 in the text dump; the cards are pinned in tests/test_crossbreed.py SEEDS_59), on small inputs:

- a transposed funding table of one source beside its total (``계 | 지방비``, the years down): read where every
  row's total is its source's (card 3490 txt: the table nulled);
- a section heading's glyph printed alone above its label set a syllable a line (``■`` / ``투`` / ``자`` / ...):
  joined with the label, not left as a line of the section before (card 3490 txt: a stray ``■`` ended the
  funding table's lines, the table unread);
- a cut table's row whose cells a column side draws a few points off the column's grid line (the rows' sides
  a little apart): the rule under such a cell closes it (card 2462 pdf: a closed target cell read as cut open,
  the next page's row merged into it);
- an open-sided table's row whose cells wrap over two lines beside one-line cells centred on them: one row
  when the lines stand a wrapped cell's leading apart (card 2419 pdf: a goal read as two);
- a 당초 / 변경 funding table cut inside a pair, the source's label left on a row of its own between the pair's
  rows: the label goes to that pair, a plan row never takes the next source's label (mutant 2425 pdf: the 계
  변경 row read as 국비's, 6 wrong figures);
- a row of as many tokens as columns amid rows whose thousands a space groups, its periods not summing to its
  total: no reading a token a cell, grouped where the sums prove it (mutant 3462 txt: 5 wrong figures).
"""

from __future__ import annotations

from pledgecard.extract.readers.pdf_open_tables import Piece, body_rows
from pledgecard.extract.readers.pdf_tables import open_columns
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.readers.text_vertical import join_vertical_labels
from pledgecard.extract.sections.funding import extract_funding
from tests.conftest import make_line, row_chars

ONE_SOURCE = [
    "구  분",
    "계",
    "지 방 비",
    "계 3,440 3,440",
    "2018년 179 179",
    "2019년 0 -",
    "2020년 0 -",
    "2021년 315 315",
    "2022년 2,946 2,946",
]


def _funding(lines: list[str]) -> dict[str, list[int | None]]:
    got = extract_funding([make_line(t) for t in ["(단위:백만원)", *lines]]).value["funding"]
    assert got is not None
    return {r["label"].replace(" ", ""): r["amounts_krw"] for r in got["rows"]}


def test_a_transposed_table_of_one_source_beside_its_total_reads() -> None:
    m = 1_000_000
    rows = _funding(ONE_SOURCE)
    assert rows["계"] == [3440 * m, 179 * m, 0, 0, 315 * m, 2946 * m]
    assert rows["지방비"] == [3440 * m, 179 * m, 0, 0, 315 * m, 2946 * m]


def test_a_one_source_table_its_totals_do_not_prove_stays_unread() -> None:
    off = [*ONE_SOURCE[:4], "2018년 179 170", *ONE_SOURCE[5:]]  # a row's total not its one source's
    rows = _funding(off)
    assert all(v is None for v in rows.get("지방비", [None])) and 170 * 1_000_000 not in rows.get(
        "지방비", []
    )


def test_a_heading_glyph_alone_above_a_vertical_label_joins_it() -> None:
    texts = ["2024년 773 773", "", "■", "", "성", "", "과", "", "목", "", "표", "", "세부과제 목표 실적"]
    out = [
        t.text for t in join_vertical_labels([to_tline(k + 1, 1, t) for k, t in enumerate(texts)]) if t.text
    ]
    assert out == ["2024년 773 773", "■ 성과목표", "세부과제 목표 실적"]


def test_a_dash_alone_above_a_vertical_label_stays_a_cell() -> None:
    texts = ["2024년 773", "-", "성", "과", "목", "표"]
    out = [
        t.text for t in join_vertical_labels([to_tline(k + 1, 1, t) for k, t in enumerate(texts)]) if t.text
    ]
    assert out == ["2024년 773", "-", "성과목표"]


def test_a_rule_from_a_cells_own_side_a_little_off_the_grid_line_closes_it() -> None:
    # card 2462's page 2 goal table: the target column's grid line at 202.3 (its rows' sides apart), the rule
    # under the cut row from that row's own side at 205.3; the project and 추진내용 cells drawn open
    xs = [90.7, 148.2, 202.3, 286.1, 343.5, 401.0, 458.4, 538.9]
    assert open_columns(xs, ((90.4, 148.5), (205.3, 458.8))) == frozenset({1, 6})
    assert open_columns(xs, ((90.4, 148.5), (290.0, 458.8))) == frozenset({1, 2, 6})  # no rule under it: open
    assert open_columns(xs, None) == frozenset()
    # narae-city's body table card: a shaded heading box's border inside the content cell, inset from both of its
    # sides (126.3-539.2 in 122.0-543.6), is no rule under the cell: the cut cell stays open
    assert open_columns([51.7, 122.0, 543.6], ((51.7, 122.0), (126.3, 539.2))) == frozenset({1})


def _p(col: int, top: float) -> Piece:
    return Piece(x0=50.0 * col + 5, x1=50.0 * col + 35, top=top, bottom=top + 10.5)


def test_cells_wrapped_over_two_lines_beside_cells_centred_on_them_are_one_row() -> None:
    """Crossbred card 2419 (pdf): an open-sided goal row whose project, stage, target and 추진내용 each wrap over
    two lines (a line's leading apart), its year, actual and status centred on them: read as two rows, the
    target's halves two goals (탄소중립 협약 체 / 결(25건))."""
    xs = [0.0, 50.0, 100.0, 150.0, 200.0, 250.0, 300.0, 350.0]
    wrapped = (
        [_p(k, 501.9) for k in (1, 2, 3, 6)]
        + [_p(k, 509.8) for k in (0, 4, 5)]
        + [_p(k, 517.7) for k in (1, 2, 3, 6)]
    )
    assert len(body_rows(wrapped, xs, 10.5)) == 1
    # the same cells a row's padding apart: two rows, the centred cells spanning them
    apart = (
        [_p(k, 501.9) for k in (1, 2, 3, 6)]
        + [_p(k, 514.0) for k in (0, 4, 5)]
        + [_p(k, 526.1) for k in (1, 2, 3, 6)]
    )
    assert len(body_rows(apart, xs, 10.5)) == 2


def test_a_pairs_label_a_page_break_left_between_its_rows_labels_that_pair() -> None:
    """Mutant 2425 (pdf): a 당초 / 변경 table cut inside the 계 pair, the 계 label's text left on a row of its own
    between the two rows: the 계 변경 row took the next source's label (국비: 6 wrong figures)."""
    from pledgecard.extract.sections.funding_cells import is_amount_cell
    from pledgecard.extract.sections.funding_pairs import plan_figures

    grid = [
        ["재원", "", "총사업비", "2022", "2023"],
        ["", "당초", "100", "60", "40"],
        ["계", "", "", "", ""],
        ["", "변경", "120", "70", "50"],
        ["국비", "당초", "80", "50", "30"],
        ["", "변경", "90", "55", "35"],
        ["도비", "당초", "20", "10", "10"],
        ["", "변경", "30", "15", "15"],
    ]
    out, rows, _ = plan_figures(grid, is_amount_cell)
    assert [r[0] for r in out] == ["재원", "계", "국비", "도비"]
    assert [r[1:] for r in out[1:]] == [["120", "70", "50"], ["90", "55", "35"], ["30", "15", "15"]]
    assert rows == [0, 3, 5, 7]
    # the 계 label nowhere: its 변경 row stays unlabelled, never the next source's
    bare = [r for k, r in enumerate(grid) if k != 2]
    out, _, _ = plan_figures(bare, is_amount_cell)
    assert ["국비", "120", "70", "50"] not in out and ["국비", "90", "55", "35"] in out


SPACED_BLANKS = [
    "구  분 연도별 투자 실적 및 계획 합계❴백만원❵",
    "2023년 2024년 2025년 2026년",
    "계 3 353 3 798 4 517 5 098 16 766",
    "국  비  671 1 222  1 893",
    "도  비 2 713  2 951 1 570 7 234",
    "군  비 640 217 196 1 786 2 839",
    "민  자  2 910 148 1 742 4 800",
]


def test_a_row_of_as_many_tokens_as_columns_amid_space_grouped_rows_is_grouped_by_the_sums() -> None:
    """Mutant 3462 (txt): thousands grouped by a space, blank zero cells; the 국비 row's five tokens (671 1 222 1
    893: a blank, 671, 1 222, a blank, 1 893) read one a cell, its total unsummed (5 wrong figures)."""
    m = 1_000_000
    rows = _funding(SPACED_BLANKS)
    assert rows["국비"] == [0, 671 * m, 1222 * m, 0, 1893 * m]
    assert rows["계"] == [3353 * m, 3798 * m, 4517 * m, 5098 * m, 16766 * m]
    # a total no grouping sums: the row left null, never read a token a cell
    off = [*SPACED_BLANKS[:3], "국  비  671 1 222  1 894", *SPACED_BLANKS[4:]]
    assert 1_000_000 not in _funding(off)["국비"]


MUTANT_2466 = [
    "구　분 총사업비 연도별 투자 실적 및 계획",
    "2022년 2023년 2024년 2025년",
    "계 45 193 7 826 18 586 14 539 4 242",
    "국　비 16 675 3 086 5 642 3 935주1) 4 012",
    "- 균특 11 878 3 020 5 451 1 735 1 672",
    "- 기금 4 797 66 191 2 200 2 340",
    "지　방　비 28 518 4 740 12 944 10 604 230",
    "도비 14 438 3 153 6 278 4 777 230",
    "군비 14 080 1 587* 6 666 5 827※ －",
]


def test_footnote_marks_glued_to_space_grouped_amounts_and_a_group_row_read_by_the_sums() -> None:
    """Mutant 2466 (txt): thousands grouped by a space, footnote marks glued to an amount's last group
    (``3 935주1)``, ``1 587*``) and a 지방비 row over 도비 / 군비: the funding nulled. The marks are no part of the
    figure; the group's row must be its members' sum, then dropped as the same money printed twice."""
    m = 1_000_000
    rows = _funding(MUTANT_2466)
    assert rows == {
        "계": [45193 * m, 7826 * m, 18586 * m, 14539 * m, 4242 * m],
        "국비": [16675 * m, 3086 * m, 5642 * m, 3935 * m, 4012 * m],
        "도비": [14438 * m, 3153 * m, 6278 * m, 4777 * m, 230 * m],
        "군비": [14080 * m, 1587 * m, 6666 * m, 5827 * m, 0],
    }


def test_a_group_row_not_its_members_sum_proves_no_grouping() -> None:
    off = [*MUTANT_2466[:6], "지　방　비 28 518 4 740 12 944 10 604 231", *MUTANT_2466[7:]]
    rows = _funding(off)
    assert all(v is None for r in rows.values() for v in r)


def test_a_footnote_mark_after_a_space_grouped_cell_is_no_part_of_it() -> None:
    from pledgecard.extract.figure_marks import without_mark

    assert [without_mark(c) for c in ("3 935주1)", "1 587*", "5 827※", "1,200※", "12 3*")] == [
        "3 935",
        "1 587",
        "5 827",
        "1,200",
        "12 3*",
    ]


def _staggered_panes(unit_gap: float) -> list[str]:
    """Two panes (the right one from x 300) whose rows never share a height, but for one: a unit line set flush
    right in the left pane ``unit_gap`` points before a right-pane item."""
    from pledgecard.extract.readers.pdf_gutters import find_gutters
    from pledgecard.extract.readers.pdf_lines import chars_to_lines

    chars: list[dict] = []
    for k, (left, right) in enumerate(
        [
            ("• 사업기간 : 2022년 8월 ~ 2026년 2월", "ⓐ 실시설계 용역 완료 : 2018. 12."),
            ("• 총사업비 : 26,523백만원(국비 5,216)", "ⓑ 도시숲 포럼 개최 : 2018. 11. 20."),
            ("• 거점 공간 조성 및 운영 프로그램", "ⓒ 신규 참여기업 협약 체결 : 2018. 8."),
        ]
    ):
        chars += row_chars(left, 50.0, 100.0 + 30 * k) + row_chars(right, 300.0, 106.0 + 30 * k)
    unit = row_chars("(단위: 백만원)", 0.0, 0.0)
    shift = 300.0 - unit_gap - unit[-1]["x1"]
    chars += [
        {**c, "x0": c["x0"] + shift, "x1": c["x1"] + shift, "top": 190.0, "bottom": 200.0} for c in unit
    ]
    chars += row_chars("ⓓ 설명회 개최", 300.0, 190.0)
    for k, (left, right) in enumerate(
        [
            ("• 세부사업 추진", "ⓔ 도시숲 간담회 개최 : 2019. 6."),
            ("• 민관 협력", "ⓕ 공모사업 최종 선정 : 2019. 1."),
        ]
    ):
        chars += row_chars(left, 50.0, 220.0 + 30 * k) + row_chars(right, 300.0, 226.0 + 30 * k)
    gutters = find_gutters(chars, [], page=1, split_ratio=5.0)
    return [ln.full_text for ln in chars_to_lines(chars, page=1, split_ratio=5.0, gutters=gutters)]


def test_a_unit_line_read_across_panes_whose_rows_stand_apart_is_cut_at_their_gutter() -> None:
    """Crossbred card 2468 (pdf): panes whose rows never share a height (no margin rows share), the funding unit
    line flush right in the left pane 25 points before a right-pane item: read as one line across the gutter, which
    ended the zone read column by column and parted the funding table's head (left) from its body (right pane)."""
    got = _staggered_panes(25.0)
    assert "(단위: 백만원)" in got and "ⓓ 설명회 개최" in got


def test_a_word_gap_between_a_line_and_the_next_panes_item_cuts_nothing() -> None:
    got = _staggered_panes(2.8)
    assert not any(t.strip() == "(단위: 백만원)" for t in got)


def test_notes_under_a_left_panes_table_going_on_atop_the_next_page_go_with_it() -> None:
    """Crossbred card 2408 (pdf): the left pane's funding table cut by the page break goes on atop the next page's
    left pane, its notes (``※ 추경 반영분``, ``주1) ...``) under it: joined back before the right pane's items of the
    page before, the notes were left after them, read as achievements."""
    from pledgecard.extract.document import Table
    from pledgecard.extract.readers.pdf_assemble import assemble
    from tests.test_mutate_38 import _page_text, _table_at

    first = _table_at(1, 160.0, [["구 분", "국 비"], ["2021년", "688"], ["2022년", "456"]])
    left = [
        ("• 사업기간 : 2022", 50.0, 100.0),
        ("• 총사업비 : 100", 50.0, 115.0),
        ("• 주요내용", 50.0, 130.0),
    ]
    right = [
        (t, 300.0, 100.0 + 15 * k)
        for k, t in enumerate(
            [
                "ⓐ 실시설계 용역 완료",
                "⌑ 총 7회 운영, 만족도 95점",
                "ⓑ 기업 투자협약 체결",
                "⌑ 총 3회 운영, 만족도 86점",
                "ⓒ 센터 개소식 개최",
                "⌑ 총 11회 운영, 만족도 83점",
                "ⓓ 주민 설명회 개최",
                "⌑ 총 2회 운영, 만족도 90점",
            ]
        )
    ]
    page1 = _page_text(1, left + right, [first])
    carried = _table_at(2, 50.0, [["2026년", "170"], ["합계", "1,314"]])
    page2 = _page_text(
        2,
        [
            ("※ 추경 반영분", 50.0, 100.0),
            ("주1) 기금 교부 예정액", 50.0, 115.0),
            ("제4장 성과 목표", 50.0, 140.0),
        ],
        [carried],
    )
    blocks = assemble([page1, page2], [[first], [carried]], [])
    seq = ["TABLE" if isinstance(b, Table) else b.text for b in blocks]
    at = seq.index("TABLE")
    assert seq[at + 1 : at + 3] == ["추경 반영분", "주1) 기금 교부 예정액"] and seq.count("TABLE") == 1
    assert seq.index("ⓐ 실시설계 용역 완료") > at + 2 and seq[-1] == "제4장 성과 목표"
