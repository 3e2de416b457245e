"""Reads made once (session 29's second read): the goals read ahead for the achievements stand for the goals
section's own read (sections/goals_ahead.py), and an unknown heading's section is told funding under the unit its
heading prints, with no probe read (content_kinds.reads_as_funding), against both read twice, in the same run.

    .venv/bin/python benchmarks/bench_section_reads.py [--families sora-city,nodeul-county] [--repeat R]

Files: the TXT, HWPX and PDF cards of ``samples/families/<family>/`` (every family without ``--families``),
each read once by its reader (not timed). Timed: the card extraction (``extract_card_results``) of every
document, best of ``--repeat``, with the reads made once (as shipped) and made twice (the goals section read
again, the unknown heading's section probed without its heading), the two ways taking turns. Also counted: the goals extractor's reads and
the funding reads the unknown-heading test makes. Prints the seconds, the ratio and the counts; the records of
the two ways are compared (they are the same).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pledgecard.extract.cards as cards
import pledgecard.extract.sections.funding as funding
from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.document import Document
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import read_bytes
from pledgecard.extract.sections.registry import SECTIONS

REPO = Path(__file__).resolve().parents[1]
FAMILIES = REPO / "samples" / "families"


def _documents(families: list[str]) -> list[Document]:
    limits = Limits()
    paths = [
        p
        for fam in families
        for ext in ("txt", "hwpx", "pdf")
        for p in sorted((FAMILIES / fam).glob(f"*.{ext}"))
    ]
    return [read_bytes(p.read_bytes(), path=str(p), limits=limits) for p in paths]


@contextmanager
def counted(counts: dict[str, int]) -> Iterator[None]:
    """The goals extractor and the funding reader (as the unknown-heading test calls it) counting their reads."""
    spec, read = SECTIONS["goals"], funding.extract_funding

    def goals(items: list[Any], ctx: Any) -> Any:
        counts["goals"] += 1
        return spec.extract(items, ctx)

    def funds(items: list[Any], ctx: Any = None) -> Any:
        counts["funding probe"] += 1
        return read(items, ctx)

    SECTIONS["goals"], funding.extract_funding = replace(spec, extract=goals), funds
    try:
        yield
    finally:
        SECTIONS["goals"], funding.extract_funding = spec, read


@contextmanager
def read_twice() -> Iterator[None]:
    """The reads as before: the goals section read again, the unknown heading's section probed without it."""
    ahead, kinds = cards.goals_read_ahead, cards.reads_as_funding
    cards.goals_read_ahead = lambda *_a, **_k: None  # type: ignore[assignment]
    cards.reads_as_funding = lambda items, heading=None: kinds(items)  # type: ignore[assignment]
    try:
        yield
    finally:
        cards.goals_read_ahead, cards.reads_as_funding = ahead, kinds


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def _best_of_both(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The best seconds of ``run`` with the reads made once and made twice, the two ways taking turns so that
    both see the same load."""
    once = twice = float("inf")
    for _ in range(repeat):
        once = min(once, _timed(run))
        with read_twice():
            twice = min(twice, _timed(run))
    return once, twice


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--families", default="", help="comma-separated family folders (default: all)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    families = [f for f in args.families.split(",") if f] or sorted(
        p.name for p in FAMILIES.iterdir() if p.is_dir()
    )
    docs = _documents(families)

    def run() -> list[Any]:
        return [c.record for d in docs for c in extract_card_results(d)]

    once_counts = {"goals": 0, "funding probe": 0}
    twice_counts = dict(once_counts)
    with counted(once_counts):
        once_records = run()
    with read_twice(), counted(twice_counts):
        twice_records = run()
    once, twice = _best_of_both(run, args.repeat)
    print(
        f"{len(docs)} documents of {len(families)} families, {len(once_records)} cards, best of {args.repeat}"
    )
    print(f"{'reads':8s} {'seconds':>9s} {'goals reads':>12s} {'funding probe reads':>20s}")
    print(f"{'twice':8s} {twice:9.2f} {twice_counts['goals']:12d} {twice_counts['funding probe']:20d}")
    print(f"{'once':8s} {once:9.2f} {once_counts['goals']:12d} {once_counts['funding probe']:20d}")
    print(f"time ratio once / twice: {once / twice:.3f}; records the same: {once_records == twice_records}")


if __name__ == "__main__":
    main()
