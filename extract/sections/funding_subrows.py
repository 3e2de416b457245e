"""Funding rows printed as the parts of the row above them: a source label wholly in brackets
(``지방비`` then ``(도비)`` / ``(시군비)``) names a part of the nearest row above it that is not
bracketed. The parts' figures and the row's are the same money: reading both counts it twice.

A label after a part's dash (``국비`` then ``- 균특`` / ``- 기금``; vocabulary ``[funding_sub_rows]``)
says the same.

Where the parts add up to their row in every column both print, the parts are the record's rows
(the finer split, as a subtotal row under sub-sources is left out) and their row is dropped, unless
the row names a source no group holds others under (국비: its parts are its breakdown, no sources
of the schema's own, and the row stays); where they do not, which figures are the parts' is not
shown: the parts are dropped and their row kept as printed. Where no cell of the row and its parts is read yet
(amounts a dump spaced in thousands groups, ``16 101.1``, grouped later by the table's sums), all stay for that
grouping to settle (mutant 9117 txt: 도비 and 시군비 dropped, 지방비 kept, two sources' money lost silently).

A row of a group source (지방비; vocabulary ``[funding_source_groups]``) printed right over or under
rows of its member sources (도비, 군비, unbracketed) that add up to it is their subtotal: dropped.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.markers import CLOSE_BRACKETS, OPEN_BRACKETS
from pledgecard.extract.part_labels import part_label
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import funding_source

# a source label wholly in round brackets, as a stream of cells prints it: one token (``(도비)``)
ROUND_OPEN, ROUND_CLOSE = "(（", ")）"


def sub_row_label(cell: str) -> str | None:
    """The label inside a cell printed wholly in one bracket pair (``(도비)`` -> ``도비``) or after a
    part's dash (``- 기금`` -> ``기금``; vocabulary ``[funding_sub_rows] marks``), else None."""
    part = part_label(cell)
    if part is not None:
        return part
    c = cell.strip()
    if len(c) < 3 or c[0] not in OPEN_BRACKETS or c[-1] not in CLOSE_BRACKETS:
        return None
    inner = c[1:-1].strip()
    if any(ch in OPEN_BRACKETS or ch in CLOSE_BRACKETS for ch in inner):
        return None
    return inner or None


def fold_sub_rows(rows: list[dict[str, Any]], parts: list[bool]) -> set[int]:
    """The indices of ``rows`` to keep, ``parts[k]`` telling whether row ``k`` printed its label
    in brackets or after a dash (a part of the nearest row above it that is no part)."""
    keep = set(range(len(rows)))
    k = 0
    while k < len(rows):
        run = k + 1
        while run < len(rows) and parts[run]:
            run += 1
        subs = list(range(k + 1, run))
        if subs and not parts[k] and rows[k].get("source") == "total":
            pass  # sources marked under the total row (계 then - 국비, - 도비): the rows as printed
        elif (
            subs and not parts[k] and _unread(rows[k]["amounts_krw"], [rows[j]["amounts_krw"] for j in subs])
        ):
            pass  # no column read in the row and all its parts (amounts spaced in thousands groups, their cells
            # not yet told apart): the sums that group them (funding_spaced) settle which rows are the record's
        elif subs and not parts[k]:
            if _adds_up(rows[k]["amounts_krw"], [rows[j]["amounts_krw"] for j in subs]) and not _leaf(
                rows[k]
            ):
                keep.discard(k)
            else:  # parts not adding up, or a source's own breakdown (국비 over - 균특 / - 기금): the row
                keep -= set(subs)
        elif subs or parts[k]:  # parts under no row of their own: nothing shows what they are parts of
            keep -= {k, *subs} if parts[k] else set()
        k = run
    return keep


def _unread(whole: list[int | None], parts: list[list[int | None]]) -> bool:
    """Whether no cell is read in the whole and all its parts (amounts spaced in thousands groups, all left for the
    sums): whether the parts add up to it is not yet shown. Cells read but scattered (one unread in each row) are
    no such table: the parts are dropped as where they do not add up (session 44 review of crossworst4, c4)."""
    rows = [whole, *parts]
    return any(rows) and all(v is None for r in rows for v in r)


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
    keep = fold_sub_rows(rows, [x is not None for x in inner]) & fold_group_rows(rows)
    for r, x in zip(rows, inner, strict=True):
        if x is not None:
            r["label"], r["source"] = x, funding_source(x)
    return [r for k, r in enumerate(rows) if k in keep]


def _leaf(row: dict[str, Any]) -> bool:
    """Whether the row names a source no group holds others under (국비, 도비: not 지방비, not a total): its
    parts are its breakdown (국비 over - 균특 / - 기금), no sources of the schema's own."""
    src = row.get("source")
    return src is not None and src != "total" and src not in current().table("funding_source_groups")


def _members(whole: dict[str, Any], parts: list[dict[str, Any]]) -> bool:
    """Whether the parts are sources the whole's source groups (지방비 over 도비 / 군비; vocabulary
    ``[funding_source_groups]``), each a different one: the finer split of the schema's sources. Parts
    of a source no group names (국비 over 균특 / 기금) are its breakdown, no sources of their own."""
    members = current().words("funding_source_groups", whole.get("source") or "")
    owns = [p.get("source") for p in parts]
    return bool(members) and all(o in members for o in owns) and len(set(owns)) == len(owns)


def _member_runs(rows: list[dict[str, Any]], k: int) -> list[list[int]]:
    """The runs of two or more rows of the member sources (도비, 군비) of row ``k``'s group source (지방비)
    right under it, then right over it, by index: the rows each names its member once (none if no group)."""
    members = current().words("funding_source_groups", rows[k].get("source") or "")
    runs: list[list[int]] = []
    for step in (1, -1) if members else ():
        run, j = [], k + step
        while 0 <= j < len(rows) and rows[j].get("source") in members:
            run.append(j)
            j += step
        if len(run) >= 2 and _members(rows[k], [rows[i] for i in run]):
            runs.append(run)
    return runs


def group_runs(rows: list[dict[str, Any]]) -> dict[int, list[int]]:
    """The rows of a group source (지방비) over or under a run of two or more rows of its member sources
    (도비, 군비), by index: the run's indices, right under the group's row, else right over it."""
    return {k: runs[0] for k in range(len(rows)) if (runs := _member_runs(rows, k))}


def fold_group_rows(rows: list[dict[str, Any]]) -> set[int]:
    """The indices of ``rows`` to keep where a row of a group source (지방비) is the subtotal of the
    run of two or more rows of its member sources right under it or right over it (도비, 군비): the
    same money printed twice, so the subtotal is dropped and the sources kept. A run that does not add
    up in every column both print keeps the group's row (which figures belong where is not shown)."""
    keep = set(range(len(rows)))
    for k, row in enumerate(rows):
        if any(
            _adds_up(row["amounts_krw"], [rows[i]["amounts_krw"] for i in run])
            for run in _member_runs(rows, k)
        ):
            keep.discard(k)
    return keep
