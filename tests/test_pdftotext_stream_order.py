"""pdftotext's default mode prints a page's text in its content stream's order: a footer drawn before a table
printed amid the table's cells, a grid's head cells printed amid its rows. The shapes, as the text readers see
them (extract/readers/text_running_amid.py, text_last_cell.numbered_figures, text_row_numbers.py); the real
dumps are measured in tests/test_text_converters.py (dallae-city, boram-city)."""

from __future__ import annotations

from pledgecard.extract.readers.text import read
from pledgecard.extract.readers.text_lines import furniture, split_lines
from pledgecard.extract.readers.text_row_numbers import drop_row_numbers


def _pages(*pages: list[str]) -> str:
    """A dump of pages (form feeds between), a blank line after each line as pdftotext's default mode prints cells."""
    return "\f".join("\n\n".join(p) + "\n" for p in pages)


def _kept(text: str) -> list[str]:
    lines = split_lines(text)
    drop = furniture(lines)
    return [ln.text.strip() for k, ln in enumerate(lines) if k not in drop and ln.text.strip()]


_BODY = ["사업개요", "총사업비 : 3,000"]


def test_a_running_footer_printed_amid_a_table_is_that_pages_furniture() -> None:
    """Every numbered page closes ``달래시`` over its number; page 3 draws its footer before its table, so the
    dump prints ``달래시`` after the table's first head cell: dropped there too, the table whole."""
    table = ["구분", "달래시", "총사업비", "2024년", "계", "1,000", "1,000", "국비", "1,000", "1,000", "755"]
    text = _pages(
        [*_BODY, "달래시", "1"],
        ["추진실적", "협약 체결", "달래시", "2"],
        [*table, "3"],
        ["향후계획", "설명회", "달래시", "4"],
        ["기대효과", "일자리", "달래시", "5"],
    )
    kept = _kept(text)
    assert "달래시" not in kept
    assert kept[kept.index("구분") : kept.index("향후계획")] == [
        t for t in table if t != "달래시"
    ]  # 755 kept


def test_a_word_atop_two_pages_of_three_is_no_running_line_amid_the_first() -> None:
    """``구분`` heads a table atop pages 2 and 3 and amid page 1: too few pages print it at an edge for the
    one amid page 1 to be that page's furniture (it heads page 1's funding table)."""
    text = _pages(
        [*_BODY, "구분", "총사업비", "계", "- 1 -"],
        ["구분", "2023년", "계", "- 2 -"],
        ["구분", "1/4분기", "계", "- 3 -"],
    )
    assert _kept(text)[:4] == [*_BODY, "구분", "총사업비"]


def test_a_bare_figure_over_the_page_number_is_the_pages_text() -> None:
    """A page numbers itself once: of ``755`` over ``4`` closing a page whose neighbours close with ``3`` and
    ``5``, the 755 is the table's last cell; a page closing with one bare figure loses it as before."""
    text = _pages(
        ["추진실적", "협약", "1"],
        ["추진실적", "설명회", "2"],
        ["추진실적", "간담회", "3"],
        ["기타", "633", "755", "4"],
        ["기대효과", "일자리", "5"],
    )
    kept = _kept(text)
    assert "755" in kept and "633" in kept
    assert not {"1", "2", "3", "4", "5"} & set(kept)


def _grid(*cells: str) -> list[str]:
    lines = split_lines("\n\n".join(cells) + "\n")
    return [ln.text.strip() for ln in drop_row_numbers(lines) if ln.text.strip()]


def test_a_grid_head_printed_a_cell_a_line_with_blank_lines_between() -> None:
    """``번호`` / ``추진일자`` / ``추진내용`` / ``비고`` a cell a line, a blank line after each: the row numbers
    taken off."""
    out = _grid(
        "번호",
        "추진일자",
        "추진내용",
        "비고",
        "1",
        "2023.05",
        "협약 체결",
        "완료",
        "2",
        "2023.06",
        "설명회 개최",
        "완료",
        "3",
        "- 참여 5개사",
    )
    assert out == [
        "추진일자",
        "추진내용",
        "비고",
        "2023.05",
        "협약 체결",
        "완료",
        "2023.06",
        "설명회 개최",
        "완료",
        "- 참여 5개사",
    ]


def test_grid_head_cells_printed_amid_the_rows_go_back_to_the_head() -> None:
    """pdftotext prints the content head and the note head after the first rows' cells: they go back to the
    head (so the 완료 cells read as the note column's), the row numbers taken off."""
    out = _grid(
        "번호",
        "추진일자",
        "1",
        "2021.01",
        "2",
        "추진내용",
        "비고",
        "현장 건의 19건 검토",
        "완료",
        "참여기업 현황",
        "3",
        "2021.03",
        "공모사업 선정",
    )
    assert out == [
        "추진일자",
        "추진내용",
        "비고",
        "2021.01",
        "현장 건의 19건 검토",
        "완료",
        "참여기업 현황",
        "2021.03",
        "공모사업 선정",
    ]


def test_a_date_head_alone_with_no_content_head_among_the_rows_is_no_grid() -> None:
    """The date head alone before numbered lines, no content head printed among them: left as it is."""
    cells = ("번호", "추진일자", "1", "2021.01", "2", "2021.02", "3", "2021.03")
    assert _grid(*cells) == list(cells)


def test_a_note_column_printed_as_a_box_past_the_rows_is_taken_off() -> None:
    """pdf2txt prints the numbers' column, then the rows' date and content cells, then the note column as a
    box: ``비고`` and its status cells are no part of the rows; a 비고 followed by other words is left."""
    rows = ["2018-12", "아카데미 운영", "2020.11", "관광 개소", "- 체험객 36명"]
    out = _grid("번호", "추진일자", "추진내용", "1", "2", "3", *rows, "비고", "완료", "완료", "향후계획")
    assert out == ["추진일자", "추진내용", *rows, "향후계획"]
    out = _grid("번호", "추진일자", "추진내용", "1", "2", "3", *rows, "비고", "협약 체결 예정")
    assert out == ["추진일자", "추진내용", *rows, "비고", "협약 체결 예정"]


def test_read_drops_the_footer_amid_the_table_from_the_document() -> None:
    """The reader's furniture holds the footer printed amid the table, once for each page."""
    table = ["구분", "달래시", "총사업비", "계", "1,000", "755"]
    text = _pages(
        [*_BODY, "달래시", "1"],
        ["추진실적", "협약 체결", "달래시", "2"],
        [*table, "3"],
        ["향후계획", "설명회", "달래시", "4"],
        ["기대효과", "일자리", "달래시", "5"],
    )
    doc = read(text.encode("utf-8"))
    assert [b.text for b in doc.furniture].count("달래시") == 5


def test_the_first_rows_number_printed_before_the_grids_head() -> None:
    """``번호`` / ``1`` / ``추진일자`` / ...: the first row's number printed right under the row-number head, the
    head's other cells amid the rows: the head read whole, the numbers taken off; a date head after ``1`` with no
    content head among the rows is left as it was printed."""
    out = _grid(
        "번호",
        "1",
        "추진일자",
        "2024.06.",
        "2",
        "3",
        "추진내용",
        "협의체 출범",
        "비고",
        "완료",
        "* 참여기업 5개",
        "2023년 2분기",
        "4",
        "아카데미 운영",
        "완료",
    )
    assert out == [
        "추진일자",
        "추진내용",
        "비고",
        "2024.06.",
        "협의체 출범",
        "완료",
        "* 참여기업 5개",
        "2023년 2분기",
        "아카데미 운영",
        "완료",
    ]
    cells = ("번호", "1", "추진일자", "2024.06.", "2", "2024.07.", "3")
    assert _grid(*cells) == list(cells)
