"""Throughput of the achievement-text entity finder, as ratios against a baseline in the same run.

    .venv/bin/python benchmarks/bench_nlp.py [N_CARDS]

Baseline: bare spaCy tokenisation (`nlp.make_doc`) of the same texts. Reported: find_orgs (one call
per text, cache cleared), find_orgs_many (nlp.pipe), find_counts, each as time / baseline time.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))  # samples/

from pledgecard.extract import nlp as N  # noqa: E402
from samples.synth import synth_record  # noqa: E402


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(n_cards: int = 200) -> None:
    texts = [a["text"] for seed in range(n_cards) for a in synth_record(seed)["achievements"]]
    nlp = N.get_nlp()
    N.find_orgs("워밍업 ㈜가온")  # build the pipeline and matcher outside the timings
    base = _timed(lambda: [nlp.make_doc(t) for t in texts])
    N._orgs.cache_clear()
    single = _timed(lambda: [N.find_orgs(t) for t in texts])
    many = _timed(lambda: N.find_orgs_many(texts))
    counts = _timed(lambda: [N.find_counts(t) for t in texts])
    per = 1e6 / len(texts)
    print(f"{len(texts)} texts; baseline tokenisation {base * per:.0f} us/text")
    for name, t in [("find_orgs", single), ("find_orgs_many", many), ("find_counts", counts)]:
        print(f"{name:15s} {t / base:6.2f} x baseline  ({t * per:.0f} us/text)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
