"""Funding rows printed as the parts of the row above them: a source label wholly in brackets
(``지방비`` then ``(도비)`` / ``(시군비)``) names a part of the nearest row above it that is not
bracketed. The parts' figures and the row's are the same money: reading both counts it twice.

Where the bracketed rows add up to their row in every column both print, the parts are the
record's rows (the finer split, as a subtotal row under sub-sources is left out) and their row is
dropped; where they do not, which figures are the parts' is not shown: the parts are dropped and
their row kept as printed.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.markers import CLOSE_BRACKETS, OPEN_BRACKETS
from pledgecard.normalize.money import funding_source

# a source label wholly in round brackets, as a stream of cells prints it: one token (``(도비)``)
ROUND_OPEN, ROUND_CLOSE = "(（", ")）"


def sub_row_label(cell: str) -> str | None:
    """The label inside a cell printed wholly in one bracket pair (``(도비)`` -> ``도비``), else None."""
    c = cell.strip()
    if len(c) < 3 or c[0] not in OPEN_BRACKETS or c[-1] not in CLOSE_BRACKETS:
        return None
    inner = c[1:-1].strip()
    if any(ch in OPEN_BRACKETS or ch in CLOSE_BRACKETS for ch in inner):
        return None
    return inner or None


def fold_sub_rows(rows: list[dict[str, Any]], parts: list[bool]) -> set[int]:
    """The indices of ``rows`` to keep, ``parts[k]`` telling whether row ``k`` printed its label
    in brackets (a part of the nearest unbracketed row above it)."""
    keep = set(range(len(rows)))
    k = 0
    while k < len(rows):
        run = k + 1
        while run < len(rows) and parts[run]:
            run += 1
        subs = list(range(k + 1, run))
        if subs and not parts[k]:
            if _adds_up(rows[k]["amounts_krw"], [rows[j]["amounts_krw"] for j in subs]):
                keep.discard(k)
            else:
                keep -= set(subs)
        elif subs or parts[k]:  # parts under no row of their own: nothing shows what they are parts of
            keep -= {k, *subs} if parts[k] else set()
        k = run
    return keep


def _adds_up(whole: list[int | None], parts: list[list[int | None]]) -> bool:
    """Whether the parts add up to the whole in every column all of them print (and in one at least)."""
    checked = 0
    for k, v in enumerate(whole):
        cells = [p[k] if k < len(p) else None for p in parts]
        if v is None or any(c is None for c in cells):
            continue
        if sum(c for c in cells if c is not None) != v:
            return False
        checked += 1
    return checked > 0


def fold_labelled_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """:func:`fold_sub_rows` over rows whose labels keep their brackets (``(도비)``, read from a stream of
    cells): the kept rows, each bracketed label without its brackets and with its source."""
    inner = [sub_row_label(r["label"]) for r in rows]
    keep = fold_sub_rows(rows, [x is not None for x in inner])
    for r, x in zip(rows, inner, strict=True):
        if x is not None:
            r["label"], r["source"] = x, funding_source(x)
    return [r for k, r in enumerate(rows) if k in keep]
