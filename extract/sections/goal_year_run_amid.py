"""A goal table printed a cell a line whose year column a page break cut: the column's cells past the cut
printed as a run of year lines amid the rows (``2024`` / ``2025`` / ``2026``, then the rows' cells), as a dump
prints the year column above the header on the first page (goal_lead_runs.lead_years). Read as group lines,
each year of the run would open no row and every row after it take the run's last year (geurim-city 78004
pdftotext read its 2024, 2025 and 2026 rows all as 2026).

:func:`year_run_at` finds such a run; the reader gives its years to the rows after it one a row, in order,
only where as many rows end before the next year line (or the table's end) as the run holds years and every
one of them is read; else those rows go unread (a year not proven: no goal guessed)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_values import year_cell_of


def year_run_at(lines: list[str], k: int) -> list[tuple[int, int]]:
    """The run of year lines from line ``k`` (a year line): each ``(line, year)``, blank lines between
    them skipped, when two or more print one after another and their years rise; else empty (a lone year
    line: a group's, read as printed)."""
    run: list[tuple[int, int]] = []
    i = k
    while i < len(lines):
        text = lines[i].strip()
        if text:
            y = year_cell_of(text)
            if y is None:
                break
            run.append((i, y))
        i += 1
    years = [y for _, y in run]
    if len(run) < 2 or any(b <= a for a, b in zip(years, years[1:], strict=False)):
        return []
    return run
