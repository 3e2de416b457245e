"""Text-layer pages some of whose glyphs map to no Unicode: those runs read by OCR, the layer kept elsewhere.

A PDF exported by a word processor may embed a subset font with neither a ToUnicode CMap nor a character map
in the font program (Hangul fonts of HWP exports often are): what is set in that font prints, but the text
layer gives nothing for it (``(cid:N)``: U+FFFD here). When such glyphs are most of a page, the page goes to
OCR whole (:func:`pdf.ocr_needed`); when they are a few cells' worth (a template's row labels set in their own
face), the rest of the page's layer is sound. This finds the runs of lost glyphs (:func:`lost_runs`: lost
glyphs side by side on one printed row), renders the page, and reads each run's box as one line by OCR
(:class:`LostGlyphReader`). The layer still tells how many glyphs print there and where: OCR's letters are
laid on them one to one (a glyph printing no ink a space), in their font (bold stays bold), and only when
they fit (:func:`fit_letters`: as many letters as inked glyphs, no letter read from a dash's low ink);
otherwise, or when OCR reads no letter or digit (a bullet glyph of a symbol font), the run keeps its lost
glyphs. A word holding a digit OCR is unsure of ends in U+FFFD, so no figure is read from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

from pledgecard.extract.readers.pdf_glyph_index import GlyphIndex
from pledgecard.extract.readers.pdf_lines import LOST, char_size, glyph_text
from pledgecard.extract.readers.pdf_page import Obj, PageModel
from pledgecard.extract.readers.pdf_vertical import goes_on

DPI = 300  # the OCR path's resolution
RUN_GAP = 0.6  # lost glyphs no further apart than this share of their size are one run (one word or label)
PAD = 0.15  # of the run's size kept around its box in the crop (the rules of a cell stay outside)
MARGIN_PX = 12  # white put around the crop handed to Tesseract
MAX_LOST_SHARE = 0.5  # more of a page's glyphs lost than this: the page is OCR's whole (pdf.ocr_needed)
INK_GREY = 128  # darker than this is ink
MIN_MARK_CONFIDENCE = 90.0  # a marker's glyph read less surely than this is no letter (a box read as 빼, 81)
INK_MIDDLE = 0.6  # of a glyph's box across: where its ink is looked for
MIN_LETTER_INK = 0.3  # of its size: a glyph inked over less height prints no letter or digit (a dash, a dot)


@dataclass(slots=True)
class LostRun:
    """Lost glyphs side by side on one printed row: their indices in the page's characters and their box."""

    indices: list[int]
    x0: float
    top: float
    x1: float
    bottom: float
    turned: int = (
        0  # drawn turned a quarter: 1 reading up the page, -1 down (glyphs in drawn order), 0 upright
    )

    @property
    def size(self) -> float:
        return self.x1 - self.x0 if self.turned else self.bottom - self.top


def is_lost(c: Obj) -> bool:
    """Whether a character is a glyph without a Unicode mapping (``(cid:N)``, U+FFFD); a private-use code point
    is a mapping, a symbol font's glyph (a bullet), and stays as the layer gives it (:mod:`markers`)."""
    text = str(c.get("text") or "")
    return glyph_text(text) == LOST and not any("\ue000" <= ch <= "\uf8ff" for ch in text)


def layer_lost(text: str) -> bool:
    """Whether a printed character's text is lost to the page's layer as a whole: a glyph without Unicode or a
    private-use code point (:func:`glyph_text`'s U+FFFD: a font mapping its letters there reads as nothing
    either). The one measure both the whole-page OCR (:func:`goes_whole`, pdf.ocr_needed) and the rereading
    of runs (:meth:`LostGlyphReader.reread`) decide by, so no page is read run by run and then whole."""
    return glyph_text(text) == LOST


def goes_whole(count: int, lost: int) -> bool:
    """Whether a page of ``count`` printed characters, ``lost`` of them :func:`layer_lost`, is OCR's whole:
    no text layer, or more of it lost than :data:`MAX_LOST_SHARE`."""
    return count == 0 or lost > MAX_LOST_SHARE * count


def lost_share(chars: Sequence[Obj]) -> float:
    """The share of the printed (non-space) characters that are lost glyphs."""
    printed = [c for c in chars if c.get("text") and not str(c["text"]).isspace()]
    return sum(1 for c in printed if is_lost(c)) / len(printed) if printed else 0.0


def lost_runs(chars: Sequence[Obj]) -> list[LostRun]:
    """The runs of lost glyphs among ``chars``: glyphs on one row (their heights overlapping by half) whose
    gaps are at most :data:`RUN_GAP` of their size, with no mapped glyph printed between them."""
    lost = sorted(
        (i for i, c in enumerate(chars) if is_lost(c) and c.get("upright", True)),
        key=lambda i: (round(float(chars[i]["top"])), float(chars[i]["x0"])),
    )
    mapped = GlyphIndex(
        [c for c in chars if c.get("text") and not str(c["text"]).isspace() and not is_lost(c)]
    )
    runs: list[LostRun] = []
    for i in lost:
        c = chars[i]
        x0, top, x1, bottom = float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"])
        last = runs[-1] if runs else None
        if (
            last is not None
            and _joins(last, x0, top, bottom)
            and not mapped.any_between(last.x1 - 0.1, x0, (last.top + last.bottom) / 2)
        ):
            last.indices.append(i)
            last.x1, last.top, last.bottom = max(last.x1, x1), min(last.top, top), max(last.bottom, bottom)
            continue
        runs.append(LostRun([i], x0, top, x1, bottom))
    return runs


def turned_runs(chars: Sequence[Obj]) -> list[LostRun]:
    """The runs of lost glyphs drawn turned a quarter (a label reading up or down a narrow cell): glyphs drawn
    one after another along one column (:func:`pdf_vertical.goes_on`), in drawn order, their reading order."""
    runs: list[LostRun] = []
    prev: Obj | None = None
    for i, c in enumerate(chars):
        if not is_lost(c) or c.get("upright", True):
            prev = None
            continue
        x0, top, x1, bottom = float(c["x0"]), float(c["top"]), float(c["x1"]), float(c["bottom"])
        if prev is not None and runs and goes_on(prev, c):
            last = runs[-1]
            last.indices.append(i)
            last.x0, last.top, last.x1, last.bottom = (
                min(last.x0, x0),
                min(last.top, top),
                max(last.x1, x1),
                max(last.bottom, bottom),
            )
        else:
            runs.append(LostRun([i], x0, top, x1, bottom, turned=1))
        prev = c
    for run in runs:
        first, last = chars[run.indices[0]], chars[run.indices[-1]]
        run.turned = -1 if float(last["top"]) > float(first["top"]) else 1
    return runs


def _joins(run: LostRun, x0: float, top: float, bottom: float) -> bool:
    overlap = min(bottom, run.bottom) - max(top, run.top)
    size = min(bottom - top, run.size)
    return overlap >= 0.5 * size and -0.5 * size <= x0 - run.x1 <= RUN_GAP * size


def crop_box(run: LostRun, scale: float, shape: tuple[int, int]) -> tuple[int, int, int, int]:
    """The run's box in the page image's pixels (``scale`` pixels a point), a little padding around it."""
    pad = PAD * run.size
    h, w = shape
    return (
        max(int((run.x0 - pad) * scale), 0),
        max(int((run.top - pad) * scale), 0),
        min(int((run.x1 + pad) * scale) + 1, w),
        min(int((run.bottom + pad) * scale) + 1, h),
    )


class LostGlyphReader:
    """Reads the lost glyphs' runs of a document's text-layer pages by OCR (engines loaded on first use)."""

    def __init__(self, layers: Any) -> None:
        self._layers = layers  # pdf_scan_layer.ScanLayers: renders a page as its model is turned
        self._stack = ExitStack()
        self._api: Any = None
        self._unavailable = False
        # what each sheet's reading gave (its characters when OCR read a run, and its notes), by its number: a
        # document read again (pdf.Replan) loads its sheets anew, their runs are not read by OCR twice
        self._done: dict[int, tuple[list[Obj] | None, list[str]]] = {}

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> LostGlyphReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _engines(self) -> Any:
        from pledgecard.errors import OcrUnavailableError
        from pledgecard.extract.readers.ocr import engines

        if self._api is None and not self._unavailable:
            try:
                self._api = self._stack.enter_context(engines())
            except (OcrUnavailableError, ImportError):
                self._unavailable = True
        return self._api

    def reread(self, page: PageModel, notes: list[str]) -> bool:
        """``page``'s runs of lost glyphs replaced in its characters by what OCR reads there (when some but not
        most of its glyphs are lost: a page OCR reads whole, :func:`goes_whole`, is not read run by run first);
        whether any was read. ``notes`` says how many runs and where. A sheet read before gets what its first
        reading gave (its runs not read again)."""
        if page.number not in self._done:
            said: list[str] = []
            read = self._reread(page, said)
            self._done[page.number] = (page.chars if read else None, said)
        chars, said = self._done[page.number]
        notes.extend(said)
        if chars is None:
            return False
        page.chars = list(chars)
        return True

    def _reread(self, page: PageModel, notes: list[str]) -> bool:
        """:meth:`reread` of a sheet not read before."""
        printed = [str(c["text"]) for c in page.chars if c.get("text") and not str(c["text"]).isspace()]
        if lost_share(page.chars) == 0.0 or goes_whole(
            len(printed), sum(1 for t in printed if layer_lost(t))
        ):
            return False
        runs = lost_runs(page.chars) + turned_runs(page.chars)
        api = self._engines() if runs else None
        if api is None:
            if runs:
                notes.append(
                    f"page {page.number}: {len(runs)} runs of glyphs without Unicode not read "
                    "(OCR unavailable)"
                )
            return False
        grey = self._layers.image(page, DPI)
        if grey is None:
            return False
        scale = DPI / 72.0
        read = 0
        drop: set[int] = set()
        at: dict[int, list[Obj]] = {}  # OCR's letters put where the run's first glyph was drawn
        for run in runs:
            chars = _read_run(api, grey, run, page.chars, scale)
            if chars:
                drop.update(run.indices)
                at[min(run.indices)] = chars
                read += 1
        if not read:
            return False
        page.chars = [
            k for i, c in enumerate(page.chars) for k in [*at.get(i, []), *([] if i in drop else [c])]
        ]
        notes.append(
            f"page {page.number}: {read} of {len(runs)} runs of glyphs without Unicode read by OCR "
            "(the rest of its text layer kept)"
        )
        return True


def glyph_inks(
    grey: Any, glyphs: Sequence[Obj], scale: float, origin: tuple[int, int] = (0, 0), *, turned: bool = False
) -> list[float]:
    """The height of each glyph's ink in the page image, as a share of its size (0: no ink, a space glyph),
    looked for in the middle of its box (:data:`INK_MIDDLE`: a neighbour's overhang stays outside); ``grey``
    may be a part of the page's image whose top left corner is ``origin`` (pixels); ``turned`` glyphs (drawn a
    quarter turned) have their height across the page and their middle along it."""
    out: list[float] = []
    h, w = grey.shape[:2]
    ox, oy = origin
    for c in glyphs:
        left, right, top, bottom = float(c["x0"]), float(c["x1"]), float(c["top"]), float(c["bottom"])
        cut_x = 0.0 if turned else (1 - INK_MIDDLE) / 2 * (right - left)
        cut_y = (1 - INK_MIDDLE) / 2 * (bottom - top) if turned else 0.0
        x0, x1 = max(int((left + cut_x) * scale) - ox, 0), min(int((right - cut_x) * scale) + 1 - ox, w)
        y0, y1 = max(int((top + cut_y) * scale) - oy, 0), min(int((bottom - cut_y) * scale) + 1 - oy, h)
        rows = (grey[y0:y1, x0:x1] < INK_GREY).any(axis=0 if turned else 1) if x1 > x0 and y1 > y0 else []
        inked = [k for k, v in enumerate(rows) if v]
        out.append((inked[-1] - inked[0] + 1) / scale / char_size(c) if inked else 0.0)
    return out


def fit_letters(
    letters: Sequence[tuple[str, float]], inks: Sequence[float], first_word: int = 0
) -> list[tuple[str, float] | None] | None:
    """OCR's letters laid on the run's glyphs one to one: ``None`` for a glyph without ink (a space), or None
    when they do not fit: as many letters as inked glyphs, and no letter or digit read from a glyph whose ink
    is too low for one (a dash, a dot: Tesseract reads ``-`` alone as a syllable). A lone glyph opening the run
    before a space (a heading's or a bullet's marker) that OCR read as a symbol, read unsurely, or did not read
    stays lost (U+FFFD, the marker a lost glyph is): Tesseract reads a box glyph as ``@``, ``08`` or a syllable
    (``first_word``: how many of the letters OCR read as its first word, the marker's reading when they are
    more than one and the rest fits the glyphs after the marker)."""
    fitted = _fit(letters, inks)
    marked = len(inks) > 2 and inks[0] > 0 and inks[1] == 0
    for skip in ([0, first_word] if first_word > 1 else [0]) if fitted is None and marked else []:
        fitted = _fit(letters[skip:], [0.0, *inks[1:]])  # the marker unread, or read as a word of its own
        if fitted is not None:
            fitted[0] = (LOST, 0.0)
            break
    first = fitted[0] if fitted is not None and marked else None
    if (
        fitted is not None
        and first is not None
        and (not first[0].isalnum() or first[1] < MIN_MARK_CONFIDENCE)
    ):
        fitted[0] = (LOST, 0.0)
    return fitted


def _fit(
    letters: Sequence[tuple[str, float]], inks: Sequence[float]
) -> list[tuple[str, float] | None] | None:
    """:func:`fit_letters` without its marker: the letters one to one on the inked glyphs, or None."""
    inked = [k for k, ink in enumerate(inks) if ink > 0]
    if len(letters) != len(inked):
        return None
    out: list[tuple[str, float] | None] = [None] * len(inks)
    for k, (ch, conf) in zip(inked, letters, strict=True):
        if ch.isalnum() and inks[k] < MIN_LETTER_INK:
            return None
        out[k] = (ch, conf)
    return out


def _read_run(api: Any, grey: Any, run: LostRun, chars: Sequence[Obj], scale: float) -> list[Obj]:
    """The characters OCR reads in ``run``'s box, one a glyph where the run's glyphs print (a space where a
    glyph prints no ink), in their font; none when OCR's letters do not fit the glyphs (:func:`fit_letters`).
    A word holding a digit OCR is unsure of ends in U+FFFD: no figure is read from it."""
    import numpy as np

    from pledgecard.extract.readers.ocr import MIN_DIGIT_CONFIDENCE, in_reading_order, read_line

    x0, y0, x1, y1 = crop_box(run, scale, grey.shape[:2])
    if x1 - x0 < 4 or y1 - y0 < 4:
        return []
    part = np.asarray(grey[y0:y1, x0:x1], dtype=np.uint8)
    if np.median(part) < INK_GREY:  # light letters on a dark bar (a heading's): read as dark on light
        part = 255 - part
    crop = np.full((y1 - y0 + 2 * MARGIN_PX, x1 - x0 + 2 * MARGIN_PX), 255, dtype=np.uint8)
    crop[MARGIN_PX:-MARGIN_PX, MARGIN_PX:-MARGIN_PX] = part
    if (
        run.turned
    ):  # turned to read across: a label reading up turned clockwise, one reading down the other way
        crop = np.ascontiguousarray(np.rot90(crop, k=-run.turned))
    glyphs = (
        [chars[i] for i in run.indices]
        if run.turned
        else sorted((chars[i] for i in run.indices), key=lambda c: float(c["x0"]))
    )
    inks = glyph_inks(part, glyphs, scale, (x0, y0), turned=bool(run.turned))
    marks = all(ink < MIN_LETTER_INK for ink in inks)  # no glyph tall enough for a letter: dashes, dots
    words = read_line(api, crop, DPI, marks=marks)
    in_reading_order(words)
    letters = [(ch, conf) for w in words for t, conf, _ in w.symbols for ch in t if not ch.isspace()]
    fitted = fit_letters(letters, inks, sum(len(t) for t, _, _ in words[0].symbols) if words else 0)
    # no letter nor digit read (a bullet's or a symbol's glyph): the lost glyph stays, the marker it is
    if fitted is None or not (marks or any(f is not None and f[0].isalnum() for f in fitted)):
        return []
    out: list[Obj] = []
    word: list[float] = []  # the confidences of the word's digits so far

    def close_word(at: Obj) -> None:
        if word and min(word) < MIN_DIGIT_CONFIDENCE:
            out.append({**at, "text": LOST, "x0": float(at["x1"]), "confidence": 0.0})
        word.clear()

    for c, f in zip(glyphs, fitted, strict=True):
        if f is None:
            if out:
                close_word(out[-1])
            out.append({**c, "text": " "})
            continue
        ch, conf = f
        if ch.isdigit():
            word.append(conf)
        out.append({**c, "text": ch, "confidence": conf})
    if out:
        close_word(out[-1])
    return out
