"""Which of a funding table's two total words is the total row's, where a dump printed the table a cell a line
and both readings fit the counts.

The class of card: a head holding the total column's word and a row label column holding the total row's, both the
same kind of word (``계`` / ``합계``), neither leading a run of amounts (every label printed before the amounts, or
after them): either word taken for the row's fits the counts (one column and one row each way), and the first
reading tried was kept. pdfminer.six's ``pdf2txt.py`` prints the head's box, then the label column's box, then the
amounts row by row (sinbi-county 37011: ``구분 / 계 / 2022년 .. 2026년 / 비율(%) / 계 / 국비 ..``): the head's ``계``
was read for the row's and the label column's ``계`` for a column after 비율(%), every amount dealt a column off (29
wrong figures). A dump prints a table's head and its label column each as one run of labels: the reading whose row
labels and column labels each stand in one unbroken run (no label of the other kind among them) is the printed
one. Where not exactly one reading does, the order tried before stands (the sums cannot choose alone: a head whose
total column prints first over amounts that put it last, gaeul-county, fits the other reading's sums)."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.sections.funding_header import Header, column_layout

Token = tuple[str, str, int]  # (kind, text, position): the stream's labels in printed order


def reading_header(tokens: Sequence[Token], row_total: int | None) -> Header:
    """The head of a reading (``row_total`` the token taken for the total row's label, None: none): the column
    labels, group and 구분 cells, and the other total tokens as columns; the one function the stream's readings
    share (funding_stream, funding_budget_reading)."""
    return [
        (k, "") if k in ("group", "gubun") else ("col", t)
        for i, (k, t, _) in enumerate(tokens)
        if k in ("col", "group", "gubun") or (k == "tot" and i != row_total)
    ]


def reading(
    tokens: Sequence[Token], row_total: int | None
) -> tuple[list[str], list[str], list[int], list[int]]:
    """The columns and rows of a reading (``row_total`` the token taken for the total row's label), with the
    indices of the tokens read as column labels and as row labels."""
    cols, _ = column_layout(reading_header(tokens, row_total))
    col_at = [i for i, (k, _, _) in enumerate(tokens) if k == "col" or (k == "tot" and i != row_total)]
    row_at = [i for i, (k, _, _) in enumerate(tokens) if k == "row" or i == row_total]
    return cols, [tokens[i][1] for i in row_at], col_at, row_at


def _one_run(at: Sequence[int], other: Sequence[int]) -> bool:
    """Whether the tokens at ``at`` stand in one run: none of the ``other`` kind printed among them."""
    return bool(at) and not any(at[0] < i < at[-1] for i in other)


def reading_by_runs(readings: Sequence[int | None], tokens: Sequence[Token], n_amounts: int) -> int | None:
    """The one reading (of ``readings``) whose columns and rows fit ``n_amounts`` and whose column labels and row
    labels each stand in one run, where two or more readings fit the counts with different columns; else None."""
    fitting: dict[int | None, tuple[bool, tuple[str, ...]]] = {}
    for row_total in readings:
        cols, rows, col_at, row_at = reading(tokens, row_total)
        if cols and rows and n_amounts == len(cols) * len(rows):
            fitting[row_total] = (_one_run(col_at, row_at) and _one_run(row_at, col_at), tuple(cols))
    if len({c for _, c in fitting.values()}) < 2:
        return None
    runs = [r for r, (whole, _) in fitting.items() if whole]
    return runs[0] if len(runs) == 1 and runs[0] is not None else None
