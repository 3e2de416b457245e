"""Rows of a text dump's funding table printed under a group label column (``국비 국고보조금 …`` /
``특별교부세 …`` / ``소계 …``, then ``지방비 도비 …`` / ``시비 …``), matched to their lines by label.

The class of card fixed: the grid read from such lines has two label cells a row (the group's, the row's
own), and the record's rows are fewer than its lines (a group's parts folded into its subtotal, a group's
subtotal dropped). Matched one line to one row by position they never were, so every row was nulled as
unplaceable once any one line printed fewer cells than the head (a blank cell dropped: ``시비 4210000 340000
500000  810000  600000 1960000``), the well-printed rows with it, and the one short row's printed blanks had
no sums left to prove them (mutant 4295 txt: funding 0.086). Here each row is matched to the lines whose
label cells name it; only a row one of whose lines prints more or fewer figures than the columns is
unplaceable, the others keep what they read (their sums still checked after).
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import label_width, plain_int
from pledgecard.extract.sections.funding_rows import printed_row
from pledgecard.extract.sections.funding_spaced import with_blanks


def _labels(cells: list[str]) -> tuple[list[str], int]:
    """A grid row's leading label cells (those before its first figure) and its figures' count."""
    k = label_width(cells)
    return [c.strip() for c in cells[:k] if c.strip()], len(cells) - k


def group_matched_bad(
    grid: list[list[str]], columns: list[dict[str, Any]], rows: list[dict[str, Any]]
) -> set[str] | None:
    """The labels of ``rows`` some line of which (a ``grid`` data row naming the row's label among its label
    cells) prints a figure count other than ``len(columns)``; ``None`` where the grid prints no group label
    column (no data row of two label cells) or a row's label names no line (not this shape: a turned table)."""
    data = [_labels(d) for d in grid[1:] if d]
    if not any(len(labels) >= 2 for labels, _ in data):
        return None
    bad: set[str] = set()
    for r in rows:
        counts = [n for labels, n in data if r["label"] in labels]
        if not counts:
            return None
        if any(n != len(columns) for n in counts):
            bad.add(r["label"])
    return bad


def group_printed(
    grid: list[list[str]], lines: list[Line], rows: list[dict[str, Any]], n: int
) -> dict[str, list[str]]:
    """For each row of ``rows`` left wholly null that names two or more lines of a grid under a group label
    column (its group's parts and their subtotal, folded into one row), the printed cells (blank ones ``""``,
    :func:`with_blanks`) of the one line among them equal in every column to the sum of the others: the row's
    own figures, as its sums are to prove them (:func:`regroup_spaced`). Only where each such line's gaps make
    exactly ``n`` cells. ``lines``: the dump's lines, their rows (:func:`printed_row`) one to one with ``grid``'s."""
    data = [ln for ln in lines if isinstance(ln, Line) and printed_row(ln.full_text)]
    if len(data) != len(grid) - 1 or not any(len(_labels(d)[0]) >= 2 for d in grid[1:]):
        return {}
    out: dict[str, list[str]] = {}
    for r in rows:
        if any(v is not None for v in r["amounts_krw"]):
            continue
        named = [ln for ln, d in zip(data, grid[1:], strict=True) if r["label"] in _labels(d)[0]]
        if len(named) < 2:
            continue
        cells = [
            with_blanks(ln.printed or ln.full_text, (printed_row(ln.full_text) or [""])[1:]) for ln in named
        ]
        values = [[plain_int(c, blank_is_zero=True) for c in cs] for cs in cells]
        if any(len(cs) != n for cs in cells) or any(v is None for vs in values for v in vs):
            continue
        sums = [
            k
            for k, vs in enumerate(values)
            if all(vs[j] == sum(o[j] for i, o in enumerate(values) if i != k) for j in range(n))
        ]  # type: ignore[misc]
        if len(sums) == 1:
            out[r["label"]] = cells[sums[0]]
    return out
