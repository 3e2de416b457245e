"""Mends of the PDF readers on real files built here: a scanned sheet whose media box is wider than the crop box
pdfium renders, a landscape table scanned after sheets of two pages, a searchable scan printed on its side, a scan
stored in strips, a font the reference engine maps no better."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import RectangleObject

from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import ocr, pdf
from tests.test_pdf_sheets_lazy import MOA, _with_scanned_sheet

needs_ocr = pytest.mark.skipif(not ocr.available(), reason="Tesseract with its Korean model not installed")


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@needs_ocr
def test_a_scanned_half_sheet_is_read_when_the_media_box_is_wider_than_the_crop_box() -> None:
    """moa-city's 2-up card, its second sheet scanned, every sheet's media box grown on all sides (the same
    shape) and cropped back to the page: pdfium renders the crop box, narrower than the model's sheet, and
    the right half is still cut from the render and read by OCR (it failed the whole file)."""
    src = MOA / "moa-city-88001-pdf.pdf"
    reader = PdfReader(io.BytesIO(_with_scanned_sheet(src, 2)))
    writer = PdfWriter()
    for page in reader.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        page.cropbox = RectangleObject([0, 0, w, h])
        page.mediabox = RectangleObject([-w / 16, -h / 16, w * 17 / 16, h * 17 / 16])
        writer.add_page(page)
    doc = pdf.read(_written(writer), path=src.name, limits=Limits())
    assert doc.n_pages == 2
    assert any(n.startswith("page 2, right half: read by OCR") for n in doc.notes), doc.notes
    assert any(n.startswith("page 2, left half: read by OCR") for n in doc.notes), doc.notes
