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
from samples.pdf_objects import pdf_file
from tests.test_pdf_sheets_lazy import MOA, _with_scanned_sheet

SAENAL = MOA.parent / "saenal-district"
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
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width:.2f} {height:.2f}] /Contents 4 0 R "
        f"/Resources << /Font << /F1 5 0 R >> >> >>".encode(),
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    return pdf_file(objs, 1)


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
    tables = [
        b for b in doc.blocks if isinstance(b, Table) and b.source.page == 3 and b.source.bbox is not None
    ]
    assert tables and any(t.source.bbox[0] < w / 2 - 50 and t.source.bbox[2] > w / 2 + 50 for t in tables), [
        t.source.bbox for t in tables
    ]
    assert max(len(t.cells) for t in tables) >= 7 * 6 * 0.8


def _on_its_side(data: bytes) -> bytes:
    """The first page of ``data`` drawn turned a quarter counter-clockwise on a landscape page, no ``/Rotate``
    (its words run up the page)."""
    from pypdf import Transformation

    writer = PdfWriter()
    page = writer.add_page(PdfReader(io.BytesIO(data)).pages[0])
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    page.add_transformation(Transformation().rotate(90).translate(tx=h, ty=0))
    page.mediabox = RectangleObject([0, 0, h, w])
    page.cropbox = RectangleObject([0, 0, h, w])
    return _written(writer)


def test_a_searchable_scan_printed_on_its_side_is_ruled_in_its_turned_image() -> None:
    """saenal-district's searchable scan turned on its side: the model is turned upright and so is the image
    its grids are found in, the same grids as the upright page's (they were found in the unturned image)."""
    from pledgecard.extract.readers.pdf_engine import open_pdf
    from pledgecard.extract.readers.pdf_scan_layer import scan_layers
    from pledgecard.extract.readers.pdf_turn import upright

    data = (SAENAL / "saenal-district-90001-pdf.pdf").read_bytes()
    grids = []
    for pdf_bytes in (data, _on_its_side(data)):
        with open_pdf(pdf_bytes, "pdfium") as doc, scan_layers(pdf_bytes) as layers:
            page = next(iter(doc.pages()))()
            if pdf_bytes is not data:  # the glyphs stand on their side, as a layer set turned in its Tm says
                page.chars = [{**c, "upright": False} for c in page.chars]
            page = upright(page)
            assert page.turned == (0 if pdf_bytes is data else 1)
            layer = layers.read(page)
        assert layer is not None
        grids.append(sorted(g.bbox for g in layer.grids))
    upright_grids, side_grids = grids
    assert len(upright_grids) >= 3 and len(side_grids) == len(upright_grids)
    assert all(
        abs(a - b) < 3.0
        for g, s in zip(upright_grids, side_grids, strict=True)
        for a, b in zip(g, s, strict=True)
    )


def _in_strips(data: bytes) -> bytes:
    """The first page of a searchable scan with its image stored as two strips, the top half and the bottom
    half, each drawn over its half of the page (as some scanners and archivers store a page)."""
    import zlib

    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject, StreamObject

    writer = PdfWriter()
    page = writer.add_page(PdfReader(io.BytesIO(data)).pages[0])
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    scan = page.images[0].image.convert("L")
    pw, ph = scan.size
    ops = page.get_contents().get_data()
    layer = ops[ops.index(b"Q\n") + 2 :]  # the word layer after the image's drawing
    strips = {}
    for name, box in (("/ImT", (0, 0, pw, ph // 2)), ("/ImB", (0, ph // 2, pw, ph))):
        part = scan.crop(box)
        obj = StreamObject()
        obj._data = zlib.compress(part.tobytes())
        obj.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Image"),
                NameObject("/Width"): NumberObject(part.size[0]),
                NameObject("/Height"): NumberObject(part.size[1]),
                NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                NameObject("/BitsPerComponent"): NumberObject(8),
                NameObject("/Filter"): NameObject("/FlateDecode"),
            }
        )
        strips[name] = writer._add_object(obj)
    xobjects = DictionaryObject()
    for name, ref in strips.items():
        xobjects[NameObject(name)] = ref
    page["/Resources"].get_object()[NameObject("/XObject")] = xobjects
    content = DecodedStreamObject()
    content.set_data(
        f"q\n{w:.2f} 0 0 {h / 2:.2f} 0 {h / 2:.2f} cm\n/ImT Do\nQ\n"
        f"q\n{w:.2f} 0 0 {h / 2:.2f} 0 0 cm\n/ImB Do\nQ\n".encode()
        + layer
    )
    page.replace_contents(content)
    return _written(writer)


def test_a_searchable_scan_stored_in_strips_is_a_scan_layer() -> None:
    """saenal-district's searchable scan with its image stored as two strips, each half the page: the strips
    together cover it, the page is a scan's layer and its tables are ruled in the image (one strip alone
    covering half the page missed it)."""
    import pypdfium2 as pdfium

    from pledgecard.extract.readers.pdf_engine import open_pdf
    from pledgecard.extract.readers.pdf_scan_layer import is_scan_layer, scan_layers

    data = _in_strips((SAENAL / "saenal-district-90001-pdf.pdf").read_bytes())
    doc = pdfium.PdfDocument(data)
    try:
        page = doc[0]
        assert is_scan_layer(page)
        page.close()
    finally:
        doc.close()
    with open_pdf(data, "pdfium") as pdf_doc, scan_layers(data) as layers:
        layer = layers.read(next(iter(pdf_doc.pages()))())
    assert layer is not None and len(layer.grids) >= 3


def _unmapped_pdf(n_pages: int) -> bytes:
    """``n_pages`` pages of text in a CID font without ToUnicode (no engine can map its glyphs)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Type /FontDescriptor /FontName /NoMap /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
        b"/Ascent 1000 /Descent 0 /CapHeight 1000 /StemV 80 >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap /CIDToGIDMap /Identity /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 3 0 R /DW 1000 >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H /DescendantFonts [4 0 R] >>",
    ]
    kids = []
    for _ in range(n_pages):
        ops = "".join(
            f"BT /F1 12 Tf 50 {700 - 20 * r} Td <{''.join(f'{0x1100 + 7 * r + j:04X}' for j in range(20))}>"
            f" Tj ET\n"
            for r in range(10)
        ).encode()
        objs.append(f"<< /Length {len(ops)} >>\nstream\n".encode() + ops + b"\nendstream")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {len(objs)} 0 R "
            f"/Resources << /Font << /F1 5 0 R >> >> >>".encode()
        )
        kids.append(len(objs))
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    return pdf_file(objs, 1)


def test_a_font_really_unmapped_is_not_read_again_by_the_reference_engine_page_after_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Four pages in a font without ToUnicode: pdfium leaves every glyph unmapped, the reference engine maps no
    more on the first page, and is not asked again for the other three (it read every page to throw it away);
    each page still read, its glyphs unmapped."""
    from pledgecard.extract.readers import pdf_engine_pdfium
    from pledgecard.extract.readers.pdf_engine import open_pdf

    asked: list[int] = []
    fallback = pdf_engine_pdfium.PdfiumDocument._fallback

    def counted(self: object, index: int) -> object:
        asked.append(index)
        return fallback(self, index)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_engine_pdfium.PdfiumDocument, "_fallback", counted)
    with open_pdf(_unmapped_pdf(4), "pdfium") as doc:
        pages = [get() for get in doc.pages()]
    assert asked == [0]
    assert len(pages) == 4 and all(len(p.chars) == 200 for p in pages)
    assert all(pdf_engine_pdfium._unmapped_share(p.chars) == 1.0 for p in pages)
    assert (
        pdf_engine_pdfium._unmapped_share([{"text": "\ue001"}, {"text": "가"}]) == 0.5
    )  # a private-use glyph
