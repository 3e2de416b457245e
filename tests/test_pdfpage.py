"""The report's evidence crops (:func:`pledgecard.validate.pdfpage.crop_image`) are pdfplumber's
``page.crop(region).to_image(...)`` pixel for pixel: PNG bytes compared on every page of the
corpus's PDFs and the PDF fixtures, for rows, tables and regions at the page's edges."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from pledgecard.validate.evidence import CROP_DPI
from pledgecard.validate.pdfpage import crop_image

ROOT = Path(__file__).resolve().parents[1]
PDFS = sorted((ROOT / "samples" / "corpus").glob("*.pdf")) + [
    ROOT / "tests" / "fixtures" / "pdf" / name
    for name in ("card.pdf", "rowspan.pdf", "split.pdf", "doubled.pdf")
]


def _regions(width: float, height: float) -> list[tuple[float, float, float, float]]:
    """A table's row, a table with its header, a narrow cell, and regions touching each edge."""
    return [
        (40.3, 0.37 * height, width - 41.7, 0.37 * height + 23.9),
        (28.0, 0.21 * height, width - 28.0, 0.21 * height + 217.3),
        (0.61 * width, 0.55 * height, 0.61 * width + 47.2, 0.55 * height + 14.1),
        (0.0, 0.0, 0.5 * width, 31.3),
        (0.43 * width, 0.71 * height, width, 0.71 * height + 61.9),
        (12.5, height - 40.2, width - 12.5, height),
        (0.0, 0.0, width, height),
    ]


def _png(image) -> bytes:  # type: ignore[no-untyped-def]
    image.draw_rect(
        (image.bbox[0] + 4, image.bbox[1] + 3, image.bbox[2] - 4, image.bbox[3] - 3),
        fill=(255, 200, 0, 60),
        stroke=(220, 0, 0),
        stroke_width=3,
    )
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_crop_image_is_pdfplumbers_picture(path: Path) -> None:
    compared = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for region in _regions(float(page.width), float(page.height)):
                ours = crop_image(page, region, CROP_DPI)
                theirs = page.crop(region).to_image(resolution=CROP_DPI)
                assert ours.original.size == theirs.original.size, (page.page_number, region)
                assert _png(ours) == _png(theirs), (page.page_number, region)
                compared += 1
    assert compared >= 7


def test_crop_image_keeps_pdfplumbers_errors() -> None:
    with pdfplumber.open(PDFS[0]) as pdf:
        page = pdf.pages[0]
        with pytest.raises(ValueError, match="outside"):
            crop_image(page, (float(page.width) + 10, 0.0, float(page.width) + 50, 20.0), CROP_DPI)
