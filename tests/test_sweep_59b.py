"""Leftovers of the sweep of the fifty-nine families (session 21, seeds 2400-2499, 3450-3499 in the text dump;
see tests/test_sweep_59.py), on small inputs and on the generator:

- the earlier block dated as a month range from the period's start to its quarter's end, its quarter ending
  before the period starts (the as-of in the period's first quarter): a range printed backward
  (``2019. 1. ~ 2018. 12.``; crossbred card 3471 txt, 0.826); the generator keeps the block's quarter;
- a funding table in plain won (원) printing decimal amounts (``300.4``), blank cells among them: each figure
  rounded to whole won, the sums proving the blanks zero held exactly in whole won and failed (the blanks left
  null); they hold to half a won a rounded figure, exactly where no figure was rounded.
"""

from __future__ import annotations

from typing import Any

import pytest

from pledgecard.extract.sections.funding import extract_funding
from pledgecard.normalize.money import rounded_to_won
from samples.crossbreed import crossbreed
from samples.families import FAMILIES, family_records
from samples.mutate import mutate
from tests.conftest import make_line, make_table

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


def _grid_funding(unit: str, rows: list[list[str]]) -> dict[str, list[int | None]]:
    head = ["구분", "계", "2023년", "2024년", "2025년"]
    got = extract_funding([make_line(f"(단위: {unit})"), make_table([head, *rows])]).value["funding"]
    assert got is not None
    return {r["label"]: r["amounts_krw"] for r in got["rows"]}


DECIMAL_ROWS = [["계", "1,001.4", "500.7", "", "500.7"], ["국비", "600.8", "300.4", "", "300.4"],
                ["도비", "400.6", "200.3", "", "200.3"]]


def test_blank_cells_of_a_plain_won_table_printing_decimals_are_proven_zero() -> None:
    assert _grid_funding("원", DECIMAL_ROWS) == {"계": [1001, 501, 0, 501], "국비": [601, 300, 0, 300],
                                                "도비": [401, 200, 0, 200]}
    assert _grid_funding("천원", DECIMAL_ROWS)["국비"] == [600_800, 300_400, 0, 300_400]  # no rounding: exact


def test_a_blank_a_won_sum_is_off_stays_null_where_nothing_was_rounded() -> None:
    rows = [["계", "1,002", "501", "", "500"], ["국비", "601", "301", "", "300"], ["도비", "400", "200", "", "200"]]
    got = _grid_funding("원", rows)
    assert got["계"][2] is None  # 501 + 500 is not 1,002: no proof, with no rounded figure to excuse it
    assert got["국비"][2] == 0 and got["도비"][2] == 0


def test_a_figure_is_rounded_to_won_only_below_a_won() -> None:
    assert rounded_to_won("300.4") and not rounded_to_won("300.4", 1000) and not rounded_to_won("1,200")
    assert not rounded_to_won("-") and not rounded_to_won("없음")
