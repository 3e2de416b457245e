"""Rows of a funding table by sub-project that a text dump printed with one amount fewer than the table has
columns: one amount of theirs was a merged cell over two period columns (``4,077 (2년간)`` in 2024-2025), and
the dump printed it once, so the cells after it stand one column to the left. Which two columns it spans the
row alone does not show. The table's sums can: each block's source rows add up to its subtotal, and the whole's
rows (the last block, after two or more sub-projects) to the blocks' rows of the same source.

Every short row of a block spans the same two columns (one merged cell down the block, as the card draws it;
a row's remark, ``(2년간)``, fixes where). Each assignment of a span to each block with short rows is tried;
where exactly one makes every sum hold, on every column or pair of columns the rows are compared over, the
short rows are widened: the merged amount in both columns it spans as a cell that reads null (no period's
figure, :mod:`funding_spread`), the others under their own columns. Otherwise the grid is left as printed
(its short rows then read no figure). The whole may be one total row alone (총계 under the sub-projects'
blocks): the subtotals sum to it.

A layout dump that keeps the columns sets such an amount under one of the two columns it spans, the other
blank (:func:`blank_beside_spans`): where a remark shows the table merges two columns, a row blank in one and
holding an amount in the other is read as merged there too (null in both), never as the one column's figure.
"""

from __future__ import annotations

from itertools import product

from pledgecard.extract.search_budget import bounded
from pledgecard.extract.sections.funding_cells import is_amount_cell, squashed_cell
from pledgecard.extract.sections.funding_column_heads import classify_column
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.sections.funding_spread import SPANNED as SPANNED_MARK
from pledgecard.extract.sections.funding_spread import mark_spanned, spread_cell, spread_remark
from pledgecard.normalize.money import funding_source, parse_amount

_MAX_TRIES = 4096


def _joined_remarks(row: list[str]) -> list[str]:
    """A row whose remark telling the periods an amount covers a dump printed as a cell of its own
    (``4,077`` ``(2년간)``): the remark back on its amount."""
    out: list[str] = []
    for c in row:
        if out and spread_remark(c) and is_amount_cell(out[-1]):
            out[-1] = f"{out[-1]} {c.strip()}"
        else:
            out.append(c)
    return out


def _width(row: list[str]) -> int:
    return next(
        (k for k, c in enumerate(row) if c.strip() and (is_amount_cell(c) or spread_cell(c))), len(row)
    )


def _value(cell: str) -> int | None:
    c = cell.strip()
    if spread_cell(c):
        c = c.split("(")[0].split("（")[0]
    return parse_amount(squashed_cell(c), 1)


def placed_span_rows(grid: list[list[str]]) -> list[list[str]]:
    """``grid`` with its short rows widened where the sums prove the span of their merged amount (see the
    module's doc); ``grid`` itself otherwise."""
    rows = [_joined_remarks(r) for r in grid]
    data: list[tuple[int, int, str, list[str]]] = []  # (grid row, label width, source, amount cells)
    for i, r in enumerate(rows):
        w = _width(r)
        cells = [c for c in r[w:] if c.strip()]
        label = source_label(r[:w]) if 0 < w < len(r) else None
        if label is None or not cells or not all(is_amount_cell(c) or spread_cell(c) for c in cells):
            continue
        data.append((i, w, funding_source(label) or "", cells))
    if len(data) < 4:
        return grid
    n = max(len(d[3]) for d in data)
    short = [d for d in data if len(d[3]) == n - 1]
    if not short or any(len(d[3]) not in (n, n - 1) for d in data):
        return grid
    head = next((r for r in reversed(rows[: data[0][0]]) if len([c for c in r if c.strip()]) == n), None)
    if head is None:
        return grid
    kinds = [classify_column(c)["kind"] for c in head if c.strip()]
    spans = [k for k in range(n - 1) if kinds[k] == kinds[k + 1] == "year"]
    blocks = _blocks(data)
    if blocks is None or len(blocks) < 3 or not spans:
        return grid
    choices: list[list[int]] = []
    for b in blocks:
        if not any(len(d[3]) == n - 1 for d in b):
            choices.append([-1])
            continue
        marked = {p for d in b if len(d[3]) == n - 1 for p, c in enumerate(d[3]) if spread_cell(c)}
        choices.append([k for k in spans if not marked or marked == {k}])
    tries = 1
    for c in choices:
        tries *= max(len(c), 1)
    search = bounded("funding_span_rows.spans", _MAX_TRIES)
    if not search.room(tries):
        return grid  # (too many choices to try: the search given up before it begins)
    search.take(tries)
    fits = [pick for pick in product(*choices) if _sums_hold(blocks, pick, n)]
    if len(fits) != 1:
        return grid
    out = [list(r) for r in rows]
    for b, k in zip(blocks, fits[0], strict=True):
        for i, w, _, cells in b:
            if len(cells) == n - 1:
                # (a merged dash, nothing in any of the periods, is each one's zero)
                both = cells[k] if _value(cells[k]) == 0 else mark_spanned(cells[k])
                wide = [*cells[:k], both, both, *cells[k + 1 :]]
                out[i] = [*rows[i][:w], *wide]
    return out


def _blocks(
    data: list[tuple[int, int, str, list[str]]],
) -> list[list[tuple[int, int, str, list[str]]]] | None:
    """The rows by block: a total row opening each, its sources under it."""
    if data[0][2] != "total":
        return None
    out: list[list[tuple[int, int, str, list[str]]]] = []
    for d in data:
        if d[2] == "total":
            out.append([d])
        else:
            out[-1].append(d)
    # (the whole may be a total row alone: the sub-projects' subtotals sum to it)
    return out if all(len(b) >= 2 for b in out[:-1]) else None


def _by_column(values: list[int | None], k: int) -> list[int | None]:
    """A row's amounts by column, the merged one (at ``k``; -1: none) counted once, in the first column it spans."""
    return values if k < 0 else [*values[:k], values[k], 0, *values[k + 1 :]]


def _sums_hold(blocks: list[list[tuple[int, int, str, list[str]]]], pick: tuple[int, ...], n: int) -> bool:
    def cols(d: tuple[int, int, str, list[str]], k: int) -> tuple[list[int | None], int]:
        k = k if len(d[3]) == n - 1 else -1
        return _by_column([_value(c) for c in d[3]], k), k

    def holds(parts: list[tuple[list[int | None], int]], whole: tuple[list[int | None], int]) -> bool:
        # compared column by column, over a pair of columns where any of the rows merges them
        merged = {k for _, k in [*parts, whole] if k >= 0}
        if any(k + 1 in merged for k in merged):
            return False  # overlapping spans: nothing is compared
        groups = [[j] for j in range(n) if j not in merged and j - 1 not in merged] + [
            [k, k + 1] for k in merged
        ]
        for g in groups:
            sums = [[v[j] for j in g] for v, _ in [*parts, whole]]
            if any(x is None for s in sums for x in s):
                return False
            got = [sum(x for x in s if x is not None) for s in sums]
            if sum(got[:-1]) != got[-1]:
                return False
        return len(groups) >= 3

    for b, k in zip(blocks, pick, strict=True):
        if len(b) > 1 and not holds([cols(d, k) for d in b[1:]], cols(b[0], k)):
            return False
    whole, parts = blocks[-1], blocks[:-1]
    for d in whole:
        same = [(p, pick[m]) for m, blk in enumerate(parts) for p in blk if p[2] == d[2]]
        if not same or len(same) > len(parts):  # (a source of some sub-projects only: theirs)
            return False
        if not holds([cols(p, k) for p, k in same], cols(d, pick[-1])):
            return False
    return True


def blank_beside_spans(grid: list[list[str]]) -> list[list[str]]:
    """``grid`` (cells placed under their columns, a layout dump's) with each amount printed once over two columns
    read as such: where a row's cell tells by its remark that it covers two periods (``5,775 (2년간)``) and the
    column beside it is blank in that row, every row blank in that column and holding an amount in the remark's
    is that merged cell's row too (the amount set under one of the two columns it spans); its amount stands in
    both, read null (a dash: each one's zero). Nulling is all it does: no figure is moved."""
    pairs: set[tuple[int, int]] = set()
    for row in grid:
        for j, c in enumerate(row):
            if not spread_cell(c) or c.startswith(SPANNED_MARK):
                continue
            for b in (j - 1, j + 1):
                if 0 <= b < len(row) and not row[b].strip() and b >= _width(row):
                    pairs.add((b, j))
    if not pairs:
        return grid
    out = [list(r) for r in grid]
    for r in out:
        w = _width(r)
        for b, j in sorted(pairs):
            if (
                w <= min(b, j)
                and max(b, j) < len(r)
                and not r[b].strip()
                and r[j].strip()
                and (is_amount_cell(r[j]) or spread_cell(r[j]))
            ):
                both = r[j] if _value(r[j]) == 0 else mark_spanned(r[j])
                r[b] = r[j] = both
    return out
