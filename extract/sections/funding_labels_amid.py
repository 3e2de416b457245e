"""A funding table printed a cell a line whose row labels stand amid the amounts where no row starts or ends: the
amounts are not dealt to rows by count.

The class of card: a funding table a default-mode dump (poppler's ``pdftotext``) printed as blocks side by side, a
row's first cells in the block of the head's first columns and the rest of the row in a later block (maru-county
19010: ``국비 / 754,742 / 182,368 / 도비 / 420,254 / 군비 / 민자 / 2021년 ..`` then the rest of every row). Dealt by
count, row by row, the amounts cross rows (7 wrong figures). A table printed row by row puts each row label
where its row starts (leading its amounts) or where it ends (after them): row ``i`` of ``n`` cells after ``i * n`` or
``(i + 1) * n`` amounts. Row labels printed at two places or more, one amid the amounts after any other count of
amounts, tell the print order is not the rows': no amount is placed by it (only the sums may place them). The
label column printed as one run (a table continued on the next page, its labels again after the first page's
amounts, areum-district 26019) is one place: the order there is left to the other rules."""

from __future__ import annotations

from collections.abc import Sequence


def labels_off_rows(row_pos: Sequence[int], amount_pos: Sequence[int], width: int) -> bool:
    """Whether a row label (positions ``row_pos``, in the rows' order) stands after the first amount and before the
    last with a count of amounts before it that neither starts nor ends its row of ``width`` printed cells (every
    figure printed: a plan and a second figure each, where the head pairs them), the labels standing at two places
    or more."""
    if not amount_pos or width < 1 or len(amount_pos) % width:
        return False
    first, last = amount_pos[0], amount_pos[-1]
    before = [sum(1 for q in amount_pos if q < p) for p in row_pos]
    if len(set(before)) < 2:
        return False
    return any(first < p < last and k not in (i * width, (i + 1) * width)
               for i, (p, k) in enumerate(zip(row_pos, before, strict=True)))
