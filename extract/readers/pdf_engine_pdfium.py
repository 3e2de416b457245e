"""The pdfium PDF engine: pypdfium2's text page and path objects -> :class:`PageModel`.

Gives the records pdfplumber gives, at a fraction of its cost per page:

- characters: pdfium's text page, without the spaces and line breaks pdfium generates; the box
  is pdfminer's (``x0`` at the origin, ``x1`` one advance further, ``bottom`` at the font's
  descent, ``top`` one font size above it), the size the font size scaled by the text matrix;
  a glyph without a Unicode mapping reads ``(cid:N)`` as in pdfminer.
- paths: every path object, inside form XObjects too, cut into subpaths and classified by
  pdfminer's rules (one straight segment: a line; four axis-parallel segments closing on
  themselves: a rectangle; anything else: a curve of its segment end points).
- coordinates are measured from the media box, as pdfplumber's; a page turned by ``/Rotate``
  is handed to the reference engine (pdfminer turns its space, which this engine does not).

pdfium works in single precision: coordinates agree with pdfplumber's to within a few
ten-thousandths of a point. pdfium is not thread-safe: one document at a time per process is
read (a Dask worker runs tasks in threads).
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

from pledgecard.errors import DamagedFileError, EncryptedFileError
from pledgecard.extract.readers.pdf_lines import LOST, glyph_text
from pledgecard.extract.readers.pdf_page import Obj, PageModel

Matrix = tuple[float, float, float, float, float, float]
Op = tuple[str, float, float]  # path operator ("m", "l", "c", "h") and its end point
_SUBPATH = re.compile(r"m[^m]+")
_LOCK = threading.RLock()  # pdfium's library state is shared by all threads of a process
PDFIUM_LOCK = _LOCK  # for other users of pdfium in this process (OCR renders pages with it)


class PdfiumDocument:
    def __init__(self, pdf: Any, data: bytes, stack: ExitStack) -> None:
        self._pdf = pdf
        self._data = data
        self._stack = stack
        self._reference: list[Callable[[], PageModel]] | None = None
        self._remaps = True  # the reference engine still tried on a page with unmapped glyphs

    def page_count(self) -> int:
        return len(self._pdf)

    def pages(self) -> Iterator[Callable[[], PageModel]]:
        for index in range(len(self._pdf)):
            yield lambda index=index: _model(self._pdf, index, self._fallback, self._remapped)

    def _remapped(self, index: int, model: PageModel) -> PageModel:
        """Page ``index`` (``model``, many glyphs unmapped) read by the reference engine when that maps more of
        them; once it maps no more (a font really without Unicode) it is not tried again in this document."""
        if not self._remaps:
            return model
        reference = self._fallback(index)
        if _unmapped_share(reference.chars) < _unmapped_share(model.chars):
            return reference
        self._remaps = False
        return model

    def _fallback(self, index: int) -> PageModel:
        """Page ``index`` read by the reference engine: a rotated page (pdfminer turns its space), or one whose
        glyphs pdfium leaves unmapped (:meth:`_remapped`)."""
        if self._reference is None:
            from pledgecard.extract.readers.pdf_engine_plumber import open_pdf as open_reference

            self._reference = list(self._stack.enter_context(open_reference(self._data)).pages())
        return self._reference[index]()


@contextmanager
def open_pdf(data: bytes) -> Iterator[PdfiumDocument]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    if b"%PDF" not in data[:1024]:
        raise DamagedFileError("not a PDF file (no %PDF header)")
    with _LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
                raise EncryptedFileError("PDF is password-protected") from exc
            if getattr(exc, "err_code", None) == raw.FPDF_ERR_SECURITY:
                raise EncryptedFileError("PDF encryption not supported") from exc
            raise DamagedFileError(f"damaged PDF: {' '.join(str(exc).split())[:200]}") from exc
        try:
            with ExitStack() as stack:
                yield PdfiumDocument(pdf, data, stack)
        finally:
            pdf.close()


def _model(
    pdf: Any,
    index: int,
    fallback: Callable[[int], PageModel],
    remapped: Callable[[int, PageModel], PageModel],
) -> PageModel:
    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        if page.get_rotation() % 360:
            return fallback(index)
        left, bottom, right, top = page.get_mediabox()  # pdfplumber measures from the media box
        width, height = abs(right - left), abs(top - bottom)
        model = PageModel(number=index + 1, width=float(width), height=float(height), chars=[])
        texts: list[Any] = []
        ident: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        for ops, matrix, stroked in _objects(
            raw,
            raw.FPDFPage_CountObjects(page.raw),
            lambda k: raw.FPDFPage_GetObject(page.raw, k),
            ident,
            texts,
        ):
            _classify(ops, matrix, height, model, stroked)
        textpage = page.get_textpage()
        try:
            model.chars = _chars(raw, textpage.raw, height, texts)
        finally:
            textpage.close()
        if _unmapped_share(model.chars) > UNMAPPED_SHARE:  # a ToUnicode CMap pdfium does not apply
            return remapped(index, model)
        return model
    finally:
        page.close()


UNMAPPED_SHARE = 0.05  # more of a page's glyphs than this without Unicode: the reference engine tried


def _unmapped_share(chars: Sequence[Obj]) -> float:
    """The share of ``chars`` without a Unicode mapping (``(cid:N)``).

    pdfium leaves a bfrange that spans more than its last byte unapplied (``<0000> <FFFF> <0000>``, the one
    range of Tesseract's glyphless font, as its PDF renderer and ocrmypdf write it): every glyph past
    U+00FF of such a layer comes out unmapped, where pdfminer (the reference engine) reads the range.
    """
    return sum(1 for c in chars if glyph_text(c["text"]) == LOST) / len(chars) if chars else 0.0


def _address(handle: Any) -> int:
    return ctypes.addressof(handle.contents) if handle else 0


def _chars(raw: Any, tp: Any, height: float, texts: Sequence[Any]) -> list[Obj]:
    """The characters of the page in drawing order (text object by text object).

    pdfium's text page may move a character out of drawing order and leaves out a text object
    drawn again over the previous one (fake bold); the order is restored and such a copy is
    put back, shifted by the distance between the two objects, as pdfminer gives it.
    """
    by_object: dict[int, list[Obj]] = {}
    box = raw.FS_RECTF()
    m = raw.FS_MATRIX()
    buf = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    width = ctypes.c_float()
    # per text object: font name, font handle, matrix (a, b, c, d), font size, uprightness
    objects: dict[int, tuple[str, Any, tuple[float, float, float, float], float, bool, bool]] = {}
    widths: dict[tuple[int, int, float], float | None] = {}
    get_object, get_unicode, get_box = (
        raw.FPDFText_GetTextObject,
        raw.FPDFText_GetUnicode,
        raw.FPDFText_GetLooseCharBox,
    )
    map_error = raw.FPDFText_HasUnicodeMapError
    for i in range(raw.FPDFText_CountChars(tp)):
        obj = get_object(tp, i)
        if not obj:
            continue  # a space or line break pdfium generated: not printed
        key = ctypes.addressof(obj.contents)
        info = objects.get(key)
        if info is None:
            n = raw.FPDFText_GetFontInfo(tp, i, buf, len(buf), flags)
            raw.FPDFText_GetMatrix(tp, i, m)
            upright = m.a * m.d > 0 and m.b * m.c <= 0
            info = objects[key] = (
                buf.raw[: max(n - 1, 0)].decode("latin-1"),
                raw.FPDFTextObj_GetFont(obj),
                (m.a, m.b, m.c, m.d),
                raw.FPDFText_GetFontSize(tp, i),
                upright,
                upright and m.b == 0 and m.c == 0,
            )
        fontname, font, (a, b, _, d), fontsize, upright, plain = info
        code = get_unicode(tp, i)
        get_box(tp, i, box)
        unmapped = code == 0 or map_error(tp, i) == 1
        size = fontsize * abs(d) if b == 0 else fontsize * (b * b + d * d) ** 0.5
        x1 = box.right
        if plain and not unmapped:  # one advance from the origin (the loose box covers an overhanging glyph)
            wkey = (ctypes.addressof(font.contents), code, fontsize)
            advance = widths.get(wkey, -1.0)
            if advance == -1.0:
                ok = raw.FPDFFont_GetGlyphWidth(font, code, ctypes.c_float(fontsize), width)
                advance = widths[wkey] = width.value if ok else None
            if advance is not None:
                x1 = box.left + advance * a
        y0 = box.bottom
        y1 = y0 + size if plain else box.top
        by_object.setdefault(key, []).append(
            {
                "text": f"(cid:{code})" if unmapped else chr(code),
                "fontname": fontname,
                "size": size,
                "upright": upright,
                "x0": box.left,
                "x1": x1,
                "top": height - y1,
                "bottom": height - y0,
            }
        )
    out: list[Obj] = []
    previous: tuple[list[Obj], tuple[float, float, float, float]] | None = None
    for obj in texts:
        bounds = _bounds(raw, obj)
        own = by_object.pop(_address(obj), None)
        if own is None and previous is not None and bounds is not None:
            own = _copy_of(previous, bounds)
        if own:
            out.extend(own)
            if bounds is not None:
                previous = (own, bounds)
    for rest in by_object.values():  # characters of objects the walk did not meet (none expected)
        out.extend(rest)
    return out


def _bounds(raw: Any, obj: Any) -> tuple[float, float, float, float] | None:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return None
    return (left.value, bottom.value, right.value, top.value)


DUPLICATE_TOL = 0.01  # points: a copy has the size of the object it repeats to within this


def _copy_of(
    previous: tuple[list[Obj], tuple[float, float, float, float]], bounds: tuple[float, float, float, float]
) -> list[Obj] | None:
    """The characters of a text object that repeats ``previous`` (same size, drawn nearby)."""
    chars, (l0, b0, r0, t0) = previous
    l1, b1, r1, t1 = bounds
    if abs((r1 - l1) - (r0 - l0)) > DUPLICATE_TOL or abs((t1 - b1) - (t0 - b0)) > DUPLICATE_TOL:
        return None
    dx, dy = l1 - l0, b1 - b0
    return [
        {**c, "x0": c["x0"] + dx, "x1": c["x1"] + dx, "top": c["top"] - dy, "bottom": c["bottom"] - dy}
        for c in chars
    ]


def _objects(
    raw: Any, count: int, get: Callable[[int], Any], outer: Matrix, texts: list[Any]
) -> Iterator[tuple[list[Op], Matrix, bool]]:
    """(operators, matrix to page space, whether it is stroked) of every path object, form XObjects entered.

    Text objects are collected into ``texts`` in drawing order.
    """
    m = raw.FS_MATRIX()
    point_x, point_y = ctypes.c_float(), ctypes.c_float()
    for k in range(count):
        obj = get(k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            texts.append(obj)
            continue
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM):
            continue
        raw.FPDFPageObj_GetMatrix(obj, m)
        matrix = _mult((m.a, m.b, m.c, m.d, m.e, m.f), outer)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            yield from _objects(
                raw,
                raw.FPDFFormObj_CountObjects(obj),
                lambda j, obj=obj: raw.FPDFFormObj_GetObject(obj, j),
                matrix,
                texts,
            )
            continue
        ops: list[Op] = []
        bezier = 0
        for s in range(raw.FPDFPath_CountSegments(obj)):
            seg = raw.FPDFPath_GetPathSegment(obj, s)
            raw.FPDFPathSegment_GetPoint(seg, point_x, point_y)
            t = raw.FPDFPathSegment_GetType(seg)
            x, y = point_x.value, point_y.value
            if t == raw.FPDF_SEGMENT_MOVETO:
                ops.append(("m", x, y))
            elif t == raw.FPDF_SEGMENT_BEZIERTO:
                bezier += 1
                if bezier % 3 == 0:  # a Bezier segment is three points: two controls and its end
                    ops.append(("c", x, y))
            else:
                ops.append(("l", x, y))
            if raw.FPDFPathSegment_GetClose(seg):
                ops.append(("h", x, y))
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
        drawn = raw.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
        yield ops, matrix, not drawn or bool(stroke.value)  # unknown: stroked, as before


def _mult(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (pdfminer's mult_matrix)."""
    a1, b1, c1, d1, e1, f1 = m
    a0, b0, c0, d0, e0, f0 = n
    return (
        a0 * a1 + c0 * b1,
        b0 * a1 + d0 * b1,
        a0 * c1 + c0 * d1,
        b0 * c1 + d0 * d1,
        a0 * e1 + c0 * f1 + e0,
        b0 * e1 + d0 * f1 + f0,
    )


def _classify(
    ops: Sequence[Op], matrix: Matrix, height: float, model: PageModel, stroked: bool = True
) -> None:
    """Lines, rectangles and curves of one path object, by pdfminer's rules (``paint_path``); a rectangle
    records whether the path is ``stroked`` (a fill alone is a cell's shading, :func:`pdf_page.edges_of`)."""
    shape_all = "".join(op[0] for op in ops)
    for sub in _SUBPATH.finditer(shape_all):
        path = ops[sub.start() : sub.end()]
        shape = sub.group()
        a, b, c, d, e, f = matrix
        start = path[0]
        pts = [
            (a * x + c * y + e, b * x + d * y + f)
            for _, x, y in ((op if op[0] != "h" else start) for op in path)
        ]
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape = shape[:-2] + "h"
            pts.pop()
        if shape in ("mlh", "ml"):
            model.lines.append(_box("line", pts[:2], height))
            continue
        if shape in ("mlllh", "mllll"):
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
                y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
            )
            if pts[0] == pts[4] and square:
                model.rects.append({**_box("rect", [pts[0], pts[2]], height), "stroke": stroked})
                continue
        curve = _box("curve", pts, height)
        curve["pts"] = [(x, height - y) for x, y in pts]
        model.curves.append(curve)


def _box(kind: str, pts: Sequence[tuple[float, float]], height: float) -> Obj:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    return {
        "object_type": kind,
        "x0": x0,
        "x1": x1,
        "top": height - y1,
        "bottom": height - y0,
        "width": x1 - x0,
        "height": y1 - y0,
    }
