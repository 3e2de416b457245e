"""Open-sided tables (horizontal rules only) a page break cuts, on small pages (issue 11, session 13):

- a head alone at a page's foot (its body on the next page) is a grid of its own, flagged
  ``head_only`` (the head's lowest pieces set its columns); without the page's height it is not read;
- a lone rule in the page's last fifth with a few head lines under it (the rest of the head and the
  body on the next page) is such a head too;
- the rows above the first rule of the next page go on the cut table when each of their pieces lies
  inside one of its columns (``carried``): a running header across columns stays out, a wrapped
  cell's lone line stays in; those rows alone over a lone rule keep the cut table's columns;
- a sub-head over no body text between cell edges of the rule is a column of its own;
- the parts are put on one column grid (:mod:`pdf_open_join`): a head with fewer columns takes runs
  of the body's columns centred on its texts; a text crossing the new edges, or no proof of the
  break, joins nothing.
"""

from __future__ import annotations

from typing import Any

from test_blind_family_noeul import COLS, _centred, _row, _rule, _text

from pledgecard.extract.readers.pdf_open_join import open_goes_on, refit
from pledgecard.extract.readers.pdf_open_tables import open_grids
from pledgecard.extract.readers.pdf_tables import PageTable, build_table, fill_tables, join_continued

HEIGHT = 400.0
JOINTS = COLS[1:3]  # a renderer draws each rule cell by cell


def _table(page: int, edges: list[dict[str, Any]], chars: list[dict[str, Any]], **kw: Any) -> PageTable:
    grids = open_grids(edges, chars, [], **kw)
    assert len(grids) == 1
    table = build_table(page, grids[0])
    fill_tables([table], chars)
    return table


def _cells(t: PageTable) -> dict[tuple[int, int], str]:
    return {(c.row, c.col): c.text for c in t.cells}


def test_a_head_alone_at_the_page_foot_is_a_grid_whose_body_the_next_page_prints() -> None:
    edges = _rule(340) + _rule(370, cut=JOINTS)
    chars = _row(["구분", "2024년", "2025년"], 350) + _centred("- 1 -", 50, 350, 385)
    grids = open_grids(edges, chars, [], HEIGHT)
    assert len(grids) == 1 and grids[0].head_only and grids[0].cut_below
    table = _table(1, edges, chars, height=HEIGHT)
    assert [_cells(table)[(0, k)] for k in range(3)] == ["구분", "2024년", "2025년"]
    assert open_grids(edges, chars, []) == []  # without the page's height: no proof it is the foot
    # high on its page, the same head and rules are no cut table
    high = _rule(40) + _rule(70, cut=JOINTS)
    assert not any(g.head_only for g in open_grids(high, _row(["구분", "2024년", "2025년"], 50), [], HEIGHT))


def test_the_head_joins_the_body_on_the_next_page_once() -> None:
    head = _table(
        1, _rule(340) + _rule(370, cut=JOINTS), _row(["구분", "2024년", "2025년"], 350), height=HEIGHT
    )
    body_chars = _row(["국비", "1,200", "300"], 24) + _row(["도비", "450", "-"], 44)
    body = _table(2, _rule(20, cut=JOINTS) + _rule(60, cut=JOINTS), body_chars, height=HEIGHT)
    assert open_goes_on(head, body)
    join_continued(head, body)
    assert head.row_texts(3) == [["구분", "2024년", "2025년"], ["국비", "1,200", "300"], ["도비", "450", "-"]]
    assert not head.cut_below and not head.head_only


def test_a_lone_rule_at_the_foot_with_head_lines_under_it_is_a_head() -> None:
    chars = _row(["구분", "2024년", "2025년"], 350)
    grids = open_grids(_rule(340), chars, [], HEIGHT)
    assert len(grids) == 1 and grids[0].head_only
    assert (
        open_grids(_rule(140), _row(["구분", "2024년", "2025년"], 150), [], HEIGHT) == []
    )  # mid-page: an underline
    many = [c for k in range(5) for c in _row(["구분", "2024년", "2025년"], 320 + 14 * k)]
    assert open_grids(_rule(310), many, [], HEIGHT) == []  # more lines than a head prints


def test_rows_above_the_next_pages_first_rule_go_on_the_cut_table() -> None:
    header = _text("관리카드 | 관리번호 1-2", 120, 4)  # a running header across columns
    rows = _row(["국비", "1,200", "300"], 24) + _centred("수소", 150, 250, 44) + _row(["도비", "", "-"], 58)
    edges = _rule(76, cut=JOINTS)
    grids = open_grids(edges, header + rows, [], HEIGHT, list(COLS))
    assert len(grids) == 1 and grids[0].cut_above and not grids[0].head_only
    table = _table(2, edges, header + rows, height=HEIGHT, carried=list(COLS))
    assert table.xs == list(COLS)  # the cut table's columns
    cells = _cells(table)
    assert not any("관리" in t for t in cells.values())
    assert [cells[(0, k)] for k in range(3)] == ["국비", "1,200", "300"]
    assert "수소" in cells.values()
    assert open_grids(edges, header + rows, [], HEIGHT) == []  # nothing cut on the page before
    assert open_grids(edges, header + rows, [], HEIGHT, [50.0, 200.0, 500.0]) == []  # another table's extent


def test_rows_carried_over_join_the_rows_cut_at_the_previous_pages_foot() -> None:
    top = _row(["구분", "2024년", "2025년"], 300) + _row(["계", "1,650", "300"], 320)
    cut = _table(
        1, _rule(296) + _rule(314, cut=JOINTS), top + _row(["국비", "1,200", "300"], 340), height=HEIGHT
    )
    assert cut.cut_below
    rest = _row(["도비", "450", "-"], 24)
    carried = _table(2, _rule(40, cut=JOINTS), rest, height=HEIGHT, carried=list(cut.xs))
    assert open_goes_on(cut, carried)
    join_continued(cut, carried)
    assert [r[0] for r in cut.row_texts(4)] == ["구분", "계", "국비", "도비"]


def test_a_sub_head_over_no_body_text_between_rule_joints_is_a_column() -> None:
    edges = _rule(100) + _rule(116, cut=JOINTS) + _rule(160, cut=JOINTS)
    chars = (
        _row(["구분", "2024년", "2025년"], 103)
        + _row(["국비", "", "300"], 120)
        + _row(["도비", "", "-"], 140)
    )
    cells = _cells(_table(1, edges, chars))
    assert cells[(0, 1)] == "2024년" and cells[(1, 1)] == "" and cells[(1, 2)] == "300"
    # a rule drawn in one piece proves no column there: the empty column is not guessed
    plain = _rule(100) + _rule(116) + _rule(160)
    assert {k for (_, k) in _cells(_table(1, plain, chars))} == {0, 1}


def test_a_head_with_fewer_columns_takes_the_runs_centred_on_its_texts() -> None:
    # 구분 | 연도별 투자계획 (over both years), cut from its sub-heads and body
    chars = _centred("구분", 50, 150, 350) + _centred("연도별 투자", 150, 350, 350)
    head = _table(1, _rule(340), chars, height=HEIGHT)
    assert head.n_cols == 2
    assert refit(head, [50.0, 150.0, 250.0, 350.0])
    spans = sorted((c.col, c.col_span, c.text) for c in head.cells)
    assert spans == [(0, 1, "구분"), (1, 2, "연도별 투자")]
    # a text across the new edges: no fit, the table unchanged
    wide = _table(
        1,
        _rule(340),
        _centred("구분", 50, 150, 350) + _text("연도별 투자계획 및 실적", 152, 350),
        height=HEIGHT,
    )
    before = [(c.col, c.col_span) for c in wide.cells]
    assert not refit(wide, [50.0, 100.0, 250.0, 350.0])  # 구분 crosses 100, the long text 250
    assert [(c.col, c.col_span) for c in wide.cells] == before and wide.n_cols == 2


def test_tables_of_one_extent_on_two_pages_join_only_where_the_break_is_proven() -> None:
    whole = _row(["구분", "2024년", "2025년"], 103) + _row(["국비", "1,200", "300"], 120)
    a = _table(1, _rule(100) + _rule(116, cut=JOINTS) + _rule(140, cut=JOINTS), whole, height=HEIGHT)
    b = _table(
        2,
        _rule(20) + _rule(36, cut=JOINTS) + _rule(60, cut=JOINTS),
        _row(["연도", "목표", "실적"], 23) + _row(["2024", "5.2km", "4.8km"], 40),
        height=HEIGHT,
    )
    assert not a.cut_below and not b.cut_above
    assert not open_goes_on(a, b)


def test_rows_cut_open_under_a_head_alone_may_hold_group_labels() -> None:
    # the head between its two rules, then rows to the page's end with a group label (<2025>) of one piece
    edges = _rule(300) + _rule(316, cut=JOINTS)
    rows = (
        _text("<2025>", 55, 322)
        + _row(["수소", "5.2km", "4.8km"], 338)
        + _text("<2026>", 55, 354)
        + _row(["충전소", "3곳", "-"], 370)
    )
    cells = _cells(_table(1, edges, _row(["사업", "목표", "실적"], 303) + rows, height=HEIGHT))
    assert ("수소" in cells.values()) and ("3곳" in cells.values())
    # under a closed table (its bottom rule the last), one-piece lines are running text, not its rows
    closed = _rule(280) + _rule(296, cut=JOINTS) + _rule(312, cut=JOINTS)
    body = _row(["사업", "목표", "실적"], 283) + _row(["수소", "5.2km", "4.8km"], 299)
    assert "3곳" not in _cells(_table(1, closed, body + rows, height=HEIGHT)).values()


def test_a_head_split_over_the_break_is_one_head_over_the_body() -> None:
    # page 1 ends with the top rule and the head's first line; page 2 prints the sub-heads over the
    # head rule, then the body and the closing rule
    head = _table(
        1, _rule(340), _centred("구분", 50, 150, 350) + _centred("연도별 투자", 150, 350, 350), height=HEIGHT
    )
    assert head.head_only
    page2 = _row(["", "2024년", "2025년"], 20) + _row(["국비", "1,200", "300"], 40)
    body = _table(
        2, _rule(34, cut=JOINTS) + _rule(60, cut=JOINTS), page2, height=HEIGHT, carried=list(head.xs)
    )
    assert body.cut_above
    assert open_goes_on(head, body)
    join_continued(head, body)
    cells = {(c.row, c.col): (c.text, c.row_span, c.col_span) for c in head.cells}
    assert cells[(0, 0)] == ("구분", 2, 1)  # over both head lines
    assert cells[(0, 1)] == ("연도별 투자", 1, 2)
    assert (cells[(1, 1)][0], cells[(1, 2)][0]) == ("2024년", "2025년")
    assert [cells[(2, k)][0] for k in range(3)] == ["국비", "1,200", "300"]


def test_the_rest_of_a_head_cell_carried_over_goes_on_that_cell() -> None:
    head = _table(1, _rule(340, cut=JOINTS), _row(["사업", "목표", "추진상황"], 350), height=HEIGHT)
    page2 = _centred("(완료/미착수)", 250, 350, 20) + _row(["수소", "5.2km", "완료"], 40)
    body = _table(
        2, _rule(34, cut=JOINTS) + _rule(60, cut=JOINTS), page2, height=HEIGHT, carried=list(head.xs)
    )
    assert open_goes_on(head, body)
    join_continued(head, body)
    assert head.row_texts(2) == [["사업", "목표", "추진상황\n(완료/미착수)"], ["수소", "5.2km", "완료"]]


def test_body_rows_between_two_rules_atop_the_next_page_go_on_the_cut_head() -> None:
    """Cross 2094 (session 16): a head alone at the page's foot, its body on the next page between two rules,
    a project cell centred over both rows (one strip): read as a head over nothing, no table."""
    head = _table(
        1, _rule(340) + _rule(370, cut=JOINTS), _row(["연도", "세부사업", "목표"], 350), height=HEIGHT
    )
    assert head.head_only
    chars = (
        _row(["2024", "", "공정률 60%"], 24)
        + _centred("그린센터 조성", 150, 250, 34)
        + _row(["2025", "", "공정률 70%"], 44)
    )
    edges = _rule(20, cut=JOINTS) + _rule(60, cut=JOINTS)
    assert open_grids(edges, chars, [], HEIGHT) == []  # nothing cut on the page before: no table
    body = _table(2, edges, chars, height=HEIGHT, carried=list(head.xs))
    assert not body.cut_above  # no rest of the head carried over
    assert open_goes_on(head, body)
    join_continued(head, body)
    assert [r[0] for r in head.row_texts(3)] == ["연도", "2024", "2025"]
    assert "그린센터 조성" in head.row_texts(3)[1]
