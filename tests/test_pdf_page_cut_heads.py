"""Table heads a PDF page break cuts, as swept cards drew them (mutant 2134, crossbred card 2149):

- a head row of spanning words alone at a page's foot (구 분 | 연도별 투자계획), maybe over a row of its
  cells' cut, the rest of the head (the years) and the body on the next page on finer columns: one
  table (the second half of a split funding table was lost; mutant 2177's whole table);
- a sliver row a hair high at a table's foot (the bottom of head cells spanning two rows, cut just
  below the first), empty, its columns opened on the next page: dropped, so that no empty row stands
  between the head's two rows (the goal table read no goal).
"""

from __future__ import annotations

from test_blind_families_11 import _page_table

from pledgecard.extract.document import Cell
from pledgecard.extract.readers.pdf_tables import PageTable, continues_on, join_continued

YEARS = [51.7, 150.0, 250.0, 350.0, 450.0, 550.0, 650.0]


def test_a_head_row_of_spanning_words_alone_goes_on_onto_the_finer_columns_below() -> None:
    head = PageTable(
        page=1,
        bbox=(51.7, 500.0, 650.0, 520.0),
        xs=[51.7, 150.0, 650.0],
        ys=[500.0, 520.0],
        cells=[Cell(0, 0, "구 분"), Cell(0, 1, "연도별 투자계획")],
        cell_lines=[[], []],
    )
    body = _page_table(
        2,
        YEARS,
        [
            ["『단위：백만원』", "2024년", "2025년", "2026년", "2027년", "2028년"],
            ["계", "5 718", "2 854", "4 099", "5 051", "1 913"],
        ],
    )
    assert continues_on(head, body)
    assert head.xs == YEARS and (head.cells[1].col, head.cells[1].col_span) == (1, 5)
    # under the head row, a row of its cells' cut (empty, a line high): the same, the row dropped
    cut = PageTable(
        page=1,
        bbox=(51.7, 500.0, 650.0, 528.0),
        xs=[51.7, 150.0, 650.0],
        ys=[500.0, 520.0, 528.0],
        cells=[Cell(0, 0, "구 분"), Cell(0, 1, "연도별 투자계획"), Cell(1, 0, ""), Cell(1, 1, "")],
        cell_lines=[[], [], [], []],
    )
    assert continues_on(cut, _page_table(2, YEARS, body.row_texts(2))) and cut.n_rows == 1
    # a head printed again atop the next page opens with the same word: a table of its own
    again = PageTable(
        page=1,
        bbox=(51.7, 500.0, 650.0, 520.0),
        xs=[51.7, 150.0, 650.0],
        ys=[500.0, 520.0],
        cells=[Cell(0, 0, "『단위：백만원』"), Cell(0, 1, "연도별 투자계획")],
        cell_lines=[[], []],
    )
    assert not continues_on(again, body)
    # a one-cell title box over a table is no head of it; nor a row of figures
    box = PageTable(
        page=1,
        bbox=(51.7, 500.0, 650.0, 520.0),
        xs=[51.7, 650.0],
        ys=[500.0, 520.0],
        cells=[Cell(0, 0, "연도별 투자계획")],
        cell_lines=[[]],
    )
    assert not continues_on(box, body)
    figures = PageTable(
        page=1,
        bbox=(51.7, 500.0, 650.0, 520.0),
        xs=[51.7, 150.0, 650.0],
        ys=[500.0, 520.0],
        cells=[Cell(0, 0, "합계"), Cell(0, 1, "23,617")],
        cell_lines=[[], []],
    )
    assert not continues_on(figures, body)


GOALS = [52.0, 173.0, 216.0, 270.0, 325.0]


def _goal_head(sliver: float) -> PageTable:
    cells = [
        Cell(0, 0, "성과지표"),
        Cell(0, 1, "단위"),
        Cell(0, 2, "2023년", col_span=2),
        Cell(1, 0, ""),
        Cell(1, 1, ""),
    ]
    return PageTable(
        page=3,
        bbox=(52.0, 726.0, 325.0, 760.0 + sliver),
        xs=GOALS,
        ys=[726.0, 760.0, 760.0 + sliver],
        cells=cells,
        cell_lines=[[] for _ in cells],
    )


def _goal_body() -> PageTable:
    return _page_table(
        4, GOALS, [["", "", "목표", "실적"], ["시설 설치", "개소", "10", "9"]], open_top=frozenset({0, 1})
    )


def test_a_sliver_row_at_a_tables_foot_is_dropped_when_the_table_goes_on() -> None:
    a = _goal_head(3.3)
    join_continued(a, _goal_body())
    assert a.row_texts(a.n_rows) == [
        ["성과지표", "단위", "2023년", "2023년"],
        ["성과지표", "단위", "목표", "실적"],
        ["시설 설치", "개소", "10", "9"],
    ]


def test_a_row_as_high_as_a_line_stays_a_row() -> None:
    a = _goal_head(14.0)
    join_continued(a, _goal_body())
    assert a.n_rows == 4


def test_a_sliver_across_every_column_stays_a_row() -> None:
    """A sliver under every column (its cells or cells spanning into it) is a row the break cut as it
    opened: the row above ends there (its
    last item, 세부 추진실적, does not run on into the next page's first, 1) 기업지원)."""
    # the block label's cell spans into the sliver, the sliver's own cell beside it
    cells = [Cell(0, 0, "기 추진실적", row_span=2), Cell(0, 1, "세부 추진실적"), Cell(1, 1, "")]
    a = PageTable(
        page=1,
        bbox=(52.0, 500.0, 325.0, 523.4),
        xs=[52.0, 175.0, 325.0],
        ys=[500.0, 520.0, 523.4],
        cells=cells,
        cell_lines=[[] for _ in cells],
        open_bottom=frozenset({0, 1}),
    )
    b = _page_table(
        2, [52.0, 175.0, 325.0], [["", "1) 기업지원"], ["", "가) 아카데미 운영"]], open_top=frozenset({0, 1})
    )
    join_continued(a, b)
    texts = [row[1] for row in a.row_texts(a.n_rows)]
    assert "세부 추진실적" in texts and "1) 기업지원" in texts


BODY = [51.7, 103.25, 790.19]


def test_a_label_printed_a_letter_a_line_cut_by_a_break_goes_on_with_its_row() -> None:
    """A body table's row cut by a page break, its content cell open, its label (printed a letter a line)
    drawn closed on each page with letters on both (라 / . over 기 / 대 / 효 / 과): the label's second part
    read as a row of its own, no section named by either part (mutant 2299: 0.674)."""
    a = _page_table(
        1,
        BODY,
        [["다\n.\n향\n후\n계\n획", "⁍ 만족도 조사 실시"], ["라\n.", "⁍ 삶의 질 향상"]],
        open_bottom=frozenset({1}),
    )
    join_continued(
        a,
        _page_table(
            2,
            BODY,
            [["기\n대\n효\n과", "⇨ 정주여건 개선"], ["마\n.\n시\n민\n소\n통", ""]],
            open_top=frozenset({1}),
        ),
    )
    assert [r[0] for r in a.row_texts(a.n_rows)] == [
        "다\n.\n향\n후\n계\n획",
        "라\n.\n기\n대\n효\n과",
        "마\n.\n시\n민\n소\n통",
    ]
    # a closed column printing a figure on each page (연번 1 over 2) is no label cut: only the open cell goes on
    b = _page_table(1, BODY, [["1", "⁍ 삶의 질 향상"]], open_bottom=frozenset({1}))
    join_continued(b, _page_table(2, BODY, [["2", "⇨ 정주여건 개선"]], open_top=frozenset({1})))
    assert [r[0] for r in b.row_texts(b.n_rows)] == ["1", "2"]


def test_sliver_rows_at_the_tops_of_both_parts_are_dropped() -> None:
    """Crossbred card 2310 (FAMILIES[:56], PDF): the head cut inside the years' row, a sliver atop the first part
    (성과지표 spanning it and the years' row, every other cell empty) and atop the second (the years' row's rest
    over 목표 | 실적, 단위 spanning both): read as two empty rows amid the head, no goal read (goals 0.0)."""
    top = [
        Cell(0, 0, "성과지표", row_span=2),
        Cell(0, 1, ""),
        Cell(0, 2, "", col_span=2),
        Cell(1, 1, ""),
        Cell(1, 2, "2023년", col_span=2),
    ]
    a = PageTable(
        page=3,
        bbox=(52.0, 721.4, 325.0, 755.9),
        xs=GOALS,
        ys=[721.4, 724.7, 755.9],
        cells=top,
        cell_lines=[[] for _ in top],
        open_bottom=frozenset({1}),
    )
    rest = [
        Cell(0, 0, "", row_span=2),
        Cell(0, 1, "단위", row_span=2),
        Cell(0, 2, ""),
        Cell(0, 3, ""),
        Cell(1, 2, "목표"),
        Cell(1, 3, "실적"),
        Cell(2, 0, "시설 설치"),
        Cell(2, 1, "개소"),
        Cell(2, 2, "10"),
        Cell(2, 3, "9"),
    ]
    b = PageTable(
        page=4,
        bbox=(52.0, 51.0, 325.0, 120.0),
        xs=GOALS,
        ys=[51.0, 54.4, 90.0, 120.0],
        cells=rest,
        cell_lines=[[] for _ in rest],
    )
    join_continued(a, b)
    assert a.row_texts(a.n_rows) == [
        ["성과지표", "단위", "2023년", "2023년"],
        ["", "단위", "목표", "실적"],
        ["시설 설치", "개소", "10", "9"],
    ]
