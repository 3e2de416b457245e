"""A goal table of the years across (each year over its 목표 | 실적 sub-columns) printed a cell a line, one of
whose year heads a dump printed after the rows (pdftotext's default mode: ``2023년`` / ``2024년`` / ``목표`` /
``실적`` / ``2026년`` / ``목표`` / ``실적`` / ``목표`` over the rows, ``2025년`` / ``목표`` / ``실적`` after them, past the
page's foot). The head read before the rows skips that year: its sub-columns split into the years it names
(2023, 2024, 2026) and each row's figures were dealt to them in order, a later year's target taken for an
earlier year's actual (nalgae-city 61027 pdftotext: 2024 actuals 88 and 60, each 2025's target).

:func:`late_year` finds such a year: the head's years rising with a gap, and a year of the gap printed as a head
cell (the year alone on its line) after the rows. The reader then places no figure of the table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import goals_unrecovered
from pledgecard.extract.sections.goal_subheads import year_head


def late_year(years: Sequence[int | None], lines: Sequence[str], after: int) -> int | None:
    """The year the head ``years`` skip (rising, with a gap) that ``lines`` print alone on a line from line
    ``after`` on (a head cell printed past the rows); None where the years run on without a gap or no year of
    the gap is printed later. A head column of no year (None: a total's, a note's) is none of the years."""
    years = [y for y in years if y is not None]
    if len(years) < 2 or list(years) != sorted(set(years)):
        return None
    gap = set(range(years[0], years[-1] + 1)) - set(years)
    for line in lines[after:]:
        year = year_head(line.strip()) if line.strip() else None
        if year in gap:
            return year
    return None


def late_year_finding(where: Source | None, year: int) -> dict[str, Any]:
    """The finding at ``goals`` that a table of the years across printed the head of ``year`` past its rows: no
    goal read from it."""
    return goals_unrecovered(
        "goals",
        "the goal table's head prints a year of its columns past the rows: the rows' figures stand "
        "under no proven year, no goal read from it",
        source=where,
        observed={"late_year": year},
    )
