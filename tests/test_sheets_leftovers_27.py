"""Leftovers of sheets printed two pages a sheet and of searchable scans (session 27), on files the generator
writes at test time from committed family cards:

- a page printed on its side by its content transform alone (``cm`` of a quarter turn, the text matrices upright:
  both engines call every glyph upright) is turned by the way its glyphs run (``pdf_turn``); before: no card found;
- a fully scanned 2-up document (each sheet one image of two pages, no text layer) is split at the gutter its
  image shows (``pdf_scan_gutter``: the white column, the halves' page numbers level) and each half OCR'd as a page;
  a landscape card scanned whole (two columns, one page number) is not; before: every sheet OCR'd whole;
- a sheet failing to load before the document's first split sheet is split as the sheets that load are (its
  halves OCR'd apart); before: read whole;
- a sheet OCR'd whole (print across its gutter, or not of the 2-up shape) is noted as one page, no "half";
- a searchable scan printed 2-up is levelled with its image before it is split, and each half gets the tables
  ruled in its image, found at a page's resolution; before: the halves had no image grids (88002: not split).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from pledgecard import extract_file
from pledgecard.extract.document import Table
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import ocr, pdf
from pledgecard.extract.readers.pdf_engine import open_pdf
from pledgecard.extract.readers.pdf_scan_gutter import PROBE_DPI, image_gutter
from pledgecard.extract.readers.pdf_scan_layer import scan_layers
from pledgecard.extract.readers.pdf_sheets import Replan, SheetPlanner, split_sheet
from pledgecard.extract.readers.pdf_turn import direction, upright
from pledgecard.scoring import load_records, score_record
from samples.render_sandwich import sandwich_pdf
from samples.render_scan import scan_pdf
from samples.render_sheets import turn_by_content

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ROOT / "samples" / "families"


def _first_pdf(family: str) -> Path:
    return sorted((FAMILIES / family).glob("*-pdf.pdf"))[0]


@pytest.mark.parametrize(
    ("family", "way"), [("gippeum-county", 1), ("saenal-district", -1), ("haneul-city", 1)]
)
def test_a_page_turned_by_its_content_transform_reads_as_printed_upright(
    family: str, way: int, tmp_path: Path
) -> None:
    src = _first_pdf(family)
    turned = tmp_path / src.name
    turned.write_bytes(turn_by_content(src.read_bytes(), way=way))
    for engine in ("pdfium", "pdfplumber"):
        with open_pdf(turned.read_bytes(), engine) as pdf:
            assert all(direction(load()) == way for load in pdf.pages()), (src.name, engine)
    exp, upright, got = (
        load_records(src.with_name(src.stem + ".expected.json")),
        extract_file(src),
        extract_file(turned),
    )
    assert len(got) == len(upright) == len(exp)
    for e, a, b in zip(exp, upright, got, strict=True):
        assert score_record(e, b).score() == score_record(e, a).score() == 1.0, src.name
        assert b["funding"] == a["funding"] and b["goals"] == a["goals"], src.name


@pytest.mark.parametrize(
    "family", ["gippeum-county", "saenal-district", "haneul-city", "moa-city", "binnae-city"]
)
def test_upright_pages_are_not_turned(family: str) -> None:
    """Pages printed upright (tables of one-glyph cells stacked in columns among them) keep their way."""
    for src in sorted((FAMILIES / family).glob("*-pdf.pdf")):
        with open_pdf(src.read_bytes(), "pdfium") as pdf:
            assert all(direction(load()) == 0 for load in pdf.pages()), src.name


MOA = FAMILIES / "moa-city"
NEEDS_OCR = pytest.mark.skipif(not ocr.available(), reason="Tesseract with its Korean model not installed")


def _gutters(data: bytes) -> list:
    with open_pdf(data, "pdfium") as pdf_, scan_layers(data) as layers:
        out = []
        for load in pdf_.pages():
            page = load()
            out.append(image_gutter(layers.image(page, PROBE_DPI), float(page.width), float(page.height)))
        return out


def test_a_scanned_sheet_of_two_pages_shows_its_gutter_where_its_text_layer_does() -> None:
    """The image's evidence (white column, level page numbers) places the gutter and the right page's origin
    within a few points of where the vector sheet's characters place them; landscape cards scanned whole (a
    layout table in two columns, newspaper columns, a page number centred once) show no gutter."""
    for src in sorted(MOA.glob("*-pdf.pdf")):
        data = src.read_bytes()
        with open_pdf(data, "pdfium") as pdf_:
            vector = [split_sheet(upright(load())) for load in pdf_.pages()]
        for seed in (1, 2):
            for got, halves in zip(_gutters(scan_pdf(data, seed=seed)), vector, strict=True):
                assert got is not None and halves is not None, src.name
                assert abs(got.gutter - halves[1].gutter) < 15 and abs(got.offset - halves[1].offset) < 6, (
                    src.name
                )
    for family in ("binnae-city", "daon-special-city"):
        for src in sorted((FAMILIES / family).glob("*-pdf.pdf")):
            assert _gutters(scan_pdf(src.read_bytes(), seed=3)) == [None] * len(PdfReader(src).pages), (
                src.name
            )


def test_a_sheet_printing_nothing_is_split_by_its_image_and_one_failing_to_load_by_the_sheets_that_load() -> (
    None
):
    """The planner: a blank landscape sheet is split where its image shows a gutter (the probe), none where it
    shows none; a sheet that failed to load before the first split sheet has the document planned again."""
    from pledgecard.extract.readers.pdf_page import PageModel
    from pledgecard.extract.readers.pdf_sheets import Gutter

    blank = PageModel(number=1, width=842.0, height=595.0, chars=[])
    found = Gutter(842.0 / 595.0, 421.0, 425.0)
    halves = SheetPlanner(probe=lambda page: found).plan(blank)
    assert halves is not None and [h.offset for h in halves] == [0.0, 425.0]
    assert SheetPlanner(probe=lambda page: None).plan(blank) is None
    assert SheetPlanner().plan(blank) is None
    planner = SheetPlanner(probe=lambda page: found)
    assert planner.plan(None) is None
    with pytest.raises(Replan) as again:
        planner.plan(blank)
    assert again.value.found == found


@NEEDS_OCR
def test_a_fully_scanned_two_up_card_is_read_a_half_at_a_time(tmp_path: Path) -> None:
    src = MOA / "moa-city-88002-pdf.pdf"
    path = tmp_path / src.name
    path.write_bytes(scan_pdf(src.read_bytes(), seed=88002))
    doc = pdf.read(path.read_bytes(), path=path.name, limits=Limits())
    assert doc.n_pages == 1 and doc.ocr_pages == [1]
    assert [n.split(":")[0] for n in doc.notes if "read by OCR" in n] == [
        "page 1, left half",
        "page 1, right half",
    ]
    assert "sheets of two pages side by side read as 2 pages" in doc.notes
    [rec] = extract_file(path)
    [exp] = load_records(src.with_name(src.stem + ".expected.json"))
    assert score_record(exp, rec).score() >= 0.5
    assert (rec["source"]["page_start"], rec["source"]["page_end"]) == (1, 1)


@NEEDS_OCR
def test_a_sheet_failing_to_load_before_the_first_split_sheet_is_read_a_half_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    src = MOA / "moa-city-88001-pdf.pdf"

    def fails_first(page: object) -> object:
        if getattr(page, "number", 0) == 1:
            raise ValueError("broken sheet")
        return upright(page)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "upright", fails_first)
    doc = pdf.read(src.read_bytes(), path=src.name, limits=Limits())
    assert doc.n_pages == 2 and doc.ocr_pages == [1]
    assert [n.split(":")[0] for n in doc.notes if "read by OCR" in n] == [
        "page 1, left half",
        "page 1, right half",
    ]
    assert "sheets of two pages side by side read as 4 pages" in doc.notes


def test_a_sheet_read_whole_by_ocr_is_noted_as_one_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its note names the sheet, no half; the other half read nothing and is not noted; it counts one page."""
    from pledgecard.extract.readers import ocr_sheets
    from pledgecard.extract.readers.pdf_sheets import Region, pages_read

    def read_whole(data: bytes, numbers: list[int], regions: dict) -> tuple[list, list]:
        return [ocr.OcrPage(3, 595.0, 842.0, sheet="whole"), ocr.OcrPage(4, 595.0, 842.0, sheet="none")], []

    monkeypatch.setattr(ocr_sheets, "ocr_pages", read_whole)
    regions = {
        n: Region(
            n,
            (n + 1) // 2,
            *((0.0, 425.0, 0.0) if n % 2 else (425.0, 842.0, 425.0)),
            1.4,
            "left" if n % 2 else "right",
        )
        for n in range(1, 5)
    }
    origin = [r.origin for r in regions.values()]
    notes: list[str] = []
    texts = [pdf.PageText(n, 842.0, []) for n in range(1, 5)]
    pdf._read_by_ocr(
        b"",
        [3, 4],
        texts,
        [[] for _ in range(4)],
        [(9, 0), (9, 0), (0, 0), (0, 0)],
        notes,
        whole=False,
        regions=regions,
        name=lambda n: pdf.page_name(n, regions),
        sheets=lambda ns: pdf.pages_to_sheets(ns, origin),
    )
    assert notes == ["page 2: read by OCR as one page, not split (deskewed +0.0 deg)"]
    assert pages_read(origin, [True, True, True, False]) == 3


def _record(path: Path, src: Path) -> float:
    [rec] = extract_file(path)
    [exp] = load_records(src.with_name(src.stem + ".expected.json"))
    return score_record(exp, rec).score()


def test_a_searchable_scan_printed_two_up_gives_each_half_its_image_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = MOA / "moa-city-88002-pdf.pdf"
    path = tmp_path / src.name
    path.write_bytes(sandwich_pdf(src.read_bytes(), seed=88002))
    doc = pdf.read(path.read_bytes(), path=path.name, limits=Limits())
    assert "sheets of two pages side by side read as 2 pages" in doc.notes
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert any(t.source.bbox[2] < 421 for t in tables) and any(t.source.bbox[0] > 421 for t in tables)
    got = _record(path, src)
    monkeypatch.setattr(pdf, "_half_grids", lambda layers, sheet, halves, skew_deg: [])
    monkeypatch.setattr(
        pdf, "_half_rules", lambda layers, sheet, halves, skew_deg: []
    )  # (its open tables' rules)
    without = _record(path, src)
    assert got >= 0.7 and got >= without + 0.1, (got, without)


@NEEDS_OCR
def test_ocr_marks_a_sheet_it_reads_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sheet that failed to load, not of the 2-up shape, or one printing across its gutter: read whole, marked
    so (the notes then name the sheet alone); halves read apart are not marked."""
    from pledgecard.extract.readers import ocr_sheets
    from pledgecard.extract.readers.pdf_sheets import Region

    monkeypatch.setattr(
        ocr_sheets,
        "ocr_image",
        lambda api, grey, number, width, height, *, dpi, carried=None: ocr.OcrPage(number, width, height),
    )
    w, h = 842.0, 595.0
    unloaded = [Region(1, 1, 0.0, w / 2, 0.0, w / h), Region(2, 1, w / 2, float("inf"), w / 2, w / h)]
    portrait = FAMILIES / "dasi-county" / "dasi-county-87001-pdf.pdf"
    pages, _ = ocr_sheets.ocr_regions(portrait.read_bytes(), unloaded, dpi=72)
    assert [(p.number, p.sheet) for p in pages] == [(1, "whole")]
    across = (
        FAMILIES / "binnae-city" / "binnae-city-67003-pdf.pdf"
    )  # a landscape card: its tables cross x = 200
    pages, _ = ocr_sheets.ocr_regions(
        across.read_bytes(),
        [Region(1, 1, 0.0, 200.0, 0.0, w / h), Region(2, 1, 200.0, w, 200.0, w / h)],
        dpi=72,
    )
    assert [(p.number, p.sheet) for p in pages] == [(1, "whole"), (2, "none")]
    halves = [Region(1, 1, 0.0, w / 2, 0.0, w / h), Region(2, 1, w / 2, w, w / 2, w / h)]
    pages, _ = ocr_sheets.ocr_regions((MOA / "moa-city-88001-pdf.pdf").read_bytes(), halves, dpi=72)
    assert [(p.number, p.sheet) for p in pages] == [(1, ""), (2, "")]


def test_the_generator_archives_a_2up_card_scanned_recognised_or_turned(tmp_path: Path) -> None:
    """``Style.sheet_up`` composes with ``pdf_sandwich`` / ``pdf_scan`` / ``pdf_turned`` (samples/render_pdf.py):
    the card printed two pages a sheet, then scanned (and recognised), then turned by its content transform; the
    ranges its sheets'."""
    from dataclasses import replace

    import pypdfium2 as pdfium

    from pledgecard.extract.readers.pdf_scan_layer import is_scan_layer
    from samples.families import BY_NAME, family_records
    from samples.render_pdf import render_pdf_pages

    fam = BY_NAME["moa-city"]
    records = family_records(fam, 88002)
    kinds = {
        "sandwich": replace(fam.style, pdf_sandwich=True),
        "scan": replace(fam.style, pdf_scan=True),
        "turned": replace(fam.style, pdf_turned=-1),
    }
    for kind, style in kinds.items():
        path = tmp_path / f"{kind}.pdf"
        assert render_pdf_pages(records, path, style=style) == [(1, 1)], kind
        doc = pdfium.PdfDocument(path.read_bytes())
        try:
            page = doc[0]
            width, height = page.get_size()
            text = page.get_textpage().get_text_range()
            assert (width > height) == (kind != "turned"), kind
            assert is_scan_layer(page) == (kind == "sandwich") and bool(text.strip()) == (kind != "scan"), (
                kind
            )
            page.close()
        finally:
            doc.close()
