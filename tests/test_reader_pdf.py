"""The PDF reader on card-like PDFs rendered by tests/fixtures/pdf/make_fixtures.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledgecard.errors import (
    DamagedFileError,
    EncryptedFileError,
    ExtractError,
    LimitExceededError,
    NoTextLayerError,
)
from pledgecard.extract.document import Document, Paragraph, Table, cell_address
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import read_bytes
from pledgecard.extract.readers.pdf import read
from pledgecard.extract.readers.pdf_grids import Grid
from pledgecard.extract.readers.pdf_lines import (
    LOST,
    chars_to_lines,
    glyph_text,
    indent_levels,
    join_wrapped,
)
from pledgecard.extract.readers.pdf_spill import spilled_text
from pledgecard.extract.readers.pdf_tables import PageTable, build_table, join_continued, same_columns

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pdf"


def load(name: str, limits: Limits | None = None) -> Document:
    path = FIXTURES / name
    return read(path.read_bytes(), path=str(path), limits=limits or Limits())


@pytest.fixture(scope="module")
def card() -> Document:
    return load("card.pdf")


def paragraphs(doc: Document) -> list[tuple[str | None, int, str]]:
    return [(p.marker, p.indent, p.text) for p in doc.paragraphs()]


def table_with(doc: Document, text: str) -> Table:
    found = [t for t in doc.tables() if any(c.text == text for c in t.cells)]
    assert len(found) == 1, f"{len(found)} tables hold a cell {text!r}"
    return found[0]


def test_card_paragraphs_markers_and_indent_levels(card: Document) -> None:
    assert card.format == "pdf" and card.n_pages == 2
    body = [p for p in paragraphs(card) if p[0] is not None]
    assert body == [
        ("□", 0, "사업개요"),
        ("◦", 1, "사업기간 : '24. 9. ~ '26. 12."),
        ("◦", 1, "총사업비 : 4,800백만 원(도비 2,400, 시군비 2,400)"),
        ("◦", 1, "주요내용"),
        (
            "-",
            2,
            "도-대학 협력기반 지역혁신사업의 핵심분야 사업단 내 도내 기업 채용 연계 계약학과 과정을 "
            "신설하고 참여자의 도내 기업 취업을 추진하며 취업 이후에도 정착 지원 프로그램을 운영",
        ),
        ("*", 2, "핵심분야: 정밀의료, 디지털헬스케어, 스마트수소에너지"),
        ("□", 0, "재원투자 실적 및 계획"),
        ("□", 0, "추진실적(성과)"),
        ("◦", 1, "정밀의료사업단 계약학과 협약식 : '23. 3."),
        ("◦", 1, "스마트 수소에너지"),
        ("-", 2, "채용연계 트랙 운영 업무협약 체결 : '24. 9."),
        ("·", 3, "참여기업 16개, 참여자 89명"),
        ("◦", 1, "도민소통 실적"),
        ("◦", 1, "핵심분야별 운영 현황"),
        ("□", 0, "향후계획"),
        ("◦", 1, "전환에 따른 공약사항 정비 : '25. 상반기"),
        # the framed 기대효과 block: levels counted inside the box
        ("◦", 0, "핵심분야 첨단산업 육성을 통한 양질의 일자리 창출로 지역인재 유출 방지"),
        ("⇨", 0, "도내 산업전환과 성장으로 청년인구 이탈 방지"),
    ]
    plain = [p[2] for p in paragraphs(card) if p[0] is None]
    assert plain == ["도지사 공약사업 관리카드", "(단위 : 백만 원)", "<기대효과>"]


def test_reading_order_interleaves_paragraphs_and_tables(card: Document) -> None:
    kinds = []
    for b in card.blocks:
        if isinstance(b, Table):
            kinds.append(f"T{b.n_rows}x{b.n_cols}")
        elif b.marker == "□":
            kinds.append(b.text)
    assert kinds == [
        "T4x6",
        "사업개요",
        "재원투자 실적 및 계획",
        "T5x6",
        "추진실적(성과)",
        "T2x5",
        "T15x5",
        "향후계획",
    ]


def test_wrapped_bullet_is_one_paragraph_spanning_two_lines(card: Document) -> None:
    wrapped = next(p for p in card.paragraphs() if p.text.startswith("도-대학"))
    x0, top, x1, bottom = wrapped.source.bbox or (0, 0, 0, 0)
    assert bottom - top > 20  # two printed lines of 10.5 pt type
    assert not any(p.text.startswith("참여자의 도내") for p in card.paragraphs())


def test_header_table_grid_and_spans(card: Document) -> None:
    t = table_with(card, "공약명")
    assert (t.n_rows, t.n_cols) == (4, 6)
    assert t.grid()[0] == ["공약명"] + ["청년 일자리 플랫폼 구축 및 지역인재 취업 연계"] * 3 + [
        "관리번호",
        "3-15",
    ]
    assert t.grid()[1] == ["추진부서", "일자리경제과", "담당자", "홍길동", "전화번호", "033-249-1234"]
    coop = t.cell_at(2, 1)
    assert coop is not None and (coop.text, coop.col_span) == ("교육법무과, 산업정책과", 5)


def test_funding_table_merged_header(card: Document) -> None:
    t = table_with(card, "연도별 투자 실적 및 계획")
    years = [c for c in t.cells if re.fullmatch(r"\d{4}년", c.text)]
    span = next(c for c in t.cells if c.text == "연도별 투자 실적 및 계획")
    assert [c.text for c in years] == ["2023년", "2024년", "2025년", "2026년"]
    assert (span.row, span.col, span.row_span, span.col_span) == (0, 2, 1, len(years))
    head = next(c for c in t.cells if c.text == "구분")
    assert (head.row_span, head.col_span) == (2, 1)
    assert [row[0] for row in t.grid()[2:]] == ["계", "도비", "시군비"]
    assert t.grid()[4] == ["시군비", "2,400", "300", "600", "750", "-"]
    # every grid position is covered by exactly one cell
    covered = sorted(
        (r, k)
        for c in t.cells
        for r in range(c.row, c.row + c.row_span)
        for k in range(c.col, c.col + c.col_span)
    )
    assert covered == [(r, k) for r in range(t.n_rows) for k in range(t.n_cols)]


def test_table_without_outer_borders_keeps_first_and_last_columns(card: Document) -> None:
    t = table_with(card, "주민간담회")
    assert t.grid() == [
        ["계", "주민간담회", "만족도 조사", "언론, 방송", "기타"],
        ["146회", "1", "1", "144", "-"],
    ]


def test_table_continued_over_page_break_is_joined(card: Document) -> None:
    t = table_with(card, "연번")
    assert (t.n_rows, t.n_cols) == (15, 5)
    grid = t.grid()
    assert [row[0] for row in grid] == ["연번"] + [str(i) for i in range(1, 15)]
    assert sum(1 for c in t.cells if c.text == "연번") == 1  # the repeated header row is gone
    assert {c.source.page for c in t.cells} == {1, 2}
    assert grid[7][2] == "마이크로계약학과\n트랙 7"  # multi-line cell text keeps its line break
    assert grid[14] == ["14", "바이오소재", "마이크로계약학과\n트랙 14", "24", "'23. 3."]


def test_table_text_is_not_repeated_as_paragraphs(card: Document) -> None:
    texts = {p.full_text for p in card.paragraphs()}
    for t in card.tables():
        for c in t.cells:
            for line in c.text.splitlines():
                assert line not in texts


def test_running_headers_and_page_numbers_dropped(card: Document) -> None:
    texts = [p.full_text for p in card.paragraphs()]
    assert not any("강원특별자치도 공약사업" in t for t in texts)
    assert not any(re.fullmatch(r"-\s*\d+\s*-", t) for t in texts)
    assert any("dropped page headers/footers" in n for n in card.notes)


def test_sources_carry_page_bbox_and_cell_address(card: Document) -> None:
    for p in card.paragraphs():
        assert p.source.page in (1, 2) and p.source.bbox is not None
        x0, top, x1, bottom = p.source.bbox
        assert 0 <= x0 < x1 <= 595.3 and 0 <= top < bottom <= 841.9
    for n, t in enumerate(card.tables(), start=1):
        assert t.source.page is not None and t.source.bbox is not None
        for c in t.cells:
            assert c.source.cell == cell_address(n, c.row, c.col)
            assert c.source.page is not None and c.source.bbox is not None
    multi = table_with(card, "연번").cell_at(3, 2)
    assert multi is not None
    assert [q.text for q in multi.paragraphs] == ["마이크로계약학과", "트랙 3"]
    assert all(q.source.cell == multi.source.cell for q in multi.paragraphs)


def test_row_split_by_page_break_is_rejoined() -> None:
    doc = load("split.pdf")
    assert doc.n_pages == 2
    [t] = list(doc.tables())
    assert (t.n_rows, t.n_cols) == (8, 3)
    assert [row[0] for row in t.grid()] == ["연번"] + [str(i) for i in range(1, 8)]
    # row 6 starts at the bottom of page 1 and ends at the top of page 2, both parts drawn open
    assert t.grid()[6] == ["6", "목표 6\n세부 6-1\n세부 6-2\n세부 6-3", "추진중\n(60%)"]
    assert {c.source.page for c in t.cells} == {1, 2}
    assert paragraphs(doc) == [("□", 0, "목표달성"), ("□", 0, "향후계획")]


def test_merged_cells_cut_by_page_break_span_both_parts() -> None:
    doc = load("rowspan.pdf")
    assert doc.n_pages == 2
    [t] = list(doc.tables())
    assert (t.n_rows, t.n_cols) == (6, 4)
    flat = [[" ".join(text.split()) for text in row] for row in t.grid()]
    assert [row[0] for row in flat] == ["주요사 업", "사업 가", "사업 가", "사업 나", "사업 나", "사업 다"]
    # the cut falls between the two rows of 사업 나: its two merged cells span the row of page 2,
    # the closed cells beside them start a row of their own
    # (a number wrapped before its unit is joined to it: 20 / 개) -> 20개))
    assert flat[3][1:3] == ["<2021> 기업 지원(20개)", "추진중"]
    assert flat[4] == ["사업 나", "<2022> 교육생 양성 (30명)", "추진중", "지원센터 운영 및 재직 자 교육 지원"]
    assert flat[5] == ["사업 다", "<2021> 센터 개소", "추진중", "운영 계획 수립"]
    merged = [t.cell_at(3, 0), t.cell_at(3, 3)]
    assert all(c is not None and (c.row, c.row_span, c.source.page) == (3, 2, 1) for c in merged)
    assert {c.source.page for c in t.cells if c.row >= 4} == {2}
    assert paragraphs(doc) == [("□", 0, "현재까지 목표달성")] + [("◦", 0, "추진 경과 요약")] * 11 + [
        ("□", 0, "향후계획")
    ]


def test_text_without_space_glyphs_keeps_word_gaps() -> None:
    doc = load("nospace.pdf")
    assert paragraphs(doc) == [
        ("◦", 0, "신규트랙 협약(기업 : 메디컬아이피, 계약인원 : 20명) : '24. 9."),
        ("◦", 0, "교과목 추가개발 및 확대(1→4과목) : '24. 9 ~ 12."),
        ("-", 1, "마이크로 계약학과 워크숍 개최 : '24. 9."),
    ]  # the "1 / 1" footer is dropped


def test_lost_bullet_glyphs_become_replacement_character() -> None:
    """A glyph without a mapping, ``(cid:N)``, is lost; one mapped into the Private Use Area is a
    symbol font's glyph and stays itself (samples/mutate.py: two of them may bullet two levels)."""
    doc = load("glyphs.pdf")
    assert paragraphs(doc) == [
        (LOST, 0, "사업개요"),
        ("\uf0a7", 1, "사업기간 : 2022. 5월 ~ 2027. 2월"),
        ("\uf0a7", 1, "주요내용"),
    ]


def test_doubled_characters_are_removed() -> None:
    doc = load("doubled.pdf")
    assert paragraphs(doc) == [
        ("□", 0, "추진실적(성과)"),
        ("◦", 0, "협약식 개최 : '23. 3."),
        ("◦", 0, "과정 실시 : '24. 3 ~ 12."),
    ]
    assert any("doubled" in n for n in doc.notes)


def test_owner_password_only_pdf_reads_like_the_plain_one(card: Document) -> None:
    doc = load("restricted.pdf")
    assert paragraphs(doc) == paragraphs(card)
    assert [t.grid() for t in doc.tables()] == [t.grid() for t in card.tables()]


def test_read_bytes_dispatches_to_the_pdf_reader() -> None:
    data = (FIXTURES / "nospace.pdf").read_bytes()
    doc = read_bytes(data, path="nospace.pdf")
    assert doc.format == "pdf" and len(doc.sha256) == 64 and doc.n_pages == 1


@pytest.mark.parametrize(
    ("name", "error", "reason"),
    [
        ("scan.pdf", NoTextLayerError, "no text layer, OCR needed"),
        ("locked.pdf", EncryptedFileError, "PDF is password-protected"),
        (
            "unmapped.pdf",
            NoTextLayerError,
            "text layer has no Unicode mapping (fonts without ToUnicode), OCR needed",
        ),
    ],
)
def test_unreadable_pdfs_raise_with_one_line_reason(name: str, error: type, reason: str) -> None:
    with pytest.raises(error) as info:
        load(name, Limits(ocr="never"))
    assert info.value.reason == reason


def test_page_limit_is_checked_before_reading_pages() -> None:
    with pytest.raises(LimitExceededError) as info:
        load("card.pdf", Limits(max_pages=1))
    assert "2 pages" in info.value.reason


@pytest.mark.parametrize(
    "data", [b"", b"hello", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", b"%PDF-1.4\n" + b"\x00" * 64]
)
def test_broken_bytes_raise_damaged_file(data: bytes) -> None:
    with pytest.raises(DamagedFileError) as info:
        read(data, path="x.pdf", limits=Limits())
    assert "\n" not in info.value.reason


NOSPACE = (FIXTURES / "nospace.pdf").read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cut=st.integers(min_value=0, max_value=len(NOSPACE)),
    flips=st.lists(st.tuples(st.integers(0, len(NOSPACE) - 1), st.integers(0, 255)), max_size=4),
)
def test_truncated_or_corrupted_pdf_never_escapes_as_another_exception(
    cut: int, flips: list[tuple[int, int]]
) -> None:
    data = bytearray(NOSPACE[:cut])
    for pos, value in flips:
        if pos < len(data):
            data[pos] = value
    try:
        doc = read(bytes(data), path="x.pdf", limits=Limits())
    except ExtractError as exc:
        assert exc.reason and "\n" not in exc.reason
    else:
        assert doc.n_pages == 1


# ---- the line builder on synthetic characters -------------------------------------------


def char(text: str, x0: float, width: float = 9.4, top: float = 100.0, size: float = 10.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + size, "size": size}


def test_word_gaps_from_positions() -> None:
    # 0.5 pt inside a word, 2.7 pt between words, no space glyph anywhere
    chars = [
        char("협", 10),
        char("약", 19.9),
        char("'", 32, 3),
        char("2", 35.5, 6),
        char("4", 42, 6),
        char(".", 48.5, 3),
        char("9", 54.2, 6),
        char(".", 60.7, 3),
    ]
    [line] = chars_to_lines(chars, page=1)
    assert line.text == "협약 '24. 9."


def test_cid_and_private_use_glyphs_are_lost_markers() -> None:
    assert glyph_text("(cid:127)") == LOST and glyph_text("\uf0a7") == LOST and glyph_text("가") == "가"
    [line] = chars_to_lines([char("(cid:3)", 10), char("사", 24), char("업", 33.9)], page=1)
    assert (line.marker, line.text, line.text_x0) == (LOST, "사업", 24)


def test_dash_is_a_marker_only_when_followed_by_a_gap() -> None:
    [a] = chars_to_lines([char("-", 10, 4), char("3", 17, 6)], page=1)
    [b] = chars_to_lines([char("-", 10, 4), char("3", 14.2, 6)], page=1)
    assert (a.marker, a.text) == ("-", "3") and (b.marker, b.text) == (None, "-3")


def run(x0: float, n: int, top: float) -> list[dict]:
    return [char("가", x0 + 9.9 * k, top=top) for k in range(n)]


def test_wrapped_item_joined_at_text_start_or_after_a_full_line() -> None:
    items = (
        [char("◦", 10)]
        + run(22, 3, 100)  # ◦ 가가가            (short item)
        + run(22, 1, 114)  # continuation at the text start: joined
        + run(10, 1, 128)  # flush at the bullet after a short line: a line of its own
        + [char("◦", 10, top=150)]
        + run(22, 20, 150)  # ◦ item running to the right edge
        + run(10, 2, 164)  # flush at the bullet after a full line: joined
    )
    lines = join_wrapped(chars_to_lines(items, page=1))
    assert [(ln.marker, ln.text) for ln in lines] == [
        ("◦", "가가가 가"),
        (None, "가"),
        ("◦", "가" * 20 + " 가가"),
    ]
    assert [ln.n_lines for ln in lines] == [2, 1, 2]


@given(st.lists(st.floats(min_value=0, max_value=500, allow_nan=False), min_size=1, max_size=40))
def test_indent_levels_never_decrease_with_x(xs: list[float]) -> None:
    levels = indent_levels(xs, [True] * len(xs))
    pairs = sorted(zip(xs, levels, strict=True))
    assert all(a[1] <= b[1] for a, b in zip(pairs, pairs[1:], strict=False))
    assert min(levels) == 0
    # bullets: each distinct cluster is a level, so the deepest level is the cluster count - 1
    clusters = 1 + sum(1 for a, b in zip(sorted(xs), sorted(xs)[1:], strict=False) if b - a > 2.5)
    assert max(levels) == clusters - 1


def test_paragraph_full_text_roundtrip(card: Document) -> None:
    for p in card.paragraphs():
        assert isinstance(p, Paragraph)
        assert p.text == " ".join(p.text.split()) and p.text
        if p.marker:
            assert not p.text.startswith(p.marker)


# ---- joining a table continued on the next page (synthetic grids) -------------------------


def grid_table(page: int, rows: list[list[str]]) -> PageTable:
    n = len(rows[0])
    boxes = [(10.0 * k, 10.0 * r, 10.0 * (k + 1), 10.0 * (r + 1)) for r in range(len(rows)) for k in range(n)]
    t = build_table(page, Grid((0, 0, 10.0 * n, 10.0 * len(rows)), boxes))
    for cell in t.cells:
        cell.text = rows[cell.row][cell.col]
    t.cell_lines = [[] for _ in t.cells]
    return t


HEAD = ["구분", "내용", "비고"]


@pytest.mark.parametrize(
    ("second", "joined"),
    [
        # repeated header dropped, the next rows appended
        ([HEAD, ["3", "아자", ""]], [HEAD, ["1", "가나다", "-"], ["2", "라마", "-"], ["3", "아자", ""]]),
        # a row split by the page break: its second part continues the last row's cells
        (
            [HEAD, ["", "바사", ""], ["3", "아자", "-"]],
            [HEAD, ["1", "가나다", "-"], ["2", "라마\n바사", "-"], ["3", "아자", "-"]],
        ),
        # a split row carrying only the last line of one cell
        ([HEAD, ["", "", "바사"]], [HEAD, ["1", "가나다", "-"], ["2", "라마", "-\n바사"]]),
        # no repeated header, and a first row that is a row of its own (half of it filled)
        (
            [["3", "", "차"], ["4", "", ""]],
            [HEAD, ["1", "가나다", "-"], ["2", "라마", "-"], ["3", "", "차"], ["4", "", ""]],
        ),
    ],
)
def test_join_continued(second: list[list[str]], joined: list[list[str]]) -> None:
    a = grid_table(1, [HEAD, ["1", "가나다", "-"], ["2", "라마", "-"]])
    b = grid_table(2, second)
    assert same_columns(a, b)
    join_continued(a, b)
    assert a.n_rows == len(joined)
    assert a.row_texts(a.n_rows) == joined
    assert len(a.cells) == len(a.cell_lines)


def test_join_continued_a_marked_line_atop_the_page_is_a_row_where_the_table_draws_such_rows() -> None:
    # a note row (※ ...) atop the next page, its date and 비고 cells empty, drawn closed: a row of its own
    # where the table draws a marked line (1) ...) as a row of its own elsewhere (crossbred 2386)
    a = grid_table(1, [HEAD, ["2023. 5.", "준공", "완료"]])
    b = grid_table(
        2, [["", "※ 참여기업 11개", ""], ["2023. 7.", "아카데미 운영", "완료"], ["", "1) 총 9회 운영", ""]]
    )
    join_continued(a, b)
    assert a.row_texts(a.n_rows)[2] == ["", "※ 참여기업 11개", ""]
    # no such row elsewhere: a cell's own note line cut by the break looks the same, the row goes on
    a = grid_table(1, [HEAD, ["2023. 5.", "준공", "완료"]])
    b = grid_table(2, [["", "※ 참여기업 11개", ""], ["2023. 7.", "아카데미 운영", "완료"]])
    join_continued(a, b)
    assert a.row_texts(a.n_rows)[1] == ["2023. 5.", "준공\n※ 참여기업 11개", "완료"]
    # a cell holding a marked line under its first: such lines live in cells here, the row goes on
    a = grid_table(1, [HEAD, ["2023. 5.", "준공", "완료"]])
    b = grid_table(
        2, [["", "※ 참여기업 11개", ""], ["2023. 7.", "운영\n1) 총 9회", "완료"], ["", "1) 총 9회", ""]]
    )
    join_continued(a, b)
    assert a.row_texts(a.n_rows)[1] == ["2023. 5.", "준공\n※ 참여기업 11개", "완료"]


def open_table(
    page: int,
    rows: list[list[str]],
    *,
    top: frozenset[int] = frozenset(),
    bottom: frozenset[int] = frozenset(),
) -> PageTable:
    t = grid_table(page, rows)
    t.open_top, t.open_bottom = top, bottom
    return t


def test_join_continued_extends_only_the_merged_cells_drawn_open() -> None:
    # 사업 나 and its 추진내용 are merged cells cut by the break (columns 0 and 3 drawn open);
    # the 목표치/추진상황 cells beside them close on page 1 and a new row starts on page 2
    a = open_table(
        1,
        [["주요사업", "목표치", "상황", "내용"], ["사업 나", "<2021>", "완료", "센터"]],
        bottom=frozenset({0, 3}),
    )
    b = open_table(
        2, [["", "<2022>", "추진중", "운영"], ["사업 다", "<2021>", "미착수", "-"]], top=frozenset({0, 3})
    )
    join_continued(a, b)
    assert a.row_texts(a.n_rows) == [
        ["주요사업", "목표치", "상황", "내용"],
        ["사업 나", "<2021>", "완료", "센터\n운영"],
        ["사업 나", "<2022>", "추진중", "센터\n운영"],
        ["사업 다", "<2021>", "미착수", "-"],
    ]
    assert len(a.ys) == a.n_rows + 1 and len(a.cells) == len(a.cell_lines) == 14
    assert [c.row_span for c in a.cells if c.col in (0, 3) and c.row == 1] == [2, 2]


def test_join_continued_closed_cells_printed_on_one_page_only_continue_the_whole_row() -> None:
    # a section row (label | long text) cut by the break: only the text cell is drawn open and
    # the label cell, drawn closed on both pages, prints on one of them: still one row
    a = open_table(1, [["추진실적", "◦ 가"]], bottom=frozenset({1}))
    b = open_table(2, [["", "◦ 나"]], top=frozenset({1}))
    join_continued(a, b)
    assert a.row_texts(a.n_rows) == [["추진실적", "◦ 가\n◦ 나"]]
    # the label centred in the whole row lands on page 2: still one row
    a = open_table(1, [["", "◦ 가"]], bottom=frozenset({1}))
    b = open_table(2, [["추진실적", "◦ 나"]], top=frozenset({1}))
    join_continued(a, b)
    assert a.row_texts(a.n_rows) == [["추진실적", "◦ 가\n◦ 나"]]


def test_join_continued_a_row_whose_every_cell_prints_on_one_page_is_one_row() -> None:
    # a header row cut by the break, drawn closed on both pages (shaded cells): its one-line
    # cells print on page 1, its wrapped ones on page 2; no cell prints on both
    a = grid_table(1, [["", "", "언론 홍보", "계"]])
    b = grid_table(2, [["간담회", "만족도 조\n사", "", ""], ["1", "-", "20", "21"]])
    join_continued(a, b)
    assert a.row_texts(a.n_rows) == [["간담회", "만족도 조\n사", "언론 홍보", "계"], ["1", "-", "20", "21"]]
    # a cell printed on both pages: two rows
    a = grid_table(1, [["", "가", "언론 홍보", "계"]])
    b = grid_table(2, [["간담회", "나", "", ""], ["1", "-", "20", "21"]])
    join_continued(a, b)
    assert a.n_rows == 3


def test_join_continued_joins_a_nested_table_cut_by_the_same_break() -> None:
    # a section cell holding a yearly table: the table's header row on page 1, its rows on page 2
    a = open_table(1, [["추진실적", "◦ 연도별 실적"]], bottom=frozenset({1}))
    b = open_table(2, [["", ""]], top=frozenset({1}))
    a.inner[1] = [grid_table(1, [["구분", "2024년", "계"]])]
    b.inner[1] = [grid_table(2, [["취업자", "5", "5"], ["교육생", "7", "7"]])]
    join_continued(a, b)
    [inner] = a.inner[1]
    assert inner.row_texts(inner.n_rows) == [
        ["구분", "2024년", "계"],
        ["취업자", "5", "5"],
        ["교육생", "7", "7"],
    ]
    assert a.row_texts(a.n_rows) == [["추진실적", "◦ 연도별 실적"]]


def spill_char(text: str, x0: float, top: float) -> dict:
    return char(text, x0, top=top)


def test_text_printed_past_an_open_edge_goes_to_the_open_cells() -> None:
    # table bottom at y=100, columns [0, 50, 100, 150]; columns 0 and 2 are drawn open
    line1 = [spill_char("반", 5, 96), spill_char("도", 15, 96), spill_char("지", 105, 96)]
    line2 = [spill_char("구", 5, 108.5), spill_char("원", 105, 108.5)]
    far = [spill_char("다", 5, 140)]  # a line further down is running text
    owners = {0: 7, 2: 9}
    got = spilled_text(line1 + line2 + far, edge=100.0, below=True, xs=[0, 50, 100, 150], owners=owners)
    assert {k: "".join(c["text"] for c in v) for k, v in got.items()} == {7: "반도구", 9: "지원"}
    # a line reaching into a closed column is not the cut cells' text: nothing is taken
    closed = [spill_char("제", 5, 101), spill_char("목", 60, 101)]
    assert spilled_text(closed + line2, edge=100.0, below=True, xs=[0, 50, 100, 150], owners=owners) == {}
    # above a table continued from the previous page: rows are taken upward from its top
    got = spilled_text(
        [spill_char("위", 5, 85)], edge=100.0, below=False, xs=[0, 50, 100, 150], owners=owners
    )
    assert list(got) == [7]


def test_a_stray_space_glyph_does_not_hide_positional_word_gaps() -> None:
    # one space glyph at the end of a line whose word gaps are positions only
    chars = [
        char("협", 10),
        char("약", 19.9),
        char("체", 32),
        char("결", 41.9),
        char("개", 54),
        char("최", 63.9),
        char(" ", 73.3, 3),
    ]
    [line] = chars_to_lines(chars, page=1)
    assert line.text == "협약 체결 개최"
    # text printed with its spaces: a narrow extra gap is letter spacing, not a word break
    spaced = [char("협", 10), char("약", 19.9), char(" ", 29.3, 2.5), char("체", 32), char("결", 42.6)]
    [line] = chars_to_lines(spaced, page=1)
    assert line.text == "협약 체결"
