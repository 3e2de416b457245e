"""A funding table's head row printing the periods as bare years (``연 도 | 합 계 | 2023 | 2024 | …``), read as a
row of amounts.

The class fixed: a funding table printed transposed, the sources across and the years down, with its total row
FIRST (doc-roa-province-8-3: ``연 도 | 국 비 | 도 비 | 시 비 | 기 타 | 계`` over ``합 계`` then 2023-2026). Read turned
back, its head row is the corner, the total's label and the years; a bare year is a figure, so the row's cells
past its labels (the corner and the total's label, two words) were all figures and the row was taken for a
source's row of amounts (the corner read as a source), the table left with no column (blind 0.804). A row whose
cells past its labels are two or more bare years, each the year after the one before, is a head row: no
source's amounts run year by year like that.
"""

from __future__ import annotations

from pledgecard.extract.sections.funding_column_heads import classify_column

MIN_YEARS = 2


def years_head(row: list[str], width: int) -> bool:
    """Whether ``row``'s cells from ``width`` on are ``MIN_YEARS`` or more bare years (``2023``, no unit word), the
    next always the year after, and nothing else: the periods of a head row, no amounts."""
    cells = [c.strip() for c in row[width:] if c.strip()]
    if len(cells) < MIN_YEARS or not all(c.isdigit() for c in cells):
        return False
    years = [classify_column(c) for c in cells]
    if any(y["kind"] != "year" for y in years):
        return False
    return all(b["year"] == a["year"] + 1 for a, b in zip(years, years[1:], strict=False))
