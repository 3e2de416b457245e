"""OCR of the logical pages of a document printed two pages a sheet (``pdf_sheets``): a scanned sheet among
sheets split at their gutter is rendered once and each half read as its own page, in the half's points (x
from the half's origin, scaled as ``pdf_sheets`` scales its text layer), so that the reader builds its
pages as from a text layer and puts their sources back on the sheet the same way."""

from __future__ import annotations

from pledgecard.extract.readers.ocr import DPI, OcrPage, _engines, ocr_image, ocr_pdf_pages, tessdata_dir
from pledgecard.extract.readers.ocr_image import inked_across
from pledgecard.extract.readers.pdf_sheets import Region

GUTTER_REACH = 3.0  # points either side of a scanned sheet's gutter: one column clear there is a gutter


def ocr_regions(data: bytes, regions: list[Region], *, dpi: int = DPI) -> tuple[list[OcrPage], list[str]]:
    """OCR each region as its own page numbered by its logical page: the pages read, and one line for each
    sheet that could not be rendered."""
    import numpy as np
    import pypdfium2 as pdfium

    from pledgecard.extract.readers.pdf_engine_pdfium import PDFIUM_LOCK

    tessdata_dir()
    out: list[OcrPage] = []
    failed: list[str] = []
    with _engines() as api:
        for sheet in sorted({r.sheet for r in regions}):
            mine = [r for r in regions if r.sheet == sheet]
            zoom = dpi * mine[0].scale / 72.0  # pixels a point of the half: the half read at ``dpi``
            try:
                with PDFIUM_LOCK:  # pdfium's state is shared by the threads of a process (Dask)
                    pdf = pdfium.PdfDocument(data)
                    try:
                        page = pdf[sheet - 1]
                        height = page.get_size()[1]
                        grey = page.render(scale=zoom, grayscale=True).to_numpy()
                        page.close()
                    finally:
                        pdf.close()
            except pdfium.PdfiumError as exc:
                failed.append(f"page {sheet}: {' '.join(str(exc).split())[:120]}")
                continue
            if grey.ndim == 3:
                grey = grey[..., 0]
            read: list[OcrPage] = []
            if len(mine) > 1 and inked_across(grey, round(mine[0].x1 * zoom), round(GUTTER_REACH * zoom)):
                # print across the gutter (one landscape page, not two): the sheet read whole as its first page
                read = [OcrPage(r.number, (r.x1 - r.offset) * r.scale, height * r.scale) for r in mine[1:]]
                mine = [Region(mine[0].number, sheet, 0.0, mine[-1].x1, 0.0, mine[0].scale)]
            try:  # one sheet that cannot be read never loses the others
                for r in mine:
                    # the half from its origin: the print between the origin and the part's edge left white; the
                    # part's edge no further than the render (pdfium draws the crop box, the model its media box)
                    left, start, end = round(r.offset * zoom), round(r.x0 * zoom), round(r.x1 * zoom)
                    end = min(end, grey.shape[1])
                    half = np.full((grey.shape[0], max(end - left, 1)), 255, dtype=np.uint8)
                    cut = max(start, left)
                    if cut < end:
                        half[:, cut - left: end - left] = grey[:, cut:end]
                    read.append(ocr_image(api, half, r.number, (r.x1 - r.offset) * r.scale, height * r.scale,
                                          dpi=dpi))
            except Exception as exc:
                failed.append(f"page {sheet}: {' '.join(str(exc).split())[:120]}")
                continue
            out.extend(read)
    return out, failed


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
    return sorted(pages, key=lambda p: p.number), failed
