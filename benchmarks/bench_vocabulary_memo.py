"""Label and cell readers remembered per vocabulary (session 34, perf): extract/vocabulary_memo.py's
``per_vocabulary`` keeps what a heading's section (labels ``_glued_match``), a funding cell read as an amount
(funding_cells ``is_amount_cell``, ``squashed_cell``), a funding row label's source (money_sources
``funding_source``) and a funding column's head (funding_column_heads ``classify_column``) gave for a short string under the vocabulary in force,
and a goals row label's field (goal_across ``row_field``) is one lookup in a table built once a vocabulary
instead of a set of keys built per field per call. Against the same extraction with every string read again
(``LONGEST = -1``) and ``row_field`` as it was (``reference_row_field`` below, verbatim but for its name), in
the same run, taking turns.

    .venv/bin/python benchmarks/bench_vocabulary_memo.py [--formats txt,hwpx,pdf,hwp] [--count N] [--repeat R]

Files: ``--count`` files of each format under ``samples/`` (sorted paths, every k-th so families mix), each
extracted whole once (``extract_file``) as the main job reads them: in a fresh process per way and turn (after
one other file read untimed: imports, spaCy), best of ``--repeat`` in CPU-s. Prints the seconds and the ratio per
format; the records are the same either way (asserted on their JSON's hash).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

if __package__ in (None, ""):  # run as a script: the repository root, for `benchmarks.`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pledgecard.extract.sections.goal_across as goal_across
import pledgecard.extract.vocabulary_memo as vocabulary_memo
from benchmarks.read_twice import remembered_and_read_again
from pledgecard import extract_file
from pledgecard.extract.vocabulary import current, key

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"


def reference_row_field(text: str) -> str | None:
    """The field a row label names as its whole text (목표, 실적, 추진상황, 달성률)."""
    vocab = current()
    k = key(text)
    for name in goal_across._FIELDS:
        words = vocab.words("goals_columns", name)
        if name == "target":
            words = words + vocab.words("goals_columns_whole", "target")
        if k in {key(w) for w in words}:
            return name
    return None


@contextmanager
def read_again() -> Iterator[None]:
    """Every string read again while the block runs: nothing remembered per vocabulary, ``row_field`` as it
    was."""
    longest, row_field = vocabulary_memo.LONGEST, goal_across.row_field
    vocabulary_memo.LONGEST, goal_across.row_field = -1, reference_row_field
    try:
        yield
    finally:
        vocabulary_memo.LONGEST, goal_across.row_field = longest, row_field


def sample_files(fmt: str, count: int) -> list[Path]:
    """``count`` files of one format under samples/, spread over its sorted paths."""
    files = sorted(p for p in SAMPLES.rglob(f"*.{fmt}") if p.is_file())
    step = max(1, len(files) // max(count, 1))
    return files[::step][:count]


def bench(paths: Sequence[Path], repeat: int) -> tuple[float, float, int]:
    """Best CPU-s of extracting ``paths`` remembered and read again, taking turns; the records asserted equal."""
    kept, again = remembered_and_read_again(paths, repeat, read_again)
    return kept, again, len(paths)


def one_way(way: str, fmt: str, count: int) -> tuple[float, str]:
    """CPU-s of reading ``count`` files of ``fmt`` once each in this process, and the hash of their records."""
    paths = sample_files(fmt, count)
    others = [p for p in sample_files(fmt, count + 1) if p not in paths] or paths
    extract_file(others[0])  # imports and spaCy, not timed
    t0 = time.process_time()
    if way == "read again":
        with read_again():
            got = [extract_file(p) for p in paths]
    else:
        got = [extract_file(p) for p in paths]
    spent = time.process_time() - t0
    return spent, hashlib.sha256(json.dumps(got, sort_keys=True, default=str).encode()).hexdigest()


def cold(fmt: str, count: int, repeat: int) -> tuple[float, float]:
    """Best CPU-s of each way over ``repeat`` turns, each way in a fresh process; the records' hashes equal."""
    best = {"remembered": float("inf"), "read again": float("inf")}
    hashes: set[str] = set()
    for _ in range(repeat):
        for way in best:
            out = subprocess.run(
                [sys.executable, __file__, "--one", way, "--formats", fmt, "--count", str(count)],
                capture_output=True,
                text=True,
                check=True,
                cwd=REPO,
            ).stdout.split()
            best[way] = min(best[way], float(out[0]))
            hashes.add(out[1])
    assert len(hashes) == 1, "the records differ"
    return best["remembered"], best["read again"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--formats", default="txt,hwpx,pdf,hwp")
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--warm", action="store_true", help="the same files read again in one process (bench)")
    ap.add_argument("--one", choices=["remembered", "read again"], help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        spent, digest = one_way(a.one, a.formats, a.count)
        print(f"{spent:.6f} {digest}")
        return
    for fmt in a.formats.split(","):
        if a.warm:
            kept, again, _ = bench(sample_files(fmt, a.count), a.repeat)
        else:
            kept, again = cold(fmt, a.count, a.repeat)
        print(
            f"{fmt:5s} {a.count:3d} files: read again {again:8.3f} CPU-s, remembered {kept:8.3f} CPU-s"
            f"   ratio {kept / again:.3f}"
        )


if __name__ == "__main__":
    main()
