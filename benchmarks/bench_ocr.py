"""OCR seconds per page, with 1 and 2 workers, against bare Tesseract on the same pages.

    .venv/bin/python benchmarks/bench_ocr.py [--cards N]

Scans of the sample PDFs (samples/render_scan.py: 200 dpi grey, skewed, dusty) are read by the
PDF reader with OCR (render, deskew, find ruled cells, read each cell and the running text). The
baseline is bare Tesseract (the same Korean model through tesserocr) reading each whole page
image once at the same resolution: the least work that yields text. Printed: seconds per page
of each, their ratio, and the speed-up of 2 workers over 1 (pages are independent files here).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _scans(n: int) -> list[bytes]:
    from samples.render_scan import scan_pdf

    pdfs = sorted((ROOT / "samples" / "corpus").glob("card-*-pdf.pdf"))[:n]
    return [scan_pdf(p.read_bytes(), seed=k) for k, p in enumerate(pdfs)]


def read_with_ocr(data: bytes) -> int:
    from pledgecard.extract.limits import Limits
    from pledgecard.extract.readers.pdf import read

    return read(data, path="scan.pdf", limits=Limits()).n_pages or 0


def bare_tesseract(data: bytes) -> int:
    import pypdfium2 as pdfium
    import tesserocr

    from pledgecard.extract.readers.ocr import DPI, LANG, tessdata_dir

    pdf = pdfium.PdfDocument(data)
    with tesserocr.PyTessBaseAPI(path=tessdata_dir().rstrip("/") + "/", lang=LANG) as api:
        for page in pdf:
            api.SetImage(page.render(scale=DPI / 72.0, grayscale=True).to_pil())
            api.SetSourceResolution(DPI)
            api.GetUTF8Text()
            page.close()
    n = len(pdf)
    pdf.close()
    return n


def timed(fn, items: list[bytes], workers: int) -> tuple[float, int]:
    start = time.perf_counter()
    if workers == 1:
        pages = sum(fn(x) for x in items)
    else:
        # spawn: a process forked after Tesseract loaded its OpenMP runtime can deadlock
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            pages = sum(pool.map(fn, items))
    return time.perf_counter() - start, pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cards", type=int, default=4, help="scanned sample cards to read (default 4)")
    args = ap.parse_args()
    scans = _scans(args.cards)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # as the reader runs Tesseract
    base, pages = timed(bare_tesseract, scans, 1)
    one, _ = timed(read_with_ocr, scans, 1)
    two, _ = timed(read_with_ocr, scans, 2)
    print(f"{len(scans)} scanned cards, {pages} pages")
    print(f"bare Tesseract, 1 worker : {base / pages:6.2f} s/page")
    print(f"pledgecard OCR, 1 worker : {one / pages:6.2f} s/page  ({one / base:.2f}x bare Tesseract)")
    print(f"pledgecard OCR, 2 workers: {two / pages:6.2f} s/page  ({one / two:.2f}x the speed of 1 worker)")


if __name__ == "__main__":
    main()
