"""OCR of PDF pages without a usable text layer: Tesseract (Korean) into the PDF page model.

A page is rendered with pypdfium2, deskewed and denoised (:mod:`.ocr_image`); its ruled
tables are found from the rules in the image and each cell is recognised on its own; the text
outside the tables is recognised with the tables blanked out. Every recognised word becomes
characters with boxes in PDF points, exactly what the PDF reader gets from a text layer, so the
same grid, line and assembly code builds the same document model.

Confidence: a word holding a digit that Tesseract is not sure of keeps its text but gains a
U+FFFD (the glyph-lost mark) at its end, so no amount, count or date is parsed from it: the
field stays null with its raw text, and validation reports it (the strict-token rule).

Tesseract and its Korean model come from Debian (``tesseract-ocr``, ``tesseract-ocr-kor``);
nothing is downloaded at run time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pledgecard.errors import OcrUnavailableError
from pledgecard.extract.readers.ocr_image import PageImage, clean_page, table_cells
from pledgecard.extract.readers.pdf_grids import Grid
from pledgecard.extract.readers.pdf_lines import LOST

DPI = 300  # render resolution: Hangul at 9-10 pt needs about 30 px per glyph
LANG = "kor"
MIN_DIGIT_CONFIDENCE = 75.0  # a word with a digit recognised less surely than this is not a figure
CELL_INSET_PX = 3  # pixels cut from each cell edge: what is left of the rule
MIN_INK_SHARE = 0.002  # a cell with less ink than this is empty
TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
)


@dataclass(slots=True)
class OcrPage:
    """What OCR read on one page, in PDF points: characters, table grids and word confidences."""

    number: int
    width: float
    height: float
    chars: list[dict[str, Any]] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    skew_deg: float = 0.0


def tessdata_dir() -> str:
    """The folder of Tesseract's models that holds the Korean one; OcrUnavailableError if none."""
    candidates = [os.environ["TESSDATA_PREFIX"]] if os.environ.get("TESSDATA_PREFIX") else []
    candidates += list(TESSDATA_DIRS)
    for d in candidates:
        if os.path.isfile(os.path.join(d, f"{LANG}.traineddata")):
            return d
    raise OcrUnavailableError(
        "OCR needed but Tesseract's Korean model is not installed (Debian: apt-get install tesseract-ocr-kor)"
    )


@lru_cache(maxsize=1)
def _modules() -> tuple[Any, Any]:
    try:
        import cv2  # noqa: F401 - checked here so that a missing install gives one clear message
        import tesserocr
    except ImportError as exc:
        raise OcrUnavailableError(f"OCR needed but its Python modules are missing ({exc.name})") from exc
    return tesserocr, cv2


def available() -> bool:
    """Whether OCR can run here (Tesseract binding, OpenCV and the Korean model)."""
    try:
        _modules()
        tessdata_dir()
    except OcrUnavailableError:
        return False
    return True


@contextmanager
def _api() -> Iterator[Any]:
    tesserocr, _ = _modules()
    with tesserocr.PyTessBaseAPI(path=tessdata_dir().rstrip("/") + "/", lang=LANG) as api:
        yield api


def ocr_pdf_pages(data: bytes, numbers: list[int], *, dpi: int = DPI) -> list[OcrPage]:
    """OCR the given 1-based pages of a PDF."""
    import pypdfium2 as pdfium

    tessdata_dir()
    pdf = pdfium.PdfDocument(data)
    try:
        with _api() as api:
            out = []
            for n in numbers:
                page = pdf[n - 1]
                try:
                    width, height = page.get_size()
                    bitmap = page.render(scale=dpi / 72.0, grayscale=True)
                    grey = bitmap.to_numpy()
                    if grey.ndim == 3:
                        grey = grey[..., 0]
                    out.append(ocr_image(api, grey.copy(), n, width, height, dpi=dpi))
                finally:
                    page.close()
            return out
    finally:
        pdf.close()


def ocr_image(api: Any, grey: Any, number: int, width: float, height: float, *, dpi: int) -> OcrPage:
    """Read one page image (grey, 255 = paper) into an :class:`OcrPage`."""
    import numpy as np

    page = clean_page(np.ascontiguousarray(grey, dtype=np.uint8))
    scale = 72.0 / dpi
    result = OcrPage(number=number, width=float(width), height=float(height), skew_deg=page.skew_deg)
    text_only = page.grey.copy()
    text_only[page.lines] = 255  # rules erased: Tesseract reads them as letters
    tables = table_cells(page.lines)
    for bbox, cells in tables:
        result.grids.append(Grid(tuple(v * scale for v in bbox), [tuple(v * scale for v in c) for c in cells]))  # type: ignore[arg-type]
        for c in cells:
            _read_region(api, text_only, page, c, result, scale, inset=CELL_INSET_PX + 4, single_block=True)
    outside = text_only.copy()
    for bbox, _ in tables:
        x0, y0, x1, y1 = (int(round(v)) for v in bbox)
        outside[max(y0, 0): y1 + 1, max(x0, 0): x1 + 1] = 255
    h, w = outside.shape
    _read_region(api, outside, page, (0.0, 0.0, float(w), float(h)), result, scale, inset=0, single_block=False)
    return result


def _read_region(api: Any, grey: Any, page: PageImage, box: tuple[float, float, float, float],
                 out: OcrPage, scale: float, *, inset: int, single_block: bool) -> None:
    from PIL import Image
    from tesserocr import PSM, RIL, iterate_level

    x0, y0 = int(box[0]) + inset, int(box[1]) + inset
    x1, y1 = int(box[2]) - inset, int(box[3]) - inset
    if x1 - x0 < 4 or y1 - y0 < 4:
        return
    ink = page.ink[y0:y1, x0:x1] & ~page.lines[y0:y1, x0:x1]
    if ink.mean() < MIN_INK_SHARE:
        return
    crop, (dx, dy) = despeckle(grey[y0:y1, x0:x1], ink)
    if crop is None:
        return
    x0, y0 = x0 + dx, y0 + dy
    if single_block:  # a cell: one printed line is read as a line (as a block, words get doubled)
        api.SetPageSegMode(PSM.SINGLE_LINE if text_bands(crop) == 1 else PSM.SINGLE_BLOCK)
    else:
        api.SetPageSegMode(PSM.SINGLE_COLUMN)
    api.SetImage(Image.fromarray(crop))
    api.SetSourceResolution(int(round(72.0 / scale)))
    api.Recognize()
    iterator = api.GetIterator()
    if iterator is None:
        return
    lines: list[list[Word]] = []
    for sym in iterate_level(iterator, RIL.SYMBOL):
        try:
            text = (sym.GetUTF8Text(RIL.SYMBOL) or "").strip()
        except RuntimeError:  # a shape without a letter
            continue
        bb = sym.BoundingBox(RIL.SYMBOL)
        if not text or bb is None:
            continue
        if sym.IsAtBeginningOf(RIL.TEXTLINE) or not lines:
            lines.append([])
        if sym.IsAtBeginningOf(RIL.WORD) or not lines[-1]:
            lines[-1].append(Word(spaced=sym.BlanksBeforeWord() > 0 and bool(lines[-1])))
        conf = float(sym.Confidence(RIL.SYMBOL))
        out.confidences.append(conf)
        sx0, sy0, sx1, sy1 = bb
        lines[-1][-1].symbols.append((text, conf, ((sx0 + x0) * scale, (sy0 + y0) * scale,
                                                   (sx1 + x0) * scale, (sy1 + y0) * scale)))
    first = len(out.chars)
    for words in lines:
        restore_marker(words)
        for w in words:
            out.chars.extend(word_chars(w.symbols, spaced=w.spaced))
    close_gaps(out.chars, first)


MIN_SPECK_PX = 12  # ink blobs smaller than this (at 300 dpi) are dust, not a comma or a dot
MARGIN_PX = 12  # white kept around the ink handed to Tesseract


def despeckle(grey: Any, ink: Any) -> tuple[Any, tuple[int, int]]:
    """The region's grey pixels with dust removed and cropped to its ink (plus a margin), and the
    crop's offset; ``None`` when nothing but dust is there. Tesseract reads specks in a large
    empty cell as digits (``195`` became ``1195``)."""
    import cv2
    import numpy as np

    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    keep = np.zeros(n, dtype=bool)
    keep[1:] = stats[1:, cv2.CC_STAT_AREA] >= MIN_SPECK_PX
    mask = keep[labels]
    if not mask.any():
        return None, (0, 0)
    mask = cv2.dilate(mask.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))) > 0
    clean = np.where(mask, grey, 255).astype(np.uint8)
    ys, xs = np.nonzero(mask)
    top, left = max(int(ys.min()) - MARGIN_PX, 0), max(int(xs.min()) - MARGIN_PX, 0)
    bottom, right = int(ys.max()) + MARGIN_PX + 1, int(xs.max()) + MARGIN_PX + 1
    return np.ascontiguousarray(clean[top:bottom, left:right]), (left, top)


def text_bands(grey: Any, min_gap: int = 4) -> int:
    """How many printed lines a cleaned region holds: bands of inked rows split by white rows."""
    import numpy as np

    rows = (np.asarray(grey) < 128).any(axis=1)
    bands, gap, inside = 0, min_gap, False
    for r in rows:
        if r:
            if not inside and gap >= min_gap:
                bands += 1
            inside, gap = True, 0
        else:
            gap += 1
            if gap >= min_gap:
                inside = False
    return bands


@dataclass(slots=True)
class Word:
    """A word as Tesseract read it: its symbols (text, confidence, box) and a blank before it."""

    spaced: bool
    symbols: list[tuple[str, float, tuple[float, float, float, float]]] = field(default_factory=list)


# Bullet glyphs Tesseract's Korean model reads as letters: □ as the jamo ㅁ, ○ as ㅇ, 0, o or 6.
JAMO_LOOKALIKES = {"ㅁ": "□", "ㅇ": "○"}
GLYPH_LOOKALIKES = {"0": "○", "o": "○", "O": "○", "6": "○"}
SURE = 95.0  # a digit read this surely at a line start is a digit, not a bullet


def restore_marker(words: list[Word]) -> None:
    """A line that starts with a look-alike of a bullet glyph before Hangul starts with that
    glyph: ``ㅁ 추진실적`` is the heading ``□ 추진실적``, ``0 창업보육센터`` the item
    ``○ 창업보육센터``. A lone jamo never starts a Korean word; a digit or letter does only when
    a blank follows it and Tesseract was not sure of it (``0 건`` glued stays a count)."""
    if len(words) < 2 or len(words[0].symbols) != 1:
        return
    text, conf, box = words[0].symbols[0]
    if not "가" <= words[1].symbols[0][0][:1] <= "힣":
        return
    if text in JAMO_LOOKALIKES:
        words[0].symbols[0] = (JAMO_LOOKALIKES[text], conf, box)
    elif text in GLYPH_LOOKALIKES and words[1].spaced and (not text.isdigit() or conf < SURE):
        words[0].symbols[0] = (GLYPH_LOOKALIKES[text], conf, box)
    else:
        return
    words[1].spaced = True


def close_gaps(chars: list[dict[str, Any]], start: int = 0) -> None:
    """Letters Tesseract read as one run (no blank between them) touch, so that no word gap is
    inferred from the ink boxes of their glyphs: Tesseract has decided the spaces."""
    for prev, cur in zip(chars[start:], chars[start + 1:], strict=False):
        if " " in (prev["text"], cur["text"]):
            continue
        same_line = min(prev["bottom"], cur["bottom"]) - max(prev["top"], cur["top"]) > 0
        if same_line and prev["x1"] < cur["x0"]:
            prev["x1"] = cur["x0"]


def word_chars(symbols: list[tuple[str, float, tuple[float, float, float, float]]], *,
               spaced: bool) -> list[dict[str, Any]]:
    """One recognised word as PDF-like characters (text, box in points, confidence).

    ``spaced``: Tesseract saw a blank before the word; a space character is put before it, as
    in a text layer that prints its spaces. A word holding a digit recognised less surely than
    :data:`MIN_DIGIT_CONFIDENCE` ends in U+FFFD, so that no figure is read from it.

    >>> box = (0.0, 0.0, 5.0, 10.0)
    >>> [c["text"] for c in word_chars([("1", 90.0, box), ("7", 40.0, box)], spaced=True)]
    [' ', '1', '7', '\ufffd']
    """
    top = min(b[1] for _, _, b in symbols)
    bottom = max(b[3] for _, _, b in symbols)
    chars: list[dict[str, Any]] = []

    def char(text: str, x0: float, x1: float, conf: float) -> dict[str, Any]:
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                "size": max(bottom - top, 1.0), "fontname": "OCR", "confidence": conf}

    if spaced:
        first = symbols[0][2][0]
        chars.append(char(" ", first - 0.5, first, 100.0))
    for text, conf, (x0, _, x1, _) in symbols:
        step = (x1 - x0) / len(text)
        chars.extend(char(ch, x0 + i * step, x0 + (i + 1) * step, conf) for i, ch in enumerate(text))
    has_digit = any(ch.isdigit() for text, _, _ in symbols for ch in text)
    if has_digit and min(conf for _, conf, _ in symbols) < MIN_DIGIT_CONFIDENCE:
        end = symbols[-1][2][2]
        chars.append(char(LOST, end, end, 0.0))
    return chars
