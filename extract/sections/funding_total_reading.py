"""Which of a funding table's two total words is the total row's, where a dump printed the table a cell a line
and both readings fit the counts.

The class of card: a head opening with the total column's word (``계``) and a row label column opening with the
total row's word, the same word (``계`` / ``국비`` / ...), every label printed before the amounts (pdfminer.six's
``pdf2txt.py``: the head's box, the label column's box, then the amounts row by row; sinbi-county 37011). Either
word may be the row's: taking the head's for the row and the label column's for a column after the head's last
one fits the counts as well (one column and one row each way), and the first reading tried was kept, the total
column put after a share column (비율(%)) and every amount dealt a column off (29 wrong figures). The readings
are told apart by the rows' own sums (only where neither total word leads a run of amounts, the print order
then telling nothing): the one reading whose total column is, in every row, its period columns'
sum is kept; where no one reading's sums hold, none is proven and no amount is read."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.sections.funding_checks import sums_fit
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS, classify_column
from pledgecard.normalize.money import parse_amount


def _sums_hold(cols: Sequence[str], n_rows: int, amounts: Sequence[str], multiplier: int, by_column: bool) -> bool:
    """Whether the total column of ``cols`` is, in every row with three figures or more, its periods' sum."""
    kinds = [classify_column(c)["kind"] for c in cols]
    n = len(cols)
    if kinds.count("total") != 1 or n * n_rows != len(amounts):
        return False
    t = kinds.index("total")
    keep = [j for j, k in enumerate(kinds) if k in PERIOD_KINDS or j == t]
    told = 0
    for i in range(n_rows):
        cells = [amounts[j * n_rows + i] if by_column else amounts[i * n + j] for j in keep]
        values = [parse_amount(c, multiplier) for c in cells]
        if None in values or sum(1 for v in values if v) < 3:
            continue
        told += 1
        if not sums_fit(values, keep.index(t), multiplier):
            return False
    return told >= 2


def reading_by_sums(readings: Sequence[tuple[Sequence[str], int]], amounts: Sequence[str], multiplier: int,
                    by_column: bool) -> int | None:
    """The index of the one reading (its columns, its row count) whose sums hold (see the module's doc); None
    when none or more than one does."""
    holding = [k for k, (cols, n_rows) in enumerate(readings)
               if _sums_hold(cols, n_rows, amounts, multiplier, by_column)]
    return holding[0] if len(holding) == 1 else None
