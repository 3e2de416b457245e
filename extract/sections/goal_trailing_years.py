"""Goal tables printed a cell a line whose year column spans its groups of rows, with a year printed
after the rows it spans: a converter orders a spanning cell by where its text sits in the span (its middle
or its foot), so one group's year may print before its rows and the next group's after them
(``2021년`` / four rows / ``2022년``). Read in print order, every row took the first year, the second
opening no row.

:func:`years_after_rows` tells the rows' years where the rows prove them: the years printed in rising
order, the rows falling into as many runs of equal length as years, each run naming the same projects
in the same order (each year's rows the same projects, as such tables print them): each run takes its
year in order. Any other such table leaves its rows unread (a year not proven: no goal guessed).
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.sections.goal_rows import GoalRow


def year_printed_after_rows(rows: list[GoalRow], year_lines: list[tuple[int, int]], lines: list[str]) -> bool:
    """Whether the last group year line (``(line, year)``) prints after every row read under group years and
    closes the table's ``lines``: nothing printed after it (a year opening cells after it opens rows, read or
    not: its rows' cells printed out of order are no sign of a year printed late)."""
    if not rows or not year_lines:
        return False
    last = year_lines[-1][0]
    return last > max(r.line for r in rows) and not any(t.strip() for t in lines[last + 1:])


def years_after_rows(rows: list[GoalRow], year_lines: list[tuple[int, int]]) -> list[GoalRow] | None:
    """``rows`` with each run of rows given its year (see the module), or None when the rows do not prove
    which year is whose."""
    years = [y for _, y in year_lines]
    k = len(years)
    if k < 2 or any(b <= a for a, b in zip(years, years[1:], strict=False)) or len(rows) % k:
        return None
    m = len(rows) // k
    runs = [rows[j * m:(j + 1) * m] for j in range(k)]
    projects = [[r.project for r in run] for run in runs]
    if any(p is None for p in projects[0]) or any(p != projects[0] for p in projects[1:]):
        return None
    return [replace(r, year=years[j]) for j, run in enumerate(runs) for r in run]
