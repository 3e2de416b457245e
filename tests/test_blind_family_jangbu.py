"""The template family designed blind in session 22 (samples/families.py: ``jangbu-county``, a 군 card kept in a
spreadsheet: samples/sheet.py) and the structures it brought in, on small tables and dumps:

- the whole card one sheet grid (one table): a row whose only text is in a cell indented by empty cells before
  it (an item and the lines under it in one cell, its line breaks inside) is that cell's lines; an empty row
  parts the tables around it; a run of rows cut from the sheet drops the columns no cell starts in (a table's
  columns each span two or more of the sheet's);
- the sheet saved as tab-separated text (a row a line, every row all its fields, merged cells as empty fields,
  a cell with line breaks quoted as CSV quotes it): read as one table on the sheet's columns, a field's span
  told by the rows around it (a column is one where some row of the run starts a text).

Blind figures (the extractor unchanged, the family's committed files): PDF 0.311, HWPX 0.288, HWP 0.288, txt
0.701, 0 wrong of 306. After: PDF, HWPX, HWP 1.000, txt 0.997, no wrong figure (a side table's merged ``계``
label is one field and empty ones in the export: its other places read empty). Unseen seeds 81003-81006: blind
PDF 0.082, HWPX 0.079, HWP 0.079, txt 0.687; after 1.000 in every format, 0 wrong of 518 (PDF: a grid going on
over a page break, an outreach head ending page 1 and its counts opening page 2, joined). Real converters:
hwp5html's year sub-head packed left read 36 funding figures a column off at first measure: left unaligned.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.layout import unpack_table
from pledgecard.extract.readers import read_bytes
from pledgecard.extract.readers.text_sheet import sheet_rows, sheet_table
from pledgecard.scoring import score_record

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "jangbu-county"
W = 8  # the sheet's width in the tests below


def _row(*fields: str) -> str:
    cells = list(fields) + [""] * (W - len(fields))
    return "\t".join(f'"{x}"' if "\n" in x else x for x in cells)


SHEET = [
    _row("장부군 민선8기 군수 공약사업 관리카드"),
    _row("공약명", "", "청년센터 조성", "", "", "관리번호", "", "4-2"),
    _row(),
    _row("1. 사업개요"),
    _row("", "● 사업기간 : 2023.03 ~ 2026.06"),
    _row("", "● 주요내용\n- 청년센터 1개소 조성\n- 창업 공간 운영"),
    _row(),
    _row("2. 연도별 투자계획"),
    _row("구분", "", "2024년", "", "2025년", "", "합계"),
    _row("계", "", "1,200", "", "800", "", "2,000"),
    _row("군비", "", "1,200", "", "800", "", "2,000"),
]


def _table(rows: list[list[tuple[int, int, str]]], n_cols: int) -> Table:
    """A table of rows of (column, span, text) cells."""
    cells = [Cell(row=r, col=c, text=t, col_span=s) for r, row in enumerate(rows) for c, s, t in row]
    return Table(cells=cells, n_rows=len(rows), n_cols=n_cols)


def test_a_line_indented_by_empty_cells_is_its_lines_and_a_sheets_table_keeps_its_own_columns() -> None:
    sheet = _table(
        [
            [(0, 6, "1. 사업개요")],
            [(0, 1, ""), (1, 5, "● 사업기간 : 2023.03 ~ 2026.06")],
            [(0, 1, ""), (1, 5, "● 주요내용\n- 청년센터 조성")],
            [(0, 1, ""), (1, 1, ""), (2, 1, ""), (3, 1, ""), (4, 1, ""), (5, 1, "")],
            [(0, 6, "2. 연도별 투자계획")],
            [(0, 2, "구분"), (2, 2, "2024년"), (4, 2, "합계")],
            [(0, 2, "군비"), (2, 2, "1,200"), (4, 2, "1,200")],
        ],
        6,
    )
    items = unpack_table(sheet)
    texts = [getattr(i, "full_text", None) for i in items]
    assert texts[:5] == [
        "1. 사업개요",
        "● 사업기간 : 2023.03 ~ 2026.06",
        "● 주요내용",
        "- 청년센터 조성",
        "2. 연도별 투자계획",
    ]
    [table] = [i for i in items if isinstance(i, Table)]
    assert table.n_cols == 3 and table.grid() == [["구분", "2024년", "합계"], ["군비", "1,200", "1,200"]]
    # a row of a table whose empty cells are as wide as its text (a project column left blank): stays a row
    grid = _table(
        [
            [(0, 2, "연도"), (2, 2, "세부사업"), (4, 2, "목표")],
            [(0, 2, "2024"), (2, 2, "인재양성"), (4, 2, "착공")],
            [(0, 2, ""), (2, 2, ""), (4, 2, "준공")],
        ],
        6,
    )
    assert [i for i in unpack_table(grid) if isinstance(i, Table)][0].n_rows == 3


def test_a_sheets_tab_separated_export_is_one_table_on_its_columns() -> None:
    text = "\n".join(SHEET) + "\n"
    rows = sheet_rows(text)
    assert rows is not None and len(rows) == len(SHEET)
    assert (
        rows[5][0][1] == "● 주요내용\n- 청년센터 1개소 조성\n- 창업 공간 운영"
    )  # a quoted field's line breaks
    assert (rows[5][1], rows[5][2]) == (6, 8)  # the dump's lines of that record
    table = sheet_table(rows)
    assert table.n_cols == W
    item = table.cell_at(5, 1)
    assert item is not None and item.col_span == W - 1 and len(item.paragraphs) == 3
    head = sorted((c for c in table.cells if c.row == 8), key=lambda c: c.col)
    assert [(c.col, c.col_span, c.text) for c in head] == [
        (0, 2, "구분"),
        (2, 2, "2024년"),
        (4, 2, "2025년"),
        (6, 2, "합계"),
    ]
    assert not [c for c in table.cells if c.row == 6]  # an empty row: no cell
    # as a dump: the funding read from the table
    tables = [b for b in read_bytes(text.encode()).blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].n_rows == len(SHEET)


def test_only_a_sheets_export_is_read_as_one() -> None:
    assert sheet_rows("□ 사업개요\n○ 사업기간 : 2023. ~ 2026.\n") is None  # no tabs
    typed = ["□ 재원", "구분\t계\t국비", "계\t1,000\t600", "국비\t600\t-", *["○ 추진 내용이다"] * 8]
    assert sheet_rows("\n".join(typed)) is None  # a word processor's tabbed table amid text lines
    narrow = "\n".join(["a\tb\tc"] * 10)
    assert sheet_rows(narrow) is None  # three fields: too narrow for a card's sheet
    ragged = "\n".join([_row("x", "y"), *[_row("z")] * 9, "\t".join(["q"] * (W + 2))])
    assert sheet_rows(ragged) is None  # a record wider than the sheet


def test_the_family_reads_whole_in_every_format() -> None:
    for path, exp, got in family_cards(FAMILY, "jangbu-county-*-*.*"):
        assert len(got) == len(exp) == 1
        assert score_record(exp[0], got[0]).score() >= 0.99, path.name
        assert got[0]["funding"] == exp[0]["funding"], path.name
        assert got[0]["goals"] == exp[0]["goals"], path.name
        assert got[0]["outreach"] == exp[0]["outreach"], path.name
        assert got[0]["overview"] == exp[0]["overview"], path.name
        assert {k: got[0]["header"].get(k) for k in exp[0]["header"]} == exp[0]["header"], path.name


def _spaced_rows(rows: list[list[str]], width: int = 72) -> list:
    """Rows as an HTML-to-text converter lays a table out: cells at 12-character columns, rows parted by lines
    of spaces."""
    from pledgecard.extract.readers.text_lines import split_lines

    blank = " " * width
    text = (f"\n{blank}\n").join("".join(c.ljust(12) for c in r) for r in rows)
    return split_lines(f"{blank}\n{text}\n{blank}\n")


def _grid_table(rows: list[list[str]]) -> Table:
    return Table(
        cells=[Cell(row=r, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row)],
        n_rows=len(rows),
        n_cols=len(rows[0]),
    )


def test_a_year_sub_head_packed_left_over_the_rows_labels_or_sums_leaves_the_table_unaligned() -> None:
    """hwp5html's dump of the sheet: the funding's years packed from the first column under a head whose last
    cell (합계) spans nothing (36 figures read a column off before)."""
    from pledgecard.extract.readers.text_packed_rows import replace_packed_rows

    body = [
        ["계", "1,000", "2,000", "3,000", "4,000", "10,000"],
        ["국비", "600", "1,000", "1,000", "2,000", "4,600"],
        ["군비", "400", "1,000", "2,000", "2,000", "5,400"],
    ]
    rows = [
        ["구분", "연도별 투자 실적 및 계획", "합계", "", "", ""],
        ["2023년", "2024년", "2025년", "2026년", "", ""],
        *body,
    ]
    assert replace_packed_rows(_grid_table(rows), _spaced_rows(rows)) is None
    # a sub-head of words under a span (구분 | 계 | 재원 over 국비 시비 구비 기타): put under the span, as before
    words = [
        ["구분", "계", "재원", "", "", ""],
        ["국비", "시비", "구비", "기타", "", ""],
        ["2024년", "1,000", "400", "300", "200", "100"],
        ["2025년", "2,000", "800", "600", "400", "200"],
    ]
    moved = replace_packed_rows(_grid_table(words), _spaced_rows(words))
    assert moved is not None and moved.grid()[1] == ["", "", "국비", "시비", "구비", "기타"]
    # a lone year over a goal table's group rows (2023년도 alone on its row) is a group label, no sub-head
    goals = [
        ["세부사업", "목표", "실적", "추진상황"],
        ["2023년도", "", "", ""],
        ["인재양성", "협약 체결", "9건", "완료"],
        ["2024년도", "", "", ""],
        ["인재양성", "프로그램 운영", "15회", "완료"],
    ]
    assert replace_packed_rows(_grid_table(goals), _spaced_rows(goals)) is not None


def test_a_sheets_table_whose_head_ends_a_page_goes_on_with_the_rows_opening_the_next() -> None:
    from pledgecard.extract.document import Document, Source
    from pledgecard.extract.layout import linearize

    def sheet(rows: list[list[tuple[int, int, str]]], page: int) -> Table:
        t = _table(rows, 6)
        return Table(cells=t.cells, n_rows=t.n_rows, n_cols=6, source=Source(page=page))

    one = sheet([[(0, 6, "5. 군민소통 실적")], [(0, 2, "계"), (2, 2, "설명회"), (4, 2, "언론")]], 1)
    two = sheet(
        [
            [(0, 2, "8회"), (2, 2, "5"), (4, 2, "3")],
            [(0, 6, "6. 향후 추진계획")],
            [(0, 1, ""), (1, 5, "● 실시설계 착수 : 2025-03")],
        ],
        2,
    )
    items = linearize(Document(blocks=[one, two], format="pdf"))
    tables = [i for i in items if isinstance(i, Table)]
    assert len(tables) == 1 and tables[0].grid() == [["계", "설명회", "언론"], ["8회", "5", "3"]]
    assert [getattr(i, "full_text", None) for i in items][-1] == "● 실시설계 착수 : 2025-03"


def test_a_cards_own_title_printed_amid_its_header_starts_no_card(tmp_path: Path) -> None:
    """pdf2txt's boxes: the header's labels, then its values, then the title, before any section."""
    from pledgecard import extract_file

    text = "\n\n".join(
        [
            "공약명",
            "담당부서",
            "청년센터 조성",
            "기술보급과",
            "장부군 민선8기 군수 공약사업 관리카드",
            "관리번호",
            "추진상황",
            "4-2",
            "정상추진",
            "1. 사업개요",
            "● 사업기간 : 2023.03 ~ 2026.06",
            "2. 추진실적",
            "● 기본계획 수립 : 2024-03",
        ]
    )
    path = tmp_path / "card.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert len(extract_file(path)) == 1
