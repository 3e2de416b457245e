"""Goal tables printed a cell a line whose year column spans its groups of rows, with a year printed
after the rows it spans: a converter orders a spanning cell by where its text sits in the span (its middle
or its foot), so one group's year may print before its rows and the next group's after them
(``2021년`` / four rows / ``2022년``). Read in print order, every row took the first year, the second
opening no row.

:func:`years_after_rows` tells the rows' years where the rows prove them: the years printed in rising
order, the rows falling into as many runs of equal length as years, each run naming the same projects
in the same order (each year's rows the same projects, as such tables print them): each run takes its
year in order. Any other such table leaves its rows unread (a year not proven: no goal guessed).

The rule holds only for a table whose rows all print between its first two year lines: a year line after
the first that opens rows of its own prints before them, as most tables print their years, so no year is
late and none is moved (``2021년`` / rows / ``2022년`` / rows / ``2023년``: a trailing year line opening no
rows, read as printed, never the whole table unread). And a run proves its year only where it repeats the
first run's rows indicator by indicator, the same project and the same unit after each target's figures
(one project's two indicators under one year, ``1.7km`` / ``237호 공급``, are no two years' runs): rows
printing no indicator twice are one year's, read under the year printed above them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_values import is_status_cell


def year_printed_after_rows(rows: list[GoalRow], year_lines: list[tuple[int, int]], lines: list[str]) -> bool:
    """Whether the last group year line (``(line, year)``) prints after every row read under group years and
    closes the table's ``lines``: nothing printed after it (a year opening cells after it opens rows, read or
    not: its rows' cells printed out of order are no sign of a year printed late)."""
    if not rows or not year_lines:
        return False
    last = year_lines[-1][0]
    if len(year_lines) > 1 and max(r.line for r in rows) > year_lines[1][0]:
        return False  # a later year line opened rows of its own: the years print before their rows
    if len(year_lines) > 1 and any(is_status_cell(t.strip()) for t in lines[year_lines[1][0] + 1 : last]):
        # a later year line opened rows of its own, read or not (rows a late group's year left unread,
        # goal_late_year): the years print before their rows, and the rows above it are the first year's
        # (hanul-special 12 as reviewed: 2023 / four rows / 2024 / rows / 2025 / 2026, the 2023 rows read as
        # 2023, 2024, 2025, 2026)
        return False
    if len({_indicator(r) for r in rows}) == len(rows):
        return (
            False  # no indicator printed twice: no runs of years, the rows are the one year's printed above
        )
    return last > max(r.line for r in rows) and not any(t.strip() for t in lines[last + 1 :])


def late_year_unsure(rows: list[GoalRow], year_lines: list[tuple[int, int]], lines: list[str]) -> bool:
    """Whether the rows' years after the first are not proven: two rows or more, each a different indicator,
    all printed after the first year line and before the last, the last closing the table (nothing printed after
    it) and no other year line between (``2021년`` / row / row / ``2022년``). Either the rows are the first year's
    and the last line a stray (one project's two indicators, review-c gty1), or each row's own year cell is
    printed out of its place (a converter ordering a row's year cell after its other cells: bitsaem-city 120002
    pdftotext, its 2024 row read as 2023's); the print does not tell which, so the first row keeps the year above
    it and the later rows' years are null (extract.goal_year_unproven)."""
    if len(rows) < 2 or len(year_lines) != 2 or len({_indicator(r) for r in rows}) != len(rows):
        return False
    first, last = year_lines[0][0], year_lines[-1][0]
    return (
        all(first < r.line < last for r in rows)
        and year_lines[1][1] > year_lines[0][1]
        and not any(t.strip() for t in lines[last + 1 :])
    )


def one_row_a_year_unproven(placed: list[GoalRow], year_lines: list[tuple[int, int]]) -> list[GoalRow]:
    """Rows :func:`years_after_rows` placed one a year (``2023`` / row / row / ``2024``): the later rows may as well
    be the first year's, the closing year's row printed empty, and the count proves no run (review of h-famgen11,
    c1/c3); their years null (extract.goal_year_unproven). Runs of two rows or more, repeating the first run's
    indicators in order, stay proven."""
    if len(placed) != len(year_lines):
        return placed
    return [placed[0], *(replace(r, year=None, year_unproven=True) for r in placed[1:])]


def repeats_under_one_year(rows: list[GoalRow], year_lines: list[tuple[int, int]]) -> list[GoalRow]:
    """``rows`` with the years of rows under one year line that repeat an indicator printed above them under that
    line (the same project and the same unit after the target's figures) null and unproven, from the repeat on: a year
    holds one target of an indicator, so a repeat is a later year's row whose own year cell printed elsewhere
    (bitsaem-city 120038 pdftotext: ``2025`` / ``공정률 70%`` / ``공정률 100%``, the 2026 cell printed after the
    funding table's heads, read as 2025's). Only the rows under the table's LAST year line: rows a later year line
    of the table closes are that year's, every year of the table printed with rows of its own (a generated card
    prints one indicator's rows four times under 2023 and the next years' after them: tests/test_mendb_37 late.txt).
    Rows whose years are not the year line's above them (placed by another rule) are left as they are."""
    out: list[GoalRow] = []
    seen: dict[int, set[tuple[str | None, str]]] = {}
    repeated: set[int] = set()
    for r in rows:
        above = [(k, y) for k, y in year_lines if k < r.line]
        if not above or r.year != above[-1][1]:
            return rows
        k = above[-1][0]
        ind = _indicator(r)
        if ind in seen.setdefault(k, set()) and k == year_lines[-1][0]:
            repeated.add(k)
        seen[k].add(ind)
        out.append(replace(r, year=None, year_unproven=True) if k in repeated else r)
    return out


def _indicator(row: GoalRow) -> tuple[str | None, str]:
    """A goal row's indicator as its runs repeat it: its project and what its target prints besides figures."""
    return row.project, _FIGURES.sub("", row.target or "")


_FIGURES = re.compile(r"[\d,.\s]+")


def years_after_rows(rows: list[GoalRow], year_lines: list[tuple[int, int]]) -> list[GoalRow] | None:
    """``rows`` with each run of rows given its year (see the module), or None when the rows do not prove
    which year is whose."""
    years = [y for _, y in year_lines]
    k = len(years)
    if k < 2 or any(b <= a for a, b in zip(years, years[1:], strict=False)) or len(rows) % k:
        return None
    if any(r.line > year_lines[1][0] for r in rows):
        return None  # a row printed after the second year line: that line is above it, its year proven
    m = len(rows) // k
    runs = [rows[j * m : (j + 1) * m] for j in range(k)]
    projects = [[_indicator(r) for r in run] for run in runs]
    if any(p is None for p, _ in projects[0]) or any(p != projects[0] for p in projects[1:]):
        return None
    return [replace(r, year=years[j]) for j, run in enumerate(runs) for r in run]
