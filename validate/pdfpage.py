"""A region of a PDF page as pdfplumber pictures it, with less of the page rendered and copied.

``page.crop(region).to_image(resolution=...)`` in pdfplumber renders the whole page with
pypdfium2 (at 150 dpi an A4 page is 1240 x 1754 pixels), copies it into PIL twice (decoding BGRx,
converting to RGB) and only then cuts the region out: for a row of a table most of that work is
thrown away. :func:`crop_image` renders the page at the same scale and the same place into a
bitmap that stops at the region's right and bottom edges (the pixels PDFium draws there do not
depend on the bitmap's size; moving the page by the region's offset instead would: PDFium rounds
thin lines differently at other coordinates), cuts the region out of the bitmap's memory and hands
it to pdfplumber's own :class:`~pdfplumber.display.PageImage`, so drawing on it and saving it are
pdfplumber's. A region reaching outside the rendered page (pdfplumber pads it with black) is
rendered pdfplumber's way.
"""

from __future__ import annotations

import math
from typing import Any


def _pixels(image: Any, bbox: tuple[float, ...]) -> tuple[int, int, int, int]:
    return image._reproject_bbox(bbox)  # type: ignore[no-any-return]


def crop_image(page: Any, region: tuple[float, float, float, float], resolution: float) -> Any:
    """``page.crop(region).to_image(resolution=resolution)`` for a pdfplumber ``page``, the same
    image computed from the region's pixels only."""
    import numpy
    import PIL.Image
    import pypdfium2
    from pdfplumber.display import PageImage

    cropped = page.crop(region)
    if cropped.bbox == cropped.cropbox:
        return cropped.to_image(resolution=resolution)
    pdf = cropped.pdf
    if pdf.path:
        src: Any = pdf.path
    else:
        pdf.stream.seek(0)
        src = pdf.stream
    doc = pypdfium2.PdfDocument(src, password=pdf.password)
    try:
        pdfium_page = doc[cropped.page_number - 1]
        scale = resolution / 72
        full = (math.ceil(pdfium_page.get_width() * scale), math.ceil(pdfium_page.get_height() * scale))
        image = PageImage.__new__(PageImage)  # PageImage.__init__, with the region rendered alone
        image.page, image.root, image.resolution = cropped, cropped.root_page, resolution
        image.scale = full[0] / (cropped.cropbox[2] - cropped.cropbox[0])
        image.bbox = cropped.bbox if cropped.bbox != cropped.mediabox else cropped.cropbox
        at, box = _pixels(image, cropped.cropbox), _pixels(image, image.bbox)
        left, top, right, bottom = box[0] - at[0], box[1] - at[1], box[2] - at[0], box[3] - at[1]
        if not (0 <= left < right <= full[0] and 0 <= top < bottom <= full[1]):
            return cropped.to_image(resolution=resolution)
        # the page rendered as pdfplumber renders it, at the same place, into a bitmap that ends
        # at the region's right and bottom edges (pypdfium2 takes the crop in points and rounds
        # it up to pixels: half a pixel less is exactly the whole pixels); the region cut out of
        # that, its BGRx pixels as RGB (what PIL's convert gives)
        crop = (0.0, max(0.0, full[1] - bottom - 0.5) / scale, max(0.0, full[0] - right - 0.5) / scale, 0.0)
        bitmap = pdfium_page.render(
            scale=scale,
            crop=crop,
            no_smoothtext=True,
            no_smoothpath=True,
            no_smoothimage=True,
            prefer_bgrx=True,
        )
        if (bitmap.width, bitmap.height) != (right, bottom) or bitmap.n_channels != 4 or bitmap.rev_byteorder:
            return cropped.to_image(resolution=resolution)
        pixels = numpy.ascontiguousarray(bitmap.to_numpy()[top:bottom, left:right, 2::-1])
        image.original = PIL.Image.fromarray(pixels, "RGB")
        pdfium_page.close()
    finally:
        doc.close()
    return image.reset()
