"""The reporting point a header table states on a row of its own (``(2025. 6. 30. 기준)``).

A card kept as a spreadsheet (extract/readers/text_sheet.py) is one table, its header area rows of it: the
as-of line a document prints under its title (``(2025. 6. 30. 기준)``, set right) is there a row whose one
text is that date, read by the header as the line it is in a document, not as a label or a value."""

from __future__ import annotations

from collections.abc import Iterable

from pledgecard.extract.document import Cell, Table
from pledgecard.normalize.text import fold


def lone_row_texts(items: Iterable[object]) -> list[tuple[str, bool]]:
    """The texts of the rows, in the tables among ``items``, whose cells hold one text alone: lines of their own
    in a document, read by the header's one date reader as its lines are (a labelled reporting date first, a
    bare bracketed one only where no labelled one stands). Each with whether the row stands on its own (the
    title's date row), not continuing the labelled value above it: a row whose text sits in a column the row above
    fills, a label left of it there, is that value wrapped (``사업기간 | 2022. 7. 1. ~`` / `` | (2027. 6. 30.)``), its
    bare date no as-of date (class fixed, session 34 review c #3: a wrapped period end dated the card 2027-06-30)."""
    out: list[tuple[str, bool]] = []
    for t in items:
        if not isinstance(t, Table):
            continue
        grid = t.cell_grid()
        for r, row in enumerate(grid):
            cols = [k for k, c in enumerate(row) if c is not None and c.text.strip()]
            texts = {fold(row[k].text) for k in cols}  # type: ignore[union-attr]
            if len(texts) == 1:
                out.append((texts.pop(), not (r and _continues(grid[r - 1], row, cols[0]))))
    return out


def _continues(above: list[Cell | None], row: list[Cell | None], col: int) -> bool:
    """Whether the row's one text, its first column ``col``, continues the value of the row ``above``: that row
    prints a text in the column (its value) and a text left of it (its label)."""

    def filled(k: int) -> bool:
        c = above[k] if k < len(above) else None
        return c is not None and bool(c.text.strip()) and c is not (row[k] if k < len(row) else None)

    return filled(col) and any(filled(k) for k in range(col))
