"""Funding tables printed the other way round (a year a line, a source a column) whose thousands a space
groups (``2025년 743 797 763 770 221 291 1 208 082``), with no total row nor total column to prove the
grouping but a last column of the change from the year above (전년대비 증감, ``△`` for a fall): each line's
tokens grouped into the sources' amounts and its change, and the grouping kept only where the changes prove
it, every line's change being its sources' sum less the line above's, one way only for the whole table.

The class of card fixed: a transposed table with no total under years down, its amounts space-grouped and a
증감 column after them (mutant 4271's dump): every line parts many ways, no sum proved one, the table was
left unread (money 0.21). A table two groupings fit, or none, stays unread: nothing is grouped by guess."""

from __future__ import annotations

import itertools

from pledgecard.extract.search_budget import SearchGivenUp
from pledgecard.extract.sections.funding_spaced import groupings
from pledgecard.normalize.money import parse_amount

_WAYS = 5000  # groupings of one line tried at most: a line past it is left unread (no proof)


def change_rows(printed: list[list[str]], n: int, mult: int) -> list[list[int]] | None:
    """The ``n`` sources' amounts (read with ``mult``) of each line's tokens (``printed``, the year label off,
    a dash an empty cell) where one grouping of the whole table has every line after the first print the
    change from the line above (its sum less the sum above) in its last cell; None where none or several do,
    a line holds a blank cell, or a line's groupings pass :data:`_WAYS`. Each line's readings are matched to
    the line above's through an index of their sums (linear in the readings, review A s34 finding 3)."""
    if len(printed) < 2 or any("" in raw for raw in printed):
        return None
    options = [_readings(raw, n, mult) for raw in printed]
    if any(not o for o in options):
        return None
    counts = [[1] * len(options[0])]
    back: list[list[int | None]] = [[None] * len(options[0])]
    for i in range(1, len(options)):
        by_sum: dict[int, list[int]] = {}  # the line above's live readings by their sum
        for k, (above, _) in enumerate(options[i - 1]):
            if counts[i - 1][k]:
                by_sum.setdefault(sum(above), []).append(k)
        row_counts, row_back = [], []
        for values, change in options[i]:
            fits = by_sum.get(sum(values) - change, [])
            row_counts.append(min(2, sum(counts[i - 1][k] for k in fits)))
            row_back.append(fits[0] if len(fits) == 1 else None)
        counts.append(row_counts)
        back.append(row_back)
    ends = [j for j, c in enumerate(counts[-1]) if c]
    if len(ends) != 1 or counts[-1][ends[0]] != 1:
        return None
    rows: list[list[int]] = []
    j: int | None = ends[0]
    for i in range(len(options) - 1, -1, -1):
        assert j is not None  # (one way to each line: its one way from the line above)
        rows.append(options[i][j][0])
        j = back[i][j]
    return rows[::-1]


def _readings(raw: list[str], n: int, mult: int) -> list[tuple[list[int], int]]:
    """Every way ``raw`` parts into ``n`` amounts and a change cell (:func:`funding_spaced.groupings`, the change
    its one derived cell; a dash: no change; the first line's, of no line above, is read by no check), as
    (amounts, change); alike readings once. Empty where a line's tokens part no way or too many."""
    out: list[tuple[list[int], int]] = []
    seen: set[tuple[tuple[int, ...], int]] = set()
    try:
        ways = list(itertools.islice(groupings(raw, n + 1, 1), _WAYS + 1))
    except SearchGivenUp:
        return []
    if len(ways) > _WAYS:
        return []
    for cells in ways:
        values = [parse_amount(c, mult) for c in cells[:n]]
        change = parse_amount(cells[n], mult)  # (a dash: no change, as a dash prints an empty amount)
        if any(v is None for v in values) or change is None:
            continue
        got = (tuple(v for v in values if v is not None), change)
        if got not in seen:
            seen.add(got)
            out.append((list(got[0]), change))
    return out
