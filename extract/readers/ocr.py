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
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from pledgecard.errors import OcrUnavailableError
from pledgecard.extract.readers.ocr_arrows import restore_arrows
from pledgecard.extract.readers.ocr_checkboxes import restore_checkboxes
from pledgecard.extract.readers.ocr_image import PageImage, clean_page, image_tables, inner_tables, table_grid
from pledgecard.extract.readers.ocr_latin_units import allowed_chars, unit_reading, unit_suspect
from pledgecard.extract.readers.ocr_letter_stops import restore_letter_stops
from pledgecard.extract.readers.ocr_lettered import lettered_glyph, put_letter
from pledgecard.extract.readers.ocr_lost_glyphs import restore_lost_glyph
from pledgecard.extract.readers.ocr_numerals import NUMERAL_ONE, STROKE_KEY, restore_numeral
from pledgecard.extract.readers.ocr_open_rules import cut_columns, image_rules, open_tables
from pledgecard.extract.readers.ocr_roman import numeral_crop, numeral_of, put_numeral, roman_glyphs
from pledgecard.extract.readers.ocr_struck import struck_part_only, struck_spans, under_strikes
from pledgecard.extract.readers.ocr_word import Word
from pledgecard.extract.readers.pdf_grids import Grid
from pledgecard.extract.readers.pdf_lines import LOST

DPI = 300  # render resolution: Hangul at 9-10 pt needs about 30 px per glyph
LANG = "kor"
DIGITS_LANG = "eng"  # tesseract-ocr-eng comes with tesseract-ocr
DIGIT_CHARS = "0123456789,.-%()~"
CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ROMAN_CHARS = "IVX."  # a Roman numeral's letters and its stop (ocr_roman)
MIN_CAPITAL_CONFIDENCE = (
    80.0  # a heading's letter read again (ocr_lettered) surely enough to take the mark's place
)
ARROW_INK = 192  # grey darker than this is ink to an arrow's shape (ocr_arrows): its thin shaft the ink mask's filter drops
FIGURE_ONLY = re.compile(r"[\d,.\-%()~ ]*\d[\d,.\-%()~ ]*")
DASH_LOOKALIKES = "“”\"'`‘’ㆍ·-"  # what the Korean model reads a cell's lone dash as (the dash itself too)
DASH_MAX_PT = 2.0  # a dash's stroke is no taller than this (a syllable: most of the text's size)
DASH_READS = "-"  # what the digits model reads it as
MIN_DIGIT_CONFIDENCE = 75.0  # a word with a digit recognised less surely than this is not a figure
CELL_INSET_PX = 3  # pixels cut from each cell edge: what is left of the rule
OPEN_CELL_INSET_PX = 1  # an open table's cell (ocr_open_rules): edges between its lines, no rule to cut off
MIN_INK_SHARE = 0.0003  # a cell with less ink than this is empty (a dash is about 0.001)
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
    cut: list[float] | None = (
        None  # its lowest open table's column edges when the page break cut it (carried on)
    )
    sheet: Literal["", "whole", "none"] = (
        ""  # a logical page of a sheet split in two (ocr_sheets): "whole" its sheet read whole as this
    )
    # page (print across the gutter, or a sheet not of the 2-up shape), "none" nothing read as it (the other one)


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
    # One OpenMP thread per Tesseract: the batch runs one worker per core already, and more threads
    # only contend (set before the library loads its OpenMP runtime).
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
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


@dataclass(slots=True)
class Engines:
    """Tesseract loaded twice: the Korean model for text, the Latin one restricted to digits and
    their separators for cells that hold only a figure (the Korean model reads commas as dots)."""

    text: Any
    digits: Any


@contextmanager
def _engines() -> Iterator[Engines]:
    tesserocr, _ = _modules()
    path = tessdata_dir().rstrip("/") + "/"
    with tesserocr.PyTessBaseAPI(path=path, lang=LANG) as text:
        if not os.path.isfile(os.path.join(path, f"{DIGITS_LANG}.traineddata")):
            yield Engines(text=text, digits=None)
            return
        with tesserocr.PyTessBaseAPI(path=path, lang=DIGITS_LANG) as digits:
            digits.SetVariable("tessedit_char_whitelist", DIGIT_CHARS)
            yield Engines(text=text, digits=digits)


def engines() -> Any:
    """Tesseract's engines loaded (a context manager yielding :class:`Engines`); OcrUnavailableError without it."""
    tessdata_dir()
    return _engines()


def read_line(api: Engines, crop: Any, dpi: int, *, marks: bool = False) -> list[Word]:
    """One printed line's image (grey, 255 = paper, white around its ink) read as a single line: its words,
    boxes in the crop's pixels; a line of figures alone read again by the digits model, and with ``marks`` (ink
    too low for a letter: a dash) by it alone (none read without it)."""
    from tesserocr import PSM

    if marks:
        return (
            [w for words in _recognize(api.digits, crop, PSM.SINGLE_LINE, dpi) for w in words]
            if api.digits is not None
            else []
        )
    lines = _digits_again(api, crop, PSM.SINGLE_LINE, dpi, _recognize(api.text, crop, PSM.SINGLE_LINE, dpi))
    return [w for words in lines for w in words]


def _digits_again(api: Engines, crop: Any, psm: Any, dpi: int, lines: list[list[Word]]) -> list[list[Word]]:
    """``lines`` (the text model's reading of one printed line) read again by the digits model when they hold
    figures alone (its reading kept unless it reads nothing): the one re-read of a figure line (:func:`read_line`,
    a cell read as one line)."""
    if api.digits is None:
        return lines
    if _figure_only(lines):
        return _recognize(api.digits, crop, psm, dpi) or lines
    if _dash_misread(
        lines, crop, dpi
    ):  # a lone dash (a zero) the text model read as a mark or a syllable: if the
        again = _recognize(api.digits, crop, psm, dpi)  # digits model reads one there, else as read
        text = "".join(t for words in again for w in words for t, _, _ in w.symbols)
        return again if text and set(text) <= set(DASH_READS) else lines
    return lines


def _dash_misread(lines: list[list[Word]], crop: Any, dpi: int) -> bool:
    """A reading the Korean model makes of a cell's lone dash (a zero): marks alone (``“``, ``“ㆍ``, ``'``), or a
    letter or two without a digit where the ink is one flat stroke (``뻐``: no syllable is as flat as a dash)."""
    import numpy as np

    text = "".join(t for words in lines for w in words for t, _, _ in w.symbols)
    if not text or len(text) > 2 or any(ch.isdigit() for ch in text):
        return False
    if set(text) <= set(DASH_LOOKALIKES):
        return True
    rows, cols = np.nonzero(np.asarray(crop) < 128)
    if not len(rows):
        return False
    tall, wide = int(rows.max() - rows.min()) + 1, int(cols.max() - cols.min()) + 1
    return tall <= DASH_MAX_PT * dpi / 72 and wide >= 2 * tall


def ocr_pdf_pages(data: bytes, numbers: list[int], *, dpi: int = DPI) -> tuple[list[OcrPage], list[str]]:
    """OCR the given 1-based pages of a PDF: the pages read, and one line for each page that
    could not be rendered (a damaged page never loses the others)."""

    last: list[OcrPage] = []  # the page read before, whose open table the break may have cut

    def whole(api: Engines, grey: Any, n: int, width: float, height: float) -> list[OcrPage]:
        before = last[-1] if last and last[-1].number == n - 1 else None
        page = ocr_image(api, grey.copy(), n, width, height, dpi=dpi, carried=before.cut if before else None)
        last[:] = [page]
        return [page]

    return ocr_rendered(data, [(n, dpi / 72.0) for n in numbers], whole)


def ocr_rendered(
    data: bytes,
    sheets: Sequence[tuple[int, float]],
    read: Callable[[Engines, Any, int, float, float], list[OcrPage]],
) -> tuple[list[OcrPage], list[str]]:
    """The one way into OCR for a PDF's pages: each sheet ``(number, zoom)`` (1-based; pixels a point) rendered
    grey (255 = paper) and handed to ``read`` with the loaded engines, its number and its size in points, which
    returns the pages it read from the image (:func:`ocr_image` on all of it or on parts of it); the pages
    read, and one line for each sheet that could not be rendered (a damaged sheet never loses the others).
    OcrUnavailableError when OCR cannot run here."""
    import pypdfium2 as pdfium

    from pledgecard.extract.readers.pdf_engine_pdfium import PDFIUM_LOCK

    tessdata_dir()
    out: list[OcrPage] = []
    failed: list[str] = []
    with _engines() as api:
        for n, zoom in sheets:
            try:
                with PDFIUM_LOCK:  # pdfium's state is shared by the threads of a process (Dask)
                    pdf = pdfium.PdfDocument(data)
                    try:
                        page = pdf[n - 1]
                        width, height = page.get_size()
                        grey = page.render(scale=zoom, grayscale=True).to_numpy()
                        page.close()
                    finally:
                        pdf.close()
            except pdfium.PdfiumError as exc:
                failed.append(f"page {n}: {' '.join(str(exc).split())[:120]}")
                continue
            if grey.ndim == 3:
                grey = grey[..., 0]
            try:  # one sheet that cannot be read never loses the others
                out += read(api, grey, n, width, height)
            except Exception as exc:
                failed.append(f"page {n}: {' '.join(str(exc).split())[:120]}")
    return out, failed


def ocr_image(
    api: Engines,
    grey: Any,
    number: int,
    width: float,
    height: float,
    *,
    dpi: int,
    carried: list[float] | None = None,
) -> OcrPage:
    """Read one page image (grey, 255 = paper) into an :class:`OcrPage`; ``carried``: the column edges of an open
    table the previous page's break cut (its :attr:`OcrPage.cut`)."""
    import numpy as np

    page = clean_page(np.ascontiguousarray(grey, dtype=np.uint8))
    scale = 72.0 / dpi
    result = OcrPage(number=number, width=float(width), height=float(height), skew_deg=page.skew_deg)
    text_only = page.grey.copy()
    text_only[page.lines] = 255  # rules erased: Tesseract reads them as letters
    tables = image_tables(page)
    for t in tables:
        result.grids.append(table_grid(t, scale))
        for c in t.cells:
            region = text_only
            if inner := inner_tables(t, c, tables):  # a table nested in the cell: read by its own cells
                region = text_only.copy()
                for x0, y0, x1, y1 in (tuple(int(round(v)) for v in b) for b in inner):
                    region[max(y0, 0) : y1 + 1, max(x0, 0) : x1 + 1] = 255
            _read_region(api, region, page, c, result, scale, inset=CELL_INSET_PX + 4, single_block=True)
    outside = text_only.copy()
    for t in tables:
        x0, y0, x1, y1 = (int(round(v)) for v in t.bbox)
        outside[max(y0, 0) : y1 + 1, max(x0, 0) : x1 + 1] = 255
    h, w = outside.shape
    _read_region(
        api, outside, page, (0.0, 0.0, float(w), float(h)), result, scale, inset=0, single_block=False
    )
    # tables ruled across only (ocr_open_rules): their cells known from the text read, each read again on its own
    opened, result.chars, cells = open_tables(
        result.chars, image_rules(page, scale), result.grids, float(height), scale, carried
    )
    result.grids += opened
    result.cut = cut_columns(result.grids)
    for c in cells:
        _read_region(api, text_only, page, c, result, scale, inset=OPEN_CELL_INSET_PX, single_block=True)
    return result


def _read_region(
    api: Engines,
    grey: Any,
    page: PageImage,
    box: tuple[float, float, float, float],
    out: OcrPage,
    scale: float,
    *,
    inset: int,
    single_block: bool,
) -> None:
    x0, y0 = int(box[0]) + inset, int(box[1]) + inset
    x1, y1 = int(box[2]) - inset, int(box[3]) - inset
    if x1 - x0 < 4 or y1 - y0 < 4:
        return
    ink = page.ink[y0:y1, x0:x1] & ~page.lines[y0:y1, x0:x1]
    if ink.mean() < MIN_INK_SHARE:
        return
    dpi = int(round(72.0 / scale))
    read = _read_crop(api, grey[y0:y1, x0:x1], ink, dpi, single_block=single_block)
    if read is None:
        return
    origin, lines = read
    figures = _figures(lines) >= 2
    struck = (
        struck_spans(page.ink[y0:y1, x0:x1], dpi) if single_block and (figures or _words(lines) >= 2) else []
    )
    if (
        struck
    ):  # a cell of figures or words, one struck through (a revised card's superseded one; its strike found
        #         in all the cell's ink: one long enough is among the page's rules): read again without it
        region, ink = grey[y0:y1, x0:x1].copy(), ink.copy()
        for top, bottom, a, b in struck:
            region[top:bottom, a:b] = 255
            ink[top:bottom, a:b] = False
        again = _read_crop(api, region, ink, dpi, single_block=True)
        if again is not None and (
            _struck_figures_only(lines, again[1])
            if figures
            else struck_part_only(
                _joined(lines),
                _joined(again[1]),
                under_strikes([(t, b) for ws in lines for w in ws for t, _, b in w.symbols], struck, origin),
            )
        ):
            origin, lines = again
    arrow_ink = grey[y0:y1, x0:x1] < ARROW_INK  # once a region (a revision's arrow read as a dot, ocr_arrows)
    for words in lines:
        if (box := lettered_glyph(words)) is not None and (
            letter := read_capital(
                api,
                grey[
                    y0 + origin[1] + box[1] : y0 + origin[1] + box[3],
                    x0 + origin[0] + box[0] : x0 + origin[0] + box[2],
                ],
                dpi,
            )
        ):
            put_letter(words, letter)  # a heading's Latin capital the Korean model read as a mark
        if (at := roman_glyphs(words)) is not None and (
            numeral := read_numeral(
                api,
                numeral_crop(
                    grey[
                        y0 + origin[1] + at[2][1] : y0 + origin[1] + at[2][3],
                        x0 + origin[0] + at[2][0] : x0 + origin[0] + at[2][2],
                    ],
                    at[3],
                ),
                dpi,
            )
        ):
            put_numeral(words, at, numeral)  # a heading's Roman numeral the Korean model read as strokes
        restore_arrows(words, arrow_ink, origin)  # a revision's arrow read as a dot
        restore_checkboxes(words, arrow_ink, origin)  # a form's checkboxes read as letters
    origin = (origin[0] + x0, origin[1] + y0)
    first = len(out.chars)
    for words in lines:
        restore_marker(words)
        restore_lost_glyph(words)  # a heading glyph read as punctuation before its numbering
        stroke = restore_numeral(words, "".join(GLYPH_LOOKALIKES) + "".join(ROUND_LOOKALIKES))
        in_reading_order(words)
        for w in words:
            out.confidences.extend(conf for _, conf, _ in w.symbols)
            chars = word_chars(
                [(t, c, _to_points(b, origin, scale)) for t, c, b in w.symbols], spaced=w.spaced
            )
            if stroke is not None and (one := next((c for c in chars if c["text"] == NUMERAL_ONE), None)):
                one[STROKE_KEY] = (
                    stroke  # a proposal, settled over the document (ocr_numerals.settle_numerals)
                )
                stroke = None
            out.chars.extend(chars)
    restore_letter_stops(
        out.chars, first
    )  # a lettered heading's stop read as a middle dot (``라· 구민소통``)
    close_gaps(out.chars, first)


def _latin_symbols(api: Engines, image: Any, allowed: str, single_char: bool, dpi: int) -> list[Any] | None:
    """``image`` read by the Latin model allowed the characters ``allowed`` alone (one glyph, or a line): its
    symbols (text, confidence, box); None where there is no Latin model or no image."""
    from tesserocr import PSM

    if api.digits is None or image.size == 0:
        return None
    api.digits.SetVariable("tessedit_char_whitelist", allowed)
    try:
        mode = PSM.SINGLE_CHAR if single_char else PSM.SINGLE_LINE
        return [s for words in _recognize(api.digits, image, mode, dpi) for w in words for s in w.symbols]
    finally:
        api.digits.SetVariable("tessedit_char_whitelist", DIGIT_CHARS)


def read_capital(api: Engines, glyph: Any, dpi: int) -> str | None:
    """One glyph's image read by the Latin model allowed capitals alone: the capital, where read surely."""
    read = _latin_symbols(api, glyph, CAPITALS, True, dpi)
    if not read or len(read) != 1 or read[0][0] not in CAPITALS or read[0][1] < MIN_CAPITAL_CONFIDENCE:
        return None
    return read[0][0]


def read_numeral(api: Engines, glyphs: Any, dpi: int) -> str | None:
    """A heading numeral's image read by the Latin model allowed ``I``, ``V`` and ``X`` alone: the Roman numeral
    glyph (``Ⅲ``), where read surely (:func:`.ocr_roman.numeral_of`)."""
    read = _latin_symbols(api, glyphs, ROMAN_CHARS, False, dpi)
    if not read or min(conf for _, conf, _ in read) < MIN_CAPITAL_CONFIDENCE:
        return None
    return numeral_of("".join(t for t, _, _ in read))


def _read_crop(
    api: Engines, region: Any, ink: Any, dpi: int, *, single_block: bool
) -> tuple[tuple[int, int], list[list[Word]]] | None:
    """A region's image (``ink`` its ink, rules left out) despeckled and read: the crop's offset in the region
    and its lines of words (None: nothing but dust)."""
    from tesserocr import PSM

    crop, origin = despeckle(region, ink)
    if crop is None:
        return None
    if single_block:  # a cell: one printed line is read as a line (as a block, words get doubled)
        psm = PSM.SINGLE_LINE if text_bands(crop) == 1 else PSM.SINGLE_BLOCK
    else:
        psm = PSM.SINGLE_COLUMN
    lines = _recognize(api.text, crop, psm, dpi)
    if single_block and psm == PSM.SINGLE_LINE:
        read = _digits_again(api, crop, psm, dpi, lines)
        lines = _unit_again(api, crop, dpi, lines, read if read is not lines else None) or read
    return origin, lines


def _unit_again(
    api: Engines, crop: Any, dpi: int, lines: list[list[Word]], digits: list[list[Word]] | None
) -> list[list[Word]] | None:
    """A figure cell's Latin unit the text model misread (``5.51<07`` for ``5.5km``), read again by the Latin model
    where it proves the figure and the unit (:mod:`.ocr_latin_units`); else None."""
    if not unit_suspect(lines, digits, MIN_DIGIT_CONFIDENCE):
        return None
    return unit_reading(lines, _latin_symbols(api, crop, allowed_chars(), False, dpi) or [])


def _struck_figures_only(before: list[list[Word]], after: list[list[Word]]) -> bool:
    """Whether a cell read again with its struck glyphs blanked lost words alone, keeping a figure: its words
    fewer, each as read before and in that order, one holding a digit (a strike found through words, not
    beside them, changes a word: none)."""

    def words(lines: list[list[Word]]) -> list[str]:
        return ["".join(s for s, _, _ in w.symbols) for ws in lines for w in ws]

    old, kept = words(before), words(after)
    return len(kept) < len(old) and any(ch.isdigit() for t in kept for ch in t) and _in_order(kept, old)


def _words(lines: list[list[Word]]) -> int:
    return sum(len(words) for words in lines)


def _joined(lines: list[list[Word]]) -> str:
    """A reading's text without its spaces."""
    return "".join(t for words in lines for w in words for t, _, _ in w.symbols)


def _in_order(part: list[str], whole: list[str]) -> bool:
    """Whether ``part`` is ``whole`` with some words left out."""
    rest = iter(whole)
    return all(any(t == u for u in rest) for t in part)


def _figures(lines: list[list[Word]]) -> int:
    """How many words of a reading hold a digit."""
    return sum(1 for words in lines for w in words if any(ch.isdigit() for t, _, _ in w.symbols for ch in t))


def in_reading_order(words: list[Word]) -> None:
    """Word boxes of one line made to follow each other left to right in the order read.

    A narrow glyph's box (``1``) sometimes lands inside its neighbour's; laid out by position, the
    line would read ``'26.월1`` for ``'26.1월``. A word that starts before the previous one ends
    is moved to start where it ends.
    """
    cursor = float("-inf")
    for w in words:
        x1 = max(b[2] for _, _, b in w.symbols)
        if min(b[0] for _, _, b in w.symbols) < cursor:
            x1 = max(x1, cursor + 1.0)
            w.symbols = [
                (t, c, (max(b[0], cursor), b[1], max(b[2], cursor + 1.0), b[3])) for t, c, b in w.symbols
            ]
        cursor = x1


def _figure_only(lines: list[list[Word]]) -> bool:
    text = " ".join("".join(t for t, _, _ in w.symbols) for words in lines for w in words)
    return bool(FIGURE_ONLY.fullmatch(text))


def _to_points(
    box: tuple[float, float, float, float], origin: tuple[int, int], scale: float
) -> tuple[float, float, float, float]:
    x0, y0 = origin
    return ((box[0] + x0) * scale, (box[1] + y0) * scale, (box[2] + x0) * scale, (box[3] + y0) * scale)


def _recognize(api: Any, crop: Any, psm: Any, dpi: int) -> list[list[Word]]:
    """Tesseract's reading of an image: lines of words of symbols, boxes in the image's pixels."""
    from PIL import Image
    from tesserocr import RIL, iterate_level

    api.SetPageSegMode(psm)
    api.SetImage(Image.fromarray(crop))
    api.SetSourceResolution(dpi)
    api.Recognize()
    iterator = api.GetIterator()
    lines: list[list[Word]] = []
    if iterator is None:
        return lines
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
        lines[-1][-1].symbols.append((text, float(sym.Confidence(RIL.SYMBOL)), tuple(float(v) for v in bb)))
    return lines


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


HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3  # the Hangul syllables block

# Bullet glyphs Tesseract's Korean model reads as letters: □ as the jamo ㅁ, ○ as ㅇ, 0, o or 6,
# · as the jamo ㆍ, a colon or a full stop.
JAMO_LOOKALIKES = {"ㅁ": "□", "ㅇ": "○", "ㆍ": "·"}
GLYPH_LOOKALIKES = {"0": "○", "o": "○", "O": "○", "6": "○", ":": "·", ".": "·"}
ROUND_LOOKALIKES = {"@": "◎"}  # a round glyph drawn inside a ring or half filled (◎ ◐ ◉ ⊙): Tesseract's @
RING = "○"  # a ring bullet (○ ❍) the Korean model read as an opening bracket: ``(>``, ``(0``, ``(``
RING_BRACKET_MARKS = ">0oO-"  # the marks it reads inside that bracket


def restore_marker(words: list[Word]) -> None:
    """A line that starts with a look-alike of a bullet glyph before Hangul starts with that
    glyph: ``ㅁ 추진실적`` is the heading ``□ 추진실적``, ``0 창업보육센터`` the item
    ``○ 창업보육센터``. A lone jamo never starts a Korean word; a digit or a stop does only glued
    to what follows (``0건``), so a blank after it is required (a wrapped line starting with a
    count and a blank loses that count to the bullet: a null, never a wrong figure). A lone ``@`` opening a
    line is a round bullet (``◎``; ``◐`` and ``◉`` read so too), before a title or its numbering (``@ 11. 추진실적``:
    the 2-up scan of a scanned saenal card read no section but by it). A ring bullet read as an opening bracket
    with a mark or none in it (``(> 주요내용``) is the ring (``○``; :func:`_ring_read_as_bracket`)."""
    if len(words) < 2 or not words[0].symbols:
        return
    first = "".join(t for t, _, _ in words[0].symbols)
    conf = min(c for _, c, _ in words[0].symbols)
    box = words[0].symbols[0][2]
    if (
        first in ROUND_LOOKALIKES and words[1].spaced
    ):  # a word of its own opening a line (an address glues it):
        words[0].symbols = [
            (ROUND_LOOKALIKES[first], conf, box)
        ]  # the bullet, before a title or its numbering
        return
    after = words[1].symbols[0][0][:1]
    if not (after and HANGUL_FIRST <= ord(after) <= HANGUL_LAST):  # a Hangul syllable follows
        return
    if _ring_read_as_bracket(first, words):
        words[0].symbols = [(RING, conf, (box[0], box[1], max(b[2] for _, _, b in words[0].symbols), box[3]))]
        return
    if len(set(first)) == 1 and first[0] in JAMO_LOOKALIKES:  # one glyph, read as one jamo or two
        words[0].symbols = [(JAMO_LOOKALIKES[first[0]], conf, box)]
        words[1].spaced = True
        return
    if len(words[0].symbols) != 1:
        return
    text = first
    if text in JAMO_LOOKALIKES:
        words[0].symbols[0] = (JAMO_LOOKALIKES[text], conf, box)
    elif text in GLYPH_LOOKALIKES and words[1].spaced:
        words[0].symbols[0] = (GLYPH_LOOKALIKES[text], conf, box)
    else:
        return
    words[1].spaced = True


def _ring_read_as_bracket(first: str, words: list[Word]) -> bool:
    """``(> 주요내용``, ``(0 임대형 ...``, ``( 거점 ...``: a ring bullet (``○``, ``❍``) the Korean model read as an
    opening bracket, alone or with one mark inside it, a blank before the Hangul after it; a bracket the rest
    of the line closes (``( 단위: 천원)``) opens text and stays. The mark closed by a bracket of its own (``(>)``:
    mulbit-city 62004 scan, ``○ 주요내용`` glued onto the budget line above as ``... 시비 4,375) (>) 주요내용``) is
    the ring too where the mark is no letter or digit (``(0)`` may be a numbering's ``(6)`` misread: stays)."""
    if first.startswith("(") and first.endswith(")") and len(first) == 3 and not first[1].isalnum():
        first = first[:-1]  # a bracket closed round one mark
    if not (first.startswith("(") and len(first) <= 2 and all(ch in RING_BRACKET_MARKS for ch in first[1:])):
        return False
    rest = "".join(t for w in words[1:] for t, _, _ in w.symbols)
    return words[1].spaced and rest.count(")") <= rest.count("(")


def close_gaps(chars: list[dict[str, Any]], start: int = 0) -> None:
    """Letters Tesseract read as one run (no blank between them) touch, so that no word gap is
    inferred from the ink boxes of their glyphs: Tesseract has decided the spaces."""
    for prev, cur in zip(chars[start:], chars[start + 1 :], strict=False):
        if " " in (prev["text"], cur["text"]):
            continue
        same_line = min(prev["bottom"], cur["bottom"]) - max(prev["top"], cur["top"]) > 0
        if same_line and prev["x1"] < cur["x0"]:
            prev["x1"] = cur["x0"]


def word_chars(
    symbols: list[tuple[str, float, tuple[float, float, float, float]]], *, spaced: bool
) -> list[dict[str, Any]]:
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
        return {
            "text": text,
            "x0": x0,
            "x1": x1,
            "top": top,
            "bottom": bottom,
            "size": max(bottom - top, 1.0),
            "fontname": "OCR",
            "confidence": conf,
        }

    if spaced:
        first = symbols[0][2][0]
        chars.append(char(" ", first - 0.5, first, 100.0))
    # Tesseract's symbol boxes overlap and run backwards now and then, while its text is in
    # reading order: the letters share the word's extent evenly, in the order read (Hangul and
    # digits are nearly fixed-width).
    letters = [(ch, conf) for text, conf, _ in symbols for ch in text]
    x0 = min(b[0] for _, _, b in symbols)
    step = (max(b[2] for _, _, b in symbols) - x0) / len(letters)
    chars.extend(char(ch, x0 + i * step, x0 + (i + 1) * step, conf) for i, (ch, conf) in enumerate(letters))
    has_digit = any(ch.isdigit() for text, _, _ in symbols for ch in text)
    if has_digit and min(conf for _, conf, _ in symbols) < MIN_DIGIT_CONFIDENCE:
        end = symbols[-1][2][2]
        chars.append(char(LOST, end, end, 0.0))
    return chars
