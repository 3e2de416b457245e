"""Funding tables of bare figures, adversarial inputs of the extractor's bounded searches (session 30;
tests/test_bounded_search_30.py, benchmarks/bench_bounded_search.py).

- :func:`unit_stripped`: a text-dump card with the unit each funding cell prints deleted (``414백만원`` -> ``414``),
  the unit statement and the overview's budget kept: mutant 3909's dump so made (the sweep's v3909) is 12 year
  columns of plain figures, zeros printed as blanks a wider gap shows, one row's closing blank lost; the
  extractor once took minutes placing that row's cells.
- :func:`widened`: the card's funding table redrawn over ``years`` year columns (12-20) of bare figures (most
  of three digits: any of them may be a later group of the amount before it), a zero a blank cell, ``short``
  source rows printing no gap for their blanks (fewer cells than columns: where their blanks stand the row does
  not show), the total row's figures grouped by commas; the expected record beside it.

    python -m samples.bare_figures OUT_DIR [--mutant 3909] [--years 12,16,20] [--short 1,2,3] [--seeds 1]

writes ``OUT_DIR/mutant-S-bare-Y-K-SEED.txt`` (and ``.expected.json``) for every years x short x seed, and
``mutant-S-bare.txt`` (the card unit-stripped as it is).
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from samples.families import Family

from pledgecard.normalize.money import unit_multiplier

_YEAR_MARK = re.compile(r"['’]\d{2}")  # a year head's cell ('19)


def mutant_card(
    seed: int, out: Path | None = None, families: Sequence[Family] | None = None
) -> tuple[str, dict[str, Any]]:
    """The text dump of mutated card ``seed`` (samples/mutate.py; drawn from ``families``, default every named one) and
    its expected record."""
    from samples.families import FAMILIES
    from samples.mutate import run_mutant

    with tempfile.TemporaryDirectory() as tmp:
        where = out or Path(tmp)
        run_mutant(seed, ["txt"], where, keep=True, families=FAMILIES if families is None else families)
        txt = next((where / f"mutant-{seed:03d}").glob("*-txt.txt"))
        expected = json.loads(txt.with_name(f"{txt.stem}.expected.json").read_text(encoding="utf-8"))
        return txt.read_text(encoding="utf-8"), expected


def unit_stripped(text: str, expected: dict[str, Any]) -> str:
    """``text`` with the unit the funding table's cells print after each figure deleted (a line printing
    it after three figures or more: a table row), every other line as it is."""
    unit = re.escape(str((expected.get("funding") or {}).get("unit") or ""))
    if not unit:
        return text
    glued = re.compile(rf"(?<=\d){unit}")
    return "\n".join(glued.sub("", ln) if len(glued.findall(ln)) >= 3 else ln for ln in text.split("\n"))


def widened(
    text: str, expected: dict[str, Any], years: int, short: int, seed: int = 1
) -> tuple[str, dict[str, Any]]:
    """The card (unit-stripped, :func:`unit_stripped`) with its funding table redrawn over ``years`` year
    columns from its first year, ``short`` of its source rows printing no gap for their blank cells, and
    its expected record with that table (see the module)."""
    rnd = random.Random(f"bare-{years}-{short}-{seed}")
    funding = expected["funding"]
    mult = unit_multiplier(funding["unit"]) or 1
    first = int(funding["columns"][0]["year"])
    labels = [r["label"] for r in funding["rows"]]
    total_at = next(i for i, r in enumerate(funding["rows"]) if r["source"] == "total")
    sources = [i for i in range(len(labels)) if i != total_at]
    values: dict[int, list[int]] = {}
    for i in sources:
        row = [
            0
            if rnd.random() < 0.25
            else rnd.choice((rnd.randint(100, 999), rnd.randint(100, 999), rnd.randint(10, 99)))
            for _ in range(years)
        ]
        row[rnd.randrange(years)] = 0  # a blank in every row at least
        values[i] = row
    values[total_at] = [sum(values[i][j] for i in sources) for j in range(years)]
    dropped = set(rnd.sample(sources, min(short, len(sources))))

    def printed(i: int) -> str:
        cells = [f"{v:,}" if v else "" for v in values[i]]
        return " ".join(c for c in cells if c) if i in dropped else " ".join(cells)

    lines = unit_stripped(text, expected).split("\n")
    head = next(
        k for k, ln in enumerate(lines) if ln.split() and all(_YEAR_MARK.fullmatch(t) for t in ln.split())
    )
    lines[head] = " ".join(f"'{(first + j) % 100:02d}" for j in range(years))
    for i, label in enumerate(labels):
        at = next(k for k in range(head + 1, len(lines)) if lines[k].startswith(f"{label} "))
        lines[at] = f"{label} {printed(i)}"
    want = copy.deepcopy(expected)
    want["funding"]["columns"] = [
        {"label": str(first + j), "kind": "year", "year": first + j} for j in range(years)
    ]
    for i, r in enumerate(want["funding"]["rows"]):
        r["amounts_krw"] = [v * mult for v in values[i]]
    return "\n".join(lines), want


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.bare_figures", description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--mutant", type=int, default=3909)
    ap.add_argument("--years", default="12,16,20")
    ap.add_argument("--short", default="1,2,3")
    ap.add_argument("--seeds", type=int, default=1)
    a = ap.parse_args(argv)
    a.out.mkdir(parents=True, exist_ok=True)
    text, expected = mutant_card(a.mutant)
    stem = f"mutant-{a.mutant}-bare"
    (a.out / f"{stem}.txt").write_text(unit_stripped(text, expected), encoding="utf-8")
    (a.out / f"{stem}.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    for y in (int(x) for x in a.years.split(",")):
        for k in (int(x) for x in a.short.split(",")):
            for s in range(1, a.seeds + 1):
                card, want = widened(text, expected, y, k, s)
                name = f"{stem}-{y}-{k}-{s}"
                (a.out / f"{name}.txt").write_text(card, encoding="utf-8")
                (a.out / f"{name}.expected.json").write_text(
                    json.dumps(want, ensure_ascii=False, indent=1), encoding="utf-8"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
