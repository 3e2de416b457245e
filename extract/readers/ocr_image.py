"""Page images for OCR: grey pixels, deskewed and denoised, and the ruling lines found in them.

A scanned card is a photograph of a printed page: slightly rotated, speckled, its table rules
a few pixels thick and sometimes broken. This module turns it into what the PDF reader gets from
a text layer's page: a straight page and the boxes of its ruled tables' cells (in pixels; the
caller scales them to PDF points).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pledgecard.extract.readers.ocr_local_rules import darkness, rule_ink
from pledgecard.extract.readers.ocr_skew import estimate_skew
from pledgecard.extract.readers.pdf_grids import MAX_FRAME_SHARE, Grid, moved

BBox = tuple[float, float, float, float]

MIN_CELL_PX = 12  # a box smaller than this (at 300 dpi, about 1 mm) is a glyph, not a cell
FAINT_SHARE = 2 / 3  # faint ink (:func:`faint_ink`): this share of the way from Otsu's threshold to the paper
THIN_STROKE_PX = 5  # faint ink counts in strokes narrower than this (a rule; a shaded fill is wider)
CLEAR_SHARE = (
    0.002  # a column (or row) of a page's ink with no more than this share of its length inked is white
)


@dataclass(slots=True)
class PageImage:
    """A cleaned page: ``ink`` is True where something is printed, ``lines`` where a rule is."""

    grey: np.ndarray  # uint8, 255 = paper
    ink: np.ndarray  # bool
    lines: np.ndarray  # bool: horizontal and vertical rules only
    skew_deg: float


def binarize(grey: np.ndarray) -> np.ndarray:
    """Ink mask by Otsu's threshold after a median filter (scanner speckle removed)."""
    import cv2

    clean = cv2.medianBlur(grey, 3)
    _, bw = cv2.threshold(clean, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return bw > 0


def faint_ink(grey: np.ndarray, share: float = FAINT_SHARE) -> np.ndarray:
    """Faint thin strokes: ink by a looser threshold than :func:`binarize`'s, darker than Otsu's threshold moved
    ``share`` of the way to the paper's grey (the page's median). A rule printed thinner than the scanner's pixel
    (a page shrunk two a sheet) is grey, not black, where the scan steps it a row: Otsu's threshold breaks it there.

    Only strokes thinner than :data:`THIN_STROKE_PX` count, each darker than its own surroundings (the grey
    closed over them: the paper, or a shaded fill it is printed on) by half the margin the loose threshold leaves
    below the paper (the whole margin lost a faint rule beside a light-shaded head cell: gippeum 2-up 77004 / 77005
    0.995 / 0.986): a shaded fill (a grey head or total row) is no ink, nor a rule; a rule bordering it is."""
    import cv2

    clean = cv2.medianBlur(grey, 3)
    otsu, _ = cv2.threshold(clean, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    paper = float(np.median(clean))
    margin = max(paper - otsu, 0.0) * (1.0 - share)
    depth = darkness(clean, THIN_STROKE_PX)  # how much darker than its surroundings closed over it
    return (clean < paper - margin) & (depth > margin / 2)


def rotate(grey: np.ndarray, angle: float) -> np.ndarray:
    import cv2

    if abs(angle) < 1e-6:
        return grey
    h, w = grey.shape
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
    return cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


def rule_mask(ink: np.ndarray) -> np.ndarray:
    """Horizontal and vertical table rules.

    A horizontal rule is an ink run far longer than any glyph stroke. Vertical rules are
    shorter (one table row), as long as a tall glyph's stroke; a vertical run counts as a rule
    only where it meets a horizontal rule, which glyph strokes never do.
    """
    import cv2

    h, w = ink.shape
    img = ink.astype(np.uint8) * 255
    hk = cv2.getStructuringElement(cv2.MORPH_RECT, (max(w // 20, 40), 1))
    vk = cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(h // 120, 20)))
    horiz = cv2.morphologyEx(img, cv2.MORPH_OPEN, hk)
    vert = cv2.morphologyEx(img, cv2.MORPH_OPEN, vk)
    n, labels = cv2.connectedComponents(vert)
    if n > 1:
        near = cv2.dilate(horiz, cv2.getStructuringElement(cv2.MORPH_RECT, (7, 7))) > 0
        touching = np.unique(labels[near & (labels > 0)])
        vert = np.isin(labels, touching).astype(np.uint8) * 255
    rules = cv2.bitwise_or(horiz, vert)
    rules = cv2.dilate(rules, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))  # antialiased fringes too
    return rules > 0


def deskewed(
    grey: np.ndarray,
    skew_deg: float | None = None,
    *,
    despeckle: bool = True,
) -> tuple[np.ndarray, np.ndarray, float]:
    """A scanned page's grey image (``despeckle``: its speckle filtered out first) turned level, its ink, and the
    angle it was turned by (``skew_deg``, the page's skew known already; None: estimated from its ink)."""
    import cv2

    if despeckle:
        grey = cv2.medianBlur(grey, 3)  # scanner speckle: Tesseract reads dust as dots and commas
    angle = estimate_skew(binarize(grey)) if skew_deg is None else skew_deg
    grey = rotate(grey, angle)
    return grey, binarize(grey), angle


def clean_page(grey: np.ndarray, skew_deg: float | None = None) -> PageImage:
    """Deskew (:func:`deskewed`), denoise and find the rules of one scanned page."""
    grey, ink, angle = deskewed(grey, skew_deg)
    return PageImage(grey=grey, ink=ink, lines=rule_mask(rule_ink(grey, ink)), skew_deg=angle)


def inked_across(grey: np.ndarray, x: int, reach: int, clear_share: float = CLEAR_SHARE) -> bool:
    """Whether the page's print (deskewed, speckle removed) crosses column ``x``: no column within ``reach``
    pixels of it is clear (``clear_share`` of its height inked at most), as rules or text run across a gutter."""
    ink = deskewed(grey)[1]
    band = ink[:, max(x - reach, 0) : min(x + reach + 1, ink.shape[1])]
    return band.shape[1] > 0 and bool((band.sum(axis=0) > clear_share * ink.shape[0]).all())


Spans = tuple[tuple[float, float], ...]


@dataclass(slots=True)
class TableBox:
    """A ruled table in pixels: its box, its cells, and at an edge cut open by a page break (no
    rule across it near the page's top or bottom) the stretches that are ruled there."""

    bbox: BBox
    cells: list[BBox]
    open_top: Spans | None = None
    open_bottom: Spans | None = None


def table_cells(lines: np.ndarray, margin_share: float = 0.15) -> list[TableBox]:
    """Ruled tables: the regions the rules of each connected set of rules enclose.

    A table is a connected set of rules; its cells are the regions the rules enclose once the
    set is closed by its bounding rectangle (see :func:`close_frames`). A lone rectangle (a box
    around text) is a table of one cell.
    """
    import cv2

    mask, opens = close_frames(lines.astype(np.uint8) * 255, margin_share)
    contours, hierarchy = cv2.findContours(mask, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hierarchy is None:
        return []
    out: list[TableBox] = []
    for i, h in enumerate(hierarchy[0]):
        if h[3] != -1:
            continue  # a hole: handled with its outer contour
        x, y, w, hh = cv2.boundingRect(contours[i])
        cells: list[BBox] = []
        child = h[2]
        while child != -1:
            cx, cy, cw, ch = cv2.boundingRect(contours[child])
            if cw >= MIN_CELL_PX and ch >= MIN_CELL_PX:
                cells.append((float(cx), float(cy), float(cx + cw), float(cy + ch)))
            child = hierarchy[0][child][0]
        if cells:
            top, bottom = next(
                (
                    v
                    for k, v in opens.items()  # the frame drawn widens the box a little
                    if max(abs(a - b) for a, b in zip(k, (x, y, x + w, y + hh), strict=True)) <= 4
                ),
                (None, None),
            )
            out.append(TableBox((float(x), float(y), float(x + w), float(y + hh)), _snap(cells), top, bottom))
    return out


def close_frames(
    mask: np.ndarray, margin_share: float = 0.15, thickness: int = 3
) -> tuple[np.ndarray, dict[tuple[int, int, int, int], tuple[Spans | None, Spans | None]]]:
    """Each set of connected rules closed by its bounding rectangle, and the open edges found.

    Tables cut by a page break have no bottom (or top) rule, and many cards draw tables without
    outer left and right borders: their outer cells enclose nothing until the frame is drawn.
    An edge near the page's top or bottom that was not ruled all along is an open end: its
    ruled stretches are returned by the table's box, as the PDF reader gives them.
    """
    import cv2

    out = mask.copy()
    page_h = mask.shape[0]
    opens: dict[tuple[int, int, int, int], tuple[Spans | None, Spans | None]] = {}
    n, _, stats, _ = cv2.connectedComponentsWithStats((mask > 0).astype(np.uint8), connectivity=8)
    for i in range(1, n):
        x, y, w, h = (int(v) for v in stats[i, :4])
        if w < 2 * MIN_CELL_PX or h < 2 * MIN_CELL_PX:
            continue  # a lone rule (a separator line): nothing to enclose
        top = _ruled(mask[y : y + thickness + 2, x : x + w], x) if y < margin_share * page_h else None
        bottom = (
            _ruled(mask[max(y + h - thickness - 2, 0) : y + h, x : x + w], x)
            if y + h > (1 - margin_share) * page_h
            else None
        )
        cv2.rectangle(out, (x, y), (x + w - 1, y + h - 1), 255, thickness)
        opens[(x, y, x + w, y + h)] = (top, bottom)
    return out, opens


def _ruled(band: np.ndarray, x0: int, min_run: int = 2 * MIN_CELL_PX) -> Spans | None:
    """The stretches a horizontal band is inked along, or None when it is ruled end to end."""
    inked = (band > 0).any(axis=0)
    if inked[MIN_CELL_PX:-MIN_CELL_PX].all():
        return None
    spans: list[tuple[float, float]] = []
    start = None
    for k, v in enumerate(list(inked) + [False]):
        if v and start is None:
            start = k
        elif not v and start is not None:
            if k - start >= min_run:
                spans.append((float(x0 + start), float(x0 + k)))
            start = None
    return tuple(spans)


def _snap(cells: list[BBox], tol: float = 12.0, grow: float = 4.0) -> list[BBox]:
    """Cell holes grown to the middle of their rules; edges of one rule share one coordinate."""
    cells = [(c[0] - grow, c[1] - grow, c[2] + grow, c[3] + grow) for c in cells]
    xs = _clusters([v for c in cells for v in (c[0], c[2])], tol)
    ys = _clusters([v for c in cells for v in (c[1], c[3])], tol)
    return [(xs[c[0]], ys[c[1]], xs[c[2]], ys[c[3]]) for c in cells]


def _clusters(values: list[float], tol: float) -> dict[float, float]:
    out: dict[float, float] = {}
    group: list[float] = []
    for v in sorted(values):
        if group and v - group[-1] > tol:
            mean = sum(group) / len(group)
            out.update({g: mean for g in group})
            group = []
        group.append(v)
    if group:
        mean = sum(group) / len(group)
        out.update({g: mean for g in group})
    return out


def image_tables(page: PageImage) -> list[TableBox]:
    """The page's ruled tables, a lone frame as tall as most of the page left out (the page's border, no table)."""
    h = page.grey.shape[0]
    return [
        t for t in table_cells(page.lines) if len(t.cells) > 1 or t.bbox[3] - t.bbox[1] <= MAX_FRAME_SHARE * h
    ]


def inner_tables(table: TableBox, cell: BBox, tables: list[TableBox]) -> list[BBox]:
    """The boxes of the ``tables`` drawn inside ``cell`` of ``table`` (a table nested in another table's cell: its own
    cells read its text, so the cell around it reads only what stands outside it; a lone frame's one cell, grown to
    its rules, holds its own table's box: not counted).

    Class of card fixed (session 35): dasom-district prints each section in a two-column table, its funding, goals and
    tallies as tables inside the section's cell; scanned, the cell and the inner table's cells were each read, their
    characters merged into one line per row (``구구분분``, ``88,,998800``), no table and no figure read (dasom-district
    16051 scan, seed 8: 0.484)."""
    return [
        t.bbox
        for t in tables
        if t is not table
        and t.bbox[0] >= cell[0]
        and t.bbox[1] >= cell[1]
        and t.bbox[2] <= cell[2]
        and t.bbox[3] <= cell[3]
    ]


def table_grid(table: TableBox, scale: float) -> Grid:
    """A table found in pixels as the reader's :class:`Grid`, in points (``scale``: points a pixel)."""
    return moved(Grid(table.bbox, table.cells, open_top=table.open_top, open_bottom=table.open_bottom), scale)


def image_grids(page: PageImage, scale: float) -> list[Grid]:
    """The page's ruled tables (:func:`image_tables`) as grids in points."""
    return [table_grid(t, scale) for t in image_tables(page)]
