"""Throughput of the HWP 5 and HWPX readers against the bare libraries, measured in the same run.

    .venv/bin/python benchmarks/bench_readers_hwp.py [--limit N] [--repeat R]

HWP baselines: pyhwp opening each file (``hwp5.binmodel.Hwp5File``) and iterating every record
of every body section (``records``), and parsing every record into models (``models``).
HWPX baseline: ``zipfile`` + ``lxml`` parsing every section XML. The readers do more (limits,
the record tree, blocks), so a ratio near or above 1 against ``models`` / ``lxml`` means the
reader costs no more than the library work it cannot avoid. Files are the real corpus in
``../shared/corpus``; the output is files/s and the ratio reader/baseline.
"""

from __future__ import annotations

import argparse
import io
import logging
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from pledgecard.extract.limits import Limits

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def _hwp_files(limit: int) -> list[bytes]:
    paths = sorted((CORPUS / "nts-rulings-hwp").glob("*.hwp")) + sorted((CORPUS / "public-hwp").glob("*.hwp"))
    out = []
    for p in paths:
        data = p.read_bytes()
        if data.startswith(b"\xd0\xcf\x11\xe0") and "password" not in p.name:
            out.append(data)
    return out[:limit]


def _hwpx_files() -> list[bytes]:
    return [p.read_bytes() for p in sorted((CORPUS / "public-hwp").glob("*.hwpx"))]


def bare_hwp_records(data: bytes) -> None:
    from hwp5.binmodel import Hwp5File
    from hwp5.storage.ole import OleStorage

    f = Hwp5File(OleStorage(io.BytesIO(data)))
    for section in f.text.sections:
        for _ in section.records():
            pass


def bare_hwp_models(data: bytes) -> None:
    from hwp5.binmodel import Hwp5File
    from hwp5.storage.ole import OleStorage

    f = Hwp5File(OleStorage(io.BytesIO(data)))
    for section in f.text.sections:
        for _ in section.models():
            pass


def bare_hwpx(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if name.startswith("Contents/section") and name.endswith(".xml"):
                etree.fromstring(zf.read(name))


def reader(fmt: str) -> Callable[[bytes], None]:
    if fmt == "hwp":
        from pledgecard.extract.readers.hwp import read
    else:
        from pledgecard.extract.readers.hwpx import read
    limits = Limits()

    def run(data: bytes) -> None:
        read(data, path="bench", limits=limits)

    return run


def rates(fns: list[Callable[[bytes], None]], files: list[bytes], repeat: int) -> list[float]:
    """Files/s of each function; they run interleaved file by file so that load changes hit all alike."""
    for fn in fns:
        fn(files[0])  # warm imports
    spent = [0.0] * len(fns)
    for _ in range(repeat):
        for data in files:
            for i, fn in enumerate(fns):
                start = time.perf_counter()
                fn(data)
                spent[i] += time.perf_counter() - start
    return [len(files) * repeat / t for t in spent]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=100, help="HWP files to read (default 100)")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the HWPX files (default 3)")
    args = ap.parse_args()
    logging.disable(logging.CRITICAL)
    hwp, hwpx = _hwp_files(args.limit), _hwpx_files()

    ours, records, models = rates([reader("hwp"), bare_hwp_records, bare_hwp_models], hwp, 1)
    print(
        f"HWP  ({len(hwp)} files): reader {ours:7.1f} files/s | pyhwp records {records:7.1f} files/s"
        f" | pyhwp models {models:7.1f} files/s"
    )
    print(f"     ratio reader/records {ours / records:.2f}   reader/models {ours / models:.2f}")

    ours_x, bare_x = rates([reader("hwpx"), bare_hwpx], hwpx, args.repeat)
    print(
        f"HWPX ({len(hwpx)} files x {args.repeat}): reader {ours_x:7.1f} files/s | zipfile+lxml {bare_x:7.1f} files/s"
    )
    print(f"     ratio reader/lxml {ours_x / bare_x:.2f}")


if __name__ == "__main__":
    main()
