"""A funding table printed a cell a line whose row labels stand together amid the amounts: the amounts are not dealt
to rows by count.

The class of card: a funding table a default-mode dump (poppler's ``pdftotext``) printed as blocks side by side, a
row's first cells in the block of the head's first columns and the rest of the row in a later block (maru-county
19010: ``국비 / 754,742 / 182,368 / 도비 / 420,254 / 군비 / 민자 / 2021년 ..`` then the rest of every row). Dealt by
count, row by row, the amounts cross rows (7 wrong figures). Where every cell is printed (as many amounts as rows
times columns), a table printed row by row prints each row label with its row's amounts (one amount or more) next to
it: two row labels side by side, no amount between them, after the first amount and before the last, are a piece of
the label column printed as a block of its own, and a label amid the amounts where no row starts or ends
(row ``i`` of ``n`` cells after neither ``i * n`` nor ``(i + 1) * n`` amounts) tells the print order is not the rows':
no amount is placed by it (only the sums may place them). A one-column piece printing each label one cell off
(hanbit-province 12012: ``계 / '30 / 국비 / 3,745 / 도비 / 1,801 ..``, a label between every two amounts) keeps its
order; a label column printed as one run (a table continued on the next page, areum-district 26019) is left to the
other rules."""

from __future__ import annotations

from collections.abc import Sequence


def _labels_together_amid(row_pos: Sequence[int], amount_pos: Sequence[int]) -> bool:
    """Whether two row labels after the first amount and before the last stand side by side (no amount between)."""
    first, last = amount_pos[0], amount_pos[-1]
    inside = sorted(p for p in row_pos if first < p < last)
    return any(not any(a < q < b for q in amount_pos) for a, b in zip(inside, inside[1:], strict=False))


def labels_off_rows(row_pos: Sequence[int], amount_pos: Sequence[int], width: int) -> bool:
    """Whether the row labels (positions ``row_pos``, in the rows' order) stand as a block amid the amounts (two side
    by side after the first amount and before the last), at two places or more, with one of them after a count of
    amounts that neither starts nor ends its row of ``width`` printed cells (every cell printed)."""
    if not amount_pos or width < 1 or len(amount_pos) % width or len(amount_pos) != width * len(row_pos):
        return False
    if not _labels_together_amid(row_pos, amount_pos):
        return False
    first, last = amount_pos[0], amount_pos[-1]
    before = [sum(1 for q in amount_pos if q < p) for p in row_pos]
    if len(set(before)) < 2:
        return False  # the label column printed as one run: one place
    return any(first < p < last and k not in (i * width, (i + 1) * width)
               for i, (p, k) in enumerate(zip(row_pos, before, strict=True)))
