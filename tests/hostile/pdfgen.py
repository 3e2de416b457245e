"""A minimal PDF writer for the hostile corpus: text pages, image-only pages, many pages.

Every object's byte offset is recorded as it is written, so the cross-reference table is exact
and a reader has no excuse to fall back on repair heuristics (unless a test truncates the file).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Sequence

from samples.pdf_objects import pdf_file


class PdfWriter:
    """Objects are numbered from 1 in the order :meth:`add` is called."""

    def __init__(self) -> None:
        self.objects: list[bytes] = []

    def reserve(self) -> int:
        self.objects.append(b"")
        return len(self.objects)

    def set(self, num: int, body: bytes) -> None:
        self.objects[num - 1] = body

    def add(self, body: bytes) -> int:
        num = self.reserve()
        self.set(num, body)
        return num

    def stream(self, data: bytes, extra: bytes = b"", *, compress: bool = True) -> int:
        if compress:
            data = zlib.compress(data)
            extra += b" /Filter /FlateDecode"
        return self.add(b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream")

    def to_bytes(self, root: int) -> bytes:
        return pdf_file(self.objects, root, header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")


def _escape(text: str) -> bytes:
    raw = text.encode("latin-1", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_content(lines: Sequence[str], *, size: int = 12) -> bytes:
    """A content stream printing ``lines`` (Latin-1 text) top-down in Helvetica."""
    parts = [b"BT /F1 %d Tf %d TL 72 760 Td" % (size, size + 4)]
    for line in lines:
        parts.append(b"(%s) Tj T*" % _escape(line))
    parts.append(b"ET")
    return b"\n".join(parts)


def build_pdf(
    pages: Sequence[bytes], *, image: tuple[int, int, bytes] | None = None, compress: bool = True
) -> bytes:
    """A PDF whose page ``i`` draws content stream ``pages[i]``.

    ``image`` = (width, height, JPEG bytes) is offered to every page as XObject ``/Im1``.
    """
    w = PdfWriter()
    catalog = w.reserve()
    tree = w.reserve()
    font = w.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    xobj = b""
    if image is not None:
        iw, ih, jpeg = image
        im = w.stream(
            jpeg,
            b" /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Filter /DCTDecode" % (iw, ih),
            compress=False,
        )
        xobj = b" /XObject << /Im1 %d 0 R >>" % im
    kids = []
    streams: dict[bytes, int] = {}  # pages with the same content share one stream object
    for content in pages:
        c = streams.get(content) or streams.setdefault(content, w.stream(content, compress=compress))
        kids.append(
            w.add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
                b" /Resources << /Font << /F1 %d 0 R >>%s >> >>" % (tree, c, font, xobj)
            )
        )
    w.set(
        tree, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    )
    w.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
    return w.to_bytes(catalog)


def text_pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """A PDF with one page per entry of ``pages``, each printing its lines."""
    return build_pdf([text_content(lines) for lines in pages])


def ruled_table(
    rows: Sequence[Sequence[str]], *, x0: int = 72, top: int = 700, width: int = 110, height: int = 24
) -> bytes:
    """A content stream drawing a ruled grid with one text per cell (what a table finder sees)."""
    n_rows, n_cols = len(rows), max(len(r) for r in rows)
    parts = [b"0.5 w"]
    for i in range(n_rows + 1):
        parts.append(b"%d %d m %d %d l S" % (x0, top - i * height, x0 + n_cols * width, top - i * height))
    for j in range(n_cols + 1):
        parts.append(b"%d %d m %d %d l S" % (x0 + j * width, top, x0 + j * width, top - n_rows * height))
    parts.append(b"BT /F1 10 Tf")
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            parts.append(
                b"1 0 0 1 %d %d Tm (%s) Tj" % (x0 + j * width + 4, top - (i + 1) * height + 8, _escape(text))
            )
    parts.append(b"ET")
    return b"\n".join(parts)


def cyclic_pdf() -> bytes:
    """One text page whose page tree lists itself among its kids (a loop for a naive walker)."""
    w = PdfWriter()
    catalog, tree = w.reserve(), w.reserve()
    font = w.add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    content = w.stream(text_content(["Pledge card archive", "page tree loop"]))
    page = w.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
        b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (tree, content, font)
    )
    w.set(tree, b"<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count 2 >>" % (page, tree))
    w.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
    return w.to_bytes(catalog)


def flate_bomb_pdf(size: int) -> bytes:
    """One page whose content stream is ``size`` zero bytes (a multiple of 1 MiB) FlateDecoded:
    about ``size / 1000`` bytes on disk. Built from one self-contained deflate chunk repeated."""
    mib = 1 << 20
    if size % mib:
        raise ValueError("size must be a multiple of 1 MiB")
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = co.compress(bytes(mib)) + co.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    adler = ((size % 65521) << 16) | 1  # Adler-32 of ``size`` zero bytes
    data = b"\x78\xda" + chunk * (size // mib) + final + adler.to_bytes(4, "big")
    w = PdfWriter()
    catalog, tree = w.reserve(), w.reserve()
    content = w.add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
    page = w.add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R >>" % (tree, content)
    )
    w.set(tree, b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    w.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
    return w.to_bytes(catalog)


def scan_pdf() -> bytes:
    """A one-page 'scan': a grey image of a page with printed-looking strokes, and no text at all."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (425, 550), 255)
    draw = ImageDraw.Draw(img)
    for y in range(60, 500, 18):
        draw.rectangle((40, y, 40 + (y * 7) % 300 + 60, y + 8), fill=40)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=60)
    return build_pdf([b"q 612 0 0 792 0 0 cm /Im1 Do Q"], image=(img.width, img.height, buf.getvalue()))


def encrypt_pdf(data: bytes, *, user_password: str, owner_password: str = "owner-secret") -> bytes:
    """``data`` encrypted (AES-128) with pypdf; an empty ``user_password`` opens without asking."""
    from pypdf import PdfReader
    from pypdf import PdfWriter as PyPdfWriter

    writer = PyPdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def dense_pdf(n_chars: int, pages: int = 1) -> bytes:
    """``pages`` pages sharing one content stream of ``n_chars`` separately placed characters:
    cheap to write, slow to lay out (each page costs seconds)."""
    parts = [b"BT /F1 2 Tf"]
    for i in range(n_chars):
        parts.append(b"1 0 0 1 %d %d Tm (%c) Tj" % (10 + (i * 3) % 590, 10 + (i // 197) % 770, 97 + i % 26))
    parts.append(b"ET")
    return build_pdf([b"\n".join(parts)] * pages)
