"""Amounts wider than their cells that a PDF reader set in one cell, glued after their units: parted again.

A funding table printing every amount with its unit (``555,978천원``) in narrow year columns overflows: an amount
runs past its cell's right rule up to the next amount, no space between them, and the reader puts both in the
first cell (``555,978천원1,432,459천원``), the next cell left blank (mutant 3337, PDF: the 시비 and 구비 rows,
their years and total unread). A unit closes its amount, so the digits after it open the next one
(:func:`funding_cells.split_after_units`); the parts go to the cell and the blank cells right after it in the row,
only where exactly as many blank cells follow as parts are left over (else the cell stays as printed, unread).
The funding reader's sums then check the row as any other.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.sections.funding_cells import split_after_units


def _row_cells(t: Table, row: int) -> dict[int, Cell]:
    """The cells starting in ``row`` one grid row tall and one column wide, by column."""
    return {c.col: c for c in t.cells if c.row == row and c.row_span == 1 and c.col_span == 1}


def overflow_parted(t: Table) -> Table:
    """``t`` with every cell of glued amounts parted into the blank cells after it (the module's rule)."""
    texts: dict[int, str] = {}  # id of a cell -> its new text
    for row in range(t.n_rows):
        cells = _row_cells(t, row)
        for col, c in cells.items():
            parts = split_after_units(c.text.strip())
            if len(parts) < 2:
                continue
            after = [cells.get(col + k) for k in range(1, len(parts))]
            if any(a is None or a.text.strip() for a in after):
                continue  # no blank cell (or a spanning one) right after: where the parts go is unsure
            for cell, part in zip([c, *after], parts, strict=True):
                texts[id(cell)] = part
    if not texts:
        return t
    return Table(
        cells=[replace(c, text=texts[id(c)]) if id(c) in texts else c for c in t.cells],
        n_rows=t.n_rows,
        n_cols=t.n_cols,
        source=t.source,
    )
