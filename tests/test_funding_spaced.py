"""Funding rows of a text dump whose thousands a space groups (extract/sections/funding_spaced.py): read
only where the table's sums prove one grouping of every row's tokens; else null, the tokens kept."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.sections.funding import extract_funding
from tests.conftest import make_line

# the rows of mutant 84 (samples/mutate.py, haram-district, amounts=spaced), as the dump prints them
SPACED = [
    "(단위: 천원)",
    "구    분 합계 연도별 투자 실적 및 계획",
    "2022년 2023년 2024년 2025년 2026년",
    "소    계 4 561 834 1 797 557 1 035 348 55 900 178 914 1 494 115",
    "국    비 1 427 536 465 983 395 751 - - 565 802",
    "도    비 1 872 330 791 655 11 226 55 900 178 914 834 635",
    "군    비 1 261 968 539 919 628 371 - - 93 678",
]


def _rows(lines: list[str]) -> dict[str, Any]:
    got = extract_funding([make_line(t) for t in lines]).value["funding"]
    return {r["label"].replace(" ", ""): r for r in got["rows"]} if got else {}


def test_spaced_thousands_read_where_the_sums_prove_the_grouping() -> None:
    rows = _rows(SPACED)
    k = 1000
    assert rows["소계"]["amounts_krw"] == [4561834 * k, 1797557 * k, 1035348 * k, 55900 * k, 178914 * k, 1494115 * k]
    assert rows["국비"]["amounts_krw"] == [1427536 * k, 465983 * k, 395751 * k, 0, 0, 565802 * k]
    assert rows["도비"]["amounts_krw"] == [1872330 * k, 791655 * k, 11226 * k, 55900 * k, 178914 * k, 834635 * k]
    assert rows["군비"]["amounts_krw"] == [1261968 * k, 539919 * k, 628371 * k, 0, 0, 93678 * k]


def test_spaced_thousands_no_sum_proves_stay_null() -> None:
    broken = [*SPACED[:4], "국    비 1 427 536 465 983 395 751 - - 565 803", *SPACED[5:]]  # a row's sum off by one
    rows = _rows(broken)
    assert all(v is None for r in rows.values() for v in r["amounts_krw"])
    assert rows["국비"]["amounts_raw"][:3] == ["1", "427", "536"]  # the printed tokens kept
    no_total = [SPACED[0], "구    분 2022년 2023년", "국    비 1 427 536"]  # 1 | 427 536 or 1 427 | 536: no sum
    assert all(v is None for r in _rows(no_total).values() for v in r["amounts_krw"])
