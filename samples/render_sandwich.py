"""Searchable scans ("sandwich" PDFs): a scanned card page image with an invisible OCR text layer.

Archives run their scans through Acrobat's "Recognize Text" or ``ocrmypdf`` (Tesseract's PDF
renderer): each page is the scanned image, drawn over the whole page, and above it the recognised
words in text render mode 3 (invisible) in a glyphless font, one text object a word, the word set on
its baseline in the image (turned with the page's skew) and stretched (``Tz``) to its box's width.
No space characters, no vector rules: the table grid exists only in the image.

Here the words are the printed card's own words (read from the vector PDF WeasyPrint wrote, so the
layer is exactly what is printed) moved where the scan shows them: the page rasterised in grey at
200 dpi, turned by a slight skew, blurred and speckled (as :mod:`samples.render_scan`), then stored
black and white (thresholded, one bit a pixel, Flate), as archives keep their scans small (a grey
JPEG page is ten times the size); every baseline jittered by up to two pixels. Deterministic for a
seed.
"""

from __future__ import annotations

import io
import math
import random
import zlib
from typing import Any

from samples.pdf_objects import pdf_file

SCAN_DPI = 200
MAX_SKEW_DEG = 0.45  # the scanner's slight skew, drawn a page
JITTER_PX = 2  # a word's baseline moved up or down by up to this many pixels
THRESHOLD = 160  # grey above this is paper in the stored black-and-white page
GLYPH_WIDTH = 500  # the glyphless font's advance (1/1000 em), as Tesseract's renderer sets it


def sandwich_pdf(pdf: bytes, *, seed: int, dpi: int = SCAN_DPI, word_space: bool = False) -> bytes:
    """The searchable scan of ``pdf``: an image page each, under an invisible word layer (``word_space``: each
    word followed by a space inside its stretched run, as Tesseract 4 and 5 write it)."""
    import pdfplumber

    rnd = random.Random(seed)
    pages: list[tuple[float, float, bytes, tuple[int, int], bytes]] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        images = _scans(pdf, dpi, rnd, len(doc.pages))
        for k, (page, (angle, bits, size)) in enumerate(zip(doc.pages, images, strict=True)):
            words = page.extract_words(x_tolerance=1.5, y_tolerance=2.0, return_chars=True)
            words = _all_words(pdf, k, words)
            ops = _word_ops(words, float(page.width), float(page.height), angle, dpi, rnd, word_space)
            pages.append((float(page.width), float(page.height), bits, size, ops))
    return _write(pages)


def _all_words(pdf: bytes, k: int, words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The words of page ``k``: pdfplumber's, or pdfium's where pdfium decodes more glyphs (a font WeasyPrint
    wrote with a simple custom encoding, which pdfminer leaves out: the bold labels and headings of mutant 3036,
    printed on the image, had no word in the layer; a recogniser reads every word the image prints)."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = pdfium.PdfDocument(pdf)
    try:
        page = doc[k]
        text = page.get_textpage()
        n = text.count_chars()
        glyphs = [text.get_text_range(i, 1) for i in range(n)]
        if sum(1 for g in glyphs if g.strip()) <= sum(len(w["text"]) for w in words):
            return words
        out: list[dict[str, Any]] = []
        cur: list[dict[str, Any]] = []
        x, y = ctypes.c_double(), ctypes.c_double()
        for i, g in enumerate(glyphs):
            if not g.strip():
                cur = []
                continue
            left, _, right, _ = text.get_charbox(i, loose=True)
            pdfium_c.FPDFText_GetCharOrigin(text.raw, i, ctypes.byref(x), ctypes.byref(y))
            ch = {
                "text": g,
                "x0": left,
                "x1": right,
                "size": pdfium_c.FPDFText_GetFontSize(text.raw, i),
                "matrix": (1, 0, 0, 1, x.value, y.value),
            }
            if cur and (abs(cur[-1]["matrix"][5] - y.value) > 2.0 or left - cur[-1]["x1"] > 0.3 * ch["size"]):
                cur = []
            if not cur:
                cur = [ch]
                out.append({"chars": cur})
            else:
                cur.append(ch)
        for w in out:
            w.update(
                text="".join(c["text"] for c in w["chars"]), x0=w["chars"][0]["x0"], x1=w["chars"][-1]["x1"]
            )
        return out
    finally:
        doc.close()


def _scans(pdf: bytes, dpi: int, rnd: random.Random, n: int) -> list[tuple[float, bytes, tuple[int, int]]]:
    """Each page scanned: (skew in degrees, counter-clockwise; its black-and-white bits, Flate; its size)."""
    import pypdfium2 as pdfium

    from samples.render_scan import scanned

    doc = pdfium.PdfDocument(pdf)
    out = []
    try:
        for k in range(n):
            page = doc[k]
            img = page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L")
            page.close()
            angle = rnd.uniform(0.1, MAX_SKEW_DEG) * rnd.choice((-1, 1))
            img = scanned(img, angle, rnd)
            w, h = img.size
            bits = img.point(lambda v: 255 if v > THRESHOLD else 0).convert("1")
            out.append((angle, zlib.compress(bits.tobytes(), 9), (w, h)))
    finally:
        doc.close()
    return out


def _word_ops(
    words: list[dict[str, Any]],
    width: float,
    height: float,
    angle: float,
    dpi: int,
    rnd: random.Random,
    word_space: bool = False,
) -> bytes:
    """The invisible layer's content: a text object a word on its turned, jittered baseline."""
    s = dpi / 72.0
    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)
    cx, cy = width * s / 2.0, height * s / 2.0
    out = []
    for w in words:
        text = w["text"] + (" " if word_space else "")
        chars = w["chars"]
        size = max(c["size"] for c in chars)
        base = chars[0]["matrix"][5]  # the first glyph's baseline (PDF points, y up)
        px, py = w["x0"] * s, (height - base) * s  # image pixels, y down
        dx, dy = px - cx, py - cy
        qx, qy = cx + dx * cos + dy * sin, cy - dx * sin + dy * cos + rnd.randint(-JITTER_PX, JITTER_PX)
        x, y = qx / s, height - qy / s
        fs = max(1, round(size))
        stretch = 100.0 * (w["x1"] - w["x0"]) / (fs * len(text) * GLYPH_WIDTH / 1000.0)
        hexed = "".join(f"{b:02X}" for b in text.encode("utf-16-be"))
        out.append(
            f"BT\n3 Tr\n/f-0-0 {fs} Tf\n{cos:.5f} {sin:.5f} {-sin:.5f} {cos:.5f} {x:.2f} {y:.2f} Tm\n"
            f"{stretch:.2f} Tz\n[<{hexed}>] TJ\nET\n"
        )
    return "".join(out).encode("ascii")


TO_UNICODE = (
    b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
    b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
    b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
    b"1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\n"
    b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
)


def _write(pages: list[tuple[float, float, bytes, tuple[int, int], bytes]]) -> bytes:
    """A PDF of the pages: each its image drawn over the page and its word layer, one shared font."""
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    def stream(head: str, data: bytes, *, flate: bool = True) -> bytes:
        if flate:
            data = zlib.compress(data, 9)
            head += " /Filter /FlateDecode"
        return f"<< {head} /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"

    catalog = add(b"")
    tree = add(b"")
    tounicode = add(stream("", TO_UNICODE))
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /GlyphLessFont /Flags 5 /FontBBox [0 0 500 1000] "
        b"/ItalicAngle 0 /Ascent 1000 /Descent 0 /CapHeight 1000 /StemV 80 >>"
    )
    cid = add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /GlyphLessFont /CIDToGIDMap /Identity "
        f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        f"/FontDescriptor {descriptor} 0 R /DW {GLYPH_WIDTH} >>".encode()
    )
    font = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /GlyphLessFont /Encoding /Identity-H "
        f"/DescendantFonts [{cid} 0 R] /ToUnicode {tounicode} 0 R >>".encode()
    )
    kids = []
    for width, height, image_bits, (pw, ph), ops in pages:
        image = add(
            stream(
                f"/Type /XObject /Subtype /Image /Width {pw} /Height {ph} /ColorSpace /DeviceGray "
                f"/BitsPerComponent 1 /Decode [0 1] /Filter /FlateDecode",
                image_bits,
                flate=False,
            )
        )
        content = f"q\n{width:.2f} 0 0 {height:.2f} 0 0 cm\n/Im0 Do\nQ\n".encode() + ops
        body = add(stream("", content))
        kids.append(
            add(
                f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {width:.2f} {height:.2f}] "
                f"/Resources << /XObject << /Im0 {image} 0 R >> /Font << /f-0-0 {font} 0 R >> >> "
                f"/Contents {body} 0 R >>".encode()
            )
        )
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {tree} 0 R >>".encode()
    objs[tree - 1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    )
    return pdf_file(objs, catalog, header=b"%PDF-1.5\n%\xbf\xf7\xa2\xfe\n")
