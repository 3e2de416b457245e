"""The gutter of a scanned sheet printed two pages a sheet (모아찍기), found in its image.

A sheet that prints nothing (a scan: one image, no text layer) gives :mod:`.pdf_sheets` no characters and no
paths to split by. Its image shows the same evidence the vector split reads (``pdf_sheets.split_sheet``): a
white column down the whole sheet near its middle, splitting it into two halves, and each half's lowest row
of print (its page number or footer) level with the other's, set apart from the print over it by more
than twice its height, as wide as each other but for a digit or two (the same furniture: ``same_width``),
and not one short row the white column cuts (``cut_row``: a centred page number whose thin dash looks white
is one page's; a page numbered at its inner corner reaches it alone; footers running across two pages reach
it from both sides, each over most of its side). The right page's origin is placed by that furniture as on a vector sheet. A landscape
page scanned whole (a card in two columns, one page number) shows no such pair of rows: it stays one page.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.readers.pdf_sheets import (
    LEVEL_TOL,
    ORIGIN_TOL,
    Gutter,
    foot_apart,
    level,
    widest_band,
)

PROBE_DPI = 150  # the sheet's render for its gutter: a 2-up page number (about 6 pt) some 12 pixels tall
MIN_ROW_INK_PX = 2  # a row with fewer inked pixels is paper (a speck the median filter left)


def image_gutter(grey: Any, width: float, height: float) -> Gutter | None:
    """The gutter of the scanned sheet ``grey`` (255 = paper; the sheet ``width`` by ``height`` points) when it
    holds two pages side by side, in the sheet's points; else None."""
    return image_probe(grey, width, height)[0]


def image_probe(grey: Any, width: float, height: float) -> tuple[Gutter | None, bool]:
    """:func:`image_gutter`, and whether the image shows a white band down its middle (print either side: a
    blank sheet, a cover or a page printed across shows none)."""
    import numpy as np

    from pledgecard.extract.readers.ocr_image import CLEAR_SHARE, deskewed

    ink = deskewed(np.ascontiguousarray(grey, dtype=np.uint8), despeckle=False)[
        1
    ]  # (binarize filters the speckle)
    h, w = ink.shape
    zoom = w / float(width)  # pixels a point
    band = widest_band(_runs(ink.sum(axis=0) <= CLEAR_SHARE * h), w)
    if band is None or not ink[:, : band[0]].any() or not ink[:, band[1] :].any():
        return None, False
    mid = (band[0] + band[1]) // 2
    left, right = _foot(ink[:, :mid]), _foot(ink[:, mid:])
    if (
        left is None
        or right is None
        or not level((left[0][0], left[0][1] + 1), (right[0][0], right[0][1] + 1), LEVEL_TOL * zoom)
    ):
        return None, True
    if not same_width(
        left, right
    ):  # one footer a side of one page (a name at its left corner, a number at its right)
        return None, True
    if cut_row(left[1], (right[1][0] + mid, right[1][1] + mid), band, w):
        return None, True
    gutter, marks = mid / zoom, (sum(left[1]) / 2 / zoom, (sum(right[1]) / 2 + mid) / zoom)
    origin = marks[1] - marks[0]
    if abs(origin - gutter) > ORIGIN_TOL * width:
        origin = gutter
    return Gutter(float(width) / float(height), gutter, origin), True


def cut_row(left: tuple[int, int], right: tuple[int, int], band: tuple[int, int], width: int) -> bool:
    """Whether the halves' foot rows (their ink's ends, in the pixels of a sheet ``width`` wide) are one row the
    white ``band`` cuts (a centred page number whose thin dash looks white): both reach the band and one at least
    runs over less than half its side. A page numbered at its inner corner reaches it from one side at most; two
    pages' footers that run across their pages (a name at the outer corner, the number at the inner: landscape
    slides printed 2-up) reach it from both sides, each over most of its side (dallae-city 101 scanned 2-up:
    read whole before)."""
    reach = band[1] - band[0]
    touch = left[1] > band[0] - reach and right[0] < band[1] + reach
    across = left[1] - left[0] > band[0] / 2 and right[1] - right[0] > (width - band[1]) / 2
    return touch and not across


def same_width(
    left: tuple[tuple[int, int], tuple[int, int]], right: tuple[tuple[int, int], tuple[int, int]]
) -> bool:
    """Whether two halves' foot rows (:func:`_foot`) are as wide as the same furniture of two pages is: their widths
    apart by less than twice the taller's height (a digit or two, the pages' numbers). The image's way of
    ``pdf_sheets.same_print``: a 1-up landscape page's name at its left corner and number at its right are not."""
    height = max(left[0][1] - left[0][0], right[0][1] - right[0][0]) + 1
    return abs((left[1][1] - left[1][0]) - (right[1][1] - right[1][0])) < 2 * height


def _runs(clear: Any) -> list[tuple[int, int]]:
    """The runs ``[a, b)`` of white columns."""
    out: list[tuple[int, int]] = []
    start = None
    for x, white in enumerate([*clear.tolist(), False]):
        if white and start is None:
            start = x
        elif not white and start is not None:
            out.append((start, x))
            start = None
    return out


def _foot(ink: Any) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A half's lowest row of print when it is set apart from the print over it by more than twice its height:
    its top and bottom, and its ink's left and right ends (pixels); else None."""
    import numpy as np

    rows = np.flatnonzero(ink.sum(axis=1) >= MIN_ROW_INK_PX)
    if rows.size < 2:
        return None
    breaks = np.flatnonzero(np.diff(rows) > 1)
    if breaks.size == 0:
        return None
    top, bottom = int(rows[breaks[-1] + 1]), int(rows[-1])
    if not foot_apart(top, bottom + 1, int(rows[breaks[-1]])):
        return None
    cols = np.flatnonzero(ink[top : bottom + 1].any(axis=0))
    return (top, bottom), (int(cols[0]), int(cols[-1]) + 1)
