"""Section headings printed bare (no marker, number, bracket or box) whose words no vocabulary
names, told from body text by the shape of the card's known bare headings (extract/bare_headings.py)
and kept off the item above by the text joiner (extract/textjoin.py).

gyeol-province with unknown headings (samples/unknown_headings.py) read 0.25 pdf / hwpx / hwp and
0.23 txt before: its bare ``사업의 주요 골자`` / ``돈이 드는 곳`` ... could not be told from body text,
and in the text dump ``돈이 드는 곳`` / ``앞으로의 과제`` were read as the wrapped rest of the item above.
"""

from __future__ import annotations

from collections.abc import Callable

from pledgecard.extract.bare_headings import bare_sibling_headings, bare_title
from pledgecard.extract.cards import split_sections
from pledgecard.extract.content_kinds import kind_by_content
from pledgecard.extract.document import Paragraph, Source
from pledgecard.extract.heading_shapes import name_unknown_sections
from pledgecard.extract.layout import Line
from pledgecard.extract.textjoin import join_broken_lines

from conftest import make_table


def _line(text: str, marker: str | None = None, indent: int = 0, height: float | None = None) -> Line:
    src = Source() if height is None else Source(page=1, bbox=(50.0, 100.0, 300.0, 100.0 + height))
    return Line(text=text, marker=marker, indent=indent, source=src)


def _card(*items: Line | None) -> list[tuple[int, Line]]:
    """Lines with their indices in the card; ``None`` stands for a table (an index skipped)."""
    return [(k, it) for k, it in enumerate(items) if it is not None]


def _texts(lines: list[tuple[int, Line]], got: set[int]) -> list[str]:
    return [it.text for k, it in lines if k in got]


CARD = (
    _line("사업의 주요 골자"),
    _line("사업기간 : 2023.01.~2026.02.", ">"),
    _line("돈이 드는 곳"),
    _line("(단위: 만원)"),
    None,
    _line("그동안 한 일"),
    _line("기 추진실적 (24.2/4분기 누계)"),
    _line("투자협약 체결 : 2024.03.", ">"),
    _line("청년농업 분야"),
    _line("교육생 대상 설명회 개최"),  # a bare line over body text
    _line("지표 점검"),
    None,
    _line("문제점 및 대책"),
    _line("(문제점) 착공 지연 우려", ">"),  # known: the shape's anchor
    _line("앞으로의 과제 :"),
    _line("만족도 조사 실시 : 25.6월 중", ">"),
)


def test_bare_titles_over_a_section_s_first_line_are_the_known_heading_s_siblings() -> None:
    lines = _card(*CARD)
    got = bare_sibling_headings(lines, set())
    assert _texts(lines, got) == [
        "사업의 주요 골자",
        "돈이 드는 곳",
        "그동안 한 일",
        "지표 점검",
        "앞으로의 과제 :",
    ]
    assert bare_title("앞으로의 과제 :") == "앞으로의 과제"


def test_no_known_bare_heading_no_siblings() -> None:
    lines = _card(*[it for it in CARD if it is None or it.text not in ("문제점 및 대책", "앞으로의 과제 :")])
    assert bare_sibling_headings(lines, set()) == set()  # two bare titles over items: no shape shown
    # a heading found otherwise (by content, by the card's bare titles) is an anchor too
    first = next(k for k, it in lines if it.text == "사업의 주요 골자")
    assert "돈이 드는 곳" in _texts(lines, bare_sibling_headings(lines, {first}))


def test_with_no_known_heading_bare_titles_over_items_are_the_anchors() -> None:
    """Every heading unknown (문제점 및 대책 too): three or more bare titles right over a bulleted or
    a unit line show the shape; the titles over a table or a dated block line are their siblings."""
    card = [
        _line("어려운 점과 풀 방법") if it is not None and it.text == "문제점 및 대책" else it for it in CARD
    ]
    lines = _card(*card)
    got = _texts(lines, bare_sibling_headings(lines, set()))
    assert got == [
        "사업의 주요 골자",
        "돈이 드는 곳",
        "그동안 한 일",
        "지표 점검",
        "어려운 점과 풀 방법",
        "앞으로의 과제 :",
    ]
    # two such titles are not enough
    two = _card(*card[:5], None, *card[10:12])
    assert bare_sibling_headings(two, set()) == set()


def test_a_section_named_by_its_lines_bracketed_labels() -> None:
    kw = {"taken": set(), "as_of": "2024-09-30", "after": ["achievements"]}
    told = [_line("(문제점) 사업부지 보상 협의 장기화", ">"), _line("(대책) 토지소유자 개별 면담", "―")]
    assert kind_by_content(told, **kw) == "issues"  # not the effects its undated short lines would make
    plain = [_line("토지소유자 개별 면담", "―")] * 3
    assert (
        kind_by_content([*told[:1], *plain], **kw) != "issues"
    )  # one labelled line of four: no label names them


def test_a_card_heading_with_a_frame_or_numbers_prints_body_text_in_its_bare_lines() -> None:
    for framed in (("■ 사업개요", "■ 추진실적"), ("1. 사업개요",)):
        lines = _card(*CARD, *[_line(t) for t in framed])
        assert bare_sibling_headings(lines, set()) == set()
    # the headings found have a frame (◎ 1. 사업의 주요 골자): bare lines are body text
    lines = _card(_line("◎ 1. 사업의 주요 골자"), *CARD[1:])
    assert bare_sibling_headings(lines, {0}) == set()
    # one bracketed caption naming a section (<연도별 투자계획>) is no frame
    lines = _card(*CARD, _line("<연도별 투자계획>"))
    assert len(bare_sibling_headings(lines, set())) == 5


def test_siblings_share_the_known_heading_s_indent_and_type_size() -> None:
    moved = [
        _line(it.text, it.marker, indent=1) if it is not None and it.text == "돈이 드는 곳" else it
        for it in CARD
    ]
    lines = _card(*moved)
    assert "돈이 드는 곳" not in _texts(lines, bare_sibling_headings(lines, set()))
    # a PDF's line heights: headings in 11.5 pt, body lines in 10; a bare body line over a bulleted
    # one in the body's size is none
    sized = [
        None
        if it is None
        else _line(
            it.text,
            it.marker,
            height=11.5
            if it.marker is None and (it.text.endswith(("골자", "곳", "일", "점검", "대책", ":")))
            else 10.0,
        )
        for it in CARD
    ]
    sized.insert(9, _line("세부 추진내용", height=10.0))
    sized.insert(10, _line("협약 체결 : 2024.05.", ">", height=10.0))
    lines = _card(*sized)
    got = _texts(lines, bare_sibling_headings(lines, set()))
    assert got == ["사업의 주요 골자", "돈이 드는 곳", "그동안 한 일", "지표 점검", "앞으로의 과제 :"]
    unsized = _card(*[None if it is None else _line(it.text, it.marker) for it in sized])
    assert "세부 추진내용" in _texts(unsized, bare_sibling_headings(unsized, set()))


def test_a_bulleted_field_label_under_an_unknown_heading_joins_the_section_its_lines_are() -> None:
    """``> 사업내용`` (a known section word) under 사업의 주요 골자, after ``> 사업기간`` / ``> 사업비``:
    one overview, not an empty heading whose lines are read as plans."""
    items = [
        _line("사업의 주요 골자"),
        _line("사업기간 : 2023.01.~2026.02.", ">"),
        _line("사업비 : 135억원(국비 67억원)", ">"),
        _line("사업내용", ">"),
        _line("기업 유치", "―"),
        _line("문제점 및 대책"),
        _line("(문제점) 착공 지연 우려", ">"),
    ]
    sections = split_sections(items)
    assert [(s.name, s.heading) for s in sections[1:]] == [
        (None, "사업의 주요 골자"),
        ("overview", "사업내용"),
        ("issues", "문제점 및 대책"),
    ]
    name_unknown_sections(sections)
    assert [s.name for s in sections[1:3]] == ["overview", "issues"]
    assert [it.text for it in sections[1].items] == [
        "사업기간 : 2023.01.~2026.02.",
        "사업비 : 135억원(국비 67억원)",
        "사업내용",
        "기업 유치",
    ]


def _p(text: str, marker: str | None = None) -> Paragraph:
    return Paragraph(text=text, marker=marker)


def _joined(paras: list[Paragraph]) -> list[str]:
    return [p.text for p in join_broken_lines(paras)]


DUMP = [
    _p("사업의 주요 골자"),
    _p("사업기간 : 2023.01.~2026.02.", ">"),
    _p("국비 공모사업 선정 시 사업비 변동 가능", "*"),
    _p("돈이 드는 곳"),
    _p("(단위: 만원)"),
    _p("계 1,357,500 650,900 706,600"),
    _p("(대책) 중앙부처 방문 건의 및 대체 공모사업 발굴", "―"),
    _p("앞으로의 과제"),
    _p("교육생 대상 만족도 조사 실시 : 25.6월 중", ">"),
    _p("사업 효과 전망"),
    _p("일자리 창출", ">"),
]


def test_a_bare_title_after_an_item_that_did_not_fill_its_line_is_no_wrapped_rest() -> None:
    got = _joined(DUMP)
    assert "돈이 드는 곳" in got and "앞으로의 과제" in got
    assert "국비 공모사업 선정 시 사업비 변동 가능" in got


def test_the_width_other_wrapped_lines_show_decides() -> None:
    wrapped = [
        _p("청년농업 관련 기업 유치 및 전문인력 양성을 위한 기반 구축 지원", ">"),
        _p("사업 추진 : 2024.05."),
    ]
    width = len(wrapped[0].text)
    filled = "가" * (width - 2)  # an item that filled its line: its rest may be a short title
    got = _joined([*DUMP, *wrapped, _p(filled, ">"), _p("기반 조성"), _p("협약 체결", ">")])
    assert f"{filled} 기반 조성" in got and "돈이 드는 곳" in got
    assert f"{wrapped[0].text} 사업 추진 : 2024.05." in got


def test_without_bare_titles_elsewhere_the_line_is_joined_as_before() -> None:
    lone = [_p("국비 공모사업 선정 시 사업비 변동 가능", "*"), _p("돈이 드는 곳"), _p("(단위: 만원)")]
    assert _joined(lone)[0] == "국비 공모사업 선정 시 사업비 변동 가능 돈이 드는 곳"
    # a title over a line that opens no section (a table row) is joined as before too
    rows = [
        *DUMP[:2],
        *DUMP[9:],
        _p("국비 공모사업 선정 시 사업비 변동 가능", "*"),
        _p("돈이 드는 곳"),
        _p("계 1,357,500 650,900 706,600"),
    ]
    assert "국비 공모사업 선정 시 사업비 변동 가능 돈이 드는 곳" in _joined(rows)


def test_a_table_s_title_line_moves_with_the_table() -> None:
    """hanul-special / eunha-province / chorong-city with unknown headings: ``❖ 지표 점검`` over a goals
    table printed a row a line inside the achievements; the table moves to the goals by its content,
    and its title with it, not left behind as an achievement."""
    from pledgecard.extract.cards import _titles_lines_below

    title, head = _line("지표 점검", "❖"), _line("연도 주요사업 목표 실적 추진상황 추진내용")
    item = _line("협약 체결 : 2024.05.", "◦")
    items = [item, title, head]
    assert _titles_lines_below([item, title], items, head)
    dated = _line("금분기 추진실적 (2024.09. 기준)")  # a dated block heading is none
    assert not _titles_lines_below([item, dated], [item, dated, head], head)
    assert not _titles_lines_below([item], [item, head], head)  # an item (a date in it) stays
    assert not _titles_lines_below([title], [title, item, head], head)  # not right above the table
    table = make_table([["연도", "목표", "실적"], ["2024", "5개", "3개"]])
    assert _titles_lines_below([item, title], [item, title, table], table)  # a table (PDF, HWPX) too


def test_a_table_of_a_channel_a_row_is_outreach() -> None:
    kw = {"taken": set(), "as_of": "2024-09-30", "after": ["achievements"]}
    rows = [
        "(단위 : 회)",
        "구분 1/4분기 2/4분기 3/4분기 4/4분기 계",
        "간담회, 공청회 등 - - - - -",
        "만족도조사 - - - - -",
        "전문가 자문 - - 2 - 2",
        "언론 홍보 9 3 7 2 21",
        "기타 - 2 1 - 3",
        "합계 9 5 10 2 26",
    ]
    assert kind_by_content([_line(t) for t in rows], **kw) == "outreach"
    assert kind_by_content([_line(t) for t in rows[:4]], **kw) != "outreach"  # two channels: no such table


def test_a_bulleted_line_naming_the_section_under_its_dated_block_heading_is_an_item() -> None:
    """narae-city 29005 with unknown headings: under 그간 추진실적 ('19. 2분기 기준), which opened the
    achievements, ∘ 주요 추진실적 is the block's first item (its sub-group), not the heading restated."""
    items = [
        _line("그동안 한 일"),
        _line("그간 추진실적 ('19. 2분기 기준)"),
        _line("주요 추진실적", "∘"),
        _line("업무협약 체결 : '19. 3. 25.", "-"),
    ]
    sections = split_sections(items)
    assert [it.text for it in sections[-1].items][-2:] == ["주요 추진실적", "업무협약 체결 : '19. 3. 25."]
    # an unmarked line restating it is still the heading again
    items[2] = _line("주요 추진실적")
    assert "주요 추진실적" not in [it.text for it in split_sections(items)[-1].items]


def _in_cell(cell: str, text: str, marker: str | None = None) -> Line:
    return Line(text=text, marker=marker, indent=0, source=Source(cell=cell))


def test_a_bare_line_amid_a_cells_list_is_an_item_not_a_sibling_heading() -> None:
    """Achievements and plans side by side in a table under bare headings on the page: a cell opened by
    its block heading, its first-level items bare over their dashed sub-items (산업단지 운영 over ‐ …). The
    bare item was read as a heading of an unknown section, the block's items cut from their group and
    their levels turned over (crossbred 2274's draw before its effects were placed: 0.718 in HWPX)."""
    lines = _card(
        _line("공약 개요"),
        _line("사업기간 : 2022/10~2026/06", "○"),
        _line("추진실적 및 향후계획"),
        _in_cell("T3!A1", "그간 추진실적"),
        _in_cell("T3!B1", "향후 추진계획"),
        _in_cell("T3!A2", "그간 주요성과 ('24년 제3분기 누계)", "●"),
        _in_cell("T3!A2", "산업단지 운영"),
        _in_cell("T3!A2", "아카데미 운영(수료생 36명) : '23년 제1분기", "‐"),
        _in_cell("T3!A3", "실증센터 운영"),
        _in_cell("T3!A3", "공모사업 최종 선정 : '24년 하반기", "‐"),
    )
    got = _texts(lines, bare_sibling_headings(lines, set()))
    assert "산업단지 운영" not in got  # amid its cell's lines
    assert "실증센터 운영" in got  # its cell's first line: a heading cell may stand so
    # a body boxed in one cell, most headings amid its lines: the cell's bare headings stand
    boxed = _card(
        _in_cell("T1!A1", "공약 개요"),
        _in_cell("T1!A1", "사업기간 : 2022/10~2026/06", "○"),
        _in_cell("T1!A1", "추진 실적"),
        _in_cell("T1!A1", "아카데미 운영 : '23년 1분기", "○"),
        _in_cell("T1!A1", "돈이 드는 곳"),
        _in_cell("T1!A1", "(단위: 백만원)"),
        _in_cell("T1!A1", "향후 계획"),
        _in_cell("T1!A1", "만족도 조사 : '25. 6월", "○"),
    )
    assert "돈이 드는 곳" in _texts(boxed, bare_sibling_headings(boxed, set()))


def _cell(text: str) -> Line:
    """A line that is one cell of a table a dump printed a cell a line (a drawn grid's, a Markdown row's)."""
    return Line(text=text, marker=None, indent=0, source=Source(line_start=1, table_cell=True))


def test_a_table_s_cell_printed_a_line_is_never_a_bare_heading() -> None:
    """geurim-city, variant middle (0.904 txt before): cells a drawn table printed a line each (the header's last
    value 단계별 추진 over the first numbered heading, the outreach head's 만족도조사 over its other cells) were
    taken for the siblings of the bare known 추진 실적, and the outreach and the sections after it went unread.
    The same words on plain lines stay headings."""

    def card(put: Callable[[str], Line]) -> list[tuple[int, Line]]:
        return _card(
            put("실천목표"),
            put("단계별 추진"),
            _line("사업기간 : 2023-01 ~ 2028-12", "◦"),
            _line("추진 실적"),
            _line("2026/03/31 현재", "➤"),
            _line("세부 추진실적", "◦"),
            put("간담회, 공청회 등"),
            put("만족도조사"),
            _line("(단위: 회)"),
            _line("151회"),
        )

    plain = card(_line)
    assert _texts(plain, bare_sibling_headings(plain, set())) == ["단계별 추진", "만족도조사"]
    cells = card(_cell)
    assert bare_sibling_headings(cells, set()) == set()
    # nor is a cell an anchor: a cell naming a section over an item (a drawn table's column head) shows no shape
    anchored = _card(
        _cell("추진실적"), _line("착공 : 2024. 3.", "◦"), _line("기업 유치"), _line("협약 : 2024. 5.", "◦")
    )
    assert bare_sibling_headings(anchored, set()) == set()
    known = _card(
        _line("추진실적"), _line("착공 : 2024. 3.", "◦"), _line("기업 유치"), _line("협약 : 2024. 5.", "◦")
    )
    assert _texts(known, bare_sibling_headings(known, set())) == ["기업 유치"]
