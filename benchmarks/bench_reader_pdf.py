"""Pages per second of the PDF reader against bare pdfplumber, measured in the same run.

    .venv/bin/python benchmarks/bench_reader_pdf.py [PDF ...] [--rounds N] [--pdf-engine pdfium|pdfplumber]

The baseline opens each PDF with pdfplumber and calls ``extract_text()`` and ``find_tables()``
on every page: the least work that yields text and tables. The reader does that parse once and
adds line building, table grids, header/footer removal and table joining. The printed ratio
(reader time / baseline time) is what to watch; absolute speeds depend on the machine.
``bench_pdf_engines.py`` compares the two engines side by side.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [
    ROOT / "tests" / "fixtures" / "pdf" / "card.pdf",
    ROOT / "tests" / "fixtures" / "pdf" / "nospace.pdf",
]


def baseline(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.find_tables()
            page.close()
        return len(pdf.pages)


ENGINE = "pdfium"


def reader(data: bytes) -> int:
    from pledgecard.extract.limits import Limits
    from pledgecard.extract.readers.pdf import read

    doc = read(data, path="bench.pdf", limits=Limits(pdf_engine=ENGINE))
    return doc.n_pages or 0


def timed(fn, files: list[bytes], rounds: int) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    best = float("inf")
    pages = 0
    for _ in range(rounds):
        start = time.perf_counter()
        pages = sum(fn(data) for data in files)
        best = min(best, time.perf_counter() - start)
    return best, pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=5, help="best of N rounds (default 5)")
    parser.add_argument("--pdf-engine", default="pdfium", choices=["pdfium", "pdfplumber"])
    args = parser.parse_args(argv)
    global ENGINE
    ENGINE = args.pdf_engine
    files = [p.read_bytes() for p in args.pdfs]
    reader(files[0])  # warm imports
    baseline(files[0])
    t_base, pages = timed(baseline, files, args.rounds)
    t_read, _ = timed(reader, files, args.rounds)
    print(f"files: {len(files)}, pages: {pages}, best of {args.rounds} rounds")
    print(f"pdfplumber baseline (extract_text + find_tables): {pages / t_base:8.1f} pages/s")
    print(f"pledgecard PDF reader ({ENGINE:10}):             {pages / t_read:8.1f} pages/s")
    print(f"ratio reader/baseline time: {t_read / t_base:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
