"""The template family designed blind in session 11 (samples/families.py: ``sup-district``, an
autonomous 구 of the capital on landscape pages) and the structures it brought in, on small grids
and lines:

- the whole card one table: the header's pairs on top, then a row a section with its bare label in
  the left column, the funding, goal and outreach tables nested in the content cells (the document
  model's ``Cell.blocks``: a cell's paragraphs and nested tables in reading order);
- the overview's row split by a second label column (사업기간 / 사업비 / 사업내용), the section label
  spanning those rows; a sub-label's cell of several marked lines (``ㅇ ...`` then ``* note``);
  in a text dump the first row printed on one line with the section label
  (``사업개요 사업기간 2018.07.~2022.02.``) and the others without a colon (``사업비 7,604,228천원(...)``);
- a goal table with a last column of word notes (``비고``), in dump rows where it runs together with
  the 추진내용 cell before it;
- residents' participation as the outreach section's name (``주민참여``).

Blind figures (the extractor unchanged): PDF 0.969, HWPX 0.969, HWP 0.969, txt 0.866, no wrong
figure (outreach unread under ``주민참여``; the overview's contents run together with its note; in
txt the period and budget lost in the header area and the goal table unread for its ``비고`` head).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.cards import split_sections
from pledgecard.extract.document import Cell, Paragraph, Table
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import Line, unpack_table
from pledgecard.extract.markers import split_marker
from pledgecard.extract.sections.goal_head_words import header_kinds
from pledgecard.extract.sections.goal_rows import goal_rows
from pledgecard.extract.sections.overview import extract_overview, field_label

from conftest import make_line, make_table

THOUSAND = 1000


def _para(text: str) -> Paragraph:
    marker, rest = split_marker(text)
    return Paragraph(text=rest, marker=marker)


def _cell(
    row: int, col: int, lines: list[str], *, rs: int = 1, cs: int = 1, nested: list[Table] | None = None
) -> Cell:
    """A cell of several paragraphs (and nested tables after them), as the HWPX reader gives it."""
    paras = [_para(t) for t in lines]
    tables = nested or []
    blocks: list[Paragraph | Table] = [*paras, *tables] if tables else []
    return Cell(
        row, col, "\n".join(lines), row_span=rs, col_span=cs, paragraphs=paras, nested=tables, blocks=blocks
    )


def _card_table() -> Table:
    """The header's pairs (labels over two columns), the overview split by sub-labels, the funding
    nested in its content cell."""
    funding = make_table(
        [
            ["구분", "계", "2024년", "2025년"],
            ["합계", "300,000", "100,000", "200,000"],
            ["시비", "120,000", "40,000", "80,000"],
            ["구비", "180,000", "60,000", "120,000"],
        ]
    )
    cells = [
        Cell(0, 0, "공약사업명", col_span=2),
        Cell(0, 2, "청년 창업공간 조성", col_span=3),
        Cell(1, 0, "공약번호", col_span=2),
        Cell(1, 2, "3-10"),
        Cell(1, 3, "추진상황"),
        Cell(1, 4, "정상추진"),
        Cell(2, 0, "사업개요", row_span=3),
        Cell(2, 1, "사업기간"),
        Cell(2, 2, "2024.01.~2025.12.", col_span=3),
        Cell(3, 1, "사업비"),
        Cell(3, 2, "300,000천원(시비 120,000, 구비 180,000)", col_span=3),
        Cell(4, 1, "사업내용"),
        _cell(4, 2, ["ㅇ 청년 창업공간 2개소 조성", "* 참여기관: 창업진흥원"], cs=3),
        Cell(5, 0, "소요예산", col_span=2),
        _cell(5, 2, ["(단위: 천원)"], cs=3, nested=[funding]),
    ]
    return Table(cells=cells, n_rows=6, n_cols=5)


def _section(items: list[object], name: str) -> list[object]:
    """The items under the line naming ``name`` up to the next line naming a section."""
    heads = [k for k, it in enumerate(items) if isinstance(it, Line) and section_of(it.text)]
    k = next(k for k in heads if section_of(items[k].text) == name)  # type: ignore[union-attr]
    end = next((j for j in heads if j > k), len(items))
    return items[k + 1 : end]


# ------------------------------------------------------------------------------ the body table


def test_a_section_label_spanning_sub_label_rows_opens_its_section_and_the_sub_rows_are_its_fields() -> None:
    items = unpack_table(_card_table())
    assert isinstance(items[0], Table)  # the header's pairs above the first section stay a table
    heads = [it.text for it in items if isinstance(it, Line) and it.heading]
    assert heads == ["사업개요", "소요예산"]
    ov = extract_overview(_section(items, "overview")).value["overview"]  # type: ignore[arg-type]
    assert ov["period"]["label"] == "2024-01/2025-12"
    assert ov["budget"]["total_krw"] == 300_000 * THOUSAND
    assert [p["source"] for p in ov["budget"]["parts"]] == ["municipal", "district"]
    assert ov["contents"] == ["청년 창업공간 2개소 조성"]
    assert ov["notes"] == ["참여기관: 창업진흥원"]  # a note of the sub-label's cell stays a note


def test_a_table_nested_in_a_content_cell_follows_the_cells_lines_in_reading_order() -> None:
    items = unpack_table(_card_table())
    funding = _section(items, "funding")
    assert [type(it).__name__ for it in funding] == ["Line", "Table"]
    assert funding[0].text == "(단위: 천원)"  # type: ignore[union-attr]
    assert funding[1].grid()[1][:2] == ["합계", "300,000"]  # type: ignore[union-attr]


def test_a_sub_label_cell_of_one_line_is_still_read_as_label_and_value() -> None:
    table = make_table([["사업기간", "2024.01.~2025.12."], ["사업내용", "청년 창업공간 조성"]])
    ov = extract_overview([table]).value["overview"]
    assert ov["period"]["label"] == "2024-01/2025-12"
    assert ov["contents"] == ["청년 창업공간 조성"]
    assert ov["notes"] == []


# ------------------------------------------------------------------------------ the same in a text dump


def test_an_overview_label_printed_with_its_first_sub_row_is_the_heading_then_a_field_line() -> None:
    lines = [
        make_line("공약사업명 청년 창업공간 조성"),
        make_line("사업개요 사업기간 2024.01.~2025.12."),
        make_line("사업비 300,000천원(시비 120,000, 구비 180,000)"),
        make_line("사업내용"),
        make_line("청년 창업공간 2개소 조성", "ㅇ"),
        make_line("참여기관: 창업진흥원", "*"),
        make_line("추진실적"),
    ]
    sections = split_sections(lines)
    names = [s.name for s in sections]
    assert names == [None, "overview", "achievements"]
    ov = extract_overview(sections[1].items).value["overview"]
    assert ov["period"]["label"] == "2024-01/2025-12"
    assert ov["budget"]["total_krw"] == 300_000 * THOUSAND
    assert ov["contents"] == ["청년 창업공간 2개소 조성"]
    assert ov["notes"] == ["참여기관: 창업진흥원"]


def test_only_the_overview_label_splits_so_and_only_before_a_field_label_and_a_figure() -> None:
    # another section's label before words is no heading split (a funding row, a table's first cell)
    assert [s.name for s in split_sections([make_line("소요예산 사업비 300,000")])] == [None]
    assert [s.name for s in split_sections([make_line("사업개요 사업기간 중 주민 의견 수렴")])] == [None]
    assert field_label("사업기간 2024.01.~2025.12.") == ("사업기간", "2024.01.~2025.12.")
    assert field_label("사업비 '24년 확보") == ("사업비", "'24년 확보")
    assert field_label("사업비 확보 추진") is None  # the value opens with a figure
    assert field_label("청년 2024.01. 착공") is None  # no field label


# ------------------------------------------------------------------------------ goals with a 비고 column


_HEAD = "연도 성과지표 목표 실적 추진상황 추진내용 비고"


def test_a_goal_header_closing_with_a_remark_column_is_read_and_the_remark_is_no_field() -> None:
    assert header_kinds(_HEAD) == ["year", "project", "target", "actual", "status", "detail", "remark"]
    assert header_kinds("연도 성과지표 목표 실적 추진상황 비고") == [
        "year",
        "project",
        "target",
        "actual",
        "status",
        "remark",
    ]
    assert header_kinds("연도 비고 목표 실적 추진상황") is None  # a 비고 word names only a last column


def test_goal_rows_before_a_remark_cell_are_read_and_the_detail_run_together_with_it_is_left_null() -> None:
    lines = [
        _HEAD,
        "2024 창업공간 조성 공정률 60% 공정률 55% 추진중 공간 조성 및 운영 실시설계 중",
        "2025 공정률 100% - 추진중 ",
        "2024 입주기업 20개사 18개사 완료 입주 지원 준공 예정",
    ]
    rows, unread = goal_rows(lines)  # type: ignore[misc]
    assert unread == []
    got = [(r.project, r.year, r.target, r.actual, r.status, r.detail) for r in rows]
    assert got == [
        ("창업공간 조성", 2024, "공정률 60%", "공정률 55%", "추진중", None),
        ("창업공간 조성", 2025, "공정률 100%", None, "추진중", None),
        ("입주기업", 2024, "20개사", "18개사", "완료", None),
    ]


def test_goal_rows_with_a_remark_column_alone_keep_no_remark_as_a_detail() -> None:
    lines = [
        "연도 성과지표 목표 실적 추진상황 비고",
        "2024 창업공간 조성 공정률 60% 공정률 55% 추진중 실시설계 중",
    ]
    rows, _ = goal_rows(lines)  # type: ignore[misc]
    assert [(r.target, r.actual, r.detail) for r in rows] == [("공정률 60%", "공정률 55%", None)]


def test_without_a_remark_column_the_cells_after_the_status_are_the_detail() -> None:
    lines = [
        "연도 성과지표 목표 실적 추진상황 추진내용",
        "2024 창업공간 조성 공정률 60% 공정률 55% 추진중 공간 조성 및 운영",
    ]
    rows, _ = goal_rows(lines)  # type: ignore[misc]
    assert [r.detail for r in rows] == ["공간 조성 및 운영"]


# ------------------------------------------------------------------------------ words


def test_residents_participation_names_the_outreach_section() -> None:
    for word in ("주민참여", "주민참여 실적", "구민참여", "주민참여 및 소통실적"):
        assert section_of(word) == "outreach", word
    assert section_of("주민참여예산") is None  # a budget programme's name, no section


# ------------------------------------------------------------------------------ the sub-rows above the label


_DUMP = """솔숲구 구청장 공약사업 관리카드

공약사업명 청년 창업공간 조성

공약번호 3-10

사업기간 2024.01.~2025.12.

사업비 300,000천원(시비 120,000, 구비 180,000)

사업개요

사업내용

ㅇ 청년 창업공간 2개소 조성

{own}추진실적

ㅇ 실시설계 완료 : 2024.03.
"""


def test_overview_sub_rows_printed_above_the_overview_label_are_the_overviews(tmp_path: Path) -> None:
    """A layout dump centres the section label in the rows it spans: the sub-rows above it stand in
    the header area; right above the overview's heading they are its lines (the contents label
    under the heading opens the contents)."""
    path = tmp_path / "card.txt"
    path.write_text(_DUMP.format(own=""), encoding="utf-8")
    rec = extract_file(path)[0]
    ov = rec["overview"]
    assert ov["period"]["label"] == "2024-01/2025-12"
    assert ov["budget"]["total_krw"] == 300_000 * THOUSAND
    assert ov["contents"] == ["청년 창업공간 2개소 조성"]
    assert rec["header"]["title"] == "청년 창업공간 조성" and rec["header"]["mgmt_no"] == "3-10"


def test_the_overviews_own_line_wins_over_a_sub_row_above_its_label(tmp_path: Path) -> None:
    path = tmp_path / "card.txt"
    path.write_text(_DUMP.format(own="ㅇ 사업기간 : 2023.03.~2026.06.\n\n"), encoding="utf-8")
    assert extract_file(path)[0]["overview"]["period"]["label"] == "2023-03/2026-06"


# ------------------------------------------------------------------------------ a cell a line (hwpx-text-extract)


def test_an_overview_label_alone_on_its_line_takes_the_value_on_the_next() -> None:
    lines = [
        make_line(t)
        for t in (
            "사업기간",
            "2024.01.~2025.12.",
            "사업비",
            "300,000천원(시비 120,000, 구비 180,000)",
            "사업내용",
        )
    ] + [make_line("청년 창업공간 2개소 조성", "ㅇ")]
    res = extract_overview(lines)
    ov = res.value["overview"]
    assert ov["period"]["label"] == "2024-01/2025-12"
    assert ov["budget"]["total_krw"] == 300_000 * THOUSAND
    assert ov["contents"] == ["청년 창업공간 2개소 조성"]
    # a label whose next line is no value (another label) is left over, not paired
    res = extract_overview([make_line("사업기간"), make_line("사업비"), make_line("300,000천원")])
    assert res.value["overview"]["period"] is None
    assert res.value["overview"]["budget"]["total_krw"] == 300_000 * THOUSAND
    assert [x.text for x in res.rest] == ["사업기간"]


def test_goal_cells_a_line_before_a_remark_cell() -> None:
    from pledgecard.extract.sections.goal_cells_a_line import goal_cells_read

    lines = [
        "연도",
        "성과지표",
        "목표",
        "실적",
        "추진상황",
        "추진내용",
        "비고",
        "2024",
        "창업공간 조성",
        "공정률 60%",
        "공정률 55%",
        "추진중",
        "공간 조성 및 운영",
        "실시설계 중",
        "2025",
        "공정률 100%",
        "-",
        "추진중",
        "준공 예정",
        "2024",
        "입주기업",
        "20개사",
        "18개사",
        "완료",
    ]
    rows, unread, _ = goal_cells_read(lines)  # type: ignore[misc]
    assert unread == []
    got = [(r.project, r.year, r.target, r.actual, r.detail) for r in rows]
    assert got == [
        ("창업공간 조성", 2024, "공정률 60%", "공정률 55%", "공간 조성 및 운영"),
        ("창업공간 조성", 2025, "공정률 100%", None, None),  # one cell after the status: which?
        ("입주기업", 2024, "20개사", "18개사", None),
    ]


def test_outreach_a_channel_a_row_printed_a_cell_a_line_with_the_total_amid_and_a_channel_word_as_a_note() -> (
    None
):
    from pledgecard.extract.sections.outreach import extract_outreach

    cells = [
        "구분",
        "횟수",
        "비고",
        "주민간담회, 공청회 등",
        "3",
        "설명회",
        "만족도 조사",
        "-",
        "전문가 자문",
        "2",
        "계",
        "145회",
        "언론, 방송",
        "140",
        "기타",
        "-",
    ]
    got = extract_outreach([make_line(t) for t in cells]).value["outreach"]
    assert got["total"] == 145
    assert [(x["category"], x["count"]) for x in got["items"]] == [
        ("meetings", 3),
        ("survey", 0),
        ("experts", 2),
        ("media", 140),
        ("other", 0),
    ]
    assert got["items"][0]["note"] == "설명회"


# ------------------------------------------------------------------------------ labels no vocabulary names


def _unknown_card_table() -> Table:
    """The body table with every section label unknown (``samples.unknown_headings``' synonyms)."""
    goals = make_table(
        [["연도", "성과지표", "목표", "실적", "추진상황"], ["2024", "창업공간", "2개소", "1개소", "추진중"]]
    )
    cells = [
        Cell(0, 0, "공약사업명", col_span=2),
        Cell(0, 2, "청년 창업공간 조성", col_span=3),
        Cell(1, 0, "사업의 주요 골자", row_span=2),
        Cell(1, 1, "사업기간"),
        Cell(1, 2, "2024.01.~2025.12.", col_span=3),
        Cell(2, 1, "사업내용"),
        _cell(2, 2, ["ㅇ 청년 창업공간 2개소 조성", "* 참여기관: 창업진흥원"], cs=3),
        Cell(3, 0, "그동안 한 일", col_span=2),
        _cell(3, 2, ["□ 기 추진실적 ('24.1/4분기 누계)", "ㅇ 실시설계 완료 : 2024.03."], cs=3),
        Cell(4, 0, "지표 점검", col_span=2),
        _cell(4, 2, [], cs=3, nested=[goals]),
        Cell(5, 0, "앞으로의 과제", col_span=2),
        _cell(5, 2, ["ㅇ 착공 : 2024.09.", "ㅇ 준공 : 2025.12."], cs=3),
    ]
    return Table(cells=cells, n_rows=6, n_cols=5)


def test_a_body_table_whose_labels_no_vocabulary_names_is_unpacked_label_by_label() -> None:
    items = unpack_table(_unknown_card_table())
    heads = [it.text for it in items if isinstance(it, Line) and it.heading]
    assert heads == ["사업의 주요 골자", "그동안 한 일", "지표 점검", "앞으로의 과제"]
    assert isinstance(items[0], Table) and items[0].n_rows == 1  # the header's row stays a table
    # the labels' sections are named by their content
    names = [s.name for s in split_sections(items)]  # type: ignore[arg-type]
    assert names[0] is None and len(names) == 5


def test_a_sub_label_under_a_spanning_label_is_no_section_label() -> None:
    table = _unknown_card_table()
    items = unpack_table(table)
    # 사업내용 (a known overview word) under the spanning 사업의 주요 골자 opens no section of its own
    assert not any(isinstance(it, Line) and it.heading and it.text == "사업내용" for it in items)


def test_a_two_column_table_of_short_labels_and_one_line_values_stays_a_table() -> None:
    table = make_table([["구분", "내용"], ["대상", "청년 창업자"], ["장소", "창업센터"], ["기간", "1년"]])
    assert unpack_table(table) == [table]


def test_the_card_with_unknown_body_labels_reads_its_overview_and_goals(tmp_path: Path) -> None:
    from samples.families import BY_NAME
    from samples.unknown_headings import score_folder, write_family

    write_family(tmp_path, BY_NAME["sup-district"], ["hwpx"])
    result = score_folder(tmp_path)["hwpx"]
    assert result["wrong"] == 0
    assert result["score"] >= 0.98  # 0.086 before: the body table kept whole, nothing in it read


def test_one_bare_known_word_does_not_bar_bare_headings() -> None:
    """A dump of the body table with unknown labels: the sub-label 사업내용 (a known word) is the one
    bare line a vocabulary names; the bare titles over bulleted or unit lines still head sections."""
    from pledgecard.extract.heading_shapes import unknown_headings

    texts = [
        ("사업내용", None),
        ("청년 창업공간 조성", "ㅇ"),
        ("그동안 한 일", None),
        ("실시설계 완료", "ㅇ"),
        ("돈이 드는 곳", None),
        ("(단위: 천원)", None),
        ("앞으로의 과제", None),
        ("착공", "ㅇ"),
    ]
    lines = [(k, make_line(t, m)) for k, (t, m) in enumerate(texts)]
    # (사업내용 is the label of an overview field, the contents, no heading: since session 18 the unknown
    # label cell a dump printed on the overview's first row is a heading line of its own, over it)
    assert unknown_headings(lines) == {2, 4, 6}
    # two bare known words: the card heads its sections with them, bare titles are no headings
    two = [(0, make_line("추진실적")), *lines[1:], (8, make_line("향후계획")), (9, make_line("착공", "ㅇ"))]
    assert unknown_headings(two) == set()


def test_overview_facts_in_the_header_and_in_the_overview_are_not_read_twice(tmp_path: Path) -> None:
    """A card printing its contents both as a header row and in its overview (a body-table card whose
    header carries the overview's facts): the overview's own contents, once; the header's period
    fills the period the overview does not print."""
    text = (
        "윤슬시 시장 공약사업 관리카드\n\n공약사업명 청년 창업공간 조성\n\n공약번호 3-10\n\n"
        "사업기간 2024.01.~2025.12.\n\n"
        "주요내용 청년 창업공간 2개소 조성\n\n사업개요\n\nㅇ 주요내용\n\n- 청년 창업공간 2개소 조성\n\n"
        "추진실적\n\nㅇ 실시설계 완료 : 2024.03.\n"
    )
    path = tmp_path / "card.txt"
    path.write_text(text, encoding="utf-8")
    ov = extract_file(path)[0]["overview"]
    assert ov["contents"] == ["청년 창업공간 2개소 조성"]
    assert ov["period"]["label"] == "2024-01/2025-12"
