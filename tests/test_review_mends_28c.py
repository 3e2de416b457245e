"""Mends of a review of session 28's merged work (the third review): each test fails on the code before its mend."""

from __future__ import annotations

from pledgecard.extract.document import Cell
from pledgecard.extract.readers.pdf_table_build import PageTable
from pledgecard.extract.readers.pdf_tables import _drop_cells


def test_dropping_cells_renumbers_the_cells_cited_below() -> None:
    # a 3x1 table whose last cell is cited at a lower part; its first cell dropped: the cited cell is now cell 1
    cells = [Cell(row=r, col=0, text=t) for r, t in enumerate(("", "a", "b"))]
    t = PageTable(
        page=1,
        bbox=(0, 0, 10, 30),
        xs=[0, 10],
        ys=[0, 10, 20, 30],
        cells=cells,
        cell_lines=[[], [], []],
        cited_below={2},
    )
    _drop_cells(t, [0])
    assert [c.text for c in t.cells] == ["a", "b"]
    assert t.cited_below == {1}
    _drop_cells(t, [1])  # the cited cell itself dropped: nothing cited
    assert t.cited_below == set()


def test_pages_read_by_columns_are_numbered_on() -> None:
    # one helper numbers the pages a page's columns become (newspaper pages and top-of-page columns alike)
    from pledgecard.extract.readers.text_lines import to_tline
    from pledgecard.extract.readers.text_newspaper import pages_by_columns

    lines = [
        to_tline(n, p, t) for n, (p, t) in enumerate([(1, "a"), (1, "b"), (2, "c"), (3, "d"), (3, "e")], 1)
    ]
    got = pages_by_columns(lines, lambda page: [[ln] for ln in page] if len(page) == 2 else [page])
    assert [(ln.text, ln.page) for ln in got] == [("a", 1), ("b", 2), ("c", 3), ("d", 4), ("e", 5)]


def test_a_told_sentence_tells_an_amount_with_its_unit_under_no_column_head() -> None:
    from pledgecard.extract.sections.funding_line_grid import _told_sentence

    assert _told_sentence("□ 연도별 투자계획 : '22년 15.05억원, '23년 12.28억원")
    assert _told_sentence("총사업비 : 73억원(국비 30억원)")
    assert not _told_sentence("(단위: 백만원, 2024.6.30. 기준)")  # a unit and a date: no amount
    assert not _told_sentence("구분 : 2022년 2023년 2024년 합계")  # a head row: its label column's head
    assert not _told_sentence("2022년 : 150백만원")  # a period's head
    assert not _told_sentence("사업기간 : 2022 ~ 2026")  # figures, none of them money


def _chars(text: str) -> list[dict]:
    return [{"text": ch} for ch in text]


def test_a_restored_numeral_one_stays_only_where_the_document_numbers_on_in_roman() -> None:
    # ``l. 사업개요`` is Tesseract's Ⅰ or its Arabic 1: a line cannot tell; the document's other headings can
    from pledgecard.extract.readers.ocr_numerals import STROKE_KEY, roman_numbering, settle_numerals

    def proposed() -> list[dict]:
        chars = _chars("Ⅰ. 사업개요")
        chars[0][STROKE_KEY] = "l"
        return chars

    alone = [proposed(), _chars("2. 추진실적")]
    settle_numerals(alone)
    assert "".join(c["text"] for c in alone[0]) == "l. 사업개요"  # no Roman numbering elsewhere: as read
    numbered = [proposed(), _chars("Ⅱ . 추진실적")]
    settle_numerals(numbered)
    assert "".join(c["text"] for c in numbered[0]) == "Ⅰ. 사업개요"
    assert all(STROKE_KEY not in c for page in (alone, numbered) for chars in page for c in chars)
    assert not roman_numbering(_chars("Ⅱ 단계")) and roman_numbering(_chars("Ⅲ) 예산"))


def test_a_label_merged_over_two_rows_does_not_make_a_table_glyphs() -> None:
    # 국비 in a cell merged over two rows sits centred on the rule between 계획 and 실적: the rule is no cell
    # edge of its cell, so its glyphs are not the rule's to cut; the rows beside it hold theirs whole
    from pledgecard.extract.readers.pdf_grids import Grid
    from pledgecard.extract.readers.pdf_scan_layer import glyph_grids

    def char(text: str, x0: float, top: float, size: float = 8.0) -> dict:
        return {"text": text, "x0": x0, "x1": x0 + size, "top": top, "bottom": top + size, "size": size}

    grid = Grid(
        (0.0, 0.0, 100.0, 40.0), [(0.0, 0.0, 50.0, 40.0), (50.0, 0.0, 100.0, 20.0), (50.0, 20.0, 100.0, 40.0)]
    )
    label = [char(t, 10.0 + 8 * k, 16.0) for k, t in enumerate("국비")]  # centred on y = 20
    rows = [char(t, 60.0 + 8 * k, 6.0) for k, t in enumerate("계획")] + [
        char(t, 60.0 + 8 * k, 26.0) for k, t in enumerate("실적")
    ]
    assert glyph_grids([grid], label + rows) == [grid]
    # one glyph of many cut beside a rule is no word's strokes either
    wide = Grid((0.0, 0.0, 100.0, 40.0), [(0.0, 0.0, 100.0, 20.0), (0.0, 20.0, 100.0, 40.0)])
    assert glyph_grids([wide], [char("가", 10.0, 16.0), *rows]) == [wide]
