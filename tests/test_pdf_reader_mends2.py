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


def _pdf_of(width: float, height: float, ops: str) -> bytes:
    """A one-page PDF drawing ``ops`` (Helvetica as /F1)."""
    content = ops.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width:.2f} {height:.2f}] /Contents 4 0 R "
            f"/Resources << /Font << /F1 5 0 R >> >> >>".encode(),
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{o:010d} 00000 n \n" for o in offsets).encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _landscape_table(width: float, height: float, rows: int = 7, cols: int = 6) -> bytes:
    """One landscape page: a ruled table across the whole sheet (its middle column over the sheet's centre),
    a figure in every cell."""
    x0, x1, top, row_h = 50.0, width - 50.0, 120.0, 40.0
    col_w = (x1 - x0) / cols
    ops = ["1.2 w"]
    for r in range(rows + 1):
        y = height - top - r * row_h
        ops.append(f"{x0:.1f} {y:.1f} m {x1:.1f} {y:.1f} l S")
    for c in range(cols + 1):
        x = x0 + c * col_w
        ops.append(f"{x:.1f} {height - top:.1f} m {x:.1f} {height - top - rows * row_h:.1f} l S")
    for r in range(rows):
        for c in range(cols):
            x, y = x0 + c * col_w + 12, height - top - r * row_h - 26
            ops.append(f"BT /F1 14 Tf {x:.1f} {y:.1f} Td ({(r + 1) * 1000 + (c + 1) * 37:,}) Tj ET")
    return _pdf_of(width, height, "\n".join(ops) + "\n")


@needs_ocr
def test_a_scanned_landscape_table_after_sheets_of_two_pages_is_read_whole() -> None:
    """moa-city's 2-up card followed by a scanned landscape table of the sheets' shape, ruled across the
    gutter the other sheets show: the ink across the gutter makes it one page, its table read whole (it was
    cut in two at the gutter, each half a table of its own)."""
    from pledgecard.extract.document import Table
    from samples.render_scan import scan_pdf

    src = MOA / "moa-city-88001-pdf.pdf"
    reader = PdfReader(src)
    w, h = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    writer = PdfWriter()
    writer.append(reader)
    writer.append(PdfReader(io.BytesIO(scan_pdf(_landscape_table(w, h), seed=3))))
    doc = pdf.read(_written(writer), path=src.name, limits=Limits())
    assert doc.n_pages == 3 and doc.ocr_pages == [3]
    tables = [b for b in doc.blocks if isinstance(b, Table) and b.source.page == 3 and b.source.bbox is not None]
    assert tables and any(t.source.bbox[0] < w / 2 - 50 and t.source.bbox[2] > w / 2 + 50 for t in tables), \
        [t.source.bbox for t in tables]
    assert max(len(t.cells) for t in tables) >= 7 * 6 * 0.8
