"""Structures the sweep of crossbred and mutated cards of the seventy families brought in (session 25, seeds
2780-2879 in PDF, HWPX and HWP, 3640-3689 in the text dump; the cards are pinned in tests/test_crossbreed.py
SEEDS_70 and tests/test_mutate_tables.py PINNED_70), on small inputs:

- a card laid out as one table a page break cut, the part atop the next page opening with a block label or an
  item indented by an empty cell (``6-1. 기 추진실적 ⦋…⦌``, no section label or heading row): kept whole as an
  unread table, the achievements lost (mutant 2784: 0.252 in PDF). It goes on the section the page before closed
  with (``layout_cut_card.goes_on_card_table``, ``layout.unpack_table(goes_on=True)``).
- an item table under a block-label column (구분 | 추진일자 | 추진내용 | 비고) whose second block is named by its
  reporting date alone (``2019-09-30`` spanning its rows): the column taken for a grid's row labels, no block read,
  every group and the as-of date lost (crossbred and mutant 2837: 0.921 in PDF, HWPX and HWP;
  ``layout_labels._dated_block_cell``).
- a funding table of a row a year going on after ``(계속)`` with its head again, the rest of the years closed by the
  whole's total row (``총사업비``): the second part unread (mutant 2847: 0.955 in every format;
  ``funding_head_again._periods_then_total``).
- a card's title wrapped in a narrow pane (two panes a page), its last word ``추진상황`` centred under it in the
  title's type: read as the header's status label, the whole header lost (mutant 2835: 0.921 in PDF;
  ``extract/title_wrap.py``).
- a header printed as bulleted label lines (``○ 공약명 : …``) under a title naming no card word: no card start
  found, nothing read (crossbred 3674 txt: 0.006; ``card_split._starts_with_name_label``).
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Font, Source, Table
from pledgecard.extract.layout import Line, unpack_table
from tests.conftest import make_line, make_table


def _on(page: int) -> Source:
    return Source(page=page)


def _spanned(rows: list[list[tuple[str, int]]], page: int) -> Table:
    """A table of rows of (text, column span) cells on ``page``."""
    cells = []
    for r, row in enumerate(rows):
        col = 0
        for text, span in row:
            cells.append(Cell(r, col, text, col_span=span, source=_on(page)))
            col += span
    return Table(cells=cells, n_rows=len(rows), n_cols=sum(s for _, s in rows[0]), source=_on(page))


REST = [
    [("6-1. 기 추진실적 ⦋’24년 4분기 기준 누계⦌", 4)],
    [("", 1), ("◳ 도시숲 조성 실시설계 용역 완료 : ’23년 6월 10일", 3)],
    [("", 1), ("◳ 자원순환 연도별 운영 실적", 3)],
    [("구분", 2), ("2024년", 1), ("계", 1)],
    [("취업자", 2), ("47", 1), ("47", 1)],
    [("6-2. ’25년 3월 기준", 4)],
    [("", 1), ("◳ 자원순환 공모 선정 : '25년 1학기", 3)],
]


def test_a_card_tables_rest_atop_the_next_page_goes_on_its_section() -> None:
    """Mutant 2784 (PDF): the card's table cut after its 추진실적 heading row, the rest opening the next page with
    block labels and items indented by an empty cell, a side table among them: kept whole (0.252)."""
    from pledgecard.extract.layout_cut_card import goes_on_card_table

    before = [
        Line(text="기대효과", marker="[5]", indent=0, source=_on(1), heading=True),
        Line(text="지역경제 활성화", marker="◳", indent=0, source=_on(1)),
        Line(text="추진실적", marker="[6]", indent=0, source=_on(1), heading=True),
    ]
    rest = _spanned(REST, 2)
    assert goes_on_card_table(before, rest)
    got = unpack_table(rest, goes_on=True)
    assert [it.text for it in got if isinstance(it, Line)] == [
        "기 추진실적 ⦋’24년 4분기 기준 누계⦌",
        "도시숲 조성 실시설계 용역 완료 : ’23년 6월 10일",
        "자원순환 연도별 운영 실적",
        "’25년 3월 기준",
        "자원순환 공모 선정 : '25년 1학기",
    ]
    assert [it.grid() for it in got if isinstance(it, Table)] == [
        [["구분", "2024년", "계"], ["취업자", "47", "47"]]
    ]
    # the part after a page closing on a table (a table's rows cut), on the same page, or opening with a head of
    # columns: no rest of the card's table, as before
    assert not goes_on_card_table([*before, make_table([["a", "b"]])], rest)
    assert not goes_on_card_table(before, _spanned(REST, 1))
    assert not goes_on_card_table(before, _spanned(REST[3:5], 2))
    # no heading among the items before (not the card's table), unless that table went on one itself
    plain = [Line(text="지역경제 활성화", marker="◳", indent=0, source=_on(1))] * 2
    assert not goes_on_card_table(plain, rest) and goes_on_card_table(plain, rest, went_on=True)
    assert unpack_table(rest) == [rest]


def test_a_date_alone_over_a_blocks_rows_under_a_block_label_names_a_block() -> None:
    """Crossbred 2837 (PDF, HWPX, HWP): 구분 | 추진일자 | 추진내용 | 비고, the first block's cell ``기 추진실적 (19.2/4분기
    누계)``, the second's ``2019-09-30`` alone: the column read as a grid's row labels, the table unread (0.921)."""
    cells = [
        Cell(0, 0, "구분"),
        Cell(0, 1, "추진일자"),
        Cell(0, 2, "추진내용"),
        Cell(0, 3, "비고"),
        Cell(1, 0, "기 추진실적\n(19.2/4분기 누계)", row_span=2),
        Cell(1, 1, "2019.04."),
        Cell(1, 2, "업무협약 체결"),
        Cell(1, 3, "완료"),
        Cell(2, 1, "18.4/4분기"),
        Cell(2, 2, "설명회 개최"),
        Cell(2, 3, "완료"),
        Cell(3, 0, "2019-09-30", row_span=2),
        Cell(3, 1, "19.9월"),
        Cell(3, 2, "제도 개선"),
        Cell(3, 3, ""),
        Cell(4, 1, "2019-07-17"),
        Cell(4, 2, "공모사업 최종 선정"),
        Cell(4, 3, "완료"),
    ]
    table = Table(cells=cells, n_rows=5, n_cols=4)
    got = unpack_table(table)
    assert [it.text for it in got if isinstance(it, Line) and it.heading] == [
        "《기 추진실적 (19.2/4분기 누계)》",
        "《2019-09-30》",
    ]
    # a date alone over one row (an item's date under a label column): no block, as before
    single = [c if c.text != "2019-09-30" else Cell(3, 0, "2019-09-30") for c in cells if c.row < 4]
    assert not any(
        it.text == "《2019-09-30》"
        for it in unpack_table(Table(cells=single, n_rows=4, n_cols=4))
        if isinstance(it, Line)
    )
    # no block label in the column (a grid of dates and figures): the table whole, as before
    grid = [c for c in cells if c.col != 0] + [
        Cell(0, 0, "구분"),
        Cell(1, 0, "2019-06-30", row_span=2),
        Cell(3, 0, "2019-09-30", row_span=2),
    ]
    assert unpack_table(Table(cells=grid, n_rows=5, n_cols=4))[0].n_rows == 5  # type: ignore[union-attr]


def test_years_going_on_after_the_caption_closed_by_the_total_row_are_one_table() -> None:
    """Mutant 2847 (PDF, HWPX, HWP): 2019년 / 2020년, (계속), the head again over 2021년 / 2022년 / 총사업비."""
    from pledgecard.extract.sections.funding import extract_funding

    head = ["구 분\n(단위: 천원)", "계", "국 비", "도 비", "군 비"]
    first = make_table(
        [head, ["2019년", "108,956", "-", "108,956", "-"], ["2020년", "333,348", "31,231", "302,117", "-"]]
    )
    rest = make_table(
        [
            head,
            ["2021년", "654,227", "143,086", "294,762", "216,379"],
            ["2022년", "748,174", "213,903", "159,502", "374,769"],
            ["총사업비", "1,844,705", "388,220", "865,337", "591,148"],
        ]
    )
    got = extract_funding([first, make_line("(계속)"), rest]).value["funding"]
    assert [c["label"] for c in got["columns"]] == ["2019", "2020", "2021", "2022", "총사업비"]
    assert got["rows"][0]["amounts_krw"][-1] == 1_844_705_000
    # a total row amid the rows (not closing them): two tables, the second unread as before
    amid = make_table([head, rest.grid()[3], *rest.grid()[1:3]])
    got = extract_funding([first, make_line("(계속)"), amid]).value["funding"]
    assert [c["label"] for c in got["columns"]] == ["2019", "2020"]


def _title(text: str, x0: float, top: float, x1: float, size: float = 16.8, bold: bool = True) -> Line:
    return Line(
        text=text,
        marker=None,
        indent=0,
        source=Source(page=1, bbox=(x0, top, x1, top + size), font=Font(size=size, bold=bold)),
    )


def test_a_title_wrapped_centred_in_its_type_is_one_line() -> None:
    """Mutant 2835 (PDF): ``물빛시 민선8기 시장 공약사업`` over ``추진상황``, centred over the left pane: the second line
    read as the status label, the header lost (0.921)."""
    from pledgecard.extract.title_wrap import title_wrap_joined

    title, wrap = (
        _title("물빛시 민선8기 시장 공약사업", 61.6, 66.7, 275.4),
        _title("추진상황", 136.9, 93.6, 200.1),
    )
    table = make_table([["관리번호", "5-31"]])
    (joined, rest) = title_wrap_joined([title, wrap, table])
    assert joined.text == "물빛시 민선8기 시장 공약사업 추진상황" and rest is table
    # the line under it in another type (a label line), off the axis, or far below: no wrap, as before
    for other in (
        _title("추진상황", 136.9, 93.6, 200.1, size=11.0),
        _title("추진상황", 61.6, 93.6, 124.8),
        _title("추진상황", 136.9, 140.0, 200.1),
        _title("추진상황", 136.9, 93.6, 200.1, bold=False),
    ):
        assert title_wrap_joined([title, other, table]) == [title, other, table]


def test_a_header_of_bulleted_label_lines_starts_a_card() -> None:
    """Crossbred 3674 (txt): a title naming no card word over ``○ 공약명 : …`` / ``○ 관리번호 : …`` lines: no card."""
    from pledgecard.extract.card_split import _starts_with_name_label, split_cards

    lines = [
        make_line("물빛시 민선8기 시장 공약사업 추진상황"),
        make_line("(2026. 6월 말 기준)"),
        make_line("공약명 : 반도체 소재 전문인력 5명 양성", "○"),
        make_line("관리번호 : 4-3-2", "○"),
        make_line("주관부서 : 에너지산업과", "○"),
        make_line("사업 개요", "▨"),
        make_line("사업기간 : 2022. 9. ~ 2028. 6.", "▪"),
    ]
    assert _starts_with_name_label(lines[2])
    (card,) = split_cards(lines)
    assert card[0].text == "물빛시 민선8기 시장 공약사업 추진상황"  # type: ignore[union-attr]
    # an item naming the pledge's word with no separator after it: no header line, as before
    assert not _starts_with_name_label(make_line("공약명 변경 협의 완료 2024. 3.", "○"))


def test_a_bulleted_pledge_label_among_a_named_cards_items_starts_no_card() -> None:
    """``○ 공약사업 : 청년센터 조성`` under 사업개요 of a card that has its 공약명: an item of the card, no new
    card's header (it split one card in two); beside another header field's bulleted line
    (``○ 관리번호 : …``) it is the next card's header."""
    from pledgecard.extract.card_split import split_cards

    head = [
        make_line("물빛시 민선8기 시장 공약사업 추진상황"),
        make_line("공약명 : 청년 일자리 확대", "○"),
        make_line("관리번호 : 4-3-2", "○"),
        make_line("주관부서 : 일자리과", "○"),
        make_line("사업 개요", "▨"),
    ]
    body = [make_line("공약사업 : 청년센터 조성", "○"), make_line("사업기간 : 2022. 9. ~ 2028. 6.", "○")]
    (card,) = split_cards([*head, *body])
    assert [x.text for x in card[-2:]] == [x.text for x in body]  # type: ignore[union-attr]
    nxt = [
        make_line("공약명 : 청년센터 조성", "○"),
        make_line("관리번호 : 4-3-3", "○"),
        make_line("사업 개요", "▨"),
    ]
    assert len(split_cards([*head, body[1], *nxt])) == 2


def test_a_lettered_run_inside_one_section_naming_it_alone_titles_its_sub_blocks() -> None:
    """Mutant 3686 (txt): ``⛒ 추진실적`` over ``가.`` / ``나.`` items, then a dated block whose sub-blocks are lettered
    too, ``가. 세부 추진실적`` / ``나. 주요 추진실적`` / ``다. 주요 추진실적``: the run read as the card's headings, the block
    cut off its section (0.762)."""
    from pledgecard.extract.card_sections import split_card

    def card(last: str) -> list[Line]:
        return [
            make_line("사업개요", "⛒"),
            make_line("사업기간 : '22년 7월 ~ '28년 12월", "⁍"),
            make_line("추진실적", "⛒"),
            make_line("［ 그간 추진실적 ］('23년 1분기 누계)"),
            make_line("늘봄학교 개소 : '22년 12월 10일", "가."),
            make_line("아카데미 운영 : '22년 12월 18일", "나."),
            make_line("［ '23년 2분기 현재 ］"),
            make_line("세부 추진실적", "가."),
            make_line("기반조성", "☜"),
            make_line("설명회 개최 : '23년 4월", "⇂"),
            make_line("주요 추진실적", "나."),
            make_line("용역 완료 : ’23. 6. 23.", "☜"),
            make_line(last, "다."),
            make_line("제도 개선 : '23. 1학기~", "☜"),
            make_line("기대효과", "⛒"),
            make_line("위상 강화", "⁍"),
        ]

    sections, _ = split_card(card("주요 추진실적"))
    assert [(s.name, len(s.items)) for s in sections[1:]] == [
        ("overview", 1),
        ("achievements", 11),
        ("effects", 1),
    ]
    # a run naming another section too (다. 향후 추진계획): no sub-blocks of one section, its lines head theirs
    sections, _ = split_card(card("향후 추진계획"))
    assert "plans" in [s.name for s in sections]


def test_a_ruled_shading_whose_side_rules_go_on_past_it_closes_no_cell() -> None:
    """Mutant 2837 (PDF): the second block's label cell (``2026-06-30``) cut by a page break, its shading painted
    over its first row only, the column unruled below: the shading's foot taken for the cell's, the date a row's
    alone, the block lost (0.928)."""
    from pledgecard.extract.readers.pdf_page import PageModel, edges_of

    def rect(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
        return {
            "x0": x0,
            "x1": x1,
            "top": top,
            "bottom": bottom,
            "width": x1 - x0,
            "height": bottom - top,
            "stroke": False,
            "object_type": "rect",
        }

    def line(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
        return {
            "x0": x0,
            "x1": x1,
            "top": top,
            "bottom": bottom,
            "width": x1 - x0,
            "height": bottom - top,
            "object_type": "line",
        }

    rows = [543.7, 566.1, 604.1, 642.1, 680.1]
    sides = [line(x, a, x, b) for x in (51.7, 133.7) for a, b in zip(rows, rows[1:], strict=False)]
    top = line(51.4, 543.7, 134.0, 543.7)

    def feet(lines: list[dict[str, object]]) -> list[float]:
        page = PageModel(
            number=2,
            width=595.0,
            height=842.0,
            chars=[],
            lines=lines,
            rects=[rect(51.7, 543.7, 133.7, 566.1)],
        )
        return sorted(
            e["top"]
            for e in edges_of(page, shadings=False)
            if e["orientation"] == "h" and e["x0"] < 60 and e["top"] > 550
        )

    assert feet([top, *sides]) == []
    # a rule drawn along its foot, or side rules ending at it (a head cut by the page's foot): its foot closes the cell
    assert 566.1 in feet([top, *sides, line(51.4, 566.1, 134.0, 566.1)])
    assert feet([top, *[s for s in sides if s["top"] < 560]]) == [566.1]


def _boxed(text: str, x0: float, top: float, x1: float, size: float = 9.3) -> Line:
    return Line(text=text, marker=None, indent=0, source=Source(page=3, bbox=(x0, top, x1, top + size)))


def test_a_key_fact_tiles_caption_under_its_figure_is_no_heading() -> None:
    """Mutant 2794 (PDF): dallae-city's slide tiles over the overview table (``225.38억원`` over ``총사업비``,
    ``'22.7월～'28.2월`` over ``사업기간``, ``일부추진`` over ``추진상황``): the last caption read as the 추진실적 heading,
    the overview table after it lost (0.933)."""
    from pledgecard.extract.card_sections import split_card
    from pledgecard.extract.tile_captions import tile_captions

    figures = [
        _boxed("225.38억원", 126.1, 81.2, 235.0, 20.9),
        _boxed("'22.7월～'28.2월", 352.8, 81.2, 513.0, 20.9),
        _boxed("일부추진", 646.0, 81.2, 724.6, 20.9),
    ]
    captions = [
        _boxed("총사업비", 163.0, 107.2, 198.1),
        _boxed("사업기간", 415.3, 107.2, 450.5),
        _boxed("추진상황", 667.7, 107.2, 702.9),
    ]
    table = make_table(
        [["사업기간", "'22.7월～'28.2월"], ["사업비", "22,538백만원(국비 8,408, 도비 6,802, 시비 7,328)"]]
    )
    items = [make_line("사업개요", "⏬"), *figures, *captions, table, make_line("재원 투자계획", "⏬")]
    assert tile_captions(list(enumerate(items))) == {4, 5, 6}
    sections, _ = split_card(items)
    assert [(s.name, len(s.items)) for s in sections[1:]] == [("overview", 7), ("funding", 0)]
    # captions off their figures' centres, or a line's more than the figures above: no tiles
    shifted = [_boxed(c.text, c.source.bbox[0] + 12, 107.2, c.source.bbox[2] + 12) for c in captions]  # type: ignore[index]
    assert tile_captions(list(enumerate([*figures, *shifted]))) == set()
    assert tile_captions(list(enumerate([*figures[:2], *captions]))) == set()


def _digits(text: str, x0: float, w: float = 4.5) -> list[dict[str, object]]:
    out, x = [], x0
    for ch in text:
        step = 2.1 if ch == " " else w
        out.append(
            {
                "text": ch,
                "x0": x,
                "x1": x + step,
                "top": 100.0,
                "bottom": 109.0,
                "size": 9.0,
                "fontname": "F",
                "upright": True,
            }
        )
        x += step
    return out


def test_figures_touching_over_a_rule_each_from_its_cells_padding_are_whole() -> None:
    """Mutants 2816 / 2830 (PDF): figures too wide for their cells run on from the cell's padding into the next
    cell, whose figure starts at its own padding (``1,183,572천원`` then ``1,312,779천원``; ``196 133 959`` then
    ``575 628 996`` drawn back 1.2 pt over it): each pair marked unsure, the funding nulled (0.958, 0.870)."""
    from pledgecard.extract.readers.pdf_collisions import mark_collisions
    from pledgecard.extract.readers.pdf_lines import LOST, chars_to_lines

    xs, owners = [151.8, 195.3, 238.9, 282.4], [[0, 1, 2]]

    def texts(cells: list[list[dict[str, object]]]) -> list[str]:
        mark_collisions(xs, owners, cells)  # type: ignore[arg-type]
        return [" ".join(ln.text for ln in chars_to_lines(c, page=1)) for c in cells]  # type: ignore[arg-type]

    w = 43.6 / 9  # the first figure ends right where the second starts: one run of glyphs, end to end
    assert texts([_digits("1,183,572", 156.1, w), _digits("1,312,779", 199.7, w), _digits("20", 270.0)]) == [
        "1,183,572",
        "1,312,779",
        "20",
    ]
    # the second starting off its cell's padding (where the first's figure could go on): unsure, as before
    assert [
        LOST in t
        for t in texts([_digits("1,183,572", 156.1, w), _digits("1,312,779", 200.3, w), _digits("20", 270.0)])
    ] == [True, True, False]
    # the second followed a word space on by a digit of the next cell, off that cell's padding, no group of its own
    # (touching more): it may go on there
    assert [
        LOST in t
        for t in texts(
            [
                _digits("1,183,572", 156.1, w),
                _digits("1 312 77", 199.7, w),
                _digits("93.1", 199.7 + 6 * w + 4.2 + 2.1, w),
            ]
        )
    ] == [True, True, False]


def test_a_spaced_figures_group_run_on_left_of_the_next_cells_padding_is_its_own() -> None:
    """Mutant 2830 (PDF): ``2 753 789 795`` too wide for its cell, its last group ``795`` drawn over the rule,
    a word space after ``789``, before the next cell's padding (that cell's ``36.2`` right-aligned): the group read
    as the next cell's (``2 753 789`` a wrong total, ``795 36.2``); now the figure's, as its start proves."""
    from pledgecard.extract.readers.pdf_collisions import mark_collisions
    from pledgecard.extract.readers.pdf_lines import chars_to_lines

    xs, owners = [413.0, 456.5, 500.0], [[0, 1]]

    def figure() -> list[dict[str, object]]:
        return _digits("2 753 789 ", 417.3)  # its space drawn before the rule

    def texts(cells: list[list[dict[str, object]]]) -> list[str]:
        mark_collisions(xs, owners, cells)  # type: ignore[arg-type]
        return [" ".join(ln.text for ln in chars_to_lines(c, page=1)) for c in cells]  # type: ignore[arg-type]

    assert texts([figure(), _digits("795", 455.1) + _digits("36.2", 479.9)]) == ["2 753 789 795", "36.2"]
    # the group at the next cell's padding (its own text's start), or the figure not starting at its padding: kept
    assert texts([figure(), _digits("795", 460.8) + _digits("36.2", 479.9)]) == ["2 753 789", "795 36.2"]
    assert (
        texts([_digits("2 753 789", 419.0), _digits("795", 456.8) + _digits("36.2", 479.9)])[1] == "795 36.2"
    )
