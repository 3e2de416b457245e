"""Blank cells of a funding table read from its grid (extract/sections/funding_zeros.py): a cell printed
empty is 0 only where a printed total proves it (its row's total column, its column's total row), else
it stays null (validation reports the null, ``normalize.unreadable_amount``)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.sections.funding import extract_funding
from tests.conftest import make_table


def _in_won(items):  # type: ignore[no-untyped-def]
    """The funding read from ``items`` on a card whose unit line says won: the layout under test, not the unit."""
    from pledgecard.extract.sections.base import SectionContext

    return extract_funding(items, SectionContext(card_unit="원"))


HEAD = ["구 분", "총사업비", "2022년", "2023년", "2024년", "2025년"]


def _read(rows: list[list[str]]) -> dict[str, list[Any]]:
    got = _in_won([make_table([HEAD, *rows])]).value["funding"]
    assert got is not None
    return {r["label"].replace(" ", ""): r["amounts_krw"] for r in got["rows"]}


def test_a_blank_cell_its_rows_total_proves_zero_reads_zero() -> None:
    got = _read(
        [
            ["계", "1,000", "400", "300", "200", "100"],
            ["국 비", "300", "200", "", "", "100"],
            ["시 비", "700", "200", "300", "200", ""],
        ]
    )
    assert got["국비"] == [300, 200, 0, 0, 100] and got["시비"] == [700, 200, 300, 200, 0]  # no unit: won


def test_a_blank_cell_only_its_columns_total_proves_reads_zero() -> None:
    # no row total fits (the total column blank in the row), the column totals do
    got = _read(
        [
            ["계", "1,000", "400", "300", "200", "100"],
            ["국 비", "", "200", "", "", "100"],
            ["시 비", "700", "200", "300", "200", ""],
        ]
    )
    assert got["국비"] == [None, 200, 0, 0, 100] and got["시비"] == [700, 200, 300, 200, 0]


def test_a_blank_cell_no_total_proves_stays_null() -> None:
    got = _read(
        [
            ["계", "1,050", "400", "350", "200", "100"],
            ["국 비", "350", "200", "", "", "100"],  # its 2023 cell is 50 the card left blank
            ["시 비", "700", "200", "300", "200", ""],
        ]
    )
    # 2024: the column's total proves the blank 0; 2023: 50 short in its row and its column, no zero
    assert got["국비"] == [350, 200, None, 0, 100] and got["시비"] == [700, 200, 300, 200, 0]
    bare = _read([["국 비", "300", "200", "", "", "100"]])  # one row, a total that fits: proven by its row
    assert bare["국비"] == [300, 200, 0, 0, 100]
    no_total = _read([["국 비", "", "200", "", "", "100"]])
    assert 0 not in no_total["국비"] and None in no_total["국비"]  # no total printed: the blanks stay null
