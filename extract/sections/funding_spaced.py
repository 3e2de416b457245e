"""Funding rows of a text dump whose amounts group their thousands by a space (``1 427 536 465 983``):
the tokens are more than the columns, and where one amount ends cannot be told from the spacing.

Every way of grouping a row's tokens into as many amounts as the head names columns is tried (an
amount is a token of one to three digits followed by tokens of exactly three digits, or one token
alone; a dash is a zero cell of its own). A grouping stands only where the table's sums prove it:
each row's periods adding up to its printed total (where the table prints a total column) and each
column's source rows adding up to its total row (where it prints one), with at least one of these
sums to hold, and one grouping of the whole table left. Otherwise the rows stay null (their printed
tokens kept in ``amounts_raw``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from pledgecard.extract.sections.funding_proof import sum_axes
from pledgecard.normalize.money import parse_amount
from pledgecard.normalize.text import DASHES
from pledgecard.record import FundingColumn, FundingRow

_LEAD = re.compile(r"[1-9]\d{0,2}|0")  # the first group of a spaced amount
_GROUP = re.compile(r"\d{3}")  # a later group
_DIGITS = re.compile(r"\d+")
COMBINATIONS = 20_000  # groupings of the whole table tried at most: beyond, no proof


def _cells(tokens: list[str], n: int) -> Iterator[list[str]]:
    """Every grouping of ``tokens`` into ``n`` cells."""
    if not tokens:
        if n == 0:
            yield []
        return
    if n == 0 or len(tokens) < n:
        return
    first = tokens[0]
    if first in DASHES:
        for rest in _cells(tokens[1:], n - 1):
            yield [first, *rest]
        return
    yield from ([first, *rest] for rest in _cells(tokens[1:], n - 1))
    if not _LEAD.fullmatch(first):
        return
    k = 1
    while k < len(tokens) and _GROUP.fullmatch(tokens[k]):
        k += 1
        for rest in _cells(tokens[k:], n - 1):
            yield [" ".join(tokens[:k]), *rest]


def _row_fits(values: list[int], ti: int | None, periods: list[int]) -> bool:
    return ti is None or not periods or sum(values[j] for j in periods) == values[ti]


def regroup_spaced(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """Read the rows whose printed tokens outnumber the columns where the sums prove one grouping
    (see the module); True when they were."""
    n = len(columns)
    ti, periods, tr = sum_axes(columns, rows)
    if tr is None and (ti is None or not periods):
        return False  # no sum to prove a grouping
    options: list[list[list[int]]] = []
    spaced = False
    for r in rows:
        raw = r.get("amounts_raw") or []
        if all(v is not None for v in r["amounts_krw"]) and len(r["amounts_krw"]) == n:
            options.append([list(r["amounts_krw"])])  # read as printed
            continue
        if any(v is not None for v in r["amounts_krw"]) or len(raw) <= n \
                or not all(_DIGITS.fullmatch(t) or t in DASHES for t in raw):
            return False
        found = []
        for cells in _cells(raw, n):
            values = [parse_amount(c.replace(" ", ""), mult) for c in cells]
            if all(v is not None for v in values) and _row_fits(values, ti, periods):  # type: ignore[arg-type]
                found.append(values)
        if not found:
            return False
        options.append(found)  # type: ignore[arg-type]
        spaced = True
    if not spaced:
        return False
    whole: list[tuple[list[int], ...]] = []
    for combo in itertools.islice(itertools.product(*options), COMBINATIONS + 1):
        if tr is None or all(combo[tr][j] == sum(v[j] for i, v in enumerate(combo) if i != tr) for j in range(n)):
            whole.append(combo)
            if len(whole) > 1:
                return False
    tried = 1
    for o in options:
        tried *= len(o)
    if len(whole) != 1 or tried > COMBINATIONS or (tr is None and any(len(o) > 1 for o in options)):
        return False
    for r, values in zip(rows, whole[0], strict=True):
        if r["amounts_krw"] != values:
            r["amounts_krw"] = list(values)
            r.pop("amounts_raw", None)
    return True
