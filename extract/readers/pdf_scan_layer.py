"""Searchable scans: a page that is a scanned image under an invisible OCR word layer, with no vector rules.

Archives run their scans through Acrobat's "Recognize Text" or ``ocrmypdf`` (Tesseract's PDF renderer):
the page draws the scan as one image over (nearly) all of it, and the recognised words over the image in
text render mode 3 (drawn invisibly), each word stretched to its box on the scan's own skewed baseline.
The text layer is the page's text (OCR is not run again); what it lacks is the tables' grid, which exists
only in the image. Such a page is recognised from its objects (:func:`is_scan_layer`: every text object
invisible, an image covering the page); its image is rendered, deskewed and its ruled tables found as the
OCR path finds them (:mod:`.ocr_image`), and the words are turned by the same deskew angle about the page's
centre so that they sit in the cells the image shows (:func:`level_chars`).

Invisible text that overlays no image (a page whose text objects are all invisible and which draws no
page-size image) is not a scan's layer: this module leaves it alone and it is read as the page's text, as
before (a layer meant to be found by search and copy; no printed text on the page contradicts it).
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pledgecard.extract.readers.pdf_grids import Grid, moved
from pledgecard.extract.readers.pdf_page import PageModel

if TYPE_CHECKING:
    from pledgecard.extract.readers.ocr_image import PageImage

Obj = dict[str, Any]
INVISIBLE = 3  # text render mode: neither filled nor stroked
MIN_IMAGE_SHARE = 0.8  # images covering this share of the page are the page's scan (one, or its strips)
MIN_INVISIBLE_SHARE = 0.95  # of the page's text objects, drawn invisibly
DPI = 300  # the image's render: its rules found at the OCR path's resolution


@dataclass(slots=True)
class LayerPage:
    """A searchable scan's page read: its levelled characters and its image (deskewed, at ``dpi``)."""

    chars: list[Obj]
    image: PageImage
    dpi: float = DPI

    @property
    def skew_deg(self) -> float:
        """The angle the image was deskewed by, and the characters turned (:func:`level_chars`)."""
        return self.image.skew_deg

    @property
    def grids(self) -> list[Grid]:
        """The tables ruled in the image, in points (found on asking: a sheet split in two finds them a half
        at a time, :meth:`ScanLayers.part_grids`)."""
        from pledgecard.extract.readers.ocr_image import image_grids

        return image_grids(self.image, 72.0 / self.dpi)

    @property
    def rules(self) -> list[Obj]:
        """The long horizontal rules the image shows, as a PDF page's edges in points (``ocr_open_rules``: an
        open-sided table's, read from them as on a vector page)."""
        from pledgecard.extract.readers.ocr_open_rules import image_rules

        return image_rules(self.image, 72.0 / self.dpi)


class ScanLayers:
    """The searchable-scan pages of one PDF (pdfium opened on first use)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pdf: Any = None
        self._part_rules: tuple[tuple, list[list[Obj]]] | None = (
            None  # the last sheet's parts' rules (part_grids)
        )

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def read(self, page: PageModel) -> LayerPage | None:
        """``page`` (its 1-based ``number`` in the file) read as a searchable scan, or None when it is not one:
        it has vector rules, no characters, or is not an invisible layer over a page-size image."""
        if not page.chars or page.rules:
            return None
        grey = self._render(page, DPI)
        return None if grey is None else read_layer(grey.copy(), page)

    def image(self, page: PageModel, dpi: float) -> Any:
        """The grey render of any ``page`` at ``dpi``, turned as its model was (None: not rendered)."""
        return self._render(page, dpi, scan=False)

    def _render(self, page: PageModel, dpi: float, *, scan: bool = True) -> Any:
        """The grey render of ``page`` at ``dpi``, turned as its model was, when it is a searchable scan (or
        ``scan`` False: any page); else None."""
        import pypdfium2 as pdfium

        from pledgecard.extract.readers.pdf_engine_pdfium import PDFIUM_LOCK

        with PDFIUM_LOCK:
            try:  # a file pdfium cannot open (read by the reference engine) is no searchable scan known
                if self._pdf is None:
                    self._pdf = pdfium.PdfDocument(self._data)
                doc_page = self._pdf[page.number - 1]
            except (pdfium.PdfiumError, IndexError):
                return None
            try:
                if scan and not is_scan_layer(doc_page):
                    return None
                grey = doc_page.render(scale=dpi / 72.0, grayscale=True).to_numpy()
            finally:
                doc_page.close()
        if grey.ndim == 3:
            grey = grey[..., 0]
        return turned(grey, page)

    def part_grids(
        self, page: PageModel, parts: list[tuple[float, float]], scale: float, skew_deg: float
    ) -> list[list[Grid]]:
        """The ruled tables of each part ``[x0, x1)`` of a searchable scan's sheet printed two pages a sheet
        (``pdf_sheets``), in the sheet's points: the sheet rendered so that a part is read at the resolution
        of a page printed one a sheet (``scale``: the part's points over the sheet's), deskewed whole by the
        angle its characters were turned by (``skew_deg``, :func:`level_chars`), then cut at the parts' edges
        and each part's rules found at its own size (a rule is long beside its page, not beside the sheet) in
        its faint ink too (:func:`ocr_image.faint_ink`: printed shrunk, a rule is thinner than the scan's
        pixel and grey where the scan steps it). Each part's long horizontal rules are kept for
        :meth:`part_rules`."""
        import numpy as np

        from pledgecard.extract.readers import ocr_image
        from pledgecard.extract.readers.ocr_local_rules import rule_ink
        from pledgecard.extract.readers.ocr_open_rules import image_rules, moved_rules

        dpi = DPI * scale
        grey = self._render(page, dpi)
        self._part_rules = ((id(page), tuple(parts), scale, skew_deg), [[] for _ in parts])
        if grey is None:
            return [[] for _ in parts]
        grey, ink, angle = ocr_image.deskewed(np.ascontiguousarray(grey, dtype=np.uint8), skew_deg)
        faint = ocr_image.faint_ink(grey)
        rules = rule_ink(grey, ink)  # a dark fill is no rule (ocr_local_rules)
        zoom = dpi / 72.0
        out = []
        for k, (x0, x1) in enumerate(parts):
            a, b = round(x0 * zoom), min(round(x1 * zoom), grey.shape[1])
            if b <= a:
                out.append([])
                continue
            part = ocr_image.PageImage(
                grey[:, a:b], ink[:, a:b], ocr_image.rule_mask(rules[:, a:b] | faint[:, a:b]), angle
            )
            out.append([moved(g, dx=a / zoom) for g in ocr_image.image_grids(part, 1.0 / zoom)])
            self._part_rules[1][k] = moved_rules(image_rules(part, 1.0 / zoom), 1.0, -a / zoom)
        return out

    def part_rules(
        self, page: PageModel, parts: list[tuple[float, float]], scale: float, skew_deg: float
    ) -> list[list[Obj]]:
        """The long horizontal rules (``ocr_open_rules``: open-sided tables') of each part of a searchable scan's
        sheet printed two pages a sheet, in the sheet's points: found with its grids (:meth:`part_grids`, the
        sheet's render read once for both)."""
        key = (id(page), tuple(parts), scale, skew_deg)
        if self._part_rules is None or self._part_rules[0] != key:
            self.part_grids(page, parts, scale, skew_deg)
        return self._part_rules[1] if self._part_rules is not None else [[] for _ in parts]


@contextmanager
def scan_layers(data: bytes) -> Iterator[ScanLayers]:
    layers = ScanLayers(data)
    try:
        yield layers
    finally:
        layers.close()


def turned(grey: Any, page: PageModel) -> Any:
    """The page's render turned as :func:`pdf_turn.upright` turned its model (a page printed on its side), so
    that the grids found in it stand where its characters do; None when its shape is still not the model's."""
    import numpy as np

    if page.turned:
        grey = np.rot90(grey, -page.turned)  # clockwise (+1): a quarter turn the other way from numpy's
    h, w = grey.shape[:2]
    if abs(w / max(h, 1) - float(page.width) / max(float(page.height), 1.0)) > 0.02:
        return None
    return grey


def is_scan_layer(page: Any) -> bool:
    """Whether a pdfium page draws images over most of it (their areas added, each clipped to the page) and its
    text (nearly) all invisibly."""
    import pypdfium2.raw as raw

    x0, y0, x1, y1 = page.get_cropbox()  # what is shown of the page (its media box when not cropped)
    area = max((x1 - x0) * (y1 - y0), 1.0)
    texts = invisible = 0
    image = 0.0  # the share of the page its images cover: a scan stored in strips or tiles adds up
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))

    def walk(count: int, get: Any) -> None:
        nonlocal texts, invisible, image
        for k in range(count):
            obj = get(k)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == raw.FPDF_PAGEOBJ_TEXT:
                texts += 1
                invisible += raw.FPDFTextObj_GetTextRenderMode(obj) == INVISIBLE
            elif kind == raw.FPDF_PAGEOBJ_IMAGE and raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                shown = max(min(right.value, x1) - max(left.value, x0), 0.0) * max(
                    min(top.value, y1) - max(bottom.value, y0), 0.0
                )
                image = min(image + shown / area, 1.0)
            elif kind == raw.FPDF_PAGEOBJ_FORM:  # ocrmypdf grafts its layer as a form XObject
                walk(raw.FPDFFormObj_CountObjects(obj), lambda j, obj=obj: raw.FPDFFormObj_GetObject(obj, j))

    walk(raw.FPDFPage_CountObjects(page.raw), lambda k: raw.FPDFPage_GetObject(page.raw, k))
    return texts > 0 and invisible >= MIN_INVISIBLE_SHARE * texts and image >= MIN_IMAGE_SHARE


def read_layer(grey: Any, page: PageModel, dpi: int = DPI) -> LayerPage:
    """The page's image deskewed and its characters turned to match (its tables: :attr:`LayerPage.grids`)."""
    import numpy as np

    from pledgecard.extract.readers.ocr_image import clean_page

    image = clean_page(np.ascontiguousarray(grey, dtype=np.uint8))
    return LayerPage(
        level_chars(page.chars, image.skew_deg, float(page.width), float(page.height)), image, dpi
    )


GLYPH_CUT_SHARE = 0.25  # a rule through a glyph's box, this share of its size or more inside it on both sides
RULE_CUT_SHARE = 0.5  # a rule drawn by glyphs cuts this share or more of the characters beside it


def glyph_grids(grids: list[Grid], chars: list[Obj]) -> list[Grid]:
    """``grids`` without those a word's own strokes drew: each inner rule of such a grid (a cell edge off its
    box) runs through the middle of the characters printed beside it (in the cells that have that edge), as a
    table's rules never do (a word whose strokes run on, like a line of Hangul whose bars the faint ink of a
    shrunk scan joins, closes boxes of its own). A cell merged over the rule (a label centred over two rows,
    국비 beside 계획 / 실적) has no such edge: its characters are not the rule's to cut."""
    return [g for g in grids if not _drawn_by_glyphs(g, chars)]


def _drawn_by_glyphs(grid: Grid, chars: list[Obj]) -> bool:
    x0, top, x1, bottom = grid.bbox
    inside = [c for c in chars if c["x0"] < x1 and c["x1"] > x0 and c["top"] < bottom and c["bottom"] > top]
    if not inside:
        return False
    tol = 1.0
    ys = {v for c in grid.cells for v in (c[1], c[3]) if top + tol < v < bottom - tol}
    xs = {v for c in grid.cells for v in (c[0], c[2]) if x0 + tol < v < x1 - tol}
    if not ys and not xs:
        return False

    def cut(lo: float, hi: float, at: float) -> bool:
        margin = GLYPH_CUT_SHARE * (hi - lo)
        return lo + margin < at < hi - margin

    def beside(at: float, axis: int) -> list[Obj]:
        """The characters whose centre lies in a cell having an edge at ``at`` (``axis`` 1: a row's top or
        bottom; 0: a column's left or right)."""
        cells = [c for c in grid.cells if abs(c[axis] - at) <= tol or abs(c[axis + 2] - at) <= tol]
        return [
            ch
            for ch in inside
            if any(
                c[0] - tol <= (ch["x0"] + ch["x1"]) / 2 <= c[2] + tol
                and c[1] - tol <= (ch["top"] + ch["bottom"]) / 2 <= c[3] + tol
                for c in cells
            )
        ]

    def drawn(at: float, axis: int) -> bool:
        near = beside(at, axis)
        lo, hi = ("top", "bottom") if axis == 1 else ("x0", "x1")
        return bool(near) and sum(cut(ch[lo], ch[hi], at) for ch in near) >= RULE_CUT_SHARE * len(near)

    if ys:  # rows cut through their text (a table's rows hold theirs whole)
        return all(drawn(y, 1) for y in ys)
    return all(drawn(x, 0) for x in xs)


def level_chars(chars: list[Obj], angle: float, width: float, height: float) -> list[Obj]:
    """``chars`` turned by ``angle`` degrees (counter-clockwise as seen, the image's deskew) about the page's
    centre: each glyph's box moved with its centre, its size kept (the angle is a degree or less)."""
    if abs(angle) < 1e-6:
        return chars
    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)
    cx, cy = width / 2.0, height / 2.0
    out = []
    for c in chars:
        x, y = (c["x0"] + c["x1"]) / 2.0 - cx, (c["top"] + c["bottom"]) / 2.0 - cy
        dx = cx + x * cos + y * sin - (x + cx)  # y down: a counter-clockwise turn lifts the right side
        dy = cy - x * sin + y * cos - (y + cy)
        out.append(
            {**c, "x0": c["x0"] + dx, "x1": c["x1"] + dx, "top": c["top"] + dy, "bottom": c["bottom"] + dy}
        )
    return out
