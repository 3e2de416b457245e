"""Unknown section labels set apart from their content (issue 11): the classes the families with
unknown headings lost sections to, each on small lines, and the two cards that showed them.

- a numbering run 1, 2, 3 (``▦ 1.`` ... ``▦ 4.``) whose only known title is one of its own frames the
  card's headings, though the card prints known words bare (기대효과, 그간 추진실적: column heads,
  sub-labels); its boxes (❑) then bullet items, not headings (neulpum-district: 0.58 pdf / 0.55 txt);
- an overview printed as label | value rows a dump put on one line each (``사업기간 2022. 7월 ~ …``,
  no colon) is named the overview by content;
- a label cell no vocabulary knows printed on the line of the overview's first field row (``사업의 주요
  골자 사업기간 2018.07.~2022.02.``) is a heading line of its own; a field's label (사업내용) is no bare
  heading; a table of a channel a row (``만족도 조사 1``) under its head line opens a section
  (sup-district txt: 0.944, against 0.986 with known headings);
- a schedule of plans (marks under period heads) is the plans (yeoreum-city: 0.992 txt / pdf); a table
  of dated items alone (추진일정 | 추진내용) is read as the lines it prints (iseul-county pdf: 0.988); a
  unit line left alone when its table was read elsewhere names nothing (hanul-special pdf: 0.988);
- a label set one syllable a line (``사`` / ``업`` / ``의`` …) that no vocabulary knows is joined all
  the same, in a text dump and in a table's label cell, also in a table a page break cut off
  (sanha-county: 0.70 txt with two wrong figures, 0.987 pdf).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.cards import split_sections
from pledgecard.extract.content_kinds import kind_by_content
from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.heading_shapes import card_levels, unknown_headings
from pledgecard.extract.layout import Line, unpack_table
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.readers.text_vertical import join_vertical_labels
from samples.families import BY_NAME
from samples.unknown_headings import score_folder, write_family


def _line(text: str, marker: str | None = None) -> Line:
    return Line(text=text, marker=marker, indent=0, source=Source())


def _card(*rows: tuple[str | None, str]) -> list[tuple[int, Line]]:
    return [(k, _line(text, marker)) for k, (marker, text) in enumerate(rows)]


NUMBERED = (
    ("▦", "1. 사업의 주요 골자"),
    ("❑", "사업기간 : 2022. 7월 ~ 2027. 12월"),
    (None, "기대효과"),
    ("❑", "구민 삶의 질 향상"),
    ("❑", "민관 협력체계 구축"),
    ("▦", "2. 돈이 드는 곳"),
    (None, "(단위: 백만원)"),
    (None, "계 3,596 1,829 2,325"),
    ("▦", "3. 지표 점검"),
    (None, "연도 세부사업 목표 실적 추진상황"),
    ("▦", "4. 추진실적 및 향후계획"),
    (None, "그간 추진실적"),
    ("❑", "교육 프로그램 운영 : 2022.11.23."),
    ("❑", "주요 추진실적"),
    ("↳", "자문회의 개최 : '24.12월"),
    (None, "향후 추진계획"),
    ("❑", "운영 활성화 방안 마련 : 2025. 4."),
)


def test_a_numbering_run_naming_one_section_frames_the_unknown_headings() -> None:
    card = _card(*NUMBERED)
    assert unknown_headings(card) == {0, 5, 8}
    # its boxes bullet items (a box line no title: a dated event), at level 1
    assert card_levels(card) == {"❑": 1}
    # the run naming no section: no heading learnt from it here (the card's bare known words head it); its
    # boxes bullet items all the same, as under any card's bare known headings (a box before lines that are
    # no title, heading no dated block: session 20's sweep)
    unnamed = _card(*[(m, t.replace("추진실적 및 향후계획", "할 일과 한 일")) for m, t in NUMBERED])
    assert unknown_headings(unnamed) == set()
    assert card_levels(unnamed) == {"❑": 1}


def test_a_lettered_run_inside_a_section_frames_no_headings() -> None:
    # the card's first run (◎ 1. 2. 3., no title known) comes before the lettered items inside its
    # third section, whose run 가. 나. 다. names the achievements (나. 세부 추진실적): items, not headings
    card = _card(
        ("◎", "1. 사업의 주요 골자"),
        ("◦", "사업기간 : 2023. 1월 ~ 2026. 2월"),
        ("◎", "2. 돈이 드는 곳"),
        (None, "(단위 : 백만원)"),
        ("◎", "3. 그동안 한 일"),
        (None, "《2026년 1분기 현재》"),
        ("가.", "도시숲 분야"),
        ("-", "업무협약 체결 : '26. 2월"),
        ("나.", "세부 추진실적"),
        ("-", "기업지원"),
        ("다.", "주요 추진실적"),
        ("-", "협의체 출범 : 2026년 3월"),
    )
    assert unknown_headings(card) == {0, 2, 4}


def test_circled_items_restarting_frame_no_headings() -> None:
    # ① … ④ items of the achievements, restarting at ① under the next dated block: no run of headings,
    # though one of them names a section (④ 세부 추진실적)
    card = _card(
        (None, "【 사업개요 】"),
        ("◦", "사업기간 : 2022.8.~2028.2."),
        (None, "【 추진 실적 】"),
        (None, "< 그간 추진실적 : ’25. 4분기 기준 누계 >"),
        ("①", "분야별 추진 현황"),
        (None, "연번 분야 추진상황"),
        ("②", "실시설계 용역 완료 : '23. 1. 4."),
        ("③", "현장 건의 검토 : 2025년 상반기"),
        ("④", "세부 추진실적"),
        ("-", "기업지원"),
        (None, "< 2026년 1분기 현재 >"),
        ("①", "설명회 개최 : '26. 1학기"),
        ("②", "실증센터 운영"),
        ("-", "공모사업 선정 : '26. 1."),
        ("③", "지원센터 운영"),
        ("-", "협약 체결 : '26. 2."),
    )
    assert unknown_headings(card) == set()


def test_an_unknown_label_on_the_overviews_first_row_heads_its_section() -> None:
    items = [
        _line("사업의 주요 골자 사업기간 2018.07.~2022.02."),
        _line("사업비 7,604,228천원(국비 2,251,194)"),
        _line("사업내용"),
        _line("주민 맞춤형 교육 제공", "ㅇ"),
        _line("그동안 한 일"),
        _line("기 추진실적 (2022년 1/4분기 기준 누계)", "□"),
        _line("설명회 개최 : 2020. 1. 5.", "-"),
        _line("돈이 드는 곳"),
        _line("(단위: 천원)"),
        _line("앞으로의 과제"),
        _line("계획 수립 : 2023년 3/4분기", "ㅇ"),
    ]
    secs = split_sections(items)
    assert [s.heading for s in secs[1:3]] == ["사업의 주요 골자", "사업내용"]
    assert [it.text for it in secs[1].items] == [
        "사업기간 2018.07.~2022.02.",
        "사업비 7,604,228천원(국비 2,251,194)",
    ]
    # a body line naming no overview field after its title words: as printed
    assert len(split_sections([_line("주민 참여 확대 방안 마련"), _line("사업 효과 전망")])) == 1
    # a funding table's head row (its label column's word, then the total and the years): no heading
    head = split_sections(
        [
            _line("B. 재원별 예산 집행현황"),
            _line("(단위: 억원, %)"),
            _line("구분 총사업비 2022년 2023년"),
            _line("계 151 136 90"),
            _line("재원 내역 총사업비 2022년 2023년"),
        ]
    )
    assert all("2022년" not in (s.heading or "") and s.heading not in ("구분", "재원 내역") for s in head)


def test_a_schedule_of_plans_under_an_unknown_heading_is_the_plans() -> None:
    kw = {"taken": {"achievements"}, "as_of": "2026-06-30", "after": ["achievements"]}
    row = "중앙부처 공모사업 대응 및 국비 확보 건의 ● ●"
    # (the dump prints the row's two empty cells as spaces after its marks)
    rows = [
        _line("추진계획 2027년"),
        _line("1/4 2/4 3/4 4/4"),
        Line(text=row, marker=None, indent=0, source=Source(), printed=row + "  "),
    ]
    assert kind_by_content(rows, **kw) == "plans"
    assert kind_by_content(rows, **{**kw, "taken": {"plans"}}) != "plans"
    # a line beside the schedule that it does not read: undecided by the schedule
    assert kind_by_content(rows + [_line("주민 설명회 개최", "◦")], **kw) != "plans"


def test_a_table_of_a_channel_a_row_opens_the_section_of_its_bare_heading() -> None:
    from pledgecard.extract.content_kinds import table_kind_at_top

    rows = [
        _line(t)
        for t in (
            "구분 횟수 비고",
            "주민간담회·공청회 등 -",
            "만족도 조사 1",
            "민간전문가 자문 3",
            "계 147회",
        )
    ]
    assert table_kind_at_top(rows) == "outreach"
    kw = {"taken": set(), "as_of": "2022-06-30", "after": ["achievements"]}
    assert kind_by_content(rows, **kw) == "outreach"
    # rows of another table (a word, then figures) name no channel
    other = [
        _line(t) for t in ("구분 2021년 2022년 계", "수료생 36 41 77", "참여기업 46 49 95", "기타 사업 1 2 3")
    ]
    assert table_kind_at_top(other) is None


def test_an_overview_of_label_value_rows_on_one_line_each_is_named_by_content() -> None:
    kw = {"taken": set(), "as_of": "2024-12-31", "after": []}
    rows = [
        _line("사업기간 2022. 7월 ~ 2027. 12월"),
        _line("총사업비 11,419백만원(국비 2,577, 구비 6,597)"),
        _line("주요내용"),
    ]
    assert kind_by_content(rows, **kw) == "overview"
    assert kind_by_content(rows, **{**kw, "taken": {"overview"}}) != "overview"
    # a label word with no figure after it, or a bulleted line, is no label | value row
    assert kind_by_content([_line("사업기간 연중"), _line("주요내용")], **kw) != "overview"
    assert kind_by_content([_line("사업기간 2022년", "❑")], **kw) != "overview"


def _dump(*texts: str) -> list[str]:
    lines = [to_tline(k + 1, 1, t) for k, t in enumerate(texts)]
    return [ln.text for ln in join_vertical_labels(lines) if ln.text.strip()]


def test_a_vertical_label_no_vocabulary_knows_is_joined() -> None:
    assert _dump("사", "", "업", "", "의", "", "주", "요", "골", "자", "- 사업기간 : 23.1.~28.2.") == [
        "사업의주요골자",
        "- 사업기간 : 23.1.~28.2.",
    ]
    # its last syllable opening the content line, a bullet after it
    assert _dump("앞", "으", "로", "의", "과", "제 - 체험관 운영 : 2026. 1.") == [
        "앞으로의과제",
        "- 체험관 운영 : 2026. 1.",
    ]
    # a word opening the line after the syllables, no bullet after it: left on its line
    assert _dump("앞", "으", "로", "의", "과", "총 7회 운영") == ["앞으로의과", "총 7회 운영"]
    # a column of one wrapped syllable, or two syllables only: as printed
    assert _dump("년", "년", "년", "계 1 2 3") == ["년", "년", "년", "계 1 2 3"]
    assert _dump("목", "표", "계 1 2 3") == ["목", "표", "계 1 2 3"]


def test_a_table_cut_off_by_a_page_break_with_a_vertical_label_unpacks() -> None:
    label = Cell(row=0, col=0, text="앞\n으\n로\n의\n과\n제")
    content = Cell(row=0, col=1, text="- 체험관 운영 활성화 방안 마련 : 2026. 1.")
    items = unpack_table(Table(cells=[label, content], n_rows=1, n_cols=2))
    assert (
        isinstance(items[0], Line) and items[0].heading and items[0].text == "앞으로의과제"
    )  # its letters joined (layout.py)
    assert [it.text for it in items[1:] if isinstance(it, Line)] == [
        "체험관 운영 활성화 방안 마련 : 2026. 1."
    ]
    # a label of words beside one line: a table as printed
    plain = Table(cells=[Cell(row=0, col=0, text="비고"), content], n_rows=1, n_cols=2)
    assert unpack_table(plain) == [plain]


def test_the_cards_read_with_their_labels_apart(tmp_path: Path) -> None:
    floors = {
        ("neulpum-district", "pdf"): 1.0,
        ("neulpum-district", "txt"): 0.98,
        ("sanha-county", "pdf"): 0.99,
        ("sanha-county", "txt"): 0.99,
    }
    for (family, fmt), floor in floors.items():
        folder = tmp_path / f"{family}-{fmt}"
        write_family(folder, BY_NAME[family], [fmt])
        got = score_folder(folder)[fmt]
        assert got["wrong"] == 0 and got["score"] >= floor, (family, fmt, got)


def test_a_table_of_dated_items_alone_or_a_unit_line_alone() -> None:
    kw = {"taken": {"achievements"}, "as_of": "2023-09-30", "after": ["achievements"]}
    cells = [
        Cell(row=0, col=0, text="추진일정"),
        Cell(row=0, col=1, text="추진내용"),
        Cell(row=1, col=0, text="'24. 8 ~9."),
        Cell(row=1, col=1, text="성과평가 및 개선방안 마련"),
        Cell(row=2, col=0, text="'24. 11."),
        Cell(row=2, col=1, text="기본계획 수립"),
    ]
    table = Table(cells=cells, n_rows=3, n_cols=2)
    assert kind_by_content([table], **kw, tables=True) == "plans"
    assert kind_by_content([table], **kw) is None  # (asked once the blocks of lines are named)
    # the unit line of a table read elsewhere (the outreach, by its content): no effects
    assert kind_by_content([_line("(단위 : 회)")], **kw) is None
