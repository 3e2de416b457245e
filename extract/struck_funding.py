"""A funding row of a card marking its revisions struck through, read from a text dump: each revised cell printed
its superseded figure beside the one in force (``718,179`` / ``839,215천원``), nothing telling which is which, so the
row holds more figures than the head names columns and was left null. The sums may tell: each cell prints one figure
or two, one of the two in force; every reading of the row so (its figures kept in order) is tried, and a reading
stands only where the sums prove it: the row's cells summing to its own total column and, where that leaves more
than one reading (a superseded plan adds up as well as the revised one), every column's cells summing to the total
row's and the table's total to the overview's budget (and each source's total to the overview's part for it) where
the overview prints it once, no figure beside another (a figure printed alone on a card printing its revisions
struck is in force: a struck one stands beside the one replacing it). A row no sum proves one way stays null
(its finding: :mod:`pledgecard.extract.superseded`); never the superseded figure.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator
from typing import Any

from pledgecard.extract.struck_second_lines import second_line_readings
from pledgecard.normalize.money import parse_amount, unit_multiplier

Record = dict[str, Any]
_MOST_EXTRA = 4  # at most this many revised cells a row (the readings double with each)
_MOST_TRIED = 4096  # readings of the whole table tried at most
_FIGURE = re.compile(r"(?<![\d,.])\d[\d,]*(?:\.\d+)?")


def sums_to(values: list[int], k: int) -> bool:
    """Whether ``values[k]`` is exactly the sum of the others: a superseded figure and the one in force may lie
    closer than the thousandth a rounded table is allowed, so only an exact sum tells them apart."""
    return values[k] == sum(v for j, v in enumerate(values) if j != k)


def near_sum(values: list[int], k: int, unit: int) -> bool:
    """Whether ``values[k]`` misses the sum of the others by no more than rounding (half a printed unit a figure,
    at least one unit) without hitting it: a plan in force rounded in the table's unit (``1,000`` over ``333 334
    334``) while its superseded one sums exactly would leave the superseded the only exact reading. (Not a
    thousandth of the total: among a revised row's many readings one lands that near by chance.)"""
    diff = abs(values[k] - sum(v for j, v in enumerate(values) if j != k))
    return 0 < diff <= max(unit, len(values) * unit // 2)


def readings(values: list[int], n: int) -> Iterator[tuple[int, ...]]:
    """Every reading of a row's printed figures (in order) as ``n`` cells, each printing one figure or two (the
    superseded and the one in force, either first): for each cell of two, either one."""
    extra = len(values) - n
    if extra < 0 or extra > _MOST_EXTRA:
        return
    for doubled in itertools.combinations(range(n), extra):
        groups: list[tuple[int, ...]] = []
        k = 0
        for j in range(n):
            width = 2 if j in doubled else 1
            groups.append(tuple(values[k : k + width]))
            k += width
        yield from itertools.product(*groups)


def _row_figures(row: Record, mult: int) -> list[int] | None:
    """A row's printed figures (``amounts_raw``) in krw, None when one does not read as one amount (a cell of two
    figures, a word)."""
    raws = [str(raw) for raw in row.get("amounts_raw") or []]
    if any(len(_FIGURE.findall(raw)) > 1 for raw in raws):
        return None
    out = [parse_amount(raw, mult) for raw in raws]
    return None if None in out else out  # type: ignore[return-value]


def _own_readings(row: Record, n: int, total: int, mult: int) -> list[tuple[int, ...]]:
    """The distinct readings of a row its own total column proves; none where another reading misses the total by
    no more than rounding (it may be the one in force, rounded: no exact sum then tells them apart)."""
    figures = _row_figures(row, mult)
    if figures is None:
        return []
    every = [
        *readings(figures, n),
        *second_line_readings(figures, n),
    ]  # (a later line's figures: struck_second_lines)
    if any(near_sum(list(r), total, mult) for r in every):
        return []
    return sorted({r for r in every if sums_to(list(r), total)})


def _budget(record: Record) -> tuple[int | None, dict[str, int]]:
    """The overview's budget total and its parts by source, when its line prints each figure once (no figure beside
    another: a revised budget prints two totals)."""
    budget = (record.get("overview") or {}).get("budget") or {}
    parts = budget.get("parts") or []
    raw = str(budget.get("raw") or "")
    if budget.get("total_krw") is None or len(_FIGURE.findall(raw)) != 1 + len(parts):
        return None, {}
    by_source = {
        str(p.get("source")): p["amount_krw"]
        for p in parts
        if p.get("amount_krw") is not None and p.get("source")
    }
    return int(budget["total_krw"]), by_source


def _proven(
    columns: list[Record], rows: list[Record], table: tuple[tuple[int, ...], ...], record: Record
) -> bool | None:
    """Whether the cross sums prove this reading of the whole table: every column's to the total row's where there
    is one, and the table's total (the total row's, or the rows' totals summed) to the overview's budget, each
    source's to its part, where the overview prints it once; None when neither can be asked."""
    kinds = [c.get("kind") for c in columns]
    totals = [j for j, r in enumerate(rows) if r.get("source") == "total"]
    parts = [j for j, r in enumerate(rows) if r.get("source") != "total"]
    asked = False
    if len(totals) > 1 or kinds.count("total") != 1:
        return False
    if totals and len(parts) >= 2:
        t = table[totals[0]]
        if not all(sums_to([t[c], *(table[p][c] for p in parts)], 0) for c in range(len(kinds))):
            return False
        asked = True
    budget, by_source = _budget(record)
    if budget is not None:
        ti = kinds.index("total")
        whole = [table[totals[0]][ti]] if totals else [table[p][ti] for p in parts]
        if not sums_to([budget, *whole], 0):
            return False
        if any(
            table[p][ti] != by_source[str(rows[p].get("source"))]
            for p in parts
            if str(rows[p].get("source")) in by_source
        ):
            return False
        asked = True
    return True if asked else None


def prove_struck_rows(record: Record) -> int:
    """Read (in place) the funding rows a revised cell's two figures left null where the sums prove one reading
    (above); the number of rows read."""
    funding = record.get("funding") or {}
    columns, rows = funding.get("columns") or [], funding.get("rows") or []
    n = len(columns)
    kinds = [c.get("kind") for c in columns]
    mult = unit_multiplier(str(funding.get("unit") or "")) or 1
    if not n or not rows or kinds.count("total") != 1:
        return 0
    ti = kinds.index("total")
    doubled = [
        j
        for j, r in enumerate(rows)
        if len(r.get("amounts_raw") or []) > n and all(a is None for a in r.get("amounts_krw") or [None])
    ]
    if not doubled:
        return 0
    choices: list[list[tuple[int, ...]]] = []
    for j, r in enumerate(rows):
        amounts = r.get("amounts_krw") or []
        if j in doubled:
            choices.append(_own_readings(r, n, ti, mult))
        elif len(amounts) == n and None not in amounts:
            choices.append([tuple(amounts)])
        else:
            return 0  # a row read in part: no sum over the table
    if any(not c for c in choices):
        return 0
    if all(len(c) == 1 for c in choices):
        chosen = tuple(c[0] for c in choices)
        if _proven(columns, rows, chosen, record) is False:
            return 0  # the one reading the rows' own totals leave, the total row or the budget deny
    else:
        if math.prod(len(c) for c in choices) > _MOST_TRIED:
            return 0
        proven = {t for t in itertools.product(*choices) if _proven(columns, rows, t, record)}
        if len(proven) != 1:
            return 0
        chosen = proven.pop()
    for j in doubled:
        rows[j]["amounts_krw"] = list(chosen[j])
        rows[j].pop("amounts_raw", None)
    return len(doubled)
