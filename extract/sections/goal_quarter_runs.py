"""A quarter goal table (:mod:`goal_quarters`: an indicator a plan row and an actual row, a year's quarters across
and their running total) that pdfminer.six's ``pdf2txt.py`` printed a column at a time: the head's cells in order
(성과지표 | 단위 | 구분 | 1/4분기 .. 4/4분기 | 누계), then the indicators' names one a line, their units one a line,
the label column's words (계획 / 실적, a pair an indicator), then the figures one a line.

Which way the figures run the dump does not print: a period's column at a time (each indicator's plan, then its
actual) or a row at a time are both dealt into the table and read by :func:`goal_quarters.quarter_goals`, whose rows
are proven by their sums (a row's total the sum of its quarters). The table is read only where exactly one way
gives every indicator a goal; otherwise nothing is read. gangmul-city (its quarterly review) pdf2txt.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.sections.goal_across import row_field
from pledgecard.extract.sections.goal_dropped_cells import unit_lines, whole_cell
from pledgecard.extract.sections.goal_indicators import IndicatorGoal
from pledgecard.extract.sections.goal_quarters import QuarterLines, quarter_goals, quarter_head, total_head
from pledgecard.extract.sections.goal_year_columns import column_word, unit_head

_Grid = list[list[str]]


def _head(texts: list[str], i: int) -> int | None:
    """The line after a quarter table's head printed a cell a line from line ``i`` (its label words, then the
    quarters and their total), or None."""
    j = i
    while j < len(texts) and column_word(texts[j]):
        j += 1
    q = 0
    while j < len(texts) and quarter_head(texts[j]) == q + 1:
        q, j = q + 1, j + 1
    if j == i or q < 2 or j >= len(texts) or not total_head(texts[j]):
        return None
    return j + 1


def _cell(text: str) -> bool:
    return len(text.split()) == 1 and whole_cell(text)


def _body(
    texts: list[str], at: int, unit: bool
) -> tuple[list[str], list[str], list[str], list[tuple[int, str]]] | None:
    """The names, units, the label column's words and the figures (line, text) printed from line ``at``."""
    names: list[str] = []
    while (
        at < len(texts)
        and not _cell(texts[at])
        and row_field(texts[at]) is None
        and unit_lines(texts, at) is None
    ):
        names.append(" ".join(texts[at].split()))
        at += 1
    units: list[str] = []
    while unit and at < len(texts) and len(units) < len(names) and (got := unit_lines(texts, at)) is not None:
        units.append(got[0])
        at = got[1]
    if not names or (unit and len(units) != len(names)):
        return None
    words: list[str] = []
    for _ in names:
        if at + 1 >= len(texts) or row_field(texts[at]) != "target" or row_field(texts[at + 1]) != "actual":
            return None
        words += [texts[at], texts[at + 1]]
        at += 2
    cells: list[tuple[int, str]] = []
    while at < len(texts) and _cell(texts[at]):
        cells.append((at, texts[at].strip()))
        at += 1
    return names, units, words, cells


def quarter_column_runs(texts: list[str], year: int | None) -> QuarterLines | None:
    """The goals of such a table (see the module doc) in the lines ``texts``, or None."""
    lines = [t.strip() for t in texts]
    for start in range(len(lines)):
        after = _head(lines, start)
        if after is None:
            continue
        head = lines[start:after]
        unit = any(unit_head(h) for h in head)
        body = _body(lines, after, unit)
        if body is None:
            return None
        names, units, words, cells = body
        n, width = len(names), len(head) - len([h for h in head if column_word(h)])
        if len(cells) != n * 2 * width:
            return None
        read: list[tuple[list[IndicatorGoal], list[list[int]]]] = []
        for by_column in (True, False):
            grid, at = _dealt(head, (names, units, words), cells, width, by_column)
            got = quarter_goals(grid, year if year is not None else 0)
            if got is not None and len(got) == n:
                read.append((got, at))
        if len(read) != 1:
            return None
        goals, at = read[0]
        total = len(head) - 1
        return QuarterLines(
            [replace(g, row=at[g.row][total]) for g in goals],
            set(range(start, cells[-1][0] + 1)),
        )
    return None


def _dealt(
    head: list[str],
    labels: tuple[list[str], list[str], list[str]],
    cells: list[tuple[int, str]],
    width: int,
    by_column: bool,
) -> tuple[_Grid, list[list[int]]]:
    """The table's grid (the head row, then a plan row and an actual row an indicator) with the figures dealt a
    period's column at a time or a row at a time, and each grid cell's line (-1 for the label cells)."""
    names, units, words = labels
    n = len(names)
    grid: _Grid = [list(head)]
    lines: list[list[int]] = [[-1] * len(head)]
    lead = len(head) - width
    for i in range(n):
        for field in (0, 1):
            lead_cells = [
                names[i] if field == 0 else "",
                *([units[i]] if units else []),
                words[i * 2 + field],
            ]
            row, at = lead_cells[-lead:] if lead < len(lead_cells) else lead_cells, [-1] * lead
            for p in range(width):
                k = (p * n + i) * 2 + field if by_column else (i * 2 + field) * width + p
                row.append(cells[k][1])
                at.append(cells[k][0])
            grid.append(row)
            lines.append(at)
    return grid, lines
