"""Cards of designed-blind families with section headings no vocabulary names (issue 11,
session 12: samples/unknown_headings.py) collapsed for reasons of structure that known headings hid;
each class on small lines and tables:

- a heading numbered as a chapter's section (``Ⅰ-3. 지표 점검``, jinsol-county: 0.053 in every
  format) was no heading number, so no unknown heading was found at all;
- a heading number glued to its title (``Ⅱ.그동안 한 일``, saemteo-metro txt: 0.20) was none either,
  and a text dump joined it onto the item above;
- a numbered title continuing the card's run of numbered titles (``2 돈이 드는 곳`` after ``1 사업의
  주요 골자``, mirae-city txt: 0.51) was joined onto the note line above it, breaking the run, so the
  numbered items inside a section (❶ ❷ ❸) were taken for the headings;
- a goal table with the years across and a row a field (목표 / 실적 / 달성률 / 추진상황 in a label
  column) was not known as goals by its content (jinsol-county: its section left unread);
- a box whose title bar is a row of its own (``[1] 사업의 주요 골자`` over a row holding the
  section's content, bitna-district pdf/hwp/hwpx: 0.067) was kept whole as a table in the header
  (with ``■`` / ``◆`` / ``【 】`` / bare title bars as well);
- a bulleted field label that names a section too (``ㅇ 사업내용``, maru-county: 0.947) split the
  overview under its unknown heading off into a section of its own.
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Paragraph, Source, Table
from pledgecard.extract.heading_numbers import heading_number
from pledgecard.extract.heading_shapes import unknown_headings
from pledgecard.extract.layout import Line, unpack_table
from pledgecard.extract.roles import lines_role, table_role
from pledgecard.extract.textjoin import join_broken_lines

from conftest import make_line, make_table


def _indexed(*lines: Line) -> list[tuple[int, Line]]:
    return list(enumerate(lines))


# ------------------------------------------------------------------------------ heading numbers


def test_a_chapters_section_number_is_a_heading_number() -> None:
    assert heading_number("Ⅰ-3. 지표 점검") == ("rⅠ-d.", 3, "지표 점검")
    assert heading_number("2-1) 사업 개요") == ("d2-d)", 1, "사업 개요")
    assert heading_number("Ⅵ-18 주관부서") is None  # a management number: no punctuation after it
    assert heading_number("4-6-6 공약") is None
    # the card's run Ⅰ-1., Ⅰ-2., Ⅰ-3. heads its sections; the items under them are none
    card = _indexed(
        make_line("사업의 주요 골자", "Ⅰ-1."),
        make_line("사업기간 : 2022년 9월", "▷"),
        make_line("돈이 드는 곳", "Ⅰ-2."),
        make_line("(단위: 천원)"),
        make_line("지표 점검", "Ⅰ-3."),
        make_line("세부사업 구 분 '24년 '25년"),
        make_line("그동안 한 일", "Ⅰ-4."),
        make_line("협약 체결 : '24. 5월", "▷"),
    )
    assert unknown_headings(card) == {0, 2, 4, 6}


def test_a_number_glued_to_its_title_is_a_heading_number() -> None:
    assert heading_number("Ⅱ.그동안 한 일") == ("r.", 2, "그동안 한 일")
    assert heading_number("3.앞으로의 과제") == ("d.", 3, "앞으로의 과제")
    assert heading_number("1.5km 구간") is None  # a figure, no number before a title
    assert heading_number("[2]돈이 드는 곳") == ("[d", 2, "돈이 드는 곳")
    assert heading_number("Ⅱ그동안") is None  # no punctuation to part them
    card = _indexed(
        make_line("Ⅰ.사업의 주요 골자"),
        make_line("사업기간 : '22. 7.", "○"),
        make_line("Ⅱ.그동안 한 일"),
        make_line("협약 체결 : '23. 1.", "(1)"),
        make_line("Ⅲ.돈이 드는 곳"),
        make_line("구분 국비 시비"),
    )
    assert unknown_headings(card) == {0, 2, 4}


# ------------------------------------------------------------------------------ text dump joins


def _para(text: str, marker: str | None = None) -> Paragraph:
    return Paragraph(text=text, marker=marker, source=Source())


def test_a_numbered_title_continuing_the_cards_run_is_never_a_wrapped_line() -> None:
    note = "참여기관: 미래특례평생교육진흥원, 미래특례문화재단"
    paras = [
        _para("1 사업의 주요 골자"),
        _para("사업기간 : '18.10.~'22.2.", "(1)"),
        _para(note, "*"),
        _para("2 돈이 드는 곳"),
        _para("(단위: 천원)"),
    ]
    assert [p.text for p in join_broken_lines(paras)] == [
        "1 사업의 주요 골자",
        "사업기간 : '18.10.~'22.2.",
        note,
        "2 돈이 드는 곳",
        "(단위: 천원)",
    ]
    # without a titled line numbered 1 before it, the same line is the wrapped end of the note
    joined = join_broken_lines([_para("사업의 주요 골자"), *paras[1:]])
    assert [p.text for p in joined][2] == f"{note} 2 돈이 드는 곳"


# ------------------------------------------------------------------------------ goals by content

_ACROSS = [
    ["세부사업", "구 분", "'24년", "'25년", "'26년"],
    ["스마트팜 인재양성", "목표", "공정률 60%", "6.0km", ""],
    ["스마트팜 인재양성", "실적", "공정률 34%", "-", ""],
    ["스마트팜 인재양성", "달성률", "57%", "-", ""],
    ["스마트팜 인재양성", "추진상황", "완료", "미착수", ""],
]


def test_a_goal_table_with_the_years_across_is_goals_by_its_content() -> None:
    assert table_role(make_table(_ACROSS)) == "goals"
    # the same grid without its field labels is no goals table
    assert (
        table_role(make_table([[c if k != 1 else "내용" for k, c in enumerate(r)] for r in _ACROSS])) is None
    )


def test_a_goal_table_with_the_years_across_printed_a_row_a_line_is_goals() -> None:
    printed = [
        "세부사업 구  분 '24년 '25년 '26년",
        "스마트팜 인재양성 목표  공정률 60% 6.0km",
        "실적  공정률 34% -",
        "달성률  57% -",
        "추진상황  완료 미착수",
        "스마트팜 기반 구축 목표 209호 공급  ",
        "실적 178호  ",
        "달성률 85%  ",
        "추진상황 완료  ",
    ]
    lines = [
        Line(text=" ".join(p.split()), marker=None, indent=0, source=Source(), printed=p) for p in printed
    ]
    assert lines_role(lines) == ["goals"] * len(lines)


# ------------------------------------------------------------------------------ boxes with title bars


def _box(title: str, *content: str) -> Table:
    paras = [_para(c[2:], c[0]) for c in content]
    return Table(
        cells=[Cell(0, 0, title), Cell(1, 0, "\n".join(content), paragraphs=paras)], n_rows=2, n_cols=1
    )


def test_a_box_with_a_title_bar_is_a_heading_over_its_content() -> None:
    content = ("○ 사업기간 : 2022~2026년", "○ 주요내용")
    items = unpack_table(_box("[1] 사업의 주요 골자", *content))
    assert [(it.full_text, it.heading) for it in items if isinstance(it, Line)] == [
        ("[1] 사업의 주요 골자", True),
        ("○ 사업기간 : 2022~2026년", False),
        ("○ 주요내용", False),
    ]
    # after a glyph (one that bullets items elsewhere too: its marker dropped, a heading named later),
    # framed by brackets, or bare over a box of the section's lines
    for title, heading in (
        ("■ 돈이 드는 곳", "돈이 드는 곳"),
        ("◆ 돈이 드는 곳", "돈이 드는 곳"),
        ("【 돈이 드는 곳 】", "【 돈이 드는 곳 】"),
        ("돈이 드는 곳", "돈이 드는 곳"),
    ):
        first = unpack_table(_box(title, *content))[0]
        assert isinstance(first, Line) and first.heading and first.full_text == heading
    # a numbered line that is no title (a dated item), or a bare title over one line, keeps the box whole
    assert isinstance(unpack_table(_box("1. 협약 체결 : '24. 5월", *content))[0], Table)
    assert isinstance(unpack_table(_box("사업의 주요 골자", content[0]))[0], Table)


# ------------------------------------------------------------------------------ field openers


def test_a_field_label_naming_a_section_goes_back_into_the_section_its_lines_are() -> None:
    """maru-county (0.947 in every format before): ``ㅇ 사업내용`` under ``1) 사업의 주요 골자`` opened
    an overview of its own, so the heading's 추진기간 / 사업비 lines, the overview taken, were read as
    plans and the real plans and effects under ``5) 앞으로의 과제와 전망`` went unread."""
    from pledgecard.extract.cards import Section
    from pledgecard.extract.heading_shapes import name_unknown_sections

    opener = make_line("사업내용", "ㅇ")
    sections = [
        Section(name=None, heading=None, items=[make_line("2025년 4분기 현재")]),
        Section(
            name=None,
            heading="1) 사업의 주요 골자",
            shaped=True,
            items=[make_line("추진기간 : 2022년 ~ 2028년", "ㅇ"), make_line("사업비 : 9,399,852천원", "ㅇ")],
        ),
        Section(
            name="overview", heading="사업내용", opener=opener, items=[make_line("육묘장 3개소 조성", "-")]
        ),
        Section(
            name=None,
            heading="5) 앞으로의 과제",
            shaped=True,
            items=[make_line("추진계획 수립 및 예산 확보 : '26. 상반기 예정", "ㅇ")],
        ),
    ]
    name_unknown_sections(sections)
    assert [s.name for s in sections] == [None, "overview", "plans"]
    assert [it.text for it in sections[1].items][-2:] == ["사업내용", "육묘장 3개소 조성"]
    # lines above that read as no overview stay a section of their own
    sections[1:3] = [
        Section(
            name=None,
            heading="1) 사업의 주요 골자",
            shaped=True,
            items=[make_line("협약 체결 : '24. 5월", "ㅇ")],
        ),
        Section(name="overview", heading="사업내용", opener=opener, items=[]),
    ]
    name_unknown_sections(sections)
    assert [s.name for s in sections][:3] == [None, "achievements", "overview"]
