"""Scanned cards (session 37, scans): the sum-only readings of OCR'd budgets follow session 36's rule.

A scanned budget's figure read other than as printed is kept only where a SECOND, independent sum proves it (the
card's funding table: its grand total is the budget's, or the part is its source row's sum), else it is null (a
part with its printed text) with an ``extract.reading_unproven`` finding (``extract/budget_readings.py``). Session
36 gave that rule to the comma readings (``55093`` / ``6.997``); the older paths, each proven by the budget's own
total alone, could each emit a figure never printed where OCR misread the total too, the misread total balanced by
the wrong reading (one counter-example a path below, each a silent wrong figure before this session):

- separators garbled (session 33, ``money_separators.proven_parts``): ``국비 1,741,023`` OCR'd ``11741,023`` (its comma
  read as a ``1``) under a total ``11,068,917`` OCR'd ``21,068,917``: 국비 read 11,741,023 천원;
- a total grouped by a point (session 34, ``money_separators.garbled_total``): ``43,751백만원(국비 14,426, ...)`` OCR'd
  ``48.751 ... 국비 19.426``: total 48,751 and 국비 19,426 백만원;
- a part grouped by a point among commas read a thousand times (session 33, ``money_budget._adding_up``):
  ``20,697 ... 시비 4,375`` OCR'd ``25,697 ... 시비 9.375``: 시비 9,375 백만원;
- a total garbled past reading (session 36, ``money_comma_read.proven_total``): ``3,998,712천원(국비 1,268,151, ...)``
  OCR'd ``19998,712천원(국비 17268,151, ...)``: total 19,998,712 and 국비 17,268,151 천원.

Each now holds its printed text until the funding table proves it (``money_comma_read.READING``, on the part, or on
the budget for its total). Typed cards (no OCR) are read as before.
"""

from __future__ import annotations

from typing import Any

import pytest

from pledgecard.extract.budget_readings import readings_proven
from pledgecard.normalize.money import parse_budget
from pledgecard.normalize.ocr_reading import reading_ocr

K, M = 1_000, 1_000_000


def _read(text: str, ocr: bool = True) -> dict[str, Any]:
    with reading_ocr(ocr):
        return parse_budget(text)


def _record(budget: dict[str, Any], funding: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"overview": {"budget": budget}, "funding": funding}


def _funding(total: int, rows: dict[str, int] | None = None) -> dict[str, Any]:
    return {
        "columns": [{"kind": "total"}],
        "rows": [
            {"source": "total", "amounts_krw": [total]},
            *({"source": s, "amounts_krw": [a]} for s, a in (rows or {}).items()),
        ],
    }


def _proven(
    text: str, funding: dict[str, Any] | None = None
) -> tuple[int | None, list[int | None], list[str]]:
    """``text`` read as OCR'd and checked against ``funding``: the total, the parts and the findings' codes."""
    record = _record(_read(text), funding)
    codes = [f["code"] for f in readings_proven(record, {})]
    budget = record["overview"]["budget"]
    assert "reading" not in budget and all(
        "reading" not in p for p in budget["parts"]
    )  # no key left in a record
    return budget["total_krw"], [p["amount_krw"] for p in budget["parts"]], codes


# --- counter-examples: a misread total balanced by the wrong reading ------------------------------------------------

GARBLED = "21,068,917천원(국비 11741,023, 도비 2,248,450, 군비 2,801,600, 민자 4,277,844)"
POINTED_TOTAL = "48.751백만원(국비 19.426, 도비 10,473, 시비 18,852)"
POINTED_PART = "25,697백만원(국비 9,328, 도비 6,994, 시비 9.375)"
PAST_READING = "19998,712천원(국비 17268,151, 도비 1101,319, 군비 1629,242)"


def test_the_wrong_readings_meet_the_misread_totals() -> None:
    """What the budget's own sum alone proved (as read before this session): every one a figure never printed."""
    assert [p["amount_krw"] for p in _read(GARBLED)["parts"]][0] == 11_741_023 * K  # printed 1,741,023
    got = _read(POINTED_TOTAL)
    assert (got["total_krw"], got["parts"][0]["amount_krw"]) == (48_751 * M, 19_426 * M)  # 43,751 and 14,426
    assert _read(POINTED_PART)["parts"][2]["amount_krw"] == 9_375 * M  # printed 4,375
    got = _read(PAST_READING)
    assert (got["total_krw"], got["parts"][0]["amount_krw"]) == (19_998_712 * K, 17_268_151 * K)


def test_a_garbled_part_only_the_budget_s_total_proves_is_null_with_a_finding() -> None:
    assert _proven(GARBLED) == (
        21_068_917 * K,
        [None, 2_248_450 * K, 2_801_600 * K, 4_277_844 * K],
        ["extract.reading_unproven"],
    )
    # the funding table prints the true figures: its total is not the budget's, its 국비 row contradicts the reading
    table = _funding(11_068_917 * K, {"national": 1_741_023 * K})
    assert _proven(GARBLED, table)[1][0] is None


def test_a_total_read_by_its_point_as_a_comma_only_its_parts_prove_is_null() -> None:
    assert _proven(POINTED_TOTAL) == (None, [None, 10_473 * M, 18_852 * M], ["extract.reading_unproven"])
    assert _proven(POINTED_TOTAL, _funding(43_751 * M))[:2] == (None, [None, 10_473 * M, 18_852 * M])


def test_a_part_read_a_thousand_times_only_the_total_proves_is_null() -> None:
    assert _proven(POINTED_PART) == (25_697 * M, [9_328 * M, 6_994 * M, None], ["extract.reading_unproven"])


def test_a_total_garbled_past_reading_only_its_parts_prove_is_null() -> None:
    # every figure was unread as OCR'd (garbled): each read by the sum alone, each null again
    assert _proven(PAST_READING) == (None, [None, None, None], ["extract.reading_unproven"])
    # the same readings, proven by a funding table of the true total: kept
    right = "33998,712천원(국비 11268,151, 도비 11101,319, 군비 1629,242)"
    assert _proven(right, _funding(3_998_712 * K)) == (
        3_998_712 * K,
        [1_268_151 * K, 1_101_319 * K, 1_629_242 * K],
        [],
    )
    assert _proven(right)[:2] == (None, [None, None, None])


# --- the true readings, proven by the funding table, are kept -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "total", "parts"),
    [
        (
            "11,068,917천원(국비 1741,023, 도비 2.248,450, 군비 2801,600, 민자 4.277,844)",
            11_068_917 * K,
            [1_741_023 * K, 2_248_450 * K, 2_801_600 * K, 4_277_844 * K],
        ),
        (
            "43.751백만원(국비 14.426, 도비 10,473, 시비 18,852)",
            43_751 * M,
            [14_426 * M, 10_473 * M, 18_852 * M],
        ),
        ("20,697백만원(국비 9,328, 도비 6,994, 시비 4.375)", 20_697 * M, [9_328 * M, 6_994 * M, 4_375 * M]),
    ],
)
def test_readings_the_funding_table_proves_are_kept(text: str, total: int, parts: list[int]) -> None:
    assert _proven(text, _funding(total)) == (total, parts, [])
    # each part its source's row (the table printing no total): proven one by one
    sources = [p["source"] for p in _read(text)["parts"]]
    rows = {
        "columns": [{"kind": "total"}],
        "rows": [{"source": s, "amounts_krw": [a]} for s, a in zip(sources, parts, strict=True)],
    }
    assert _proven(text, rows)[1] == parts


def test_typed_cards_read_as_before() -> None:
    """No OCR: a figure is typed as printed, no comma misread; the readings stay the budget's own sums' (no key).
    Session 38 (helper wrongs): except a part grouped by a point among commas (``시비 9.375`` under 백만원): a typed
    point is a decimal as printed, so its reading as a comma (9,375) is proven by the budget's own sum alone, which
    is no proof (9,375 was a silent wrong figure where 4,375 was meant): null with its printed text and
    ``extract.reading_unproven``, unless the funding table proves it as for a scan."""
    record = _record(_read(GARBLED, ocr=False))
    assert readings_proven(record, {}) == []
    typed = _record(_read(POINTED_PART, ocr=False))
    assert [f["code"] for f in readings_proven(typed, {})] == ["extract.reading_unproven"]
    assert [p["amount_krw"] for p in typed["overview"]["budget"]["parts"]] == [9_328 * M, 6_994 * M, None]
    right = _record(
        _read("20,697백만원(국비 9,328, 도비 6,994, 시비 4.375)", ocr=False), _funding(20_697 * M)
    )
    assert readings_proven(right, {}) == []
    assert [p["amount_krw"] for p in right["overview"]["budget"]["parts"]] == [
        9_328 * M,
        6_994 * M,
        4_375 * M,
    ]
