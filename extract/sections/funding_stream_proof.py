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

from typing import Any

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


def scaled_rows(
    rows: list[dict[str, Any]], scale: dict[tuple[int, int], int], unread: set[tuple[int, int]]
) -> list[dict[str, Any]]:
    """Copies of ``rows`` (source and figures) with the cells of ``scale`` multiplied and those of ``unread`` null."""
    out = []
    for i, r in enumerate(rows):
        values = [
            None if (i, k) in unread else v * scale.get((i, k), 1) if v is not None else None
            for k, v in enumerate(r["amounts_krw"])
        ]
        out.append({"source": r["source"], "amounts_krw": values})
    return out


def decimal_proven(
    decimal: list[dict[str, Any]], comma: list[dict[str, Any]], i: int, k: int, kinds: list[str], mult: int
) -> bool:
    """Whether the point-grouped figure of row ``i``, column ``k`` is proven a decimal as printed: a sum it
    belongs to (its row's total cell over its periods, its column's total row over the source rows) holds with
    the table's point-grouped cells read as decimals and fails with them read as commas (x1000), and no sum it
    belongs to that is told (every cell read) fails as decimals. A sum holding either way separates nothing
    (``3.800 | 3.800 | -``, ``3.800 | 1.900 | 1.900``: a comma misread as much as a decimal); session 39."""
    if len(kinds) != len(decimal[i]["amounts_krw"]):
        return False
    checks = [
        (
            row_told(decimal[i]["amounts_krw"], kinds),
            row_sums_hold(decimal[i]["amounts_krw"], kinds, mult),
            row_sums_hold(comma[i]["amounts_krw"], kinds, mult),
        )
    ]
    if all(len(r["amounts_krw"]) == len(kinds) for r in decimal):
        checks.append(
            (
                column_told(decimal, k),
                column_sums_hold(decimal, k, mult),  # type: ignore[arg-type]
                column_sums_hold(comma, k, mult),
            )
        )  # type: ignore[arg-type]
    if any(told and not holds for told, holds, _ in checks):
        return False
    return any(holds and not as_comma for _, holds, as_comma in checks)


def row_told(values: list[int | float | None], kinds: list[str]) -> bool:
    """Whether a row's sum is told: a total cell read and every period read."""
    periods = [v for v, kind in zip(values, kinds, strict=True) if kind in PERIOD_KINDS]
    totals = [v for v, kind in zip(values, kinds, strict=True) if kind == "total"]
    return bool(periods) and None not in periods and any(v is not None for v in totals)


def column_told(rows: list[dict[str, Any]], k: int) -> bool:
    """Whether column ``k``'s sum is told: one total row, two source rows or more, every cell of it read."""
    totals = [r for r in rows if r["source"] == "total"]
    return len(totals) == 1 and len(rows) >= 3 and all(r["amounts_krw"][k] is not None for r in rows)


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
