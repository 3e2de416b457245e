"""Funding cells whose grouped figure OCR read with a stray slash among its digits (``2,7/99``, ``3,/35``,
``3,/707``), read where the table's sums prove them.

Class of card fixed (session 35): dallae-city 101 scanned (1-up) read its 국비 and 도비 rows' figures
``2,799`` / ``3,735`` / ``3,707`` as ``2,7/99`` / ``3,/35`` / ``3,/707`` (a speck or a stroke of the 7 read as a
slash): no amount, so both rows were dropped (their 14 figures lost). Such a cell is an OCR-confused amount
(:func:`slashed_figure`): it keeps its place, read null, so its row stands. It is then read as the figure its
column's total proves (the other cells of the column known: one unknown) where that figure's digits are the ones
printed with the slash standing for one digit or for nothing, and the row's own total holds once its cells are
read; else it stays null with its printed text.
"""

from __future__ import annotations

import re

from pledgecard.extract.sections.funding_sum_rule import adds_up
from pledgecard.record import FundingColumn, FundingRow

_SLASHED = re.compile(r"\d{1,3},[\d,/]*\d")


def slashed_figure(cell: str) -> bool:
    """Whether ``cell`` (spaces removed) is a grouped figure with a slash among its digits (``2,7/99``)."""
    c = re.sub(r"\s+", "", cell)
    return "/" in c and c.count("/") == 1 and _SLASHED.fullmatch(c) is not None


def _fits(printed: str, value: int, mult: int) -> bool:
    """Whether ``value`` (KRW) prints as ``printed``'s digits with its slash one digit or none."""
    if value < 0 or value % mult:
        return False
    digits = str(value // mult)
    text = re.sub(r"[,\s]", "", printed)
    return re.fullmatch(text.replace("/", r"\d?"), digits) is not None


def read_slashed(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """Fill the slashed cells the sums prove (module docstring); True when one was read."""
    kinds = [c["kind"] for c in columns]
    n = len(kinds)
    totals = [k for k, r in enumerate(rows) if r["source"] == "total"]
    if len(totals) != 1 or mult < 1:
        return False
    tr = totals[0]
    read = False
    for i, row in enumerate(rows):
        raw = row.get("amounts_raw")
        if i == tr or not raw or len(raw) != n or len(row["amounts_krw"]) != n:
            continue
        for j in range(n):
            if row["amounts_krw"][j] is not None or not slashed_figure(raw[j]):
                continue
            others = [r["amounts_krw"][j] for k, r in enumerate(rows) if k not in (tr, i)]
            total = rows[tr]["amounts_krw"][j] if j < len(rows[tr]["amounts_krw"]) else None
            if total is None or None in others:
                continue
            value = total - sum(others)  # type: ignore[arg-type]
            if not _fits(raw[j], value, mult):
                continue
            trial = list(row["amounts_krw"])
            trial[j] = value
            if kinds.count("total") == 1 and None not in trial:
                ti = kinds.index("total")
                if not adds_up([v for k, v in enumerate(trial) if k != ti], trial[ti], mult):  # type: ignore[arg-type]
                    continue
            row["amounts_krw"][j] = value
            read = True
        if None not in row["amounts_krw"]:
            row.pop("amounts_raw", None)  # every cell read: no printed text stands for an unread one
    return read
