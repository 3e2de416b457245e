"""A funding stream (a cell a line) whose last row lacks its share cells: the share columns closing the
head (구성비(%), no sub-columns of their own, no amount in the record) printed for every row but the
last, whose share a dump set past a page break, apart from the table.

Only the share cells may be missing, and only where the sums prove it: the rows hold ``width`` cells
each but the last, which holds as many fewer as there are share columns (the head may print them amid the others:
pdftotext sets 구성비 by its height among the sub-column words); one row is the others' sum at each of
the rows' first cells but as many (the total row), so no amount of the short row moved. The amounts are given back with the short row's
share cells empty; None otherwise (the table then reads as before: unread, no figure guessed)."""

from __future__ import annotations

from decimal import Decimal

from pledgecard.normalize.money import exact_amount
from pledgecard.normalize.text import DASHES


def _value(cell: str) -> Decimal | None:
    """A cell's amount as printed, not rounded: the sums are checked as printed (``1.4 + 1.4 = 2.8``)."""
    c = cell.strip()
    return Decimal(0) if c in DASHES else exact_amount(c.replace(" ", ""), 1)


def short_share_tail(amounts: list[str], kinds: list[str]) -> list[str] | None:
    """``amounts`` (row by row, a cell a column of ``kinds``: ``plan`` / ``second`` figures, the others
    shares or derived columns, with no amount in the record) with the last row's missing share cells added
    empty, where proven (see the module doc); else None."""
    width = len(kinds)
    tail = sum(1 for k in kinds if k not in ("plan", "second"))
    n_amounts = width - tail
    if tail < 1 or n_amounts < 1 or len(amounts) % width != n_amounts or len(amounts) < 3 * width - tail:
        return None
    padded = amounts + [""] * tail
    rows = [padded[i : i + width] for i in range(0, len(padded), width)]
    values = [[_value(c) for c in r[:n_amounts]] for r in rows]
    if any(v is None for r in values for v in r):
        return None
    for t, total in enumerate(values):
        if all(
            total[p] == sum(r[p] for k, r in enumerate(values) if k != t)  # type: ignore[misc]
            for p in range(n_amounts)
        ):
            return padded
    return None
