"""Bounded searches (session 30, extract/search_budget.py): a card whose funding table prints bare figures makes the
extractor's searches (groupings of a row's tokens, placements of its blanks, choices among the rows' readings) as
cheap as a plain card's, or gives them up at their bound, against the plain card in the same run.

    .venv/bin/python benchmarks/bench_bounded_search.py [--years 12,16,20] [--short 1,2,3] [--repeat R]
                                                        [--unbounded SECONDS]

Cards (samples/bare_figures.py): mutant 3909's text dump as the generator prints it (units after every funding
figure: the baseline), the same with the units deleted (the sweep's v3909, which once ran past the CLI's 120 s
timeout), and its funding table redrawn over ``--years`` columns of bare figures with ``--short`` rows printing
no gap for their blanks. Each read once (not timed). Timed: the card extraction (``extract_card_results``), best
of ``--repeat``; printed with its ratio to the baseline's, the searches opened, the most tries one made and
those given up, and the figures right / null / wrong (the shared counter). ``--unbounded S``: also with every
bound lifted (each card stopped after S seconds), what the bounds save.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pledgecard.extract.search_budget as search_budget
from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.document import Document
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import read_bytes
from pledgecard.extract.search_budget import Search, searches
from pledgecard.extract.vocabulary import use_vocabulary

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # (samples/, the card generators)
from samples.bare_figures import mutant_card, unit_stripped, widened  # noqa: E402


def _figures(expected: dict[str, Any], record: dict[str, Any]) -> tuple[int, int, int]:
    """Funding figures (right, null, wrong) by the shared wrong-figure counter."""
    sys.path.insert(0, str(ROOT.parent / "shared" / "tools"))
    import wrong_figures

    figs = [f for f in wrong_figures.figures(expected, record) if f[0] == "funding"]
    return (
        sum(1 for *_, e, g in figs if g == e),
        sum(1 for *_, e, g in figs if g is None and e is not None),
        sum(1 for *_, e, g in figs if g is not None and g != e),
    )


@contextmanager
def unbounded() -> Iterator[None]:
    """Every search's bound lifted (its tries still counted)."""
    take, room = Search.take, Search.room

    def count(self: Search, k: int = 1) -> None:
        self.tries += k

    Search.take, Search.room = count, lambda self, k: True  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        Search.take, Search.room = take, room  # type: ignore[method-assign]


class _Late(Exception):
    pass


def _timed(doc: Document, cap: int = 0) -> tuple[float, list[Search], Any]:
    def late(*_: Any) -> None:
        raise _Late

    old = signal.signal(signal.SIGALRM, late) if cap else None
    t0 = time.perf_counter()
    try:
        if cap:
            signal.alarm(cap)
        with searches() as log:
            cards = extract_card_results(doc)
        return time.perf_counter() - t0, log, cards[0].record
    except _Late:
        return float("inf"), [], None
    finally:
        if cap:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, old)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--years", default="12,16,20")
    ap.add_argument("--short", default="1,2,3")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--unbounded", type=int, default=0, help="also time with every bound lifted, S seconds a card"
    )
    args = ap.parse_args()
    limits = Limits()
    text, expected = mutant_card(3909)
    cards: list[tuple[str, str, dict[str, Any]]] = [
        ("mutant 3909 (units printed)", text, expected),
        ("v3909 (units deleted)", unit_stripped(text, expected), expected),
    ]
    for y in (int(x) for x in args.years.split(",")):
        for k in (int(x) for x in args.short.split(",")):
            card, want = widened(text, expected, y, k)
            cards.append((f"{y} columns, {k} short", card, want))
    with use_vocabulary(limits.vocabulary):
        docs = [read_bytes(t.encode("utf-8"), path=f"{name}.txt", limits=limits) for name, t, _ in cards]
        print(
            f"{'card':28s} {'seconds':>8s} {'ratio':>6s} {'searches':>8s} {'most tries':>10s} "
            f"{'right/null/wrong':>16s}  given up" + ("  | unbounded s" if args.unbounded else "")
        )
        base = 0.0
        for (name, _, want), doc in zip(cards, docs, strict=True):
            best, log, record = min((_timed(doc) for _ in range(args.repeat)), key=lambda r: r[0])
            base = base or best
            right, null, wrong = _figures(want, record)
            gave = sorted({s.name for s in log if s.given_up})
            line = (
                f"{name:28s} {best:8.2f} {best / base:6.1f} {len(log):8d} {max((s.tries for s in log), default=0):10d} "
                f"{f'{right}/{null}/{wrong}':>16s}  {', '.join(gave) or '-'}"
            )
            if args.unbounded:
                with unbounded():
                    free = _timed(doc, args.unbounded)[0]
                line += f"  | {f'> {args.unbounded}' if free == float('inf') else f'{free:.2f}'}"
            print(line, flush=True)
    print(f"bounds: {search_budget.TRIES} tries a search unless it names its own")
    _sum_search(args.repeat)


def _sum_search(repeat: int) -> None:
    """The funding sum search (extract/sections/funding_sum_search.py, session 31) on a 6 x 10 table of dashes (every
    figure equal: once ~12 s at its own bound of 1e6 steps) and dahae-city 22002's 5 x 8 table in its pdf2txt print
    order (its figures in units of 10 million won, each printing half-step so scaled: 340k steps under the search's
    own bound until session 32, 14k since, within the shared budget) against a 4 x 5 table of distinct figures
    printed column by column: steps, best seconds and their ratio."""
    from pledgecard.extract.sections.funding_sum_search import GridSums, place_by_sums

    grid = ((976, 279, 371, 176, 150), (638, 251, 253, 34, 100), (179, 0, 118, 11, 50), (159, 28, 0, 131, 0))
    dahae = [
        4300,
        481,
        625,
        875,
        1116,
        488,
        1075,
        637,
        878,
        1710,
        14,
        0,
        208,
        259,
        0,
        335,
        140,
        151,
        334,
        0,
        175,
        365,
        325,
        364,
        168,
        259,
        0,
        8,
        125,
        355,
        536,
        229,
        125,
        44,
        138,
        179,
        172,
        0,
        7,
        0,
    ]
    dahae_steps = [0.0 if v == 0 else 5.0 if k in (0, 9, 16) else 0.5 for k, v in enumerate(dahae)]
    cases = [
        (
            "4x5 figures by columns",
            [grid[i][j] for j in range(5) for i in range(4)],
            [0.5] * 20,
            GridSums(4, 5, 0, (1, 2, 3, 4), 0),
        ),
        ("6x10 dashes", [0] * 60, [0.5] * 60, GridSums(6, 10, 0, tuple(range(1, 10)), 0)),
        ("5x8 dahae-city pdf2txt", dahae, dahae_steps, GridSums(5, 8, 0, tuple(range(1, 8)), 0)),
    ]
    base = 0.0
    for name, values, slacks, sums in cases:
        best, placed = float("inf"), None
        for _ in range(repeat):
            t0 = time.perf_counter()
            placed = place_by_sums(values, slacks, sums)
            best = min(best, time.perf_counter() - t0)
        base = base or best
        assert placed is not None
        print(
            f"sum search {name:24s} {best:8.3f} s {best / base:8.1f}x {placed.steps:9d} steps  {placed.why or 'placed'}"
        )


if __name__ == "__main__":
    main()
