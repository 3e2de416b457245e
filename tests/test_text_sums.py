"""A table's figures proving their columns by their sums (extract/readers/text_sums.py): a figure cell's
minus signs are every table cell's, U+2212 (``−2``) among them, as funding_runs reads them."""

from __future__ import annotations

import pytest

from pledgecard.extract.readers.text_sums import sums_prove
from pledgecard.normalize.money import SIGNS


@pytest.mark.parametrize("sign", list(SIGNS))
def test_a_signed_cell_is_summed_whatever_minus_sign_it_prints(sign: str) -> None:
    grid = [
        ["구분", "계", "국비", "시비"],
        ["합계", "10", "12", f"{sign}2"],
        ["당초", "4", "6", f"{sign}2"],
        ["변경", "6", "6", "0"],
    ]
    assert sums_prove(grid, [1, 2, 3])
    grid[1][1] = "11"  # the total no longer the sum: not proven
    assert not sums_prove(grid, [1, 2, 3])
