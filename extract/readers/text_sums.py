"""Whether a table's figures prove their columns by their sums (no template word needed): in every
group of rows sharing their word cells past the first column (``당초`` rows, ``변경`` rows), one row
is the sum of the others in every column of figures (``계`` over 국비 / 도비 / 시비). A figure placed in
the wrong column breaks the sums of two columns at once, so rows a layout placed by a guess (a table
continued after a page break, the next page measured on its own) are kept only where this holds."""

from __future__ import annotations

import re
from decimal import Decimal

from pledgecard.normalize.money import cell_figure
from pledgecard.normalize.text import DASHES

_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _value(text: str) -> Decimal | None:
    """A figure cell's value; a blank or dashed cell is a zero; None for words. Its minus signs are every
    table cell's (:data:`~pledgecard.normalize.money.SIGNS`: ``−5``, U+2212, is -5 as ``-5`` is)."""
    return cell_figure(text, blank_is_zero=True)


def _head(row: list[str]) -> bool:
    """A head row: a cell in words, or figures that are all years in order (``2023  2024  2025``)."""
    figures = [
        " ".join(t.split()) for t in row if t.strip() and _value(t) is not None and t.strip() not in DASHES
    ]
    return bool(figures) and all(_YEAR.match(f) for f in figures) and figures == sorted(figures)


def sums_prove(grid: list[list[str]], figure_cols: list[int]) -> bool:
    """Whether the body rows of ``grid`` (those below its head rows) prove ``figure_cols``: every
    cell in them a figure, blank or dash; grouped by their other cells past the first column, each
    group of three rows or more has a row summing the others in every figure column, with a figure
    in each of them somewhere, and every group is so."""
    if not figure_cols:
        return False
    body = list(grid)
    while body and (_head(body[0]) or any(_value(body[0][c]) is None for c in figure_cols)):
        body.pop(0)
    if any(_value(row[c]) is None for row in body for c in figure_cols):
        return False
    groups: dict[tuple[str, ...], list[list[Decimal]]] = {}
    for row in body:
        key = tuple(" ".join(t.split()) for c, t in enumerate(row) if c and c not in figure_cols)
        groups.setdefault(key, []).append([_value(row[c]) or Decimal(0) for c in figure_cols])
    if not groups:
        return False
    for rows in groups.values():
        if len(rows) < 3 or not all(any(r[j] for r in rows) for j in range(len(figure_cols))):
            return False
        if not any(
            all(2 * top[j] == sum(r[j] for r in rows) for j in range(len(figure_cols))) for top in rows
        ):
            return False
    return True
