"""Funding tables printed the other way round (a year a line, a source a column) whose thousands a space
groups (``2025년 743 797 763 770 221 291 1 208 082``), with no total row nor total column to prove the
grouping but a last column of the change from the year above (전년대비 증감, ``△`` for a fall): each line's
tokens grouped into the sources' amounts and its change, and the grouping kept only where the changes prove
it, every line's change being its sources' sum less the line above's, one way only for the whole table.

The class of card fixed: a transposed table with no total under years down, its amounts space-grouped and a
증감 column after them (mutant 4271's dump): every line parts many ways, no sum proved one, the table was
left unread (money 0.21). A table two groupings fit, or none, stays unread: nothing is grouped by guess."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pledgecard.normalize.money import parse_amount
from pledgecard.normalize.money_cells import SIGNS
from pledgecard.normalize.text import DASHES

_HEAD = re.compile(r"\d{1,3}(?:\.\d+)?")  # a cell's first group of digits (its decimals closing the figure)
_GROUP = re.compile(r"\d{3}")  # each group after it
_LAST = re.compile(r"\d{3}(?:\.\d+)?")  # the cell's last group, its decimals after it
_WAYS = 5000  # groupings of one line tried at most: a line past it is left unread (no proof)


def change_rows(printed: list[list[str]], n: int, mult: int) -> list[list[int]] | None:
    """The ``n`` sources' amounts (read with ``mult``) of each line's tokens (``printed``, the year label off,
    a dash an empty cell) where one grouping of the whole table has every line after the first print the
    change from the line above (its sum less the sum above) in its last cell; None where none or several do,
    a line holds a blank cell, or a line's groupings pass :data:`_WAYS`."""
    if len(printed) < 2 or any("" in raw for raw in printed):
        return None
    options = [_readings(raw, n, mult) for raw in printed]
    if any(not o for o in options):
        return None
    counts = [[1] * len(options[0])]
    back: list[list[int | None]] = [[None] * len(options[0])]
    for i in range(1, len(options)):
        row_counts, row_back = [], []
        for values, change in options[i]:
            fits = [k for k, (above, _) in enumerate(options[i - 1])
                    if counts[i - 1][k] and sum(values) - sum(above) == change]
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
    """Every way ``raw`` parts into ``n`` amounts and a change cell (a dash: no change; the first line's, of no
    line above, is read by no check), as (amounts, change); alike readings once. Empty where a line's tokens
    part no way or too many."""
    out: list[tuple[list[int], int]] = []
    seen: set[tuple[tuple[int, ...], int]] = set()
    for k, cells in enumerate(_cells(raw, n + 1)):
        if k >= _WAYS:
            return []
        values = [parse_amount(c, mult) for c in cells[:n]]
        change = parse_amount(cells[n], mult)  # (a dash: no change, as a dash prints an empty amount)
        if any(v is None for v in values) or change is None:
            continue
        got = (tuple(v for v in values if v is not None), change)
        if got not in seen:
            seen.add(got)
            out.append((list(got[0]), change))
    return out


def _cells(raw: list[str], m: int) -> Iterator[list[str]]:
    """Every way ``raw`` parts into ``m`` cells in order: a dash alone, or a figure whose first group holds one
    to three digits and each group after it three (the last cell, the change, may open with a fall's sign)."""
    if m == 0:
        if not raw:
            yield []
        return
    if not raw:
        return
    if raw[0] in DASHES:
        for rest in _cells(raw[1:], m - 1):
            yield [raw[0], *rest]
        return
    head = raw[0][1:] if m == 1 and raw[0][:1] in SIGNS and len(raw[0]) > 1 else raw[0]
    if not _HEAD.fullmatch(head):
        return
    for j in range(1, len(raw) + 1):
        run = raw[1:j]
        if run and not (all(_GROUP.fullmatch(t) for t in run[:-1]) and _LAST.fullmatch(run[-1])):
            break
        if "." in head and run:
            break  # decimals close the figure
        for rest in _cells(raw[j:], m - 1):
            yield ["".join(raw[:j]), *rest]
