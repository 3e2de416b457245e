"""PDF reader: PDF pages -> a :class:`Document` of paragraphs and tables in reading order.

Pages come from the engine named in ``limits.pdf_engine`` (``pdf_engine.ENGINES``: pdfium or
pdfplumber, the same page model either way). Each page is parsed once; its ruled tables
become :class:`Table` blocks (merged cells with spans, cell text lines joined by ``\\n``) and
the characters outside them become one :class:`Paragraph` per logical line (bullet marker
split off, wrapped bullet items joined, indent level from the x position). Running headers,
footers and page numbers are dropped, and a table continued at the top of the next page is
joined to its first part. A page printed on its side is turned first (``pdf_turn``).

Sheets are loaded, planned (``pdf_sheets.SheetPlanner``: a sheet of two pages side by side is read as its
two logical pages) and read one at a time, each model dropped once read: memory does not grow with the page
count. A page without a text layer is read by OCR, a half of a sheet split in two as its own page
(``ocr_sheets``); a sheet printing nothing (a scan) before any sheet showed the gutter is split where its
image shows one (``pdf_scan_gutter``). A searchable scan's sheet is levelled with its image before it is
planned, and each half given the tables ruled in its image (``ScanLayers.part_grids``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pledgecard.errors import (
    DamagedFileError,
    LimitExceededError,
    NoTextLayerError,
    PledgecardError,
)
from pledgecard.extract.document import Block, Document, Source
from pledgecard.extract.limits import Limits
from pledgecard.extract.page_frames import Levelled
from pledgecard.extract.readers.ocr_open_rules import half_rules
from pledgecard.extract.readers.pdf_assemble import assemble
from pledgecard.extract.readers.pdf_engine import open_pdf
from pledgecard.extract.readers.pdf_grids import Grid, find_grids
from pledgecard.extract.readers.pdf_guard import check_unpacked_size
from pledgecard.extract.readers.pdf_gutters import find_gutters
from pledgecard.extract.readers.pdf_lines import chars_to_lines
from pledgecard.extract.readers.pdf_lost_glyphs import LostGlyphReader, goes_whole, layer_lost
from pledgecard.extract.readers.pdf_margins import PageText
from pledgecard.extract.readers.pdf_note_calls import raise_calls
from pledgecard.extract.readers.pdf_oblique import without_oblique
from pledgecard.extract.readers.pdf_open_tables import open_grids
from pledgecard.extract.readers.pdf_page import PageModel, dedupe_chars
from pledgecard.extract.readers.pdf_row_pairs import split_stacked_rows
from pledgecard.extract.readers.pdf_scan_gutter import PROBE_DPI, image_probe
from pledgecard.extract.readers.pdf_scan_layer import LayerPage, ScanLayers, glyph_grids, scan_layers
from pledgecard.extract.readers.pdf_sheet_pages import (
    Half,
    Region,
    page_name,
    pages_read,
    pages_to_sheets,
    sources_to_sheets,
    to_sheets,
)
from pledgecard.extract.readers.pdf_sheets import (
    BLANK,
    Gutter,
    Replan,
    SheetPlanner,
    half_grids,
    unloaded_halves,
)
from pledgecard.extract.readers.pdf_struck import strike_through
from pledgecard.extract.readers.pdf_tables import PageTable, build_table, fill_tables
from pledgecard.extract.readers.pdf_turn import upright
from pledgecard.extract.readers.pdf_turned_band import upright_band
from pledgecard.extract.readers.pdf_typed import Piece, foot_head, foot_run, head_over_page, typed_grids
from pledgecard.extract.readers.pdf_vertical import has_turned, lay_flat
from pledgecard.extract.readers.struck import struck_note

if TYPE_CHECKING:
    from pledgecard.extract.readers.ocr import OcrPage

SPLIT_RATIO = 5.0  # a gap wider than 5 x font size separates two texts printed on one row
DUPLICATE_SHARE = 0.05  # more doubled characters than this: the page draws its text twice


def read(data: bytes, *, path: str, limits: Limits) -> Document:
    """Read PDF bytes into a :class:`Document`; raise an ExtractError subclass when impossible."""
    try:
        check_unpacked_size(data, limits.max_unpacked_bytes)
        return _read(data, path=path, limits=limits)
    except PledgecardError:
        raise
    except RecursionError as exc:
        raise DamagedFileError("PDF structure is too deeply nested to read") from exc
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        raise DamagedFileError(f"damaged PDF: {_one_line(exc)}") from exc


def _one_line(exc: BaseException) -> str:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    text = " ".join(str(inner).split())[:200]
    return f"{type(inner).__name__}: {text}" if text else type(inner).__name__


def _read(data: bytes, *, path: str, limits: Limits) -> Document:
    with (
        open_pdf(data, limits.pdf_engine) as pdf,
        scan_layers(data) as layers,
        LostGlyphReader(layers) as unmapped,
    ):
        declared = pdf.page_count()
        if declared > limits.max_pages:
            raise LimitExceededError(f"PDF has {declared} pages, over the limit of {limits.max_pages}")
        probe = _probe(layers) if limits.ocr == "auto" else None  # a scanned sheet's gutter, for OCR
        planner = SheetPlanner(split=limits.ocr != "always", probe=probe)
        while True:
            try:
                r = _walk(pdf, limits, planner, layers, unmapped)
                break
            except Replan as again:  # a sheet read before the first split one was to be split: read again
                planner = SheetPlanner(split=again.found is not None, found=again.found, probe=probe)
    return _finish(data, r, path=path, limits=limits)


def _probe(layers: ScanLayers) -> Callable[[PageModel], Gutter | str | None]:
    """The gutter a sheet printing nothing (a scan) shows in its image (:mod:`.pdf_scan_gutter`), None when it
    shows a middle band but no gutter or cannot be rendered, ``BLANK`` when it shows no middle band."""

    def probe(page: PageModel) -> Gutter | str | None:
        try:
            grey = layers.image(page, PROBE_DPI)
            if grey is None:
                return None
            found, band = image_probe(grey, float(page.width), float(page.height))
            return found if found is not None or band else BLANK
        except Exception:  # an image that cannot be read: the sheet is read whole, as before
            return None

    return probe


@dataclass(slots=True)
class _Reading:
    """What reading a document's logical pages one by one leaves: their text, tables, counts, and the notes."""

    notes: list[str] = field(default_factory=list)
    struck: list[tuple[str, Source]] = field(
        default_factory=list
    )  # runs printed struck through (pdf_struck.py)
    texts: list[PageText] = field(default_factory=list)
    tables: list[list[PageTable]] = field(default_factory=list)
    counts: list[tuple[int, int]] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(
        default_factory=list
    )  # a logical page that could not be read and why
    doubled: list[int] = field(default_factory=list)  # logical pages drawing their characters twice
    regions: dict[int, Region] = field(default_factory=dict)  # every logical page's part of its sheet (2-up
    # sheets: its sheet, x offset and scale, its name; OCR reads it apart)
    frames: dict[int, Levelled] = field(
        default_factory=dict
    )  # sheets read levelled (searchable scans), by number
    reread: list[int] = field(default_factory=list)  # sheets whose lost glyphs OCR read (pdf_lost_glyphs.py)


def _walk(
    pdf: Any,
    limits: Limits,
    planner: SheetPlanner,
    layers: ScanLayers,
    unmapped: LostGlyphReader | None = None,
) -> _Reading:
    """Every sheet loaded, planned (:class:`SheetPlanner`) and read as its logical pages, one at a time: no
    sheet's model is kept past its reading but what the next page's joins need (``carried``, ``foot``)."""
    r = _Reading()
    carried: list[float] | None = None  # an open table the page break cut: its column edges
    foot: _Foot | None = None  # a typed table's head alone (or head and rows) at the previous page's foot
    for sheet_no, load in enumerate(pdf.pages(), start=1):
        if sheet_no > limits.max_pages:
            raise LimitExceededError(f"PDF has over {limits.max_pages} pages, the limit")
        sheet, error = _load(load)
        # a searchable scan's sheet levelled with its image first (its halves' furniture level), its grids found
        layer = _scan_layer(layers, sheet, r.notes) if limits.ocr != "always" else None
        if (
            layer is None
            and sheet is not None
            and unmapped is not None
            and limits.ocr == "auto"
            and unmapped.reread(sheet, r.notes)
        ):  # a few cells' glyphs without Unicode: read there by OCR
            r.reread.append(sheet_no)
        plan = planner.plan(sheet, scanned=layer is not None)
        if layer is not None and sheet is not None:
            r.frames[sheet_no] = Levelled(layer.skew_deg, float(sheet.width), float(sheet.height))
        drawn, rules = (
            None,
            [],
        )  # a searchable scan's: tables ruled in its image, its rules across (open tables)
        if (
            layer is not None and sheet is not None
        ):  # a split sheet's tables found a half at a time, at a page's scale
            drawn = _half_grids(layers, sheet, plan, layer.skew_deg) if plan is not None else layer.grids
            rules = _half_rules(layers, sheet, plan, layer.skew_deg) if plan is not None else layer.rules
            drawn = glyph_grids(drawn, sheet.chars)  # a word's own strokes closing boxes: no table
        if (
            plan is None and sheet is None and planner.found is not None
        ):  # a split document's sheet that failed
            plan = unloaded_halves(
                planner.found
            )  # to load: its halves by the known gutter, for OCR to read apart
        width = (
            float(sheet.width) if sheet is not None else math.inf
        )  # (a sheet that failed to load: to its edge)
        for half in plan if plan is not None else [None]:
            number = len(r.regions) + 1
            r.regions[number] = Region.of(number, sheet_no, half, width)
            page = None if sheet is None else half.page if half is not None else sheet  # (an unloaded sheet's
            #                                                                  halves: read as failed)
            grids = (half_grids(drawn, half) if half is not None else drawn) if drawn is not None else []
            page_rules = half_rules(rules, half) if half is not None else rules
            page_text, page_tables, count, lost, foot = _one_page(
                page, error, number, r, carried, foot, grids, page_rules
            )
            carried = _cut_columns(page_tables)
            r.counts.append((count, lost))
            r.texts.append(page_text)
            r.tables.append(page_tables)
    return r


def _finish(data: bytes, r: _Reading, *, path: str, limits: Limits) -> Document:
    """The document of the logical pages read: OCR where their text layer fails, notes, blocks assembled."""
    notes, struck, texts, tables, counts, failed = r.notes, r.struck, r.texts, r.tables, r.counts, r.failed
    origin = [g.origin for g in r.regions.values()]  # every logical page's sheet, x offset and scale
    split = any(g.side is not None for g in r.regions.values())
    if not texts:
        raise DamagedFileError("PDF has no pages")

    # a split document's notes and struck runs name the sheets, as its blocks' sources do (to_sheets)
    def on_sheet(numbers: list[int]) -> list[int]:
        return pages_to_sheets(numbers, origin) if split else numbers

    def name(n: int) -> str:
        return page_name(n, r.regions)

    notes[:0] = [f"{name(n)}: doubled characters removed" for n in r.doubled]
    errors = list(
        dict.fromkeys(f"page {on_sheet([n])[0]}: {why}" for n, why in failed)
    )  # a sheet's halves: once
    if failed and len(failed) == len(texts):
        raise DamagedFileError(f"damaged PDF: {errors[0]}")
    if failed:
        notes.append("unreadable pages skipped: " + "; ".join(errors[:3]))
    ocr_pages = ocr_needed(counts, limits.ocr)  # a scanned sheet split in two: each half read (ocr_sheets)
    ocr_frames: dict[int, Levelled] = {}  # pages OCR read in their deskewed image's frame
    if ocr_pages:
        counts = _read_by_ocr(
            data,
            ocr_pages,
            texts,
            tables,
            counts,
            notes,
            whole=len(ocr_pages) == len(texts),
            regions=r.regions,
            name=name,
            sheets=on_sheet,
            frames=ocr_frames,
        )
    n_chars = sum(c for c, _ in counts)
    n_lost = sum(lost for _, lost in counts)
    if n_chars == 0:
        raise NoTextLayerError(
            "no text layer; OCR found no text either" if ocr_pages else "no text layer, OCR needed"
        )
    if n_lost > 0.5 * n_chars:
        raise NoTextLayerError("text layer has no Unicode mapping (fonts without ToUnicode), OCR needed")
    blank = [
        t.number
        for t, n in zip(texts, tables, strict=True)
        if not t.lines and not n and t.number not in ocr_pages
    ]
    if blank and len(blank) < len(texts):
        notes.append(f"pages without text (scanned?): {', '.join(map(str, on_sheet(blank)))}")
    furniture: list[Block] = []
    blocks = assemble(texts, tables, notes, furniture)
    if split:  # the logical pages' sources put back on their sheets
        to_sheets([*blocks, *furniture], origin)
        struck = sources_to_sheets(struck, origin)
        read = pages_read(origin, [bool(t.lines or n) for t, n in zip(texts, tables, strict=True)])
        notes.append(f"sheets of two pages side by side read as {read} pages")
    ocr_sheets = set(on_sheet(ocr_pages))  # (a sheet OCR read again is in OCR's frame, not the layer's)
    frames = {n: f for n, f in r.frames.items() if n not in ocr_sheets}
    frames.update(ocr_frames)
    return Document(
        blocks=blocks,
        format="pdf",
        path=path,
        n_pages=origin[-1][0] if split else len(texts),
        notes=notes + struck_note(struck),
        ocr_pages=sorted({*on_sheet(ocr_pages), *r.reread}),
        furniture=furniture,
        struck=struck,
        frames=frames,
    )


def _load(load: Any) -> tuple[PageModel | None, Exception | None]:
    """One sheet loaded, without a watermark turned across it (the sheet planner, the page's direction and the
    OCR counts see no watermark either), and turned to read across, or the error it failed with. The one place a
    watermark is set aside: every page read (:func:`_read_page`) is a sheet loaded here or a half of one
    (:class:`SheetPlanner` parts the loaded sheet's characters; a searchable scan's layer levels them), and a
    sheet that failed to load is read as failed (its halves too: ``unloaded_halves``) or by OCR."""
    try:
        # a page printed on its side is turned to read across; a table printed on its side on an upright page, its band
        return upright_band(upright(without_oblique(load()))), None
    except Exception as exc:  # one broken page must not lose the others
        return None, exc


def _one_page(
    page: PageModel | None,
    error: Exception | None,
    number: int,
    r: _Reading,
    carried: list[float] | None,
    foot: _Foot | None,
    image_grids: list[Grid] | None = None,
    image_rules: list[dict[str, Any]] | None = None,
) -> tuple[PageText, list[PageTable], int, int, _Foot | None]:
    """One logical page read (``number``: its place among them) and the page kept for the next (:class:`_Foot`);
    a page that failed (``error``) is noted and read as empty. A typed head at the previous page's foot whose
    rows open this page is set again there (``texts`` / ``tables``' last)."""
    height = 0.0
    try:
        if page is None:
            raise error if error is not None else DamagedFileError("page not loaded")
        page.number = number
        height = page.height
        page_text, page_tables, count, lost, here = _read_page(
            page, number, r.doubled, carried, foot, r.struck, image_grids, image_rules
        )
        if here.head_grid is not None and foot is not None:  # the head goes with its rows
            grids = [*foot.drawn, here.head_grid]
            r.texts[-1], r.tables[-1] = page_blocks(
                foot.number, foot.height, foot.chars, grids + typed_grids(foot.chars, grids)
            )
        return page_text, page_tables, count, lost, (here if here.head is not None else None)
    except Exception as exc:  # one broken page must not lose the others
        r.failed.append((number, _one_line(exc)))
        return PageText(number, height, []), [], 0, 0, None


def _half_grids(layers: ScanLayers, sheet: PageModel, halves: list[Half], skew_deg: float) -> list[Grid]:
    """A searchable scan's sheet split in two: the tables ruled in its image (deskewed by ``skew_deg``, as its
    characters were), found a half at a time (in the sheet's points; :func:`pdf_sheets.half_grids` moves them
    onto their halves)."""
    parts = [(h.x0, min(h.x1, float(sheet.width))) for h in halves]
    return [g for found in layers.part_grids(sheet, parts, halves[0].scale, skew_deg) for g in found]


def _half_rules(
    layers: ScanLayers, sheet: PageModel, halves: list[Half], skew_deg: float
) -> list[dict[str, Any]]:
    """A searchable scan's sheet split in two: its long horizontal rules (open-sided tables', ``ocr_open_rules``),
    found a half at a time as its grids are (in the sheet's points; ``ocr_open_rules.half_rules`` moves them onto
    their halves)."""
    parts = [(h.x0, min(h.x1, float(sheet.width))) for h in halves]
    return [e for found in layers.part_rules(sheet, parts, halves[0].scale, skew_deg) for e in found]


def _scan_layer(layers: ScanLayers, page: PageModel | None, notes: list[str]) -> LayerPage | None:
    """A searchable scan's page (an invisible word layer over its image, no vector rules: :mod:`.pdf_scan_layer`)
    set level with its image: its characters turned by the image's deskew (its tables ruled in the image: the
    layer's grids); any other page as it is (None). An image that cannot be rendered leaves the page its text layer."""
    if page is None:
        return None
    try:
        layer = layers.read(page)
    except Exception as exc:  # a damaged image must not lose the page's text
        notes.append(f"page {page.number}: searchable scan's image not read ({_one_line(exc)})")
        return None
    if layer is None:
        return None
    page.chars = layer.chars
    notes.append(
        f"page {page.number}: a searchable scan: its invisible text layer read, its tables ruled in "
        f"the image (deskewed {layer.skew_deg:+.1f} deg)"
    )
    return layer


def ocr_needed(counts: Sequence[tuple[int, int]], mode: str) -> list[int]:
    """The 1-based pages to read by OCR: all (``always``), none (``never``), or (``auto``) those
    with no text layer or a garbled one (most glyphs without a Unicode mapping)."""
    if mode == "never":
        return []
    if mode == "always":
        return list(range(1, len(counts) + 1))
    return [i for i, (count, lost) in enumerate(counts, start=1) if goes_whole(count, lost)]


def _ocr_frame(p: OcrPage, region: Region | None) -> Levelled | None:
    """The frame of a page OCR read whole deskewed, on its sheet in points (:func:`_read_by_ocr`), else None."""
    if p.sheet == "" and (region is None or region.side is None):
        return Levelled(p.skew_deg, p.width, p.height)
    if p.sheet == "whole" and region is not None and region.offset == 0.0 and region.scale > 0:
        return Levelled(p.skew_deg, p.width / region.scale, p.height / region.scale)
    return None


def _read_by_ocr(
    data: bytes,
    numbers: list[int],
    texts: list[PageText],
    tables: list[list[PageTable]],
    counts: list[tuple[int, int]],
    notes: list[str],
    *,
    whole: bool,
    regions: dict[int, Region],
    name: Callable[[int], str],
    sheets: Callable[[list[int]], list[int]],
    frames: dict[int, Levelled] | None = None,
) -> list[tuple[int, int]]:
    """Replace the given pages' text and tables by what OCR reads; the new character counts. A page read whole
    is read in its deskewed image's frame: ``frames`` gets it by its sheet, so that the boxes reported are
    turned back onto the page as printed: a sheet of its own (no region of a sheet split in two, or none
    known), and a sheet split in two that OCR read whole as its first page (``sheet == "whole"``: its boxes in
    that page's scaled points, its frame the sheet's in points, where the page's origin is the sheet's edge).
    A half of a sheet split in two (deskewed about the half's middle) is left as read.

    Without Tesseract, a file that needs OCR throughout fails with one line saying what to
    install; a file with a few scanned pages keeps its text pages and says which were not read.
    """
    from pledgecard.errors import OcrUnavailableError
    from pledgecard.extract.readers.ocr_sheets import ocr_pages

    try:
        pages, unreadable = ocr_pages(data, numbers, regions)
    except OcrUnavailableError:
        if whole and all(goes_whole(c, lost) for c, lost in counts):
            raise
        notes.append(f"pages not read (OCR unavailable): {', '.join(map(str, sheets(numbers)))}")
        numbers.clear()
        return counts
    if unreadable:
        notes.append("pages not read by OCR: " + "; ".join(unreadable[:3]))
    read = {p.number for p in pages}
    numbers[:] = [n for n in numbers if n in read]
    counts = list(counts)
    for p in pages:
        grids = p.grids + typed_grids(p.chars, p.grids, scanned=True)  # no rules at all: cells at tab stops
        text, page_tables = page_blocks(p.number, p.height, p.chars, grids)
        text.scanned = True
        texts[p.number - 1], tables[p.number - 1] = text, page_tables
        counts[p.number - 1] = (sum(1 for c in p.chars if not c["text"].isspace()), 0)
        if frames is not None and p.skew_deg and (frame := _ocr_frame(p, regions.get(p.number))) is not None:
            frames[sheets([p.number])[0]] = frame
        if p.sheet == "whole":  # a sheet split in two read whole: its note names the sheet, no half
            notes.append(
                f"page {sheets([p.number])[0]}: read by OCR as one page, not split (deskewed "
                f"{p.skew_deg:+.1f} deg)"
            )
        elif p.sheet != "none" and not counts[p.number - 1][0]:  # a page (or a half) printing nothing
            notes.append(f"{name(p.number)}: blank (OCR found nothing printed)")
        elif p.sheet != "none":
            notes.append(f"{name(p.number)}: read by OCR (deskewed {p.skew_deg:+.1f} deg)")
    return counts


@dataclass(slots=True)
class _Foot:
    """A page read, for a typed table's head alone at its foot (:func:`pdf_typed.foot_head`), or its head and
    rows ending it (:func:`pdf_typed.foot_run`), that the next page's rows prove: the page is built again with
    the grid of those lines (``head_grid``: set on the next page) over its drawn tables (``drawn``, the typed
    ones found again around it)."""

    number: int
    height: float
    chars: list[dict[str, Any]]
    drawn: list[Grid]
    head: list[list[Piece]] | None
    head_grid: Grid | None = None


def _read_page(
    page: PageModel,
    number: int,
    doubled: list[int],
    carried: list[float] | None = None,
    foot: _Foot | None = None,
    struck: list[tuple[str, Source]] | None = None,
    image_grids: list[Grid] | None = None,
    image_rules: list[dict[str, Any]] | None = None,
) -> tuple[PageText, list[PageTable], int, int, _Foot]:
    """The running text and tables of one page, its count of printed characters and of lost glyphs, and
    the page kept for the next (:class:`_Foot`; its ``head_grid``: the grid of ``foot``'s typed head alone
    that this page's rows go on from); ``carried``: the column edges of an open table the previous page's
    break cut (:func:`open_grids`)."""
    chars = [c for c in page.chars if c.get("text")]  # (its watermark set aside when its sheet loaded: _load)
    chars, runs = strike_through(chars, page.lines, page.rects, number)  # superseded runs: no content
    if struck is not None:
        struck.extend(runs)
    if has_turned(chars):  # vertical text (a label turned in a narrow cell): laid flat in reading order
        chars = lay_flat(chars)
    if _doubled(chars):
        chars = dedupe_chars(chars)
        doubled.append(number)
    grids = find_grids(page) + list(image_grids or ())  # a searchable scan's: ruled in its image
    rules = [
        *page.rules,
        *(image_rules or ()),
    ]  # a searchable scan's: the rules its image shows (ocr_open_rules)
    grids += open_grids(rules, chars, grids, float(page.height), carried)  # horizontal rules only
    over = head_over_page(chars, grids, foot.head) if foot is not None and foot.head is not None else None
    if over is not None:  # a typed head (and rows) at the previous page's foot, its rows opening this page
        grids.append(over[1])
    drawn = list(grids)
    grids += typed_grids(chars, grids)  # no rules at all: cells at tab stops
    text, page_tables = page_blocks(number, float(page.height), chars, grids)
    printed = [c["text"] for c in chars if not c["text"].isspace()]
    lost = sum(1 for t in printed if layer_lost(t))
    alone = foot_head(chars, grids)
    here = _Foot(
        number,
        float(page.height),
        chars,
        drawn,
        [alone] if alone is not None else foot_run(chars, drawn),
        head_grid=over[0] if over is not None else None,
    )
    return text, page_tables, len(printed), lost, here


def _cut_columns(tables: Sequence[PageTable]) -> list[float] | None:
    """The column edges of the open table lowest on the page when the page break cut it (or the lowest table
    nested in the lowest one's cells, the page break cutting the box holding it: a section's label | content
    box whose content is that table)."""
    last = max(tables, key=lambda t: t.bbox[3], default=None)
    while last is not None and not last.cut_below and last.inner:
        last = max((t for ts in last.inner.values() for t in ts), key=lambda t: t.bbox[3], default=None)
    return list(last.xs) if last is not None and last.cut_below else None


def page_blocks(
    number: int, height: float, chars: Sequence[dict[str, Any]], grids: Sequence[Grid]
) -> tuple[PageText, list[PageTable]]:
    """A page's running text and tables from its characters and table grids (text layer or OCR)."""
    chars = raise_calls(
        chars
    )  # a note's call raised after a figure: superscript forms, apart from the figure
    page_tables = [build_table(number, grid) for grid in grids]
    page_tables = [t for t in page_tables if t.cells]
    rest = fill_tables(page_tables, chars) if page_tables else list(chars)
    for t in page_tables:
        if t.open_sided:
            split_stacked_rows(t)
    gutters = find_gutters(rest, page_tables, page=number, split_ratio=SPLIT_RATIO)
    lines = chars_to_lines(rest, page=number, split_ratio=SPLIT_RATIO, gutters=gutters)
    top_level = [t for t in page_tables if t.nested_in is None and t.has_text()]
    text = PageText(
        number=number,
        height=height,
        lines=lines,
        table_top=min((t.bbox[1] for t in top_level), default=None),
        table_bottom=max((t.bbox[3] for t in top_level), default=None),
    )
    return text, page_tables


def _doubled(chars: Sequence[dict[str, Any]]) -> bool:
    """Whether the page draws a share of its characters twice at (nearly) the same place."""
    seen: dict[tuple[str, int], list[float]] = {}
    dup = 0
    for c in chars:
        xs = seen.setdefault((c["text"], round(c["top"])), [])
        if any(abs(x - c["x0"]) <= 1.0 for x in xs):
            dup += 1
        xs.append(c["x0"])
    return dup > DUPLICATE_SHARE * max(len(chars), 1)
