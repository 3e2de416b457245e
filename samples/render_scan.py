"""Scanned cards: a rendered card PDF printed and scanned back as an image-only PDF.

Each page is rasterised at 200 dpi in grey, turned by a slight skew, speckled with scanner
noise and saved as one JPEG page of a PDF without any text layer, as archives hold cards that
were printed, signed and scanned.
"""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

SCAN_DPI = 200


def scan_pdf(pdf: bytes, *, seed: int, dpi: int = SCAN_DPI) -> bytes:
    """The image-only 'scan' of ``pdf``: grey pages, skewed by up to 1 degree, with noise."""
    import pypdfium2 as pdfium

    rnd = random.Random(seed)
    doc = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in doc:
            img = page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L")
            pages.append(scanned(img, rnd.uniform(-1.0, 1.0), rnd))
            page.close()
    finally:
        doc.close()
    out = io.BytesIO()
    pages[0].save(
        out, format="PDF", save_all=True, append_images=pages[1:], resolution=float(dpi), quality=85
    )
    return out.getvalue()


def scanned(img: Any, angle: float, rnd: random.Random) -> Any:
    """A grey page image as the scanner gives it back: turned ``angle`` degrees (counter-clockwise), slightly
    blurred, speckled with dust (salt and pepper drawn from ``rnd``)."""
    from PIL import Image, ImageFilter

    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 400):  # salt and pepper: dust on the glass
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = 0 if rnd.random() < 0.5 else 255
    return img


def render_scan(pdf_path: Path, path: Path, *, seed: int) -> None:
    """Write the scan of the PDF at ``pdf_path`` to ``path``."""
    Path(path).write_bytes(scan_pdf(Path(pdf_path).read_bytes(), seed=seed))
