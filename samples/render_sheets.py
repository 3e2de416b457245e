"""Print a PDF two pages a sheet (모아찍기, 2-up): every landscape sheet holds two of the document's pages
scaled down side by side, a gutter between them, as a printer driver's "pages per sheet" setting prints: a
portrait page at :data:`SCALE`, a page too wide for its half at that scale (a landscape one) scaled down further
to fit it, as the driver fits every page on the paper (it never prints off the sheet).

The pages keep everything they print (their running headers, page numbers, rules); only their place changes.
"""

from __future__ import annotations

import io

SHEET_PT = (841.89, 595.28)  # A4 landscape
SCALE = 0.68  # a portrait A4 page scaled to fit half the sheet with a margin
GUTTER_PT = 18.0  # between the two halves
EDGE_PT = 7.0  # the least margin at the sheet's edges (a portrait A4 page at SCALE leaves this much)


def fit_scale(width: float, height: float, up: int = 2) -> float:
    """The scale a page of ``width`` x ``height`` is printed at, ``up`` to a sheet: :data:`SCALE`, or less where
    its half (the sheet's width less its edges and gutters, shared ``up`` ways) or the sheet's height is smaller."""
    sheet_w, sheet_h = SHEET_PT
    half = (sheet_w - 2 * EDGE_PT - (up - 1) * GUTTER_PT) / up
    return min(SCALE, half / width, (sheet_h - 2 * EDGE_PT) / height)


def impose(pdf: bytes, *, up: int = 2) -> bytes:
    """``pdf``'s pages ``up`` to a landscape sheet, left to right, each centred on its half's height."""
    from pypdf import PageObject, PdfReader, PdfWriter, Transformation

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    width, height = SHEET_PT
    pages = list(reader.pages)
    for i in range(0, len(pages), up):
        sheet = PageObject.create_blank_page(width=width, height=height)
        group = pages[i : i + up]
        scale = fit_scale(float(group[0].mediabox.width), float(group[0].mediabox.height), up)
        slot = float(group[0].mediabox.width) * scale
        margin = (width - up * slot - (up - 1) * GUTTER_PT) / 2
        for k, page in enumerate(group):
            x = margin + k * (slot + GUTTER_PT)
            y = (height - float(page.mediabox.height) * scale) / 2
            sheet.merge_transformed_page(page, Transformation().scale(scale).translate(x, y))
        writer.add_page(sheet).compress_content_streams()
    writer.compress_identical_objects()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def sheet_of(page: int, up: int = 2) -> int:
    """The 1-based sheet that prints the document's 1-based ``page``."""
    return (page - 1) // up + 1


def turn_by_content(pdf: bytes, *, way: int = 1) -> bytes:
    """``pdf``'s pages printed on their side by the content transform alone (a ``cm`` of a quarter turn, the
    text matrices left upright, no ``/Rotate``), as some drivers print a portrait page on a landscape sheet:
    ``way`` +1 turned counter-clockwise (the text runs up the sheet), -1 clockwise (down it)."""
    from pypdf import PageObject, PdfReader, PdfWriter, Transformation

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        sheet = PageObject.create_blank_page(width=height, height=width)
        turn = (0, 1, -1, 0, height, 0) if way > 0 else (0, -1, 1, 0, 0, width)
        sheet.merge_transformed_page(page, Transformation(turn))
        writer.add_page(sheet).compress_content_streams()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
