"""A funding stream whose last row lacks its share cell (구성비, set by pdftotext past a page break): the row
read where the total row is the others' sum at every amount column (extract/sections/funding_short_tail.py)."""

from __future__ import annotations

from pledgecard.extract.sections.funding_short_tail import short_share_tail

KINDS = ["plan", "second", "second", "plan", "second", "second", "derived"]  # 합계 and one year, then 구성비
ROWS = [["300", "290", "280", "300", "290", "280", "100.0"],
        ["100", "100", "90", "100", "100", "90", "33.3"],
        ["200", "190", "190", "200", "190", "190"]]  # the share cell printed elsewhere


def test_the_short_rows_share_cell_is_left_empty_where_the_sums_prove_the_row() -> None:
    amounts = [c for r in ROWS for c in r]
    assert short_share_tail(amounts, KINDS) == [*amounts, ""]


def test_a_row_short_of_an_amount_or_sums_that_fail_give_nothing() -> None:
    moved = [c for r in ROWS for c in r]
    moved.remove("190")  # an amount lost instead: the rows' length gives two short, no match
    assert short_share_tail(moved, KINDS) is None
    wrong = [c for r in ROWS for c in r]
    wrong[-1] = "180"  # the last row no longer adds up to the total row: the cells may have moved
    assert short_share_tail(wrong, KINDS) is None
    whole = [c for r in ROWS for c in r] + ["66.7"]
    assert short_share_tail(whole, KINDS) is None  # every row whole: nothing to add
    assert short_share_tail([c for r in ROWS for c in r], ["plan", "second", "second"] * 2 + ["plan"]) is None
