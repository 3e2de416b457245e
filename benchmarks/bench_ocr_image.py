"""The OCR image steps session 41 sped up, new path against old in the same run, on the same inputs.

    .venv/bin/python benchmarks/bench_ocr_image.py [--cards N] [--repeat R]

Inputs: the pages of the committed scans (samples/scans) and of ``--cards`` family card PDFs scanned by
samples/render_scan.py (seeds 0..N-1 over the families' first PDFs, sorted), each rendered at the reader's
resolution as the reader renders it (ocr.ocr_rendered), and each page's left half as a two-up sheet's part is read
(ocr_sheets._half: the rest white). For each:

- the skew (``ocr_skew.estimate_skew``, coarse to fine, against ``estimate_skew_full``, every angle of the grid) of
  the page's ink as ``ocr_image.deskewed`` hands it over (speckle filtered, Otsu's ink);
- the struck glyphs (``ocr_struck.struck_spans`` quick against ``quick=False``) of each ruled cell's ink, as
  ``ocr._read_region`` crops it (the cell inset by ``ocr.CELL_INSET_PX + 4``, rules left out).

Printed: inputs, how many differ (0 expected: the new path returns what the old one did), the best CPU seconds of
each path over ``--repeat`` runs and their ratio. CPU seconds, not wall-clock: the machine may be shared.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def page_greys(data: bytes) -> Iterator[Any]:
    """Each page of a PDF rendered grey at the OCR reader's resolution (255 = paper)."""
    import numpy as np
    import pypdfium2 as pdfium

    from pledgecard.extract.readers.ocr import DPI

    pdf = pdfium.PdfDocument(data)
    try:
        for page in pdf:
            grey = page.render(scale=DPI / 72.0, grayscale=True).to_numpy()
            page.close()
            yield np.ascontiguousarray(grey[..., 0] if grey.ndim == 3 else grey, dtype=np.uint8)
    finally:
        pdf.close()


def skew_inputs(grey: Any) -> list[Any]:
    """The ink ``deskewed`` estimates the skew of, for the page and for its left half alone (a two-up part)."""
    import cv2

    from pledgecard.extract.readers.ocr_image import binarize

    half = grey.copy()
    half[:, grey.shape[1] // 2 :] = 255
    return [binarize(cv2.medianBlur(g, 3)) for g in (grey, half)]


def cell_inks(grey: Any) -> list[Any]:
    """The ink (rules left out) of each ruled cell of the page, cropped as ``ocr._read_region`` crops a cell."""
    from pledgecard.extract.readers.ocr import CELL_INSET_PX
    from pledgecard.extract.readers.ocr_image import clean_page, image_tables

    page = clean_page(grey)
    inset = CELL_INSET_PX + 4
    out = []
    for t in image_tables(page):
        for c in t.cells:
            x0, y0, x1, y1 = int(c[0]) + inset, int(c[1]) + inset, int(c[2]) - inset, int(c[3]) - inset
            if x1 - x0 >= 4 and y1 - y0 >= 4:
                out.append(page.ink[y0:y1, x0:x1] & ~page.lines[y0:y1, x0:x1])
    return out


def scans(cards: int) -> list[bytes]:
    """The committed scans and ``cards`` family PDFs scanned."""
    from samples.render_scan import scan_pdf

    out = [p.read_bytes() for p in sorted((ROOT / "samples" / "scans").glob("*.pdf"))]
    pdfs = sorted((ROOT / "samples" / "families").glob("*/*-pdf.pdf"))[:: max(1, 356 // max(cards, 1))][
        :cards
    ]
    return out + [scan_pdf(p.read_bytes(), seed=k) for k, p in enumerate(pdfs)]


def best_of(fn: Callable[[Any], Any], inputs: list[Any], repeat: int) -> tuple[float, list[Any]]:
    """Best CPU seconds of ``fn`` over all ``inputs``, and its results."""
    best, got = float("inf"), []
    for _ in range(repeat):
        t0 = time.process_time()
        got = [fn(x) for x in inputs]
        best = min(best, time.process_time() - t0)
    return best, got


def main() -> None:
    from pledgecard.extract.readers.ocr import DPI
    from pledgecard.extract.readers.ocr_skew import estimate_skew, estimate_skew_full
    from pledgecard.extract.readers.ocr_struck import struck_spans

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--cards", type=int, default=8, help="family card PDFs scanned besides the committed scans"
    )
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    inks, cells = [], []
    for data in scans(args.cards):
        for grey in page_greys(data):
            inks += skew_inputs(grey)
            cells += cell_inks(grey)
    rows = [
        ("skew", inks, estimate_skew_full, estimate_skew),
        ("struck", cells, lambda c: struck_spans(c, DPI, quick=False), lambda c: struck_spans(c, DPI)),
    ]
    print(f"{'step':8} {'inputs':>7} {'differ':>7} {'old CPU-s':>10} {'new CPU-s':>10} {'old/new':>8}")
    for name, inputs, old, new in rows:
        t_old, got_old = best_of(old, inputs, args.repeat)
        t_new, got_new = best_of(new, inputs, args.repeat)
        differ = sum(a != b for a, b in zip(got_old, got_new, strict=True))
        print(f"{name:8} {len(inputs):7d} {differ:7d} {t_old:10.2f} {t_new:10.2f} {t_old / t_new:8.2f}")


if __name__ == "__main__":
    main()
