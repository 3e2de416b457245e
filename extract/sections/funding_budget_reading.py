"""Which of a funding table's readings the overview's budget proves, where a dump printed the table a cell a line
and two readings fit the counts.

The class of card: a square table (as many periods as sources: 국비 시비 구비 민자 under 2023년 .. 2026년) whose
head holds a total column's word (총사업비) printed before the spanning head and the years, no total row. Read
with that word for a total row, the table is five rows of four cells; read as the column it is, four rows of
five: both fit the count of amounts (20). The total-row reading was tried first and the sums, holding for a
table's transpose as for the table, then dealt the amounts column by column: every cell off the diagonal crossed
(byeolbit-district 14034 in the HWPX text dump, pdftotext and pdf2txt: 12 wrong funding figures each).

The overview's budget names each source's share (``총사업비 : 18,700,070천원(국비 3,392,658, 시비 ...)``): dealt in
printed order (row by row, or column by column where the dump printed it so), the reading whose every source row
totals its own named share (its total column's cell, or its cells' sum where the reading has no total column) is
the printed one. Where exactly one fitting reading is so proven, it is tried first; else the order stands."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.sections.funding_column_heads import classify_column
from pledgecard.extract.sections.funding_named_shares import share_sources
from pledgecard.extract.sections.funding_proof import Budget
from pledgecard.extract.sections.funding_row_shares import rows_hold_shares
from pledgecard.extract.sections.funding_total_reading import reading
from pledgecard.normalize.money import funding_source, parse_amount

Token = tuple[str, str, int]  # (kind: tot, row, col, group, gubun ...; its text; where it stands)


def _proven(
    cols: Sequence[str], rows: Sequence[str], values: Sequence[int], by_column: bool, budget: Budget
) -> bool:
    """Whether the amounts dealt into ``rows`` x ``cols`` (in printed order) give every source row its own named
    share of ``budget``: its total column's cell, or the sum of its cells where no column is the total."""
    n, r = len(cols), len(rows)
    order = (
        [[j * r + i for j in range(n)] for i in range(r)]
        if by_column
        else [[i * n + j for j in range(n)] for i in range(r)]
    )
    kinds = [classify_column(c)["kind"] for c in cols]
    t_col = kinds.index("total") if kinds.count("total") == 1 else None
    if t_col is None and "total" in kinds:
        return False
    sources, totals = [], []
    for lab, idx in zip(rows, order, strict=True):
        if funding_source(lab) == "total":
            continue
        cells = [values[k] for k in idx]
        sources.append(funding_source(lab))
        totals.append(cells[t_col] if t_col is not None else sum(cells))
    return len(sources) >= 2 and rows_hold_shares(budget[0], sources, totals) is True


def budget_reading(
    readings: Sequence[int | None],
    tokens: Sequence[Token],
    amounts: Sequence[str],
    multiplier: int,
    budget: Budget | None,
    by_column: bool,
) -> list[int | None]:
    """The one reading (of ``readings``: the token taken for the total row, or None) the overview's budget proves,
    as a list of one; empty unless two or more readings fit the count of amounts with different columns, the
    budget names every share's source, and exactly one fitting reading deals its source rows their own shares."""
    if budget is None or share_sources(budget[0]) is None:
        return []
    values = [parse_amount(a, multiplier) for a in amounts]
    if not values or any(v is None for v in values):
        return []
    fitting = {}
    for row_total in readings:
        cols, rows, _, _ = reading(tokens, row_total)
        if cols and rows and len(values) == len(cols) * len(rows):
            fitting[row_total] = (cols, rows)
    if len({tuple(c) for c, _ in fitting.values()}) < 2:
        return []
    proven = [
        k
        for k, (cols, rows) in fitting.items()
        if _proven(cols, rows, [int(v) for v in values if v is not None], by_column, budget)
    ]
    return proven if len(proven) == 1 else []
