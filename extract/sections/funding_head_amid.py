"""A funding table printed column by column whose head's spanning word a box-grouping dump printed amid the amounts:
the columns after it are not placed by their labels' order.

The class of card: a transposed funding table (the periods its rows, the sources its columns), dumped by pdfminer.six's
``pdf2txt.py`` a box at a time. The label column's spanning cell over the period rows (``연도별 투자 실적 및 계획``)
prints after the first period's amounts (총사업비's run), then the period labels as one run, then their amounts: the
dump grouped the spanning cell's box with the boxes beside it, and the amounts after it come in the grouping's order,
not the labels' (bitna-district 35008: the first year's row printed after the others, every year's amounts a year
off, 20 wrong figures). Where a head word stands amid the amounts and two or more period labels after it are printed
together, apart from their amounts, the labels' order places no amount: only the sums may (else null, the printed
amounts kept raw). Where the spanning word prints before every amount, or each label leads its own amounts, the
print order stands."""

from __future__ import annotations

from collections.abc import Sequence


def head_amid_columns(head_words: Sequence[int], col_pos: Sequence[int], amount_pos: Sequence[int]) -> bool:
    """Whether a head word (its position in ``head_words``) stands after the first amount and before the last, and two
    or more column labels after it stand in one run (no amount printed between them)."""
    if not amount_pos:
        return False
    first, last = amount_pos[0], amount_pos[-1]
    for at in (p for p in head_words if first < p < last):
        after = sorted(p for p in col_pos if p > at)
        ahead = [p for p in after if not any(q < p for q in amount_pos if q > at)]
        if len(ahead) >= 2:
            return True
    return False
