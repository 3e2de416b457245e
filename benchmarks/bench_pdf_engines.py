"""Per-page cost of the PDF engines and of the reader against bare pypdfium2 and bare pdfplumber.

    .venv/bin/python benchmarks/bench_pdf_engines.py [PDF or DIR ...] [--rounds N] [--cli DIR] [--repeats N]

All in one run, on the same files (default: samples/corpus/*.pdf and tests/fixtures/pdf/card.pdf):

- bare pypdfium2: every page's text (``get_textpage().get_text_range()``);
- bare pdfplumber: ``extract_text()`` and ``extract_tables()`` on every page;
- each engine's page model (characters, lines, rectangles, curves; ``pdf_engine.py``);
- the PDF reader (page model, table grids, lines, document) with each engine.

Milliseconds per page are printed with ratios to bare pdfplumber (the issue's yardstick) and
to bare pypdfium2 (best of ``--rounds``). With ``--cli DIR`` it also times, as fresh processes
taking turns (``--repeats`` times), ``pledgecard extract DIR --workers 1`` with each engine and
``pledgecard run DIR --workers 1`` (extract, validate, report, tables, warehouse) against a
process doing bare pdfplumber text + tables over the same PDFs, and prints each one's wall and CPU
seconds (CPU: the process and all its descendants, the batch's workers included) and its wall
time's ratio to bare pdfplumber's in the same turn (median over the repeats): absolute
times vary with the machine's load, the ratios measured side by side much less.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = sorted((ROOT / "samples" / "corpus").glob("*.pdf")) + [
    ROOT / "tests" / "fixtures" / "pdf" / "card.pdf"
]
PYTHON = sys.executable

BARE_PDFPLUMBER = """
import sys, pathlib, pdfplumber
for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.pdf")):
    with pdfplumber.open(p) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()
"""


def bare_pdfium(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        for page in pdf:
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def bare_pdfplumber(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()
        return len(pdf.pages)


def engine(name: str) -> Callable[[bytes], int]:
    def run(data: bytes) -> int:
        from pledgecard.extract.readers.pdf_engine import open_pdf

        with open_pdf(data, name) as pdf:
            pages = [load() for load in pdf.pages()]
        return len(pages)

    return run


def reader(name: str) -> Callable[[bytes], int]:
    def run(data: bytes) -> int:
        from pledgecard.extract.limits import Limits
        from pledgecard.extract.readers.pdf import read

        return read(data, path="bench.pdf", limits=Limits(pdf_engine=name)).n_pages or 0

    return run


def timed(fn: Callable[[bytes], int], files: list[bytes], rounds: int) -> tuple[float, int]:
    best, pages = float("inf"), 0
    for _ in range(rounds):
        start = time.perf_counter()
        pages = sum(fn(data) for data in files)
        best = min(best, time.perf_counter() - start)
    return best, pages


def per_page(files: list[bytes], rounds: int) -> None:
    cases: list[tuple[str, Callable[[bytes], int]]] = [
        ("bare pypdfium2 (text)", bare_pdfium),
        ("bare pdfplumber (text + tables)", bare_pdfplumber),
        ("engine pdfplumber (page model)", engine("pdfplumber")),
        ("engine pdfium (page model)", engine("pdfium")),
        ("reader, engine pdfplumber", reader("pdfplumber")),
        ("reader, engine pdfium", reader("pdfium")),
    ]
    for _, fn in cases:
        fn(files[0])  # imports and first-call costs out of the measurement
    results = [(label, *timed(fn, files, rounds)) for label, fn in cases]
    pages = results[0][2]
    t_pdfium, t_plumber = results[0][1], results[1][1]
    print(f"files: {len(files)}, pages: {pages}, best of {rounds} rounds")
    print(f"{'':34} {'ms/page':>9} {'x bare pdfplumber':>18} {'x bare pypdfium2':>17}")
    for label, t, _ in results:
        print(f"{label:34} {1000 * t / pages:9.2f} {t / t_plumber:18.3f} {t / t_pdfium:17.2f}")


def _tree_cpu(root: int, seen: dict[int, float]) -> None:
    """Note the CPU seconds so far of ``root`` and each process descending from it (Linux /proc):
    a batch's workers are children of a fork server, whose CPU time no ``wait`` reports back."""
    tick = os.sysconf("SC_CLK_TCK")
    parent: dict[int, int] = {}
    own: dict[int, float] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        parent[pid] = int(fields[1])
        own[pid] = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
    for pid, cpu in own.items():
        p = pid
        while p > 1 and p != root:
            p = parent.get(p, 0)
        if p == root:
            seen[pid] = max(cpu, seen.get(pid, 0.0))


def _wall(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one command: its own and its descendants' (sampled every 100 ms
    from /proc where there is one, else the children ``wait`` reports)."""
    before = os.times()
    seen: dict[int, float] = {}
    start = time.perf_counter()
    with subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as proc:
        while proc.poll() is None:
            if os.path.isdir("/proc"):
                _tree_cpu(proc.pid, seen)
            time.sleep(0.1)
    wall = time.perf_counter() - start
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    after = os.times()
    reaped = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, max(reaped, sum(seen.values()))


def _commands(folder: Path, tmp: Path) -> dict[str, list[str]]:
    """The commands taking turns: bare pdfplumber, ``extract`` with each engine, ``run`` (into
    the new folder ``tmp``)."""
    cli = [PYTHON, "-m", "pledgecard"]
    cmds = {"bare pdfplumber (text + tables)": [PYTHON, "-c", BARE_PDFPLUMBER, str(folder)]}
    for name in ("pdfium", "pdfplumber"):
        cmds[f"extract --pdf-engine {name}"] = [
            *cli,
            "extract",
            str(folder),
            "-o",
            str(tmp / name),
            "--workers",
            "1",
            "--force",
            "--quiet",
            "--pdf-engine",
            name,
        ]
    cmds["run (extract, validate, report, load)"] = [
        *cli,
        "run",
        str(folder),
        "-o",
        str(tmp / "run"),
        "--workers",
        "1",
        "--quiet",
        "--fail-on",
        "never",
    ]
    return cmds


def cli(folder: Path, repeats: int) -> None:
    n = len(list(folder.rglob("*.pdf")))
    with tempfile.TemporaryDirectory() as tmp:
        labels = list(_commands(folder, Path(tmp)))
        walls: dict[str, list[float]] = {label: [] for label in labels}
        cpus: dict[str, list[float]] = {label: [] for label in labels}
        for turn in range(repeats):
            for label, cmd in _commands(folder, Path(tmp) / str(turn)).items():
                wall, cpu = _wall(cmd)
                walls[label].append(wall)
                cpus[label].append(cpu)
    bare = walls["bare pdfplumber (text + tables)"]
    print(
        f"\nCLI on {n} PDFs, one worker, against bare pdfplumber text + tables "
        f"(fresh processes taking turns, {repeats} repeats; each turn into new output folders)"
    )
    print(f"{'':40} {'wall s':>18} {'CPU s (median)':>15} {'ratio to bare':>20} {'median':>7}")
    for label in labels:
        ratios = [t / b for t, b in zip(walls[label], bare, strict=True)]
        print(
            f"{label:40} {', '.join(f'{t:.1f}' for t in walls[label]):>18} {statistics.median(cpus[label]):15.1f} "
            f"{', '.join(f'{r:.2f}' for r in ratios):>20} {statistics.median(ratios):7.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=3, help="best of N rounds (default 3)")
    parser.add_argument(
        "--cli",
        type=Path,
        metavar="DIR",
        help="also time `pledgecard extract DIR` and `pledgecard run DIR` (PDFs)",
    )
    parser.add_argument("--repeats", type=int, default=3, help="turns of the CLI timing (default 3)")
    args = parser.parse_args(argv)
    paths = [q for p in args.pdfs for q in (sorted(p.rglob("*.pdf")) if p.is_dir() else [p])]
    per_page([p.read_bytes() for p in paths], args.rounds)
    if args.cli:
        cli(args.cli, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
