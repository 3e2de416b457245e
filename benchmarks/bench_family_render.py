"""CPU cost of writing a family card's HWP and HWPX the corpus way against the plain way, in the same run.

    .venv/bin/python benchmarks/bench_family_render.py [--families N] [--repeat R]

``plain``: samples.generate.write_file for ``hwp`` and for ``hwpx`` (each its own python-hwpx build, save and
archive validation) with python-hwpx's ``table.cell`` mapping a table's grid again on every call (the renderer
before its one-time cell lookup). ``corpus``: samples.generate.write_files(("hwp", "hwpx")) as family_corpus
writes them (the grid mapped once a table; the HWP converted from the HWPX just written). Both write the same
bytes (tests/test_family_corpus.py); the output is CPU seconds per card pair and the ratio plain/corpus.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples import generate, render_hwpx  # noqa: E402
from samples.families import FAMILIES, family_records, family_seeds  # noqa: E402


def _plain(out: Path, stem: str, records: list, style: object) -> None:
    real = render_hwpx._cell_lookup
    render_hwpx._cell_lookup = lambda table: table.cell
    try:
        for fmt in ("hwp", "hwpx"):
            generate.write_file(out, stem, fmt, records, style)
    finally:
        render_hwpx._cell_lookup = real


def _corpus(out: Path, stem: str, records: list, style: object) -> None:
    generate.write_files(out, stem, ("hwp", "hwpx"), records, style)


def _cpu(write: Callable[..., None], cards: list[tuple[str, list, object]], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.process_time()
            for stem, records, style in cards:
                write(Path(tmp), stem, records, style)
            best = min(best, time.process_time() - start)
    return best / len(cards)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--families", type=int, default=6, help="the first N families, one seed each")
    p.add_argument("--repeat", type=int, default=3, help="best of R runs")
    a = p.parse_args(argv)
    cards = []
    for fam in FAMILIES[: a.families]:
        seed = family_seeds(fam, 1)[0]
        cards.append((f"{fam.name}-{seed}", family_records(fam, seed), fam.style))
    with tempfile.TemporaryDirectory() as tmp:  # imports and caches warmed for both
        _corpus(Path(tmp), *cards[0])
    plain = _cpu(_plain, cards, a.repeat)
    corpus = _cpu(_corpus, cards, a.repeat)
    print(
        f"{len(cards)} cards, HWP + HWPX: plain {plain:.3f} CPU-s a card, corpus {corpus:.3f}; "
        f"ratio plain/corpus {plain / corpus:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
