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
other rules.

A block of row labels amid the amounts is no disproof where each run of labels side by side stands right where its
first row's amounts begin (yunseul-city 40012 pdf2txt: ``계 / 10 amounts / 국비 / 도비 / 10 amounts / 10 amounts /
시비 / 10 amounts``: the labels of two rows printed ahead of their rows, the rows still in print order) and the
total row, dealt by count, sums the source rows in every money column (:func:`runs_lead_rows`,
:func:`total_row_sums`; and, where the overview names each share's source, no row totals another source's share): a print of blocks side by side that puts a label where its row does not start
(maru-county 19010: 도비 after two amounts of a row of eight) is still left to the sums."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.sections.funding_checks import sums_fit
from pledgecard.extract.sections.funding_named_shares import crossed_shares
from pledgecard.normalize.money import funding_source, parse_amount


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
    return any(
        first < p < last and k not in (i * width, (i + 1) * width)
        for i, (p, k) in enumerate(zip(row_pos, before, strict=True))
    )


def runs_lead_rows(row_pos: Sequence[int], amount_pos: Sequence[int], width: int) -> bool:
    """Whether every run of row labels side by side (no amount between them; positions ``row_pos`` in the rows'
    order) stands right where its first row's ``width`` amounts begin: row ``i`` opening a run after ``i * width``
    amounts, with the labels of more than one run (the label column not printed as one run)."""
    if width < 1 or not amount_pos or len(amount_pos) != width * len(row_pos):
        return False
    if list(row_pos) != sorted(row_pos):
        return False
    before = [sum(1 for q in amount_pos if q < p) for p in row_pos]
    starts = [i for i in range(len(row_pos)) if i == 0 or before[i] != before[i - 1]]
    return len(starts) >= 2 and all(before[i] == i * width for i in starts)


def total_row_sums(
    kinds: Sequence[str],
    labels: Sequence[str],
    grid: Sequence[Sequence[str]],
    multiplier: int,
    shares: Sequence[int] = (),
) -> bool:
    """Whether the one total row among the rows ``labels`` sums the other rows in every money column (``kinds``:
    the columns' kinds, a ``share`` column's percents or changes left out), every cell of those columns read as
    an amount, at least two such columns. The sums cannot tell one source row from another: where the overview's
    budget ``shares`` name their sources and the rows' total cells carry them crossed (a 국비 row totalling the 도비
    share: :func:`~pledgecard.extract.sections.funding_named_shares.crossed_shares`), the rows are not proved."""
    totals = [i for i, lab in enumerate(labels) if funding_source(lab) == "total"]
    money = [j for j, k in enumerate(kinds) if k != "share"]
    if len(totals) != 1 or len(labels) < 3 or len(money) < 2:
        return False
    t = totals[0]
    for j in money:
        column = [parse_amount(row[j], multiplier) for row in grid]
        if not sums_fit(column, t, multiplier):
            return False
    if kinds.count("total") != 1 or not shares:
        return True
    tc = list(kinds).index("total")
    parts = [i for i in range(len(labels)) if i != t]
    return not crossed_shares(
        shares,
        [funding_source(labels[i]) for i in parts],
        [parse_amount(grid[i][tc], multiplier) for i in parts],
    )
