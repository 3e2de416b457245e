"""A share column (비율(%), vocabulary ``[funding_columns] share``) whose head a dump printed amid the period heads
while its cells close every row, moved to the rows' end where the sums prove it.

The class of card fixed: ``pdftotext`` printing a table one cell a line prints a head of two lines (``비율`` over
``(%)``) where its first line falls, ahead of the years' heads, while each row's cells come in their order, the
share (``100.0``) last. Dealt in the heads' order, the share column took each row's first period and every period
after it took its right-hand neighbour's amount, the last the share (mutant 4141's pdftotext dump: every year's
figure one column off, 16 wrong). The share stands last only where the sums prove it: read so, every row's total
column is the sum of its periods, and read as the heads stand, no row's is.

Only a head printed one cell a line has lost its columns' order (:func:`heads_a_line`): a table whose heads share a
line (a pipe table, a reader's table, a layout dump) prints its columns in their order, a share amid the years
where it stands, and its rows failing the sums (a total over more periods than shown) are no proof of a move
(review 32b: ``| 구분 | 총사업비 | 비율(%) | 2025 | 2026 |`` read 8 figures wrong, silently). A move is told
(``extract.share_moved``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import finding
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_checks import sums_fit
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS, classify_column
from pledgecard.record import FundingColumn, FundingRow

# (in_term, a 임기내 subtotal over some of the periods, is no period: counted in, no row would ever sum)


def heads_a_line(lines: Sequence[Line]) -> bool:
    """Whether the table's column heads (total, share, periods) each stand on a printed line of their own, as a
    dump printing a table one cell a line prints them: the heads' order is then not the columns' order."""
    heads = [
        ln.source.line_start
        for ln in lines
        if isinstance(ln, Line) and classify_column(ln.full_text)["kind"] in ("total", "share", *PERIOD_KINDS)
    ]
    return len(heads) >= 3 and None not in heads and len(set(heads)) == len(heads)


def _rows_sum(kinds: list[str], rows: list[list[int | float | None]]) -> list[bool]:
    """For each row, whether its one total cell is the sum of its period cells (:func:`sums_fit`)."""
    keep = [kinds.index("total"), *(j for j, k in enumerate(kinds) if k in PERIOD_KINDS)]
    return [sums_fit([r[j] for j in keep], 0) for r in rows]


def share_to_row_end(columns: list[FundingColumn], rows: list[FundingRow]) -> bool:
    """Move the one share column standing amid the others to the end, its cells with it in every row, where every
    row with a nonzero cell then sums (total column = its periods) and none did as read; True when moved. The
    caller asks only of a table whose heads :func:`heads_a_line`."""
    kinds = [c["kind"] for c in columns]
    n = len(kinds)
    shares = [j for j, k in enumerate(kinds) if k == "share"]
    if (
        len(shares) != 1
        or shares[0] == n - 1
        or kinds.count("total") != 1
        or sum(1 for k in kinds if k in PERIOD_KINDS) < 2
    ):
        return False
    telling = [
        r["amounts_krw"]
        for r in rows
        if len(r["amounts_krw"]) == n and None not in r["amounts_krw"] and any(r["amounts_krw"])
    ]
    if len(telling) < 2 or len(telling) != sum(1 for r in rows if any(v for v in r["amounts_krw"] if v)):
        return False
    s = shares[0]
    order = [*(j for j in range(n) if j != s), s]  # the columns as the rows print their cells
    moved_kinds = [kinds[j] for j in order]
    if any(_rows_sum(kinds, telling)) or not all(_rows_sum(moved_kinds, telling)):
        return False
    columns[:] = [columns[j] for j in order]
    return True


def share_moved(label: str | None, at: int, source: Source | None) -> dict[str, Any]:
    """The ``extract.share_moved`` finding: the share column headed ``label``, printed as the ``at``-th head, read
    as the rows' last column."""
    return finding(
        "extract.share_moved",
        "funding",
        "a share column's head printed amid the periods, one cell a line: read as the rows' last column, "
        "where every row's total then sums and none did as printed",
        observed={"label": label, "printed_at": at},
        source=source,
    )
