"""The long horizontal rules of a scanned page, as the edges the open-sided table reader takes them from.

Class of card fixed: a scan (a page image read by OCR, or a searchable scan's image under its word layer) of a
table drawn with horizontal rules only (open-sided: a rule over and under it, one under its head, no vertical
rule). The image's rule finder (:mod:`.ocr_image`) builds tables from closed cells only, so such a table was no
table on a scan, while the same card printed as a vector PDF reads it from its rules (:mod:`.pdf_open_tables`):
the rules a scan shows are given to that reader as a PDF page's edges would be (horizontal, in points, on the
deskewed image's frame the characters are read in), and it rebuilds the table from its text as on a vector page.
On a page OCR reads, the text around the rules is first read as running text (a column at a time, cells run
together); once the table's cells are known, what was read inside it is set aside and each cell read again on its
own, as a ruled table's cells are (:func:`open_tables`).

Class of card fixed too (session 30): such a table a page break cuts on a page OCR reads (its head at the foot of
one page, its rows above the next page's first rule). The vector reader hands the cut table's column edges to the
next page (``pdf._cut_columns``) so that the rows over its first rule go on the table (``pdf_open_rules.carried_rows``);
OCR read every page on its own, so those rows were running text and the table's body was lost (noeul-city 48015
scan: its funding table's head on page 1, its four rows on page 2). A page read now gives its lowest open table's
column edges when the break cut it (:func:`cut_columns`), and the next page's reader takes them (``carried``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgecard.extract.readers.pdf_grids import BBox, Grid
from pledgecard.extract.readers.pdf_open_tables import open_grids
from pledgecard.extract.readers.pdf_sheet_pages import Half
from pledgecard.extract.readers.pdf_table_build import build_table

if TYPE_CHECKING:
    import numpy as np

    from pledgecard.extract.readers.ocr_image import PageImage

FRINGE_PX = 2  # the rule mask is dilated by this much either side (ocr_image.rule_mask's 5 x 5): taken back


def horizontal_runs(lines: np.ndarray) -> list[tuple[float, int, int]]:
    """The horizontal rules of a rule mask (``ocr_image.rule_mask``: rules dilated, vertical ones too): each as
    its middle row and its first and last column, in pixels; the vertical rules and the glyph strokes no rule."""
    import cv2
    import numpy as np

    h, w = lines.shape
    img = lines.astype(np.uint8) * 255
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (max(w // 20, 40), 1))
    horiz = cv2.morphologyEx(img, cv2.MORPH_OPEN, kernel)
    n, _, stats, centroids = cv2.connectedComponentsWithStats(horiz)
    out = []
    for k in range(1, n):
        x, _y, width, _height, _ = stats[k]
        out.append((float(centroids[k][1]), int(x) + FRINGE_PX, int(x + width) - 1 - FRINGE_PX))
    return sorted(out)


def image_rules(page: PageImage, scale: float) -> list[dict[str, Any]]:
    """The page's horizontal rules (:func:`horizontal_runs`) as a PDF page's horizontal edges, in points
    (``scale``: points a pixel), for :func:`pdf_open_tables.open_grids` (which sets aside those drawing a ruled
    table's cells)."""
    out = []
    for y, x0, x1 in horizontal_runs(page.lines):
        if x1 <= x0:
            continue
        top = y * scale
        out.append(
            {
                "orientation": "h",
                "x0": x0 * scale,
                "x1": (x1 + 1) * scale,
                "top": top,
                "bottom": top,
                "width": (x1 + 1 - x0) * scale,
                "height": 0.0,
            }
        )
    return out


def moved_rules(rules: list[dict[str, Any]], scale: float, dx: float) -> list[dict[str, Any]]:
    """``rules`` (a sheet's, in its points) moved left by ``dx`` and scaled by ``scale``: on a half of the sheet
    as ``pdf_sheets`` moves its objects."""
    return [
        {
            **e,
            "x0": (e["x0"] - dx) * scale,
            "x1": (e["x1"] - dx) * scale,
            "top": e["top"] * scale,
            "bottom": e["bottom"] * scale,
            "width": e["width"] * scale,
        }
        for e in rules
    ]


def half_rules(rules: list[dict[str, Any]], half: Half) -> list[dict[str, Any]]:
    """The rules found on a sheet (a searchable scan's, in its points) that stand on ``half`` (their middle on its
    side of the gutter), in the half's points as ``pdf_sheets`` moves its objects."""
    return moved_rules(
        [e for e in rules if half.x0 <= (e["x0"] + e["x1"]) / 2 < half.x1], half.scale, half.offset
    )


def _middle_in(c: dict[str, Any], box: BBox) -> bool:
    x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def cut_columns(grids: list[Grid]) -> list[float] | None:
    """The column edges (points) of a page's lowest table when it is an open-sided one the page break cut (its rows
    run to the page's foot, or a head alone there): what the next page's rows over its first rule go on (``carried``
    of :func:`open_tables`); None otherwise."""
    last = max(grids, key=lambda g: g.bbox[3], default=None)
    if last is None or not (last.open_sided and last.cut_below):
        return None
    return list(build_table(0, last).xs)


def open_tables(
    chars: list[dict[str, Any]],
    rules: list[dict[str, Any]],
    grids: list[Grid],
    height: float,
    scale: float,
    carried: list[float] | None = None,
) -> tuple[list[Grid], list[dict[str, Any]], list[BBox]]:
    """A page OCR read: the open-sided tables its ``rules`` and first reading ``chars`` show (none drawing a ruled
    table's cell of ``grids``), the characters read outside them, and their cells in pixels (``scale``: points
    a pixel) to read again one by one. ``carried``: the column edges of an open table the previous page's break
    cut (:func:`cut_columns`), which the rows over this page's first rule go on."""
    opened = open_grids(rules, chars, grids, height, carried)
    if not opened:
        return [], chars, []
    kept = [c for c in chars if not any(_middle_in(c, g.bbox) for g in opened)]
    cells = [(b[0] / scale, b[1] / scale, b[2] / scale, b[3] / scale) for g in opened for b in g.cells]
    return opened, kept, cells
