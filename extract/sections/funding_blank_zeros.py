"""Blank cells of a funding table read from a text dump's lines, zero where the table's every sum proves them
(session 35, txtmoney2; mutant 4474 txt, dorae-county: a head of 계획 | 확보 | 집행 a period and a 구성비(%) column,
the rows printing their blank cells only as wider gaps, ``국 비 226            226   2.6``).

The gaps place each blank (:func:`~pledgecard.extract.sections.funding_unit_cells.gap_cells`), but a blank cell
reads as no amount, so the table's rows were not consistent and every row was nulled, the rows printing every cell
with them. A blank is read as zero only where the whole table then adds up: every row's total cell the sum of its
period cells (the ``other`` periods counted: 2차년도 before its year is resolved) and every column's total row the
sum of the other rows; a row's missing amounts are blanks of its printed cells (as many blank cells at least), never
a cell that printed something unreadable. Otherwise nothing is filled (the rows stay as the readers leave them)."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.sections.funding_other_periods import periods_with_other
from pledgecard.extract.sections.funding_proof import sum_axes
from pledgecard.record import FundingColumn, FundingRow


def blanks_proven(
    grid: Sequence[Sequence[str]], columns: Sequence[FundingColumn], rows: list[FundingRow]
) -> bool:
    """Fill ``rows``' missing amounts with zero where each is a blank cell of the row's ``grid`` line (by label, in
    order) and every sum of the table holds with them (see the module); True when filled."""
    ti, periods, tr = sum_axes(columns, rows)
    periods = periods_with_other(columns, periods)
    if ti is None or tr is None or len(periods) < 2:
        return False
    blanks = {r[0]: sum(1 for c in r[1:] if not c.strip()) for r in grid[1:] if r}
    missing = [sum(1 for v in r["amounts_krw"] if v is None) for r in rows]
    if not any(missing) or any(m > blanks.get(r["label"], 0) for r, m in zip(rows, missing, strict=True)):
        return False
    filled = [[0 if v is None else v for v in r["amounts_krw"]] for r in rows]
    if any(len(f) != len(columns) for f in filled):
        return False
    if any(f[ti] != sum(f[j] for j in periods) for f in filled):
        return False
    if any(filled[tr][j] != sum(f[j] for i, f in enumerate(filled) if i != tr) for j in range(len(columns))):
        return False
    for r, f in zip(rows, filled, strict=True):
        r["amounts_krw"] = list(f)  # type: ignore[typeddict-item]
    return True
