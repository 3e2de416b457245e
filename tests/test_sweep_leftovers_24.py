"""Structures the PDF leftovers of the sweeps of sessions 21-23 (mutated and crossbred cards still below 0.97; pinned
in tests/test_mutate_tables.py PINNED_62 / PINNED_65 and tests/test_crossbreed.py SEEDS_65), on small inputs:

- a figure wider than its narrow cell runs on into the next, whose own figure is drawn back over its last glyph
  (mutants 2585, 2607): both were marked unsure and the funding table nulled with them (tests/test_pdf_collisions.py).
- a funding table set in small type between a rule over it and one under it, no rule under its head (mutant
  2537, 0.871): the page's running text under it, its word gaps wider than half the table's characters, read as
  the rows a page break cut off the table, and the table not built; its cells then lines, the zero cells' lone
  dashes bullet items, the page cut into two panes through the table. Now lines of another type size are none of
  the table's rows (``pdf_open_cuts._in_type``), a head line spanning the columns under it (``연차별 투자계획``)
  is a head row (``unruled_head``), a marker with no text after it opens no column (``pdf_columns.opens_item``).
- two panes, the right one a heading, a dated line and one tall table beside the left pane's items (mutant 2511,
  0.725): three anchors a side were asked, the page read row by row across the gutter; a table standing beside
  three of the other side's anchors holds its side with one more (``pdf_columns._holds``).
- a body table's cell cut by the page's column break, going on atop the right pane, a table nested in its second
  part (mutant 2462, 0.785): the cell's lines and the nested table put in order by their height on the page, the
  second part's items (higher up) before the first's, the block dates carried to the wrong items; a nested
  table now stands after the last line printed over it in its own column (``pdf_assemble._slot``); a full line's
  right edge is the farthest end of the lines across it, not of the other column's (``pdf_lines._rights``: a date
  range wrapped after its tilde, ``'20.3. ∼`` / ``'20.4.``, was read as a line of its own and a one-cell table).
- a bullet item's full line wrapped under a hanging indent set 4 pt deeper than the item's text (crossbred 2575,
  0.887): the continuation read as an item of its own (a level 4 line), the item's date lost; a full line goes on
  under its text start up to an em past it (``pdf_lines.continues``).
- a section's title at the left margin under both panes, right over a table of the page's width (crossbred 2408,
  0.928): taken into the left pane's zone and read before the right pane's items, which then fell under that
  section (the block's heading and date lost); a section title closing a zone below every item of the other
  column, over the item across the gutter, heads what follows (``pdf_columns._foot_heading``).
- generator fault: a funding table's title row (재원별 연차별 투자계획 | the unit) over a head whose 구분 and 총 계 span
  its two rows, two rows in the thead: the rowspans cut at the thead's end, the years' row drawn shifted under
  구분 (mutant 2511, money 0.125). The PDF renderer's thead now holds the rows its head cells span into.
- an item numbered past the first of its run (``마.`` with no ``가.`` before: a table's caption among the items;
  crossbred 2608): read as a new deeper level under the last note (level 4); a numbering met past its first opens
  no deeper level, it numbers the section's top level (``sections/achievements``, ``markers.run_place``).
"""

from __future__ import annotations

from pledgecard.extract.markers import run_place
from pledgecard.extract.readers.pdf_assemble import _runs, _slot
from pledgecard.extract.readers.pdf_columns import column_order, opens_item
from pledgecard.extract.readers.pdf_lines import Line, continues, join_wrapped
from pledgecard.extract.readers.pdf_open_cuts import in_type
from pledgecard.extract.readers.pdf_open_rows import unruled_head
from pledgecard.extract.readers.pdf_tables import PageTable
from pledgecard.extract.sections.achievements import extract_achievements
from tests.conftest import make_line


def _line(text: str, marker: str | None, x0: float, top: float, x1: float, size: float = 10.0) -> Line:
    return Line(
        text=text, marker=marker, x0=x0, top=top, x1=x1, bottom=top + size, text_x0=x0, size=size, page=1
    )


def _table(x0: float, top: float, x1: float, bottom: float) -> PageTable:
    return PageTable(page=1, bbox=(x0, top, x1, bottom), xs=[x0, x1], ys=[top, bottom], cells=[])


LEFT = [
    _line("사업 개요", "<1>", 51, 212, 112),
    _line("사업기간 : 2022 ~ 2028", "⭰", 51, 227, 214),
    _line("총사업비 : 47,250.2백만원", "⭰", 51, 242, 328),
    _line("주요내용", "⭰", 51, 272, 97),
    _line("투자 재원 및 계획", "<2>", 51, 302, 145),
]


def _page(right_table: PageTable | None) -> list[Line | PageTable]:
    right: list[Line | PageTable] = [
        _line("주요 추진실적", "<3>", 421, 212, 500),
        _line("《 기 추진실적 》", None, 421, 227, 569),
    ]
    items: list[Line | PageTable] = [LEFT[0], right[0], LEFT[1], right[1], LEFT[2]]
    if right_table is not None:
        items.append(right_table)
    return [*items, *LEFT[3:]]


def test_a_pane_of_a_heading_and_one_tall_table_beside_the_other_panes_items_is_a_column() -> None:
    table = _table(421, 242, 782, 529)
    out, columns = column_order(_page(table))
    assert len(columns) == 2 and table in columns[1] and LEFT[4] in columns[0]
    assert out.index(LEFT[4]) < out.index(table)  # the left pane read to its end first
    # a table beside two of the other side's items only: no column proven, the page read row by row
    short = _table(421, 242, 782, 262)
    assert column_order(_page(short))[1] == []
    assert column_order(_page(None))[1] == []


def test_a_lone_dash_opens_no_column() -> None:
    assert not opens_item(_line("", "-", 203, 434, 205, 5.0))
    assert opens_item(_line("추진 실적", "⇷", 51, 501, 111)) and opens_item(
        _line("가) 기업 유치", None, 51, 501, 111)
    )
    assert not opens_item(_line("-", None, 299, 434, 301, 5.0))


def _chars(text: str, x0: float, top: float, size: float) -> list[dict]:  # type: ignore[type-arg]
    return [
        {
            "text": ch,
            "x0": x0 + k * size,
            "x1": x0 + (k + 1) * size,
            "top": top,
            "bottom": top + size,
            "size": size,
        }
        for k, ch in enumerate(text)
        if not ch.isspace()
    ]


def test_the_running_text_under_a_small_type_table_is_none_of_its_rows() -> None:
    rows = _chars("계 31 440.0 4 651.6", 51, 490, 5.0) + _chars("국 비 7 060.0 -", 51, 500, 5.0)
    text = _chars("⇷ 추진 실적", 51, 520, 10.0) + _chars("⛂ 기 추진실적 - '24년 2분기 기준", 51, 540, 10.0)
    assert in_type([*rows, *text], 5.0) == rows
    assert in_type(text, 5.0) == []
    assert in_type(text, 10.0) == text


def _strip(n: int) -> list:  # type: ignore[type-arg]
    return [object()] * n


def test_a_spanning_head_line_of_a_table_ruled_only_over_and_under_is_a_head_row() -> None:
    # 재원별 연차별 투자계획 | 연차별 투자계획 | 구 분 총 계 비율 증감액 | the years | rows of ten cells
    assert unruled_head([_strip(2), _strip(1), _strip(4), _strip(6), _strip(10), _strip(10), _strip(8)]) == 3
    assert unruled_head([_strip(6), _strip(6), _strip(6)]) == 1  # a head of one line, as before
    assert unruled_head([_strip(1), _strip(1)]) == 1


def test_an_item_numbered_past_the_first_of_its_run_opens_no_deeper_level() -> None:
    assert [run_place(m) for m in ("가.", "마.", "1)", "5.", "Ⅲ.", "③", "•")] == [0, 4, 0, 4, 2, 2, None]
    assert run_place("2-3.") == 2  # a joined numbering: its own place is its last number
    items = [
        make_line("해양레저 브랜드 선포식 개최 : 2026. 6월", "•"),
        make_line("참여기관 : 바람테크노파크", "*"),
        make_line("신규 참여기업 협약 : 2026. 4월", "•"),
        make_line("세부 내용", "-"),
        make_line("참여기관 : 하람솔루션", "*"),
        make_line("월별 추진내용", "마."),
    ]
    got = extract_achievements(items).value["achievements"]
    assert [(a["marker"], a["level"]) for a in got] == [
        ("•", 1),
        ("*", 2),
        ("•", 1),
        ("-", 2),
        ("*", 3),
        ("마.", 1),
    ]
    assert got[-1]["parent"] is None
    # numbered from its first (가.): a level of its own under the bullet, as before
    first = [*items[:3], make_line("월별 추진내용", "가.")]
    assert [a["level"] for a in extract_achievements(first).value["achievements"]] == [1, 2, 1, 2]


def test_a_table_nested_in_a_cell_going_on_atop_the_next_pane_stands_after_the_lines_over_it_there() -> None:
    left = [
        _line(f"왼쪽 {n}", "➤", 60, 330 + 20 * n, 400) for n in range(8)
    ]  # the cell's first part, low on the page
    right = [
        _line(f"오른쪽 {n}", "➤", 440, 51 + 20 * n, 780) for n in range(3)
    ]  # its rest atop the right pane
    after = _line("표 아래", "➤", 440, 260, 780)
    nested = _table(440, 120, 780, 250)
    lines = [*left, *right, after]
    assert _slot(lines, nested) == len(left) + len(
        right
    )  # after 오른쪽 2, before 표 아래 (not before 왼쪽 0)
    assert _runs(lines, [nested]) == [[*left, *right], [after]]
    # no line over it in its column: before the first under it
    assert _slot([*left, after], nested) == len(left)
    # no line over or under it in its column: after the lines left of it, however low they run (the left
    # column read first), and after a line higher on the page, not after a lower one right of it
    assert _slot(left, nested) == len(left)
    assert _slot([*left, _line("오른쪽 아래", "➤", 790, 300, 900)], nested) == len(left)
    assert _slot([_line("위", "➤", 790, 60, 900), _line("오른쪽 아래", "➤", 790, 300, 900)], nested) == 1
    assert _slot([_line("아래", "➤", 420, 300, 800)], nested) == 0  # across its width: under it, before it


def _item(x1: float) -> Line:
    line = _line(
        "㈜그린엔지니어링, (주)다온팜 등 12개 기업 투자협약 체결, 추진 과정에서 제기된",
        "•",
        51.4,
        136.9,
        x1,
        10.5,
    )
    line.text_x0, line.last_top, line.last_bottom, line.last_x1 = 64.2, 136.9, 147.4, x1
    return line


def test_a_full_lines_wrap_under_a_hanging_indent_a_little_deeper_than_its_text_goes_on() -> None:
    nxt = _line("검토하여 설계 및 운영계획에 단계적으로 반영 : '23년 2분기", None, 68.2, 153.7, 400, 10.5)
    assert continues(_item(543.7), nxt, 543.7)
    assert not continues(_item(420.0), nxt, 543.7)  # the line not full: a line of its own
    deep = _line("검토하여 설계", None, 80.0, 153.7, 400, 10.5)
    assert not continues(_item(543.7), deep, 543.7)  # past an em beyond the text start: no wrap


def test_a_section_title_under_both_panes_over_a_page_wide_table_is_read_after_them() -> None:
    left = [
        _table(52, 51, 412, 135),
        _line("추경 반영분", "*", 51, 145, 116),
        _line("교부결정 기준", "*", 51, 162, 123),
        _line("기금 교부 예정액", "주1)", 51, 179, 187),
    ]
    right = [
        _line("주요 추진실적", "다.", 421, 55, 499),
        _line("업무협약 체결 : '23.7월", "1)", 421, 72, 708),
        _line("설명회 개최 : '23. 9월", "2)", 421, 89, 671),
        _line("협약 : '23. 8월", "3)", 421, 105, 722),
    ]
    title, wide = _line("성과 목표 및 실적", "▌", 51, 208, 154), _table(51, 227, 790, 438)
    items: list[Line | PageTable] = [
        left[0],
        right[0],
        right[1],
        right[2],
        right[3],
        left[1],
        left[2],
        left[3],
        title,
        wide,
    ]
    out, columns = column_order(items)
    assert out == [*left, *right, title, wide] and title not in columns[0]
    # a line of the left pane's text (no section's title) there stays the pane's
    note = _line("교부 예정액 미확정", None, 51, 208, 154)
    assert column_order([*items[:8], note, wide])[0] == [*left, note, *right, wide]


def test_a_cells_full_line_in_the_left_pane_wraps_though_the_cells_rest_atop_the_right_pane_is_wider() -> (
    None
):
    first = _line(
        "산업통상자원부 주관 도시숲 공모사업 최종 선정(국비 44억 확보) : '20.3. ∼",
        "➤",
        80.9,
        348.3,
        398.1,
        9.5,
    )
    first.text_x0, first.last_top, first.last_bottom, first.last_x1 = 93.0, 348.3, 357.8, 398.1
    wrap = _line("'20.4.", None, 81.0, 362.7, 107.0, 9.5)
    other = _line(
        "주요 추진실적 빈내경제진흥원 공동 도시숲 아카데미 운영(수료생 18명) : '21.4/4분기",
        "➤",
        440.0,
        60.0,
        774.4,
        9.5,
    )
    got = join_wrapped([first, wrap, other], cell=True)
    assert [ln.text.endswith("'20.3. ∼ '20.4.") for ln in got] == [True, False]


def test_the_pdf_renderers_head_holds_the_rows_its_cells_span_into() -> None:
    from samples.layout import Grid
    from samples.render_pdf import _grid_html, _head_rows

    g = Grid(4, 3, widths=[1, 1, 1], role="funding", head_rows=2)
    g.put(0, 0, "재원별 연차별 투자계획", cs=3, head=True)
    g.put(1, 0, "구분", rs=2, head=True)
    g.put(1, 1, "연차별 투자계획", cs=2, head=True)
    g.put(2, 1, "2023", head=True)
    g.put(2, 2, "2024", head=True)
    for col, text in enumerate(("계", "10", "20")):
        g.put(3, col, text)
    assert _head_rows(g) == 3
    html = _grid_html(g)
    assert (
        html.index("2024") < html.index("</thead>") < html.index("<p>계</p>")
    )  # the years' row in the head, the rows under it
    g.head_rows = 0  # no head repeated: no thead at all
    assert _head_rows(g) == 0


def test_a_frame_is_two_fills_one_just_inside_the_other_a_shading_drawn_twice_is_none() -> None:
    """A box's border drawn as a dark fill with the paper's fill just inside it (HWP's framed box) is rules; the
    same shading drawn twice, or a fill well inside another (a shaded cell in a shaded box), is no frame."""
    from pledgecard.extract.readers.pdf_page import _framed

    def rect(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
        return {
            "x0": x0,
            "x1": x1,
            "top": top,
            "bottom": bottom,
            "width": x1 - x0,
            "height": bottom - top,
            "stroke": False,
        }

    outer, inner = rect(51.0, 363.0, 544.2, 419.6), rect(51.7, 363.7, 543.5, 418.9)
    assert _framed([outer, inner]) == {0, 1}
    assert _framed([outer, dict(outer)]) == set()
    assert _framed([outer, rect(60.0, 370.0, 500.0, 400.0)]) == set()
