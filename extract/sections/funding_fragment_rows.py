"""A funding table whose rows a converter printed in fragments: lines of several figures that are no row
(pdf2txt's boxes: ``119,589 317,595 679,591`` / ``-`` / ``- 546,669`` / ``-`` / ``35,520`` / ``197,535`` ...,
a row's cells parted over lines and two rows' cells on one line), so that no line reads as a row and the lines of
three figures or more keep the table from being re-read as a stream of cells (a stream's reading is a guess once
a cell is missing).

The class of card fixed (session 35, pdf2txt dumps of maru-county's unseen cards): such a table printing no sum
of its own (no total column, no total row) is read as a stream of cells, row by row as printed, only where the
overview's budget proves every row: one row a share, each row's periods, every cell read, summing to the share
of its own source, and every row ending where a printed line ends (a line of figures holds one row's cells, or a
row's part, in the order printed: no row's cells printed out of their order between two others'). Two rows' cells
dealt a cell off, or a table printed column by column, miss those sums: then nothing is read (the table's lines
stay text), never a guess.

So too a table printing no sum read as a stream of cells the usual way (no line of three figures): a row the
budget names whose cells do not sum to its share was dealt cells of other rows (pdf2txt printing fragments of
several rows out of their order, maru-county 19017): its cells are nulled, the printed values kept
(:func:`null_against_budget`).
"""

from __future__ import annotations

import re

from pledgecard.extract.sections.funding_checks import null_every_cell
from pledgecard.extract.sections.funding_proof import Budget
from pledgecard.extract.sections.funding_stream import funding_from_stream
from pledgecard.record import FundingColumn, FundingRow

_PERIODS = frozenset({"year", "prior", "after_term"})
_FIGURE = re.compile(r"^(?:-|\d{1,3}(?:,\d{3})*)$")  # a cell of a figure line: an amount or a dash for none


def _shares_by_source(budget: Budget | None) -> dict[str, int] | None:
    """The budget's shares by their sources, each named once; None where one is not."""
    if budget is None:
        return None
    shares = budget[0]
    by_source = {getattr(s, "source", None): int(s) for s in shares}
    if None in by_source or len(by_source) != len(shares):
        return None
    return {k: v for k, v in by_source.items() if k is not None}


def rows_end_at_line_ends(text: str, n_rows: int, n_cols: int) -> bool:
    """Whether the figure lines of ``text`` (lines of amounts and dashes only) hold ``n_rows`` x ``n_cols`` cells
    and every row, dealt in printed order, ends where a line ends."""
    ends, total = set(), 0
    for line in text.splitlines():
        tokens = line.split()
        if tokens and all(_FIGURE.match(t) for t in tokens):
            total += len(tokens)
            ends.add(total)
    return total == n_rows * n_cols and all(k * n_cols in ends for k in range(1, n_rows))


def rows_proven_by_budget(columns: list[FundingColumn], rows: list[FundingRow], budget: Budget | None) -> bool:
    """Whether every row of ``rows`` (periods only, every cell read) sums to the budget's share of its own
    source, one row a share."""
    by_source = _shares_by_source(budget)
    if by_source is None or not columns or not rows or any(c["kind"] not in _PERIODS for c in columns):
        return False
    if len(rows) != len(by_source):
        return False
    if len({r["source"] for r in rows}) != len(rows):
        return False
    for r in rows:
        values = r["amounts_krw"]
        if r["source"] not in by_source or len(values) != len(columns) or any(v is None for v in values):
            return False
        if sum(int(v or 0) for v in values) != by_source[r["source"]]:
            return False
    return True


def fragment_rows(text: str, multiplier: int, budget: Budget | None, strays: tuple[str, ...] = ()
                  ) -> tuple[list[FundingColumn], list[FundingRow]]:
    """The table ``text`` read as a stream of cells where the overview's ``budget`` proves every row (above);
    else nothing."""
    columns, rows = funding_from_stream(text, multiplier, budget, strays)
    if rows_proven_by_budget(columns, rows, budget) and rows_end_at_line_ends(text, len(rows), len(columns)):
        return columns, rows
    return [], []


def null_against_budget(columns: list[FundingColumn], rows: list[FundingRow], budget: Budget | None,
                        multiplier: int) -> bool:
    """Rows of a table read as a stream of cells, printing no sum of its own (periods only, no total row), nulled
    where the budget names their source and their cells, all read, do not sum to its share (or some are not
    read), the table's figures together summing to the budget's (the same figures, dealt to the wrong rows);
    True when one was. A table the budget does not name every row of, or whose figures sum to another total
    (another scope, another rounding), is left as read."""
    by_source = _shares_by_source(budget)
    if by_source is None or not rows or any(c["kind"] not in _PERIODS for c in columns):
        return False
    if any(r["source"] not in by_source for r in rows) or len({r["source"] for r in rows}) != len(rows):
        return False
    if sum(int(v or 0) for r in rows for v in r["amounts_krw"]) != sum(by_source.values()):
        return False  # the table's figures are not the budget's (another scope, another rounding): no proof either way
    wrong = [r for r in rows if any(v is None for v in r["amounts_krw"])
             or sum(int(v or 0) for v in r["amounts_krw"]) != by_source[r["source"]]]
    wrong = [r for r in wrong if any(v is not None for v in r["amounts_krw"])]
    null_every_cell(wrong, multiplier, len(columns))
    return bool(wrong)
