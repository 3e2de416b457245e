"""Funding rows read from text lines whose amounts a dump printed glued together (``pdftotext
-raw`` of full-digit 원 amounts in narrow cells): parted where the comma groups show where one
amount ends, else the row's figures stay null; a row with fewer amounts than the header's
columns is never placed left to right (tests/test_table_unrecovered.py); areum-district's raw dump
read 2 wrong figures from glued amounts before."""

from __future__ import annotations

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import split_glued
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_line_grid import grid_from_lines


@pytest.mark.parametrize(
    ("token", "parts"),
    [
        ("1,355,782,3131,016,794,005610,559,657", ["1,355,782,313", "1,016,794,005", "610,559,657"]),
        ("1,234567,890", ["1,234", "567,890"]),
        ("609,752,111", ["609,752,111"]),
        ("2024", ["2024"]),
        ("-", ["-"]),
        ("3.5", ["3.5"]),
    ],
)
def test_glued_amounts_are_parted_by_their_comma_groups(token: str, parts: list[str]) -> None:
    assert split_glued(token) == parts


@pytest.mark.parametrize("token", ["12345,678", "1,2345", "1,234,5678", "1,23,456"])
def test_a_parting_the_groups_do_not_fix_is_refused(token: str) -> None:
    assert split_glued(token) is None


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


def test_a_glued_row_is_read_whole() -> None:
    grid = grid_from_lines(
        _lines(
            "구분 기투자 2023년 2024년 계",
            "국비 1,000,000 2,000,000 3,000,000 6,000,000",
            "시비 1,000,0002,000,000 3,000,000 6,000,000",
        )
    )
    columns, rows = interpret_grid(grid, 1)
    assert [c["kind"] for c in columns] == ["prior", "year", "year", "total"]
    assert rows[0]["amounts_krw"] == rows[1]["amounts_krw"] == [1_000_000, 2_000_000, 3_000_000, 6_000_000]
