"""Throughput of the text reader against the bare baseline, measured in the same run.

    .venv/bin/python benchmarks/bench_reader_text.py [--repeat R]

Files: the seed dump (``../shared/seeds``) and the text cards in ``samples/``, each also re-encoded
as CP949 and UTF-16 (the reader detects the encoding). Baseline: ``bytes.decode`` with the known
encoding and ``str.splitlines`` — the least any reader must do. Also timed: the whole extraction
(reader + section extractors + spaCy) through ``pledgecard.pipeline.process_file``'s inner path.
Prints files/s and the ratio of each to the baseline.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers.text import read

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seeds" / "gangwon-2-20-2024Q4.txt"


def _inputs() -> list[tuple[bytes, str]]:
    texts = [
        p.read_text(encoding="utf-8") for p in [SEED, *sorted((REPO / "samples").glob("*.txt"))] if p.exists()
    ]
    out: list[tuple[bytes, str]] = []
    for t in texts:
        out.append((t.encode("utf-8"), "utf-8"))
        out.append((t.encode("utf-16"), "utf-16"))
        cp = t.replace("\ufffd", "□").replace("◦", "○").replace("⇨", "⇒").replace("\u2027", "·")
        out.append((cp.encode("cp949", errors="replace"), "cp949"))
    return out


def _time(fn: Callable[[bytes, str], object], inputs: list[tuple[bytes, str]], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for data, enc in inputs:
            fn(data, enc)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    inputs = _inputs()
    limits = Limits()
    extract_card_results(read(inputs[0][0], path="warm", limits=limits))  # load spaCy once
    base = _time(lambda d, e: d.decode(e).splitlines(), inputs, args.repeat)
    reader = _time(lambda d, e: read(d, path="x", limits=limits), inputs, args.repeat)
    whole = _time(lambda d, e: extract_card_results(read(d, path="x", limits=limits)), inputs, args.repeat)
    n = len(inputs)
    print(f"{n} text files (UTF-8, UTF-16, CP949), best of {args.repeat}")
    print(f"{'what':28s} {'files/s':>10s} {'time ratio to baseline':>24s}")
    for name, secs in (
        ("baseline decode+splitlines", base),
        ("text reader", reader),
        ("reader + extraction", whole),
    ):
        print(f"{name:28s} {n / secs:10.1f} {secs / base:24.1f}")


if __name__ == "__main__":
    main()
