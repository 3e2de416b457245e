"""The leading columns of a goal table (연도 / 주요사업 before 목표 ...) that a dump printed column by
column above the rows' header: each column's head word, then its cells top to bottom, the columns one
after another (``연도`` / ``2019`` / ``2020`` / ``세부추진과제`` / ``창업 지원사업`` / ``계획`` ...), or the head
words of all first and then each column's cells (``연도`` / ``주요사업`` / ``2023`` / ``2024`` / ``지원센터 조성``).

A column's run is placed only where its count proves it:

- a year run holds one year a row; its years never fall, or fall exactly where a project run of as many
  cells as the rising runs of years parts the rows (a project cell spanning its rows, the years starting
  again under the next project);
- a project run holds one line a row (in order), one line in all (the cell spanning every row), or one
  line for each rising run of the years placed (the cell spanning that run's rows).

Otherwise nothing of that column is placed (its lines stay unread)."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.markers import split_marker
from pledgecard.extract.sections.goal_head_words import column_words, compound_kind, head_kind
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_values import is_status_cell, year_cell_of
from pledgecard.extract.vocabulary import current

_LEAD = frozenset({"year", "project"})


def _lead_kind(line: str) -> str | None:
    """The kind a leading column's head line names: a whole head word (its unit bracket aside), or one
    word of no space holding a year's or project's column word (``세부추진과제``)."""
    if year_cell_of(line) is not None:
        return None  # a year cell (``2019년도``), never a head word
    kind = head_kind(line)
    if kind is None and len(line.split()) == 1:
        held = compound_kind(line, current().build(column_words))
        kind = held if held in _LEAD else None
    return kind


def _segments(lines: list[str], h: int) -> list[tuple[int, list[str], list[int]]]:
    """The runs above line ``h`` (the rows' header), nearest last: each its first line, its head's column
    kinds (year / project, in order) and its cells' lines, dealt in the head's order (a year run, then
    the rest). A run whose head names another column, or whose cells do not fit, ends the walk."""
    out: list[tuple[int, list[str], list[int]]] = []
    pos = h
    while True:
        p = pos
        while p > 0 and lines[p - 1] and _lead_kind(lines[p - 1]) is None:
            p -= 1
        q = p
        while q > 0 and lines[q - 1] and _lead_kind(lines[q - 1]) is not None:
            q -= 1
        kinds = [k for ln in lines[q:p] if (k := _lead_kind(ln)) != "other" and k is not None]
        cells = [k for k in range(p, pos) if lines[k]]
        if q == p or not kinds or not cells or set(kinds) - _LEAD or len(set(kinds)) != len(kinds):
            return out
        if any(is_status_cell(lines[k]) or split_marker(lines[k])[0] for k in cells):
            return out
        years = [k for k in cells if year_cell_of(lines[k]) is not None]
        if kinds == ["year"] and len(years) != len(cells):
            return out
        if kinds == ["project"] and years:
            return out
        if kinds == ["year", "project"] and cells[: len(years)] != years:
            return out
        if kinds == ["project", "year"]:
            return out
        out.insert(0, (q, kinds, cells))
        pos = q


def _rising(years: list[int]) -> list[int]:
    """The sizes of the runs of years that never fall, in order."""
    sizes = [1]
    for a, b in zip(years, years[1:], strict=False):
        if b < a:
            sizes.append(1)
        else:
            sizes[-1] += 1
    return sizes


def lead_columns(
    lines: list[str], h: int, rows: list[GoalRow], unread: list[int]
) -> tuple[list[GoalRow], list[int]]:
    """``rows`` with the leading columns printed above line ``h`` (the rows' header) placed where the
    counts prove them (see the module), and the lines still unread."""
    segments = _segments(lines, h)
    year_run: list[int] = []
    project_run: list[int] = []
    for _q, kinds, cells in segments:
        years = [k for k in cells if year_cell_of(lines[k]) is not None]
        if "year" in kinds:
            if year_run:
                return rows, unread  # two year columns: which is whose the dump does not tell
            year_run = years
        if "project" in kinds:
            if project_run:
                return rows, unread
            project_run = [k for k in cells if k not in years]
    n = len(rows)
    years = [y for k in year_run if (y := year_cell_of(lines[k])) is not None]
    sizes = _rising(years) if years else []
    years_ok = (
        bool(years) and len(years) == n and all(r.year in (None, y) for r, y in zip(rows, years, strict=True))
    )
    groups = years_ok and len(project_run) > 1 and len(project_run) != n and len(project_run) == len(sizes)
    out = list(rows)
    placed: set[int] = set()
    if years_ok and (len(sizes) == 1 or groups):
        out = [replace(r, year=y) for r, y in zip(out, years, strict=True)]
        placed.update(year_run)
    if project_run and all(r.project is None for r in out):
        names = [lines[k] for k in project_run]
        if len(names) == 1:
            names = names * n
        elif len(names) != n:
            names = (
                [name for name, size in zip(names, sizes, strict=True) for _ in range(size)] if groups else []
            )
        if len(names) == n:
            out = [replace(r, project=name) for r, name in zip(out, names, strict=True)]
            placed.update(project_run)
    if placed:
        for q, _kinds, cells in segments:
            if set(cells) & placed:
                placed.update(k for k in range(q, min(cells)) if lines[k])  # the column's head words
    return out, [k for k in unread if k not in placed]


def lead_year(lines: list[str], h: int) -> int | None:
    """The year of a year column printed above the rows' header (line ``h``) with one cell only (``연도``
    / ``2025`` / ``세부사업`` / ... over ``목표`` ...): the first row's year, the next rows' printed where a
    page break cut the column (a year line among the rows, read as a group's); None when the runs above
    hold no year column or more than one year (which row is whose is then not told)."""
    runs = [cells for _q, kinds, cells in _segments(lines, h) if "year" in kinds]
    if len(runs) != 1:
        return None
    years = [y for k in runs[0] if (y := year_cell_of(lines[k])) is not None]
    return years[0] if len(years) == 1 else None


def lead_years(lines: list[str], h: int) -> list[int]:
    """The years of a year column printed above the rows' header (line ``h``) with two or more cells, rising
    (``연도`` / ``주요사업`` / ``2024`` / ``2025`` / ``창업 인재양성`` over ``계획`` ...): the first rows' years in
    order, where as many rows print before a year line among the rows (a page break cut the column there) or
    the table's end (the caller counts them). Empty when the runs above hold no such column."""
    runs = [cells for _q, kinds, cells in _segments(lines, h) if "year" in kinds]
    if len(runs) != 1:
        return []
    years = [y for k in runs[0] if (y := year_cell_of(lines[k])) is not None]
    rising = all(a < b for a, b in zip(years, years[1:], strict=False))
    return years if len(years) >= 2 and rising else []


def lead_project_run(lines: list[str], h: int) -> list[int]:
    """The lines of the project column's cells printed above the rows' header (line ``h``), in order (a
    year cell among them left out); empty when the runs above hold no project column or more than one."""
    runs = [(kinds, cells) for _q, kinds, cells in _segments(lines, h) if "project" in kinds]
    if len(runs) != 1:
        return []
    return [k for k in runs[0][1] if year_cell_of(lines[k]) is None]
