"""Mends of the evidence / findings review (session 27): each test fails on the code before its fix."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pledgecard.extract.document import Source, cell_address, cell_parts
from pledgecard.extract.source_position import source_of


@pytest.mark.parametrize("pos", [
    {"line": 3, "columns": ["a", 1]}, {"line": 3, "columns": [None, 2]}, {"line": 3, "columns": [True, 2]},
    {"line": 3, "columns": [1.5, "2"]}, {"line": 3, "bbox": [True, 1, 2, 3]},
])
def test_a_malformed_position_reads_back_without_its_malformed_part(pos: dict[str, Any]) -> None:
    src = source_of(pos)
    assert src.columns is None and src.bbox is None and src.line_start == 3


@given(st.integers(1, 99), st.integers(0, 5000), st.integers(0, 2000))
def test_cell_parts_inverts_cell_address(table: int, row: int, col: int) -> None:
    assert cell_parts(cell_address(table, row, col)) == (table, row, col)
    assert isinstance(Source(cell=cell_address(table, row, col)).cell, str)
