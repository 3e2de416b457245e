"""The template family designed blind in session 26 (samples/families.py: ``saenal-district``, a 구 card whose PDF
is a searchable scan, samples/render_sandwich.py) and the structures it brought in:

- a page that is a scanned image under an invisible OCR word layer (text render mode 3, Tesseract's glyphless
  font, a word a text object stretched to its box on the scan's skewed baseline, no vector rules): its text is
  the layer, turned level by the image's deskew, and its tables are the ones ruled in the image
  (extract/readers/pdf_scan_layer.py); invisible text over no image is read as before;
- pdfium leaves the glyphless font's one ToUnicode range (``<0000> <FFFF> <0000>``, as Tesseract and ocrmypdf
  write it) unapplied: a page whose glyphs it leaves unmapped is read by the reference engine when that maps
  more (extract/readers/pdf_engine_pdfium.py).

Blind figures (the extractor unchanged, the family's first generation): PDF 0.228 (1 wrong: the layer's glyphs
unmapped, the page OCR'd), HWPX 1.000, HWP 1.000, txt 0.982, 0 wrong. After: PDF 1.000 (0.859 with the engine
fix alone: no table found), 0 wrong; unseen seeds 90003-90008: PDF, HWPX, HWP 1.000, txt 0.985, 0 wrong.
"""

from __future__ import annotations

import math
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from pledgecard import extract_file
from pledgecard.extract.readers.pdf_engine import open_pdf
from pledgecard.extract.readers.pdf_scan_layer import is_scan_layer, level_chars, scan_layers
from pledgecard.scoring import score_record

from conftest import family_cards

REPO = Path(__file__).resolve().parent.parent
FAMILY = REPO / "samples" / "families" / "saenal-district"
PDFS = sorted(FAMILY.glob("*-pdf.pdf"))


def _chars(y: float, xs: list[float]) -> list[dict]:
    return [{"text": "가", "x0": x, "x1": x + 10.0, "top": y - 5.0, "bottom": y + 5.0} for x in xs]


@pytest.mark.parametrize("angle", [0.3, -0.45, 1.0])
def test_a_row_turned_with_the_scan_is_level_again(angle: float) -> None:
    """A row of glyphs on a page turned counter-clockwise by ``angle`` (its right end higher, y down) comes out
    level once turned by the image's deskew (``-angle``), each glyph where the level row had it."""
    width, height = 595.0, 842.0
    cx, cy = width / 2, height / 2
    level = _chars(400.0, [50.0 + 40.0 * k for k in range(12)])
    a = math.radians(angle)
    turned = []
    for c in level:
        x, y = (c["x0"] + c["x1"]) / 2 - cx, (c["top"] + c["bottom"]) / 2 - cy
        nx, ny = cx + x * math.cos(a) + y * math.sin(a), cy - x * math.sin(a) + y * math.cos(a)
        dx, dy = nx - (x + cx), ny - (y + cy)
        turned.append(
            {**c, "x0": c["x0"] + dx, "x1": c["x1"] + dx, "top": c["top"] + dy, "bottom": c["bottom"] + dy}
        )
    assert (turned[-1]["top"] - turned[0]["top"]) * math.copysign(
        1.0, angle
    ) < -1.0  # angle > 0: right end higher
    back = level_chars(turned, -angle, width, height)
    for b, c in zip(back, level, strict=True):
        assert b["top"] == pytest.approx(c["top"], abs=1e-6) and b["x0"] == pytest.approx(c["x0"], abs=1e-6)
    assert level_chars(level, 0.0, width, height) == level


def test_the_committed_pdfs_are_searchable_scans_without_rules() -> None:
    """Every page an image under invisible words (render mode 3), no drawn rule; a vector PDF and an image-only
    scan are not searchable scans."""
    import pdfplumber

    for path in PDFS:
        with pdfplumber.open(path) as pdf:
            assert all(not p.lines and not p.rects and p.images for p in pdf.pages)
        doc = pdfium.PdfDocument(path.read_bytes())
        assert all(is_scan_layer(doc[k]) for k in range(len(doc)))
        doc.close()
    for other in (
        REPO / "samples" / "families" / "eoul-province" / "eoul-province-89001-pdf.pdf",
        REPO / "tests" / "fixtures" / "pdf" / "scan.pdf",
    ):
        doc = pdfium.PdfDocument(other.read_bytes())
        assert not any(is_scan_layer(doc[k]) for k in range(len(doc))), other.name
        doc.close()


def test_pdfium_reads_the_glyphless_layer_as_the_reference_engine_does() -> None:
    data = PDFS[0].read_bytes()
    texts = {}
    for engine in ("pdfium", "pdfplumber"):
        with open_pdf(data, engine) as pdf:
            texts[engine] = ["".join(c["text"] for c in load().chars) for load in pdf.pages()]
    assert not any("(cid:" in t for t in texts["pdfium"])
    assert texts["pdfium"] == texts["pdfplumber"] and "관리번호" in texts["pdfium"][0]


def test_the_image_rules_the_tables_and_the_layer_is_set_level() -> None:
    """The first page's header, funding table and side table come from the image's rules; the layer's glyphs
    are all kept, turned by the image's deskew."""
    data = PDFS[0].read_bytes()
    with open_pdf(data, "pdfium") as pdf, scan_layers(data) as layers:
        page = next(iter(pdf.pages()))()
        layer = layers.read(page)
    assert layer is not None and abs(layer.skew_deg) >= 0.1
    assert len(layer.grids) >= 3 and all(len(g.cells) >= 4 for g in layer.grids[:3])
    assert len(layer.chars) == len(page.chars)
    assert [c["text"] for c in layer.chars] == [c["text"] for c in page.chars]
    moved = [abs(a["top"] - b["top"]) for a, b in zip(layer.chars, page.chars, strict=True)]
    assert max(moved) > 0.5


def test_family_pdfs_read_like_their_hwpx() -> None:
    for path, expected, got in family_cards(FAMILY, "*-pdf.pdf"):
        assert len(got) == len(expected) == 1
        assert score_record(expected[0], got[0]).score() >= 0.99, path.name
        assert got[0]["funding"]["rows"] and all(r["amounts_krw"] for r in got[0]["funding"]["rows"])


def test_the_reader_says_it_read_a_searchable_scan() -> None:
    from pledgecard.extract.limits import Limits
    from pledgecard.extract.readers import pdf as pdf_reader

    doc = pdf_reader.read(PDFS[0].read_bytes(), path=str(PDFS[0]), limits=Limits())
    assert any("searchable scan" in n for n in doc.notes) and doc.ocr_pages == []
    never = pdf_reader.read(PDFS[0].read_bytes(), path=str(PDFS[0]), limits=Limits(ocr="always"))
    assert not any("searchable scan" in n for n in never.notes)


def test_extract_file_reads_the_scan_without_ocr() -> None:
    recs = extract_file(PDFS[1])
    assert len(recs) == 1 and recs[0]["header"]["mgmt_no"]


def test_a_layer_whose_words_carry_a_trailing_space_reads_the_same(tmp_path: Path) -> None:
    """Tesseract 4 and 5 write each word with a space inside its stretched run (``<B2E4...0020> TJ``): the
    spaces are the layer's own, the words still sit in the image's cells."""
    from weasyprint import HTML

    from samples.families import BY_NAME, family_records
    from samples.render_pdf import card_html
    from samples.render_sandwich import sandwich_pdf

    fam = BY_NAME["saenal-district"]
    records = family_records(fam, 90002)
    path = tmp_path / "spaced.pdf"
    path.write_bytes(
        sandwich_pdf(
            HTML(string=card_html(records, style=fam.style)).render().write_pdf(), seed=7, word_space=True
        )
    )
    with open_pdf(path.read_bytes(), "pdfium") as pdf:
        assert any(c["text"] == " " for load in pdf.pages() for c in load().chars)
    got = extract_file(path)
    assert len(got) == 1 and score_record(records[0], got[0]).score() >= 0.99
