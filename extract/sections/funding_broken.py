"""A funding table read from a dump's lines whose own sums do not hold: the figures were dealt to
cells the table does not print them in. A converter that groups a page's text into boxes
(pdfminer.six's ``pdf2txt.py``) prints a table's cells column by column or row by row in an order of
its own, the labels apart from their amounts; dealt by count, every amount lands one cell off and
each reads as a plausible figure. The table's sums tell: a row's total cell is the sum of its periods
(기투자, the years, 임기 후; of a head naming two totals, 총사업비 and 계, one of them), and a
total row is the sum of the source rows in every column. Where a sum the read table prints (every
cell of it read) fails (the total row's, where it prints one: a row short of its total by a period
the dump lost is no misplaced cell), no cell can be trusted to its place: every
cell is nulled, its printed value kept in ``amounts_raw`` (a finding), rather than a figure emitted
under the wrong label. The tolerance is a thousandth of the total or half a unit per part
(amounts printed rounded to the unit).

A square table (as many source rows as columns) printed column by column and dealt row by row is its
own transpose, and its sums hold either way: there the overview's budget tells (:func:`turn_by_budget`).
Each source's share of the budget is its row's total cell; where the read rows' totals are not the
shares and the turned table's are (its sums holding too), the amounts are turned back."""

from __future__ import annotations

from pledgecard.extract.sections.funding_checks import null_every_cell
from pledgecard.extract.sections.funding_proof import Budget, sum_axes, totals_are_shares
from pledgecard.record import FundingColumn, FundingRow


def _holds(total: int | float | None, parts: list[int | float | None], mult: int) -> bool:
    """Whether ``total`` is the sum of ``parts``; True (nothing told) when a cell is not read."""
    if total is None or None in parts or not parts:
        return True
    # Half a printed unit a part: funding_sum_rule's one-unit floor would loosen a one-part sum (kept exact here).
    slack = max(1.0, abs(total) / 1000, len(parts) * mult / 2)
    return abs(sum(parts) - total) <= slack  # type: ignore[arg-type]


def _failing(total: int | float | None, parts: list[int | float | None], mult: int) -> int:
    """0 when the sum holds (or is not told), 1 when it fails, 2 when it fails with the total below
    one of its own parts (amounts are never negative: no slip of the card's, a cell off its place)."""
    if _holds(total, parts, mult):
        return 0
    return 2 if any(p is not None and total is not None and p > total for p in parts) else 1


def sums_broken(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """Whether the sums the read table prints fail as a misplaced cell makes them: two sums or more
    (a cell off its place breaks its own sum and the one it lands in; one row off its total is the
    card's own slip, which validation reports), or one whose total is below a part of it. The total
    row's sums, where it prints one, else each row's total column against its periods."""
    n = len(columns)
    _, periods, tr = sum_axes(columns, rows)
    totals = [j for j, c in enumerate(columns) if c["kind"] == "total"]
    whole = [r for r in rows if len(r["amounts_krw"]) == n]
    if tr is not None and len(whole) == len(rows):
        parts = [r for i, r in enumerate(rows) if i != tr]
        # the total row the sum of the sources in every column: the cells stand in their columns (a
        # period the dump lost, its cells past a page break, leaves every row short of its total)
        return (
            sum(
                _failing(rows[tr]["amounts_krw"][j], [p["amounts_krw"][j] for p in parts], mult)
                for j in range(n)
            )
            >= 2
        )
    if not totals or len(periods) < 2:
        return False
    # a row no total cell of which is the sum of its periods (a head naming two: either)
    return (
        sum(
            min(_failing(r["amounts_krw"][t], [r["amounts_krw"][j] for j in periods], mult) for t in totals)
            for r in whole
        )
        >= 2
    )


def null_broken_sums(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """Every cell of a table whose sums fail (:func:`sums_broken`) nulled, printed values kept in
    ``amounts_raw``; True when they were."""
    if not sums_broken(columns, rows, mult):
        return False
    null_every_cell(rows, mult)
    return True


def turn_by_budget(
    columns: list[FundingColumn], rows: list[FundingRow], budget: Budget | None, mult: int
) -> bool:
    """A square table's amounts turned back (row i, column j from column i, row j) where the budget's
    shares prove it (see the module's doc); True when they were."""
    n = len(columns)
    ti, _, tr = sum_axes(columns, rows)
    if (
        budget is None
        or ti is None
        or len(rows) != n
        or n < 3
        or any(len(r["amounts_krw"]) != n or None in r["amounts_krw"] for r in rows)
    ):
        return False
    grid = [list(r["amounts_krw"]) for r in rows]
    turned = [[grid[j][i] for j in range(n)] for i in range(n)]
    sources = [
        r["source"] for i, r in enumerate(rows) if i != tr
    ]  # each row held to its own share (funding_row_shares)
    if totals_are_shares(grid, ti, tr, budget, sources) or not totals_are_shares(
        turned, ti, tr, budget, sources
    ):
        return False
    before = [list(r["amounts_krw"]) for r in rows]
    for r, values in zip(rows, turned, strict=True):
        r["amounts_krw"] = values
    if sums_broken(columns, rows, mult):
        for r, values in zip(rows, before, strict=True):
            r["amounts_krw"] = values
        return False
    return True
