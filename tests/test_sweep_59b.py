"""Leftovers of the sweep of the fifty-nine families (session 21, seeds 2400-2499, 3450-3499 in the text dump;
see tests/test_sweep_59.py), on small inputs and on the generator:

- the earlier block dated as a month range from the period's start to its quarter's end, its quarter ending
  before the period starts (the as-of in the period's first quarter): a range printed backward
  (``2019. 1. ~ 2018. 12.``; crossbred card 3471 txt, 0.826); the generator keeps the block's quarter.
"""

from __future__ import annotations

from typing import Any

import pytest

from samples.crossbreed import crossbreed
from samples.families import FAMILIES, family_records
from samples.mutate import mutate

SWEPT_59 = FAMILIES[:59]


def _dates(x: Any) -> list[dict[str, Any]]:
    if isinstance(x, dict):
        own = [x] if x.get("start") and x.get("end") and "precision" in x else []
        return own + [d for v in x.values() for d in _dates(v)]
    if isinstance(x, list):
        return [d for v in x for d in _dates(v)]
    return []


@pytest.mark.parametrize("draw", ["cross", "mutant"])
def test_no_drawn_card_prints_a_date_range_backward(draw: str) -> None:
    backward = []
    for seed in range(3450, 3500):
        try:
            fam, card_seed = crossbreed(seed, SWEPT_59) if draw == "cross" else mutate(seed, SWEPT_59)
        except RuntimeError:  # a mutant no draw makes (3488): no card
            continue
        for rec in family_records(fam, card_seed):
            backward += [(seed, d["raw"]) for d in _dates(rec) if d["start"] > d["end"]]
    assert backward == []
