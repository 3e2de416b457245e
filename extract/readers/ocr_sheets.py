"""OCR of the logical pages of a document printed two pages a sheet (``pdf_sheets``): a scanned sheet among
sheets split at their gutter is rendered once and each half read as its own page, in the half's points (x
from the half's origin, scaled as ``pdf_sheets`` scales its text layer), so that the reader builds its
pages as from a text layer and puts their sources back on the sheet the same way."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from pledgecard.extract.readers.ocr import DPI, Engines, OcrPage, ocr_image, ocr_pdf_pages, ocr_rendered
from pledgecard.extract.readers.ocr_bullets import settle_bullets
from pledgecard.extract.readers.ocr_image import inked_across
from pledgecard.extract.readers.ocr_numerals import settle_numerals
from pledgecard.extract.readers.pdf_sheet_pages import Region

GUTTER_REACH = 3.0  # points either side of a scanned sheet's gutter: one column clear there is a gutter


def ocr_regions(data: bytes, regions: list[Region], *, dpi: int = DPI) -> tuple[list[OcrPage], list[str]]:
    """OCR each region as its own page numbered by its logical page: the pages read, and one line for each
    sheet that could not be rendered."""
    by_sheet = {r.sheet: [x for x in regions if x.sheet == r.sheet] for r in regions}
    last: list[OcrPage] = []  # the page read before, whose open table the break may have cut

    def half(api: Engines, grey: Any, r: Region, width: float, height: float) -> OcrPage:
        before = last[-1] if last and last[-1].number == r.number - 1 else None
        page = _half(api, grey, r, width, height, dpi, before.cut if before else None)
        last[:] = [page]
        return page

    def halves(api: Engines, grey: Any, sheet: int, width: float, height: float) -> list[OcrPage]:
        mine = by_sheet[sheet]
        read: list[OcrPage] = []
        zoom = dpi * mine[0].scale / 72.0
        if (
            math.isinf(mine[-1].x1) and abs(width / height - mine[0].scale) > 1e-3
        ):  # a sheet that failed to load
            mine = mine[:1]  # not of the 2-up shape: all of it the left page
        elif len(mine) > 1 and inked_across(
            grey, round(min(mine[0].x1, width) * zoom), round(GUTTER_REACH * zoom)
        ):
            # print across the gutter (one landscape page, not two): the sheet read whole as its first page
            read = [
                OcrPage(r.number, (min(r.x1, width) - r.offset) * r.scale, height * r.scale, sheet="none")
                for r in mine[1:]
            ]
            mine = mine[:1]
        else:
            return [half(api, grey, r, width, height) for r in mine]
        whole = half(api, grey, replace(mine[0], x0=0.0, x1=width, offset=0.0), width, height)
        whole.sheet = "whole"  # its note names the sheet, no half
        return [whole, *read]

    # pixels a point of the half: the half read at ``dpi``
    return ocr_rendered(
        data, [(s, dpi * mine[0].scale / 72.0) for s, mine in sorted(by_sheet.items())], halves
    )


def _half(
    api: Engines, grey: Any, r: Region, width: float, height: float, dpi: int, carried: list[float] | None
) -> OcrPage:
    """Region ``r`` of its sheet's image ``grey`` (the sheet ``width`` by ``height`` points) read as its own
    page: from its origin to its edge or the sheet's, the print between the origin and the part's edge left
    white; ``carried``: the column edges of an open table the page before it cut (its :attr:`OcrPage.cut`, the
    left half's for a right half, the last sheet's right half's for a left one), as one page a sheet carries
    them."""
    import numpy as np

    zoom = dpi * r.scale / 72.0
    x1 = min(r.x1, width)
    # the part's edge no further than the render (pdfium draws the crop box, the model its media box)
    left, start, end = round(r.offset * zoom), round(r.x0 * zoom), min(round(x1 * zoom), grey.shape[1])
    half = np.full((grey.shape[0], max(end - left, 1)), 255, dtype=np.uint8)
    cut = max(start, left)
    if cut < end:
        half[:, cut - left : end - left] = grey[:, cut:end]
    return ocr_image(
        api, half, r.number, (x1 - r.offset) * r.scale, height * r.scale, dpi=dpi, carried=carried
    )


def ocr_pages(data: bytes, numbers: list[int], regions: dict[int, Region]) -> tuple[list[OcrPage], list[str]]:
    """OCR logical pages ``numbers``: those that are halves of a sheet (``regions``) by :func:`ocr_regions`, the
    others (``regions`` maps them to a whole sheet, scale 1) or all of a document read one page a sheet by
    :func:`ocr.ocr_pdf_pages`, renumbered as logical pages."""
    halves = [regions[n] for n in numbers if n in regions and regions[n].scale != 1.0]
    whole = [n for n in numbers if not (n in regions and regions[n].scale != 1.0)]
    sheet_of = {n: regions[n].sheet if n in regions else n for n in whole}
    pages, failed = ocr_pdf_pages(data, [sheet_of[n] for n in whole]) if whole else ([], [])
    by_sheet = {s: n for n, s in sheet_of.items()}
    for p in pages:
        p.number = by_sheet[p.number]
    if halves:
        more, also = ocr_regions(data, halves)
        pages, failed = pages + more, failed + also
    settle_numerals([p.chars for p in pages])  # a Ⅰ restored only where the document numbers on in Roman
    settle_bullets([p.chars for p in pages])  # a bullet read as a syllable where the bullet lines open
    return sorted(pages, key=lambda p: p.number), failed
