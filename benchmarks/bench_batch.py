"""Cards per second of ``pledgecard run``'s batch runner, per format, for 1 and 2 workers.

    .venv/bin/python benchmarks/bench_batch.py [--cards 1000] [--formats txt,pdf,hwp,hwpx]
                                               [--workers 1,2] [--archive DIR]

Builds (once, cached in ``--archive``) an archive of at least ``--cards`` generated cards spread
over the formats with ``samples/generate.py`` (without it: distinct copies of the text cards in
samples/ and shared/seeds/). Then, per format, it measures in separate processes:

- the bare baseline: every file read with its reader library alone (text decoded; PDF pages
  parsed by pdfplumber; HWP body streams inflated through olefile; HWPX section XML parsed by lxml);
- ``run_batch`` over the same files with N workers (fresh output folder: nothing reused).

It prints cards/s, the ratio of batch time to baseline time (watch the ratio: absolute speeds
depend on the machine and its load) and the peak resident memory of the whole process tree
(parent and workers together, sampled every 50 ms).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

from pledgecard.extract.document import FORMAT_NAMES
from pledgecard.extract.formats import detect_format

ROOT = Path(__file__).resolve().parents[1]


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".expected.json"))


def build_archive(archive: Path, cards: int, formats: list[str], jobs: int) -> None:
    """Generate ``cards`` cards over ``formats`` into ``archive/<format>/`` (kept for reruns)."""
    per = math.ceil(cards / len(formats))
    try:
        sys.path.insert(0, str(ROOT))
        from samples.generate import FORMATS, _job, plan_jobs
    except ImportError:
        _copies(archive, per)
        return
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        print(f"the sample generator has no format {', '.join(unknown)}; skipped", file=sys.stderr)
        formats = [f for f in formats if f in FORMATS]
    from concurrent.futures import ProcessPoolExecutor

    for fmt in formats:
        folder = archive / fmt
        if folder.is_dir() and len(_files(folder)) >= per:
            continue
        folder.mkdir(parents=True, exist_ok=True)
        todo = plan_jobs(folder, per, 1, [fmt], 0)
        print(f"generating {len(todo)} {fmt} cards in {folder} ...", file=sys.stderr)
        with ProcessPoolExecutor(jobs) as ex:
            list(ex.map(_job, todo, chunksize=4))


def _copies(archive: Path, per: int) -> None:
    """Distinct copies (a trailing blank line count) of the text cards at hand."""
    texts = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    folder = archive / "txt"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(per):
        src = texts[i % len(texts)]
        (folder / f"{i:05d}-{src.name}").write_bytes(src.read_bytes() + b"\n" * (1 + i // len(texts)))


def bare_read(data: bytes) -> None:
    """Read one file with the reader library alone, by the format its bytes are sniffed as (the
    pipeline's registry, extract/formats.py)."""
    fmt = detect_format(data)
    if fmt == "txt":
        data.decode("utf-8", errors="replace").splitlines()
    elif fmt == "pdf":
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_words()
                page.close()
    elif fmt == "hwp":
        import olefile

        with olefile.OleFileIO(data) as ole:
            for entry in ole.listdir():
                if entry[0] == "BodyText":
                    zlib.decompress(ole.openstream(entry).read(), -15)
    elif fmt == "hwpx":
        from lxml import etree

        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for name in zf.namelist():
                if name.startswith("Contents/section"):
                    etree.fromstring(zf.read(name))


def _tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and all its descendants (Linux /proc), in MB."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            parents[int(d)] = int(fields[1])
            rss[int(d)] = int(fields[21]) * resource.getpagesize()
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [c for c, pp in parents.items() if pp == pid and c not in tree]
        tree.update(kids)
        frontier.extend(kids)
    return sum(rss.get(p, 0) for p in tree) / 2**20


class PeakMemory:
    """Samples the summed RSS of this process tree (workers included) every 50 ms."""

    def __init__(self) -> None:
        import threading

        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, _tree_rss_mb(os.getpid()))

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.peak = max(self.peak, own)


def measure(kind: str, folder: Path, fmt: str, workers: int) -> dict:
    """One measurement (run in its own process so that peak memory is its own)."""
    files = _files(folder)
    start = time.perf_counter()
    with PeakMemory() as mem:
        if kind == "baseline":
            for p in files:
                bare_read(p.read_bytes())
            cards = failed = 0
        else:
            from pledgecard.batch import run_batch

            with tempfile.TemporaryDirectory(prefix="bench-batch-") as out:
                s = run_batch([folder], out, workers=workers, progress=False)
            cards, failed = s.cards, s.failed
    return {"seconds": time.perf_counter() - start, "files": len(files), "cards": cards, "failed": failed,
            "peak_mb": mem.peak}


def _child(kind: str, folder: Path, fmt: str, workers: int) -> dict:
    cmd = [sys.executable, __file__, "--one", kind, str(folder), fmt, str(workers)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cards", type=int, default=1000)
    p.add_argument("--formats", default=",".join(FORMAT_NAMES), help="sample generator formats")
    p.add_argument("--workers", default="1,2")
    p.add_argument("--archive", type=Path, default=None, help="archive folder (default: a cache under /tmp)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes generating the archive")
    p.add_argument("--one", nargs=4, metavar=("KIND", "FOLDER", "FORMAT", "WORKERS"), help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.one:
        kind, folder, fmt, workers = a.one
        print(json.dumps(measure(kind, Path(folder), fmt, int(workers))))
        return 0
    formats = [f for f in a.formats.split(",") if f]
    archive = a.archive or Path(tempfile.gettempdir()) / f"pledgecard-bench-archive-{a.cards}"
    build_archive(archive, a.cards, formats, a.jobs)
    present = [f for f in formats if (archive / f).is_dir()]
    print(f"archive: {archive}")
    print(f"{'format':7s} {'workers':>7s} {'files':>6s} {'cards':>6s} {'failed':>6s} {'cards/s':>8s} "
          f"{'baseline files/s':>16s} {'ratio':>7s} {'peak MB':>8s}")
    total_cards = 0
    for fmt in present:
        base = _child("baseline", archive / fmt, fmt, 1)
        for w in (int(x) for x in a.workers.split(",")):
            r = _child("batch", archive / fmt, fmt, w)
            total_cards += r["cards"] if w == 1 else 0
            print(f"{fmt:7s} {w:7d} {r['files']:6d} {r['cards']:6d} {r['failed']:6d} "
                  f"{r['cards'] / r['seconds']:8.1f} {base['files'] / base['seconds']:16.1f} "
                  f"{r['seconds'] / base['seconds']:7.2f} {r['peak_mb']:8.0f}")
    print(f"cards in the archive: {total_cards} (ratio = batch seconds / bare-reader seconds, same run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
