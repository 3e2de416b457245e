"""Peak memory of the PDF reader as a document grows: the same PDF repeated n times, measured in one run.

    .venv/bin/python benchmarks/bench_pdf_memory.py [PDF] [--copies 5 40]

The reader loads each sheet's page model as it reads it and drops it after (``pdf.py``, ``SheetPlanner``):
its peak (tracemalloc) should stay near the short document's as the copies grow, while the document it
returns grows with them. The printed ratios (long over short: peak memory, time) are what to watch; a
reader keeping every page model would show a peak ratio near the copies' ratio.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "samples" / "families" / "moa-city" / "moa-city-88001-pdf.pdf"  # sheets of two pages


def repeated(src: Path, copies: int) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for _ in range(copies):
        writer.append(PdfReader(src))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def measured(data: bytes) -> tuple[float, float, int]:
    """Peak traced bytes, seconds and logical pages of one read."""
    from pledgecard.extract.limits import Limits
    from pledgecard.extract.readers.pdf import read

    tracemalloc.start()
    start = time.perf_counter()
    doc = read(data, path="bench.pdf", limits=Limits())
    took = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak, took, len(doc.blocks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--copies", nargs=2, type=int, default=[5, 40], metavar=("SHORT", "LONG"))
    args = parser.parse_args(argv)
    short, long = (repeated(args.pdf, n) for n in args.copies)
    measured(repeated(args.pdf, 1))  # warm imports
    (p_s, t_s, b_s), (p_l, t_l, b_l) = measured(short), measured(long)
    n_s, n_l = args.copies
    print(f"{args.pdf.name}: {n_s} copies {p_s / 1e6:.1f} MB peak, {t_s:.2f}s, {b_s} blocks")
    print(f"{args.pdf.name}: {n_l} copies {p_l / 1e6:.1f} MB peak, {t_l:.2f}s, {b_l} blocks")
    print(
        f"long/short: copies {n_l / n_s:.1f}, blocks {b_l / b_s:.1f}, peak memory {p_l / p_s:.2f}, time {t_l / t_s:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
