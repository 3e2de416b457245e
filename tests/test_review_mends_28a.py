"""Mends of a review of session 28's work: one place each thing is found, docstrings that say what the code does."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from test_reader_pdf import HEAD, grid_table

from pledgecard import extract_file
from pledgecard.extract.dated_line import DatedLine
from pledgecard.extract.document import Cell, Document, Source, Table
from pledgecard.extract.layout_lines import Line
from pledgecard.extract.readers.pdf_tables import PageTable, join_continued
from pledgecard.extract.sections.base import Loc
from pledgecard.extract.sections.goal_provenance import row_provenance
from pledgecard.extract.sections.log_tables import log_rows_from_lines
from pledgecard.validate.provenance_audit import PrintedText, audit


def _table(rows: list[list[str]]) -> Table:
    cells = [
        Cell(r, k, text, source=Source(page=1, bbox=(10.0 * k, 10.0 * r, 10.0 * k + 10, 10.0 * r + 10)))
        for r, row in enumerate(rows)
        for k, text in enumerate(row)
        if text
    ]
    return Table(cells, len(rows), len(rows[0]), Source(page=1))


def test_an_actual_printed_on_its_targets_row_is_not_looked_for_in_the_rows_under_it() -> None:
    table = _table([["사업", "목표", "비고"], ["공원 조성", "90", "실적 90 (달성)"], ["", "90", ""]])
    prov = row_provenance(table, 1, {"project": 0, "target": 1}, 0, "90")
    assert Loc("goals", 0, sub="actual") not in prov
    assert prov[Loc("goals", 0)].bbox == (0.0, 10.0, 30.0, 20.0)  # the row alone


def test_an_actual_under_a_target_it_equals_is_the_cell_under_it() -> None:
    table = _table([["사업", "목표"], ["공원 조성", "100"], ["", "100"]])
    prov = row_provenance(table, 1, {"project": 0, "target": 1}, 0, "100")
    assert prov[Loc("goals", 0, sub="actual")].bbox == (10.0, 20.0, 20.0, 30.0)
    assert prov[Loc("goals", 0)].bbox == (0.0, 10.0, 20.0, 30.0)  # down to the actual's row


def test_a_figure_on_a_page_read_by_ocr_is_listed_unread_not_printed_elsewhere(tmp_path: Path) -> None:
    import pypdfium2

    scan = pypdfium2.PdfDocument.new()
    scan.new_page(595, 842)  # a scanned page: no text layer
    scan.new_page(595, 842)
    scan.save(tmp_path / "scan.pdf")
    record = {"goals": [{"project": "공원 조성", "target": "12개소", "actual": "9개소"}]}
    where = {"page": 1, "bbox": [50.0, 100.0, 300.0, 120.0]}
    prov = {"goals[0]": where, "goals[0].target": where, "goals[0].actual": {**where, "page": 2}}
    doc = Document(blocks=[], format="pdf", ocr_pages=[1])
    printed = PrintedText(tmp_path / "scan.pdf", "pdf", doc)
    try:
        got = audit(record, prov, printed)
    finally:
        printed.close()
    assert got.unread == ["goals[0].target"]  # page 1 read by OCR: cannot be read back
    assert [m.path for m in got.mismatches] == [
        "goals[0].actual"
    ]  # page 2 has a layer printing nothing there
    assert got.checked == 1


def _shifted(rows: list[list[str]], dy: float) -> PageTable:
    t = grid_table(1, rows)
    for c in t.cells:
        b = c.source.bbox
        assert b is not None
        c.source = replace(c.source, bbox=(b[0], b[1] + dy, b[2], b[3] + dy))
    return t


def test_two_lower_parts_joining_a_cell_printing_nothing_above_are_cited_by_the_union_of_their_boxes() -> (
    None
):
    # a table in columns of one page: the last row's 내용 cell prints nothing at the first column's foot, its
    # text goes on atop the next two
    a = grid_table(1, [HEAD, ["1", "가나다", "-"], ["2", "", "-"]])
    join_continued(a, _shifted([HEAD, ["", "라마", ""]], 300.0))
    join_continued(a, _shifted([HEAD, ["", "바사", ""]], 400.0))
    [cell] = [c for c in a.cells if c.row == 2 and c.col == 1]
    assert cell.text == "라마\n바사"
    assert (cell.source.page, cell.source.bbox) == (1, (10.0, 310.0, 20.0, 420.0))


def _dumped(texts: list[str]) -> list[Line]:
    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=n, line_end=n))
        for n, t in enumerate(texts, 1)
    ]


def test_a_year_printed_once_over_many_log_rows_is_cited_through_to_each_rows_month() -> None:
    """One place a date (the provenance's model): the year's line through the month's, the only place printing the
    whole date (the month's line alone fails the audit's read-back); the rows between fall inside it."""
    items = _dumped(
        [
            "연도 월 추진내용",
            "2023년",
            "9월",
            "육묘장 운영 개시",
            "10월",
            "실증단지 착공",
            "2024년",
            "1월",
            "아카데미 개강",
        ]
    )
    rows = [it for it in log_rows_from_lines(list(items), lambda _: False) if isinstance(it, DatedLine)]
    assert [r.text.split(" : ")[0] for r in rows] == ["육묘장 운영 개시", "실증단지 착공", "아카데미 개강"]
    places = [(r.date_source.line_start, r.date_source.line_end) for r in rows if r.date_source is not None]
    assert places == [(2, 3), (2, 5), (7, 8)]  # the second row's: its year's line through its own month's


FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"


@pytest.mark.parametrize("above", [True, False])
def test_a_sentence_of_periods_over_a_dumped_funding_table_is_no_head_row(
    tmp_path: Path, above: bool
) -> None:
    """gangmul 72001's dump with a sentence telling the years' totals printed in its funding section, over the
    table's head (over its unit line, or under it): the table reads as without it, as its card expects."""
    card = FAMILIES / "gangmul-city" / "gangmul-city-72001-txt.txt"
    text = card.read_text(encoding="utf-8")
    sentence = "□ 연도별 투자계획 : '22년 15.05억원, '23년 12.28억원, '24년 3.56억원\n\n"
    unit = next(ln for ln in text.split("\n") if ln.startswith("(") and ":" in ln) + "\n"
    told = text.replace(unit, sentence + unit if above else unit + "\n" + sentence, 1)
    assert told != text
    path = tmp_path / card.name
    path.write_text(told, encoding="utf-8")
    [got] = extract_file(path)
    expected = json.loads(card.with_name("gangmul-city-72001-txt.expected.json").read_text(encoding="utf-8"))
    want = (expected[0] if isinstance(expected, list) else expected)["funding"]
    assert [(r["source"], r["amounts_krw"]) for r in got["funding"]["rows"]] == [
        (r["source"], r["amounts_krw"]) for r in want["rows"]
    ]
    assert all(None not in r["amounts_krw"] for r in got["funding"]["rows"])


def test_a_page_read_by_ocr_with_no_region_known_gets_its_deskewed_frame(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A document read one page a sheet knows no regions: a page OCR read deskewed is a sheet of its own and
    gets its frame (``regions.get``), no KeyError."""
    from pledgecard.extract.page_frames import Levelled
    from pledgecard.extract.readers import ocr_sheets, pdf
    from pledgecard.extract.readers.ocr import OcrPage

    read = OcrPage(1, 595.0, 842.0, skew_deg=1.5)
    monkeypatch.setattr(ocr_sheets, "ocr_pages", lambda data, numbers, regions: ([read], []))
    texts, tables = pdf.page_blocks(1, 842.0, [], [])
    frames: dict = {}
    counts = pdf._read_by_ocr(
        b"",
        [1],
        [texts],
        [tables],
        [(0, 0)],
        [],
        whole=True,
        regions={},
        name=str,
        sheets=list,
        frames=frames,
    )
    assert counts == [(0, 0)] and frames[1] == Levelled(1.5, 595.0, 842.0)


def test_a_split_sheet_ocr_read_whole_gets_its_frame_in_the_sheets_points(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sheet of two pages whose print runs across the gutter is read whole as its left page (``sheet ==
    "whole"``, in that page's points, scale 1.4): its deskewed frame is the sheet's, in the sheet's points; a
    half read alone keeps no frame."""
    from pledgecard.extract.page_frames import Levelled
    from pledgecard.extract.readers import ocr_sheets, pdf
    from pledgecard.extract.readers.ocr import OcrPage
    from pledgecard.extract.readers.pdf_sheet_pages import Region

    regions = {
        1: Region(1, 1, 0.0, 421.0, 0.0, 1.4, "left"),
        2: Region(2, 1, 421.0, 842.0, 421.0, 1.4, "right"),
        3: Region(3, 2, 0.0, 421.0, 0.0, 1.4, "left"),
        4: Region(4, 2, 421.0, 842.0, 421.0, 1.4, "right"),
    }
    origin = [r.origin for r in regions.values()]
    read = [
        OcrPage(1, 842.0 * 1.4, 595.0 * 1.4, skew_deg=2.0, sheet="whole"),
        OcrPage(2, 1.0, 1.0, sheet="none"),
        OcrPage(3, 421.0 * 1.4, 595.0 * 1.4, skew_deg=1.0),
        OcrPage(4, 421.0 * 1.4, 595.0 * 1.4, skew_deg=1.0),
    ]
    monkeypatch.setattr(ocr_sheets, "ocr_pages", lambda data, numbers, regions: (read, []))
    texts = [pdf.PageText(n, 842.0, []) for n in (1, 2, 3, 4)]
    frames: dict = {}
    pdf._read_by_ocr(
        b"",
        [1, 2, 3, 4],
        texts,
        [[], [], [], []],
        [(0, 0)] * 4,
        [],
        whole=True,
        regions=regions,
        name=lambda n: pdf.page_name(n, regions),
        sheets=lambda ns: pdf.pages_to_sheets(ns, origin),
        frames=frames,
    )
    assert frames == {1: Levelled(2.0, 842.0, 595.0)}
