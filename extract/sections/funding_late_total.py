"""A funding table a dump printed column by column with its total column's label after the amounts
(pdf2txt: the label column 구분 / 계 / 국비 / 도비 ... as one run, the period heads, each period's cells
top to bottom, then the total column's word, 합계, and its cells): of its two total words, the one in
the label run is the total row's and the one after the amounts the total column's.

Read the other way (the word that leads amounts taken for the total row, the label run's for a column)
the table comes out turned, every figure crossed, and its sums hold just as well (a table's transpose sums
as it does). Only the overview's budget tells the two apart: the turned-back reading is taken where the
source rows' total cells, so read, are the budget's shares, each row its own source's (and the total row's
the budget's total)."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.sections.funding_proof import Budget, totals_are_shares
from pledgecard.normalize.money import funding_source, parse_amount

Token = tuple[str, str, int]  # (kind: tot, row, col, ...; its text; where it stands)


def late_total_reading(
    tokens: Sequence[Token],
    amount_pos: Sequence[int],
    amounts: Sequence[str],
    multiplier: int,
    budget: Budget | None,
) -> int | None:
    """The index (in ``tokens``) of the total word to read as the total row, the other total word, printed
    after some of the amounts, being the total column printed column by column; None unless the counts and
    the overview's budget prove it: exactly two total words, one before the first amount and one after it,
    no row label after the first amount, as many amounts before the late word as whole columns of the rows
    (the source labels and the early total word) and one column after it, and the cells of that column
    the budget's shares (named sources each its own) and total."""
    if budget is None or not amount_pos or len(amount_pos) != len(amounts):
        return None
    first = amount_pos[0]
    totals = [i for i, (k, _, _) in enumerate(tokens) if k == "tot"]
    early = [i for i in totals if tokens[i][2] < first]
    late = [i for i in totals if tokens[i][2] > first]
    if len(early) != 1 or len(late) != 1 or any(k == "row" and p > first for k, _, p in tokens):
        return None
    row_at = early[0]
    labels = [(i, t) for i, (k, t, _) in enumerate(tokens) if k == "row" or i == row_at]
    r = len(labels)
    before = sum(1 for p in amount_pos if p < tokens[late[0]][2])
    if r < 3 or before % r or len(amounts) - before != r or not before:
        return None
    n = len(amounts) // r
    values = [parse_amount(a, multiplier) for a in amounts]
    if any(v is None for v in values):
        return None
    grid = [[values[j * r + i] for j in range(n)] for i in range(r)]
    t_row = next(k for k, (i, _) in enumerate(labels) if i == row_at)
    sources = [funding_source(t) for k, (_, t) in enumerate(labels) if k != t_row]
    if not totals_are_shares(grid, before // r, t_row, budget, sources):
        return None
    return row_at
