"""A funding table read as a stream of cells (:func:`funding_from_stream`, the fallback where no line is a row)
keeps a row's figures only where a sum the table prints proves them.

The class of card fixed (session 34, pdftotext ``-layout`` dumps of unseen family cards): a table whose lines a
diagonal watermark crosses (angae-county 95005: the watermark's letters and digits between the cells, ``026``,
``2:``) is left as text (``table_unrecovered``) and re-read as a stream of cells; the watermark's digits glue onto
the amounts (``23,8355,171``), a total word turns into a second total column, the total row's label is lost, and
the amounts dealt by count land a cell or a row off. Every sum that could show it is then not told: the row's
total cell is null (a column no amount was dealt to) or the total row is gone, and the checks of a read table
(:func:`null_broken_sums`) take a sum not told for one holding.

Here a table that prints a sum (a total column or a total row) keeps a row's figures, where its sum is not told
(its total cell null, or two total columns), only where one of its sums holds with every cell told: the row's total cell the sum of its periods (and of its shares), or every column it
has a figure in summing the source rows to the total row. Any other row's cells are nulled, the printed values
kept in ``amounts_raw`` (a finding). A table printing no sum at all has nothing to prove a reading by and is left
to the checks of its layout."""

from __future__ import annotations

from pledgecard.extract.sections.funding_checks import null_every_cell, sums_fit
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS
from pledgecard.record import FundingColumn, FundingRow


def row_sums_hold(values: list[int | float | None], kinds: list[str], mult: int) -> bool:
    """Whether one of the row's total cells (read) is the sum of its periods, and of its shares where it splits
    the total in two or more (확보 | 미확보), every one of them read (a lone share column, a ratio such as 구성비,
    is no part of the sum: the caller drops it as no amount)."""
    periods = [j for j, k in enumerate(kinds) if k in PERIOD_KINDS]
    shares = [j for j, k in enumerate(kinds) if k == "share"]
    shares = shares if len(shares) >= 2 else []
    totals = [j for j, k in enumerate(kinds) if k == "total"]
    if not periods:
        return False
    for t in totals:
        others = [j for j in totals if j != t]
        if any(values[j] is not None and values[j] != values[t] for j in others):
            continue  # a second total cell printing another figure: not this row's total (or misplaced)
        if all(
            sums_fit([values[t], *(values[j] for j in group)], 0, mult)
            for group in (periods, shares)
            if group
        ):
            return True
    return False


def column_sums_hold(rows: list[FundingRow], j: int, mult: int) -> bool:
    """Whether column ``j`` sums the source rows to the one total row, every cell of it read."""
    totals = [r for r in rows if r["source"] == "total"]
    parts = [r for r in rows if r["source"] != "total"]
    if len(totals) != 1 or len(parts) < 2:
        return False
    return sums_fit([totals[0]["amounts_krw"][j], *(p["amounts_krw"][j] for p in parts)], 0, mult)


def null_unproven_stream(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """Every row of a table read as a stream of cells whose figures no printed sum proves nulled (printed values
    kept in ``amounts_raw``), where the table prints a total column or a total row; True when one was."""
    kinds = [c["kind"] for c in columns]
    n = len(kinds)
    if "total" not in kinds and not any(r["source"] == "total" for r in rows):
        return False
    if any(len(r["amounts_krw"]) != n for r in rows):
        null_every_cell(rows, mult, n)
        return any("amounts_raw" in r for r in rows)
    proven_columns = {j for j in range(n) if column_sums_hold(rows, j, mult)}
    nulled = False
    for r in rows:
        values = r["amounts_krw"]
        read = [j for j, v in enumerate(values) if v is not None]
        if not read or row_sums_hold(values, kinds, mult) or set(read) <= proven_columns:
            continue
        if kinds.count("total") == 1 and values[kinds.index("total")] is not None:
            continue  # its one total told: the checks of a read table judge its sum (funding_broken)
        null_every_cell([r], mult, n)
        nulled = True
    return nulled
