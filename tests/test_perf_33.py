"""The funding sum search keeps its sums (session 33, perf): extract/sections/funding_proof.py's search, which
places a dumped funding table's amounts (pdftotext's or pdf2txt's column blocks) where the sums prove them,
summed the whole grid again at every step for its memo key and its row, column and room checks (bomi-county's
pdf2txt dumps: 216k steps, the key alone 86 of 278 profiled seconds of its converter test). It now keeps each
row's group sums and each column's sum as cells are placed and taken back, and checks a cell on the sums as
they would stand. Nothing else changed: the same grids, the same cells tried (the budget is spent alike, so a
search given up is given up at the same cell), the same memo (the key holds the same sums).

Checked against the search as it was (benchmarks/bench_funding_proof.py's ``ReferenceSearch``, verbatim): on
drawn tables (sums holding or not, negative figures, small budgets) and on the proven_grid calls of a family
card's pdf2txt dump.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import pledgecard.extract.sections.funding_proof as funding_proof
from benchmarks.bench_funding_proof import (
    recorded_calls,
    reference_fillings,
    reference_search,
    run_calls,
)
from pledgecard.extract.sections.funding_proof import fillings

REPO = Path(__file__).resolve().parents[1]


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[int], int, int, int | None, int | None, list[list[int]], int]:
    """A funding table's amounts in an order a dump may print them (or shuffled), its shape, its total row
    and column, its column groups and a budget: sums holding (a total column over one or two groups, a
    total row over the others) or any figures (negative ones too)."""
    n_rows, n_cols = draw(st.integers(2, 4)), draw(st.integers(3, 5))
    t_col = draw(st.one_of(st.none(), st.integers(0, n_cols - 1)))
    t_row = (
        draw(st.integers(0, n_rows - 1))
        if t_col is None
        else draw(st.one_of(st.none(), st.integers(0, n_rows - 1)))
    )
    others = [c for c in range(n_cols) if c != t_col]
    cut = draw(st.integers(1, len(others)))
    groups = (
        [others[:cut], others[cut:]]
        if t_col is not None and cut < len(others) and draw(st.booleans())
        else [others]
    )
    small = st.integers(-3 if draw(st.booleans()) else 0, 6)
    grid = [[draw(small) for _ in range(n_cols)] for _ in range(n_rows)]
    if draw(st.booleans()):  # sums holding: the total cells made the sums of the others
        body = [i for i in range(n_rows) if i != t_row]
        for i in body:
            if t_col is not None:
                grid[i][t_col] = sum(grid[i][c] for c in groups[0])
                if len(groups) > 1:  # the second group's last cell makes it add up to the same total
                    g = groups[1]
                    grid[i][g[-1]] = grid[i][t_col] - sum(grid[i][c] for c in g[:-1])
        if t_row is not None:
            for j in range(n_cols):
                grid[t_row][j] = sum(grid[i][j] for i in body)
    order = draw(st.sampled_from(["rows", "columns", "shuffled"]))
    if order == "rows":
        values = [v for row in grid for v in row]
    elif order == "columns":
        values = [grid[i][j] for j in range(n_cols) for i in range(n_rows)]
    else:
        values = draw(st.permutations([v for row in grid for v in row]))
    budget = draw(st.sampled_from([20, 200, 3000]))
    return list(values), n_rows, n_cols, t_row, t_col, groups, budget


@settings(max_examples=300)
@given(tables())
def test_the_kept_sums_search_finds_what_the_summing_one_found(table: Any) -> None:
    """The same grids (or the same give-up) and the same cells tried as the search as it was."""
    assert fillings(*table) == reference_fillings(*table)


class _Checked(funding_proof._Search):
    """The shipped search, its kept sums compared at every step with the grid's, summed again."""

    def run(self, shape: list[int], k: int) -> bool:
        for i, row in enumerate(self.grid):
            base = i * self.width
            assert self.rows[base] == (row[self.total_col] if self.total_col is not None else None)
            for g, cols in enumerate(self.groups):
                cells = [row[c] for c in cols]
                assert self.rows[base + 1 + g] == sum(v for v in cells if v is not None)
                assert self.row_counts[i * len(self.groups) + g] == sum(v is not None for v in cells)
        if self.total_row is not None:
            for j in range(self.n_cols):
                cells = [self.grid[i][j] for i in range(self.n_rows) if i != self.total_row]
                assert self.cols[2 * j : 2 * j + 2] == [
                    self.grid[self.total_row][j],
                    sum(v for v in cells if v is not None),
                ]
                assert self.col_counts[j] == sum(v is not None for v in cells)
        return super().run(shape, k)


@settings(max_examples=100)
@given(tables())
def test_the_kept_sums_are_the_grids_at_every_step(table: Any) -> None:
    values, n_rows, n_cols, t_row, t_col, groups, budget = table
    search = _Checked(values, n_rows, n_cols, t_row, t_col, groups, budget)
    search.run([0] * n_rows, 0)
    assert all(v is None for row in search.grid for v in row)  # every cell taken back
    assert search.rows == ([None] + [0] * len(groups)) * n_rows


def test_a_family_cards_pdf2txt_dump_gets_the_same_proofs(tmp_path: Path) -> None:
    """bomi-county's PDF dumped by pdf2txt (the case its converter test spent most of its time on): every
    proven_grid call its extraction makes gives the same result with the same cells tried, either search."""
    from benchmarks.bench_funding_proof import pdf2txt_dump

    pdf = REPO / "samples" / "families" / "bomi-county" / "bomi-county-23013-pdf.pdf"
    calls = recorded_calls([pdf2txt_dump(pdf, tmp_path / "bomi-county-23013-pdf2txt.txt")])
    assert calls  # the dump's funding table is read through the sum search
    _, shipped, steps = run_calls(calls)
    with reference_search():
        _, reference, reference_steps = run_calls(calls)
    assert (shipped, steps) == (reference, reference_steps)
    assert steps > 0


# ---------------------------------------------------------------------------- amounts read once a vocabulary


def _amount_texts() -> st.SearchStrategy[str]:
    """Amounts as cells print them, and near misses: digits with commas, points, spaces, signs, dashes,
    parentheses, the vocabulary's numerals and currency (drawn from it, not spelled here), fullwidth
    digits and stray letters."""
    from pledgecard.extract.vocabulary import builtin

    v = builtin()
    words = sorted({*v.numerals("small"), *v.numerals("big"), *v.data["money"]["currency"]})
    pieces = st.one_of(
        st.sampled_from(
            [
                "0",
                "1",
                "5",
                "12",
                "300",
                "4,500",
                "1.5",
                "2,000,000",
                " ",
                ",",
                ".",
                "-",
                "△",
                "(",
                ")",
                "１２",
                "O",
                "l",
            ]
        ),
        st.sampled_from(words),
    )
    return st.lists(pieces, min_size=1, max_size=6).map("".join)


@settings(max_examples=300)
@given(_amount_texts(), st.sampled_from([1, 1000, 1_000_000, 100_000_000]))
def test_an_amount_remembered_is_the_amount_read_again(text: str, multiplier: int) -> None:
    """exact_amount (and parse_amount over it) gives what reading the text again gives, the first time
    and from the memo."""
    from pledgecard.normalize import money_amounts

    read = money_amounts._exact_amount(text, multiplier)
    assert money_amounts.exact_amount(text, multiplier) == read
    assert money_amounts.exact_amount(text, multiplier) == read
    assert (money_amounts.exact_amount(text, multiplier) is None) == (read is None)


def test_the_amounts_remembered_are_the_vocabularys() -> None:
    """A vocabulary without a numeral reads a text using it otherwise than the built-in one, whichever
    was asked first: the memo is one a vocabulary."""
    from pledgecard.extract.vocabulary import Vocabulary, builtin, use_vocabulary
    from pledgecard.normalize.money_amounts import exact_amount

    data = builtin().data
    big = data["money"]["big"]
    word = max(big, key=big.get)  # the largest numeral (the built-in's 조)
    text = f"3{word}"
    without = Vocabulary(
        {**data, "money": {**data["money"], "big": {w: n for w, n in big.items() if w != word}}}
    )
    assert exact_amount(text) == 3 * big[word]
    with use_vocabulary(without):
        assert exact_amount(text) is None
    assert exact_amount(text) == 3 * big[word]
