"""Sheets printed n pages a sheet (모아찍기, 2-up): a landscape PDF page holding two portrait pages scaled
down side by side, each with its own running header and page number, a gutter of white between them.

Such a sheet is split into its logical pages before anything else reads it, so that a table going on from
the left half to the right half, or a running header printed on both, is read as across a page break.
The sheet is known from its geometry alone: a band of white runs down the whole sheet near its middle (no
character and no drawn path crosses it), splitting it into two halves of about the same width, and each
half prints its own page number (or footer) level with the other's: its lowest row of text, set apart from
the text over it. A landscape page set in two columns (a layout table, newspaper columns) prints
its page number once: no sheet. The right page is placed by its furniture (its page number where the left
page's stands on its own), and both are scaled back to a page as tall as the sheet is wide. Once a sheet of
a document is two pages, its other sheets of that size whose print leaves the gutter free are split there
too (a cover, a divider page, a last page alone on its sheet). A sheet printing nothing (a scan) shows the
same evidence in its image (``pdf_scan_gutter``, the planner's ``probe``), and a sheet that failed to load is
split as the sheets that load are. The logical pages themselves, and the way back from them to the sheets:
:mod:`.pdf_sheet_pages`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeVar

from pledgecard.extract.readers.pdf_grids import Grid, moved
from pledgecard.extract.readers.pdf_newspaper import free_bands
from pledgecard.extract.readers.pdf_page import Obj, PageModel
from pledgecard.extract.readers.pdf_sheet_pages import Half as Half
from pledgecard.extract.readers.pdf_sheet_pages import Region as Region
from pledgecard.extract.readers.pdf_sheet_pages import page_name as page_name
from pledgecard.extract.readers.pdf_sheet_pages import pages_read as pages_read
from pledgecard.extract.readers.pdf_sheet_pages import to_sheets as to_sheets

Edge = TypeVar("Edge", int, float)  # a band's edge: points, or an image's pixels
LANDSCAPE = 1.2  # width over height, at least
MIDDLE = 0.08  # the gutter's middle within this share of the width either side of the sheet's middle
MIN_GUTTER_SHARE = 0.01  # the white band at least this share of the sheet's width
BACKGROUND_SHARE = 0.9  # a path wider than this share of the sheet is its background, no object
LEVEL_TOL = 1.5  # points: two furniture rows at the same height
MAX_PROBE_MISSES = (
    2  # a document's landscape scanned sheets showing no gutter before it is probed sparsely: past
)
# them only its 4th, 8th, 16th ... such sheet (a 2-up scan opening with 1-up landscape sheets is still found; a 1-up
# scan of n sheets costs about log2 n probes)
BLANK = "blank"  # a probe's answer for an image showing no white band down its middle between print (a blank
# sheet, a cover, print across): no gutter, and no sign of a 1-up scan in two columns either (no miss)
ORIGIN_TOL = 0.05  # the right page's origin by its furniture within this share of the width of the gutter
SAME_PRINT = (
    0.5  # two halves' foot rows print the same furniture: their print but its digits this alike at least
)


def _halves(page: PageModel, gutter: float, origin: float, scale: float, width: float) -> list[Half]:
    """``page``'s two halves either side of ``gutter``, the right one's origin at ``origin`` (to ``width``)."""
    return [
        Half(_part(page, 0.0, gutter, 0.0, scale), 0.0, scale, 0.0, gutter, "left"),
        Half(_part(page, gutter, width, origin, scale), origin, scale, gutter, width, "right"),
    ]


def split_sheet(page: PageModel, *, scanned: bool = False) -> list[Half] | None:
    """``page``'s logical pages, left then right, when it is a sheet of two pages side by side; else None
    (``scanned``: a searchable scan's sheet, its words jittered on their baselines, :func:`level`)."""
    width, height = float(page.width), float(page.height)
    if width < LANDSCAPE * height:
        return None
    chars, boxes = _printed(page)
    if not chars:
        return None
    mid = _gutter(boxes, width)
    if mid is None:
        return None
    left = [c for c in chars if c["x1"] <= mid]
    right = [c for c in chars if c["x0"] >= mid]
    marks = _furniture(left, right, scanned=scanned) if left and right else None
    if marks is None:
        return None
    # the right page's origin: where its furniture stands as the left page's does on its own (a driver may set
    # the pages in their halves with other margins; a table going on across them keeps its columns)
    # the pages numbered at their outer corners (a booklet) place no origin: the right page starts at the gutter
    origin = marks[1] - marks[0]
    if abs(origin - mid) > ORIGIN_TOL * width:
        origin = mid
    scale = width / height
    return _halves(page, mid, origin, scale, width)


def _printed(page: PageModel) -> tuple[list[Obj], list[tuple[float, float, float, float]]]:
    """The sheet's printed characters, and the boxes of what it prints (characters and paths, its background
    left out)."""
    chars = [c for c in page.chars if c.get("text") and not c["text"].isspace()]
    paths = [
        o
        for o in (*page.lines, *page.rects, *page.curves)
        if o["x1"] - o["x0"] < BACKGROUND_SHARE * page.width
    ]
    return chars, [
        (float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])) for o in (*chars, *paths)
    ]


def plan_sheets(pages: Sequence[PageModel | None]) -> list[list[Half] | None]:
    """Every sheet's logical pages (None: the sheet read as one page). Once a sheet of the document is found
    two pages side by side (:func:`split_sheet`), its other sheets of that size whose print leaves that gutter
    free are split there too, the right page at the same origin: a cover or a divider page printing no running
    header or page number, a sheet whose right half is blank (the last page alone on its sheet); an empty half
    is no page. (:class:`SheetPlanner` plans the same one sheet at a time.)"""
    plans: list[list[Half] | None] = [split_sheet(p) if p is not None else None for p in pages]
    found = next((Gutter.of(h) for h in plans if h is not None), None)
    if found is None:
        return plans
    return [
        plan if plan is not None or page is None else split_like(page, found)
        for plan, page in zip(plans, pages, strict=True)
    ]


@dataclass(frozen=True, slots=True)
class Gutter:
    """Where a document's first sheet of two pages was split: its width over height (the halves' scale), its
    gutter and the right page's origin (x on the sheet)."""

    scale: float
    gutter: float
    offset: float

    @staticmethod
    def of(halves: Sequence[Half]) -> Gutter:
        left, right = halves
        return Gutter(left.scale, right.gutter, right.offset)


def split_like(page: PageModel, found: Gutter) -> list[Half] | None:
    """``page`` split at the gutter ``found`` on another sheet of its document, when it has that sheet's shape
    and its print leaves the gutter free (its empty half no page; a sheet printing nothing, a scan, two pages
    for OCR); else None."""
    if abs(page.width / page.height - found.scale) > 1e-3:
        return None
    _, boxes = _printed(page)
    if any(b[0] < found.gutter < b[2] for b in boxes):
        return None
    halves = _halves(page, found.gutter, found.offset, found.scale, float(page.width))
    if not boxes:  # a sheet printing nothing (a scan): two pages for OCR to read (ocr_sheets), or blank
        return halves
    return [h for h in halves if h.page.chars or h.page.lines or h.page.rects or h.page.curves]


def unloaded_halves(found: Gutter) -> list[Half]:
    """The logical pages of a sheet that failed to load in a document whose sheets are split at ``found``: its
    halves by that gutter, nothing read from them (OCR reads them apart, each from its rendered half, the right
    one to the sheet's edge; ``ocr_sheets``)."""
    empty = PageModel(number=0, width=0.0, height=0.0, chars=[])
    return [
        Half(empty, 0.0, found.scale, 0.0, found.gutter, "left"),
        Half(empty, found.offset, found.scale, found.gutter, math.inf, "right"),
    ]


@dataclass(frozen=True, slots=True)
class Shape:
    """What a sheet read before its document's first split sheet leaves for :func:`split_like`: its width over
    height and the x extents of what it prints, overlapping ones merged (a gutter strictly inside one is
    crossed)."""

    ratio: float
    spans: tuple[tuple[float, float], ...]

    @staticmethod
    def of(page: PageModel) -> Shape:
        merged: list[tuple[float, float]] = []
        for a, b in sorted((b[0], b[2]) for b in _printed(page)[1]):
            if merged and a < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        return Shape(page.width / page.height, tuple(merged))

    def splits_at(self, found: Gutter) -> bool:
        """Whether :func:`split_like` splits the sheet at ``found``."""
        return abs(self.ratio - found.scale) <= 1e-3 and not any(a < found.gutter < b for a, b in self.spans)


class Replan(Exception):
    """A sheet read before the document's first split sheet was to be split at its gutter (``found``), or a
    sheet's geometry could not be measured (``found`` None: no sheet is split): read the document again."""

    def __init__(self, found: Gutter | None) -> None:
        super().__init__("sheets planned again")
        self.found = found


class SheetPlanner:
    """:func:`plan_sheets` one sheet at a time, so that no sheet's model is kept for planning the others: a sheet
    before the document's first split sheet keeps its :class:`Shape`; when one of them is to be split at the
    gutter found after it, :class:`Replan` says so (the document is read again knowing that gutter, ``found``).
    A sheet that failed to load before it does too: 2-up is decided by the sheets that load, and the failed
    sheet is split as they are (its halves for OCR, ``unloaded_halves``)."""

    def __init__(
        self,
        *,
        split: bool = True,
        found: Gutter | None = None,
        probe: Callable[[PageModel], Gutter | str | None] | None = None,
    ) -> None:
        self.split = split
        self.found = found
        self.before: list[Shape] = []
        self.probe = probe  # a sheet printing nothing (a scan): its gutter from its image (pdf_scan_gutter)
        self.misses = (
            0  # scanned sheets whose image showed a middle band but no gutter (MAX_PROBE_MISSES of them:
        )
        # a 1-up scan in two columns, probed sparsely from then on, its 4th, 8th, 16th ... scanned sheet); a probe
        # answering BLANK (no band between print) is no miss
        self.scans = 0  # landscape sheets printing nothing (scans) met before the first split sheet
        self.unloaded = (
            False  # a sheet failed to load before the first split one (its halves decided by the rest)
        )

    def plan(self, page: PageModel | None, *, scanned: bool = False) -> list[Half] | None:
        """``page``'s logical pages (None: one page, or a sheet that failed to load: the reader splits it at the
        gutter ``found``, and one that failed before the first split sheet has the document read again;
        ``scanned``: a searchable scan's sheet, :func:`split_sheet`)."""
        if not self.split:
            return None
        if page is None:
            self.unloaded = self.unloaded or self.found is None
            return None
        try:
            halves = split_sheet(page, scanned=scanned)
            if halves is None:
                if self.found is not None:
                    return split_like(page, self.found)
                halves = self._scanned(page)
            if halves is None:
                if (
                    page.width >= (LANDSCAPE - 1e-3) * page.height
                ):  # no other sheet takes a gutter found later
                    self.before.append(Shape.of(page))
                return None
        except Exception as exc:  # a page model the geometry cannot measure: every sheet one page
            raise Replan(None) from exc
        if self.found is None:
            self.found = Gutter.of(halves)
            if self.unloaded or any(s.splits_at(self.found) for s in self.before):
                raise Replan(self.found)
            self.before.clear()
        return halves

    def _scanned(self, page: PageModel) -> list[Half] | None:
        """A landscape sheet printing nothing (a scan) split at the gutter its image shows (``probe``), its two
        halves for OCR to read apart; else None."""
        if self.probe is None or page.width < LANDSCAPE * page.height or _printed(page)[1]:
            return None
        self.scans += 1
        if self.misses >= MAX_PROBE_MISSES and self.scans & (
            self.scans - 1
        ):  # probed sparsely: a power of two
            return None
        found = self.probe(page)
        self.misses += found is None  # (a blank or a cover before the first 2-up sheet: no miss)
        return None if found is None or isinstance(found, str) else split_like(page, found)


def _gutter(boxes: Sequence[tuple[float, float, float, float]], width: float) -> float | None:
    """The middle of the white band down the whole sheet near its middle, or None."""
    best = widest_band(free_bands(boxes), width)
    return None if best is None else (best[0] + best[1]) / 2


def widest_band(bands: Iterable[tuple[Edge, Edge]], width: float) -> tuple[Edge, Edge] | None:
    """Of the white bands ``[a, b)`` down a sheet ``width`` wide (points, or an image's pixels), the widest (the
    first on a tie) near the sheet's middle and as wide as a gutter is; else None."""
    best: tuple[Edge, Edge] | None = None
    for a, b in bands:
        if b - a < MIN_GUTTER_SHARE * width or abs((a + b) / 2 - width / 2) > MIDDLE * width:
            continue
        if best is None or b - a > best[1] - best[0]:
            best = (a, b)
    return best


def _rows(chars: Sequence[Obj]) -> list[list[Obj]]:
    """The half's characters in rows (a row: characters whose vertical extents overlap), top to bottom."""
    out: list[list[Obj]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if out and c["top"] < max(x["bottom"] for x in out[-1]) - LEVEL_TOL:
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _furniture(
    left: Sequence[Obj], right: Sequence[Obj], *, scanned: bool = False
) -> tuple[float, float] | None:
    """The middles of the halves' lowest rows when they are their own page numbers or footers: level with each
    other and set apart from the text over them by more than twice their height; else None."""
    rows_l, rows_r = _rows(left), _rows(right)
    if len(rows_l) < 2 or len(rows_r) < 2:
        return None

    def foot(rows: list[list[Obj]]) -> bool:
        row, above = rows[-1], rows[-2]
        return foot_apart(
            min(c["top"] for c in row), max(c["bottom"] for c in row), max(c["bottom"] for c in above)
        )

    def middle(row: list[Obj]) -> float:
        return (min(c["x0"] for c in row) + max(c["x1"] for c in row)) / 2

    a, b = rows_l[-1], rows_r[-1]
    extent = (
        (min(c["top"] for c in a), max(c["bottom"] for c in a)),
        (min(c["top"] for c in b), max(c["bottom"] for c in b)),
    )
    if not level(*extent, LEVEL_TOL, jitter=scanned) or not same_print(_text(a), _text(b)):
        return None
    return (middle(a), middle(b)) if foot(rows_l) and foot(rows_r) else None


def _text(row: Sequence[Obj]) -> str:
    """A row's print, left to right."""
    return "".join(str(c["text"]) for c in sorted(row, key=lambda c: c["x0"]))


def same_print(a: str, b: str) -> bool:
    """Whether two halves' foot rows ``a`` and ``b`` print the same furniture, as two pages of one document do:
    their print alike but for its digits (``- 1 -`` / ``- 2 -``, a footer and its number, page numbers alone at
    the outer corners). A landscape page printed one a sheet has one footer a side: a name at its left corner,
    its page number at its right (a 1-up slide), no two page numbers."""
    x, y = ("".join(ch for ch in s if not ch.isdigit() and not ch.isspace()) for s in (a, b))
    return x == y or SequenceMatcher(None, x, y).ratio() >= SAME_PRINT


def foot_apart(top: float, bottom: float, above: float) -> bool:
    """Whether a half's lowest row of print (its ``top`` and ``bottom``) stands apart from the print over it (its
    bottom ``above``) by more than twice its height, as a page number or a footer does."""
    return top - above > 2 * (bottom - top)


def half_grids(grids: Sequence[Grid], half: Half) -> list[Grid]:
    """The table grids found on a sheet (a searchable scan's, ruled in its image) that stand on ``half`` (their
    middle on its side of the gutter), in the half's points as :func:`_part` moves its objects."""

    return [
        moved(g, half.scale, -half.offset) for g in grids if half.x0 <= (g.bbox[0] + g.bbox[2]) / 2 < half.x1
    ]


def level(a: tuple[float, float], b: tuple[float, float], tol: float, *, jitter: bool = True) -> bool:
    """Whether two rows of print (their top and bottom) stand level: their bottoms within ``tol``, or (``jitter``:
    a scan's rows) their extents overlapping by half the shorter's height at least, as glyphs of one row do (a
    word layer's words jittered on their baselines; an image deskewed to a tenth of a degree, a thin stroke lost
    to its speckle filter). A vector sheet's rows stand level by their bottoms alone."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return abs(a[1] - b[1]) <= tol or (jitter and overlap >= 0.5 * min(a[1] - a[0], b[1] - b[0]))


def _moved(o: Obj, dx: float, scale: float) -> Obj:
    """``o`` moved left by ``dx`` and scaled by ``scale`` about the top-left corner (its font size too)."""
    out = {
        **o,
        "x0": (o["x0"] - dx) * scale,
        "x1": (o["x1"] - dx) * scale,
        "top": o["top"] * scale,
        "bottom": o["bottom"] * scale,
    }
    for key in ("width", "height", "size"):
        if key in o and isinstance(o[key], int | float):
            out[key] = o[key] * scale
    if "pts" in o:
        out["pts"] = [((x - dx) * scale, y * scale) for x, y in o["pts"]]
    return out


def _part(page: PageModel, x0: float, x1: float, origin: float, scale: float) -> PageModel:
    """The objects of ``page`` whose middle stands in ``[x0, x1)``, moved so that ``origin`` is their left edge and
    scaled back to a page as tall as the sheet is wide (the paper the sheet's pages were set on: two A4 pages
    printed on an A4 sheet were shrunk by its height over its width), so that the reader's measures in points
    (rule thickness, gaps, type sizes) hold as on a page printed one a sheet."""

    def inside(o: Obj) -> bool:
        return x0 <= (o["x0"] + o["x1"]) / 2 < x1

    return PageModel(
        number=page.number,
        width=(x1 - origin) * scale,
        height=float(page.height) * scale,
        chars=[_moved(c, origin, scale) for c in page.chars if inside(c)],
        lines=[_moved(o, origin, scale) for o in page.lines if inside(o)],
        rects=[_moved(o, origin, scale) for o in page.rects if inside(o)],
        curves=[_moved(o, origin, scale) for o in page.curves if inside(o)],
    )
