"""A goal matrix with the years down the side and the indicators across (a year a row group: its 목표 row and its
실적 row), that a dump printed a cell a line, column by column: the label column's head (연도), the years, the
indicators' ordinal heads (지표1 지표2 ...), their names with units, then each row's label and its figures, one row
after another (목표 / 92 / 351 / 2.5 / 실적 / 81 / 267 / 2.4 / 목표 / ...).

The class of card: an indicator matrix transposed from the form goal_column_runs reads (years across). The rows'
figures are tied to years only by their order, so the table is read only where the counts leave one reading: as
many 목표 / 실적 pairs as years, each label followed by exactly as many cells as indicators (a target a figure, an
actual a figure or a dash for one not measured), nothing but the head's parts before them and no cell line after.
The k-th pair is the k-th year's. Any other count: the table is left unread."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from pledgecard.extract.labels import section_of
from pledgecard.extract.sections.goal_across import row_field
from pledgecard.extract.sections.goal_dropped_cells import whole_cell
from pledgecard.extract.sections.goal_indicators import IndicatorGoal, IndicatorLines, figure, indicator
from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_year_columns import column_word

_ORDINAL = re.compile(r"(\D+?)\s*(\d+)")
T = TypeVar("T")


def _run(lines: list[str], i: int, take: Callable[[str], T | None]) -> tuple[list[T], int]:
    """The values ``take`` (a function of a stripped line, None to stop) gives from line ``i`` on, and the line
    after them."""
    out: list[T] = []
    while i < len(lines) and (v := take(lines[i].strip())) is not None:
        out.append(v)
        i += 1
    return out, i


def _ordinals(lines: list[str], i: int) -> tuple[int, int]:
    """How many ordinal heads (one stem numbered 1, 2, 3 ... in order) are printed from line ``i``, and the line
    after them (0 and ``i`` where none)."""
    n, stem = 0, None
    while (
        i + n < len(lines)
        and (m := _ORDINAL.fullmatch(lines[i + n].strip())) is not None
        and (stem is None or m.group(1) == stem)
        and int(m.group(2)) == n + 1
    ):
        stem = m.group(1)
        n += 1
    return n, i + n


def _head(lines: list[str], i: int) -> tuple[list[int], list[tuple[str, str | None]], int] | None:
    """The head from line ``i``: label column words, the years (two or more, one after another), the ordinal
    heads (none, or one an indicator), the indicators; and the line after it."""
    while i < len(lines) and (column_word(lines[i].strip()) or section_of(lines[i]) == "goals"):
        i += 1
    years, i = _run(lines, i, year_head)
    if len(years) < 2 or years != list(range(years[0], years[0] + len(years))):
        return None
    n_ord, i = _ordinals(lines, i)
    named, i = _run(lines, i, indicator)
    if not named or n_ord not in (0, len(named)):
        return None
    return years, named, i


def goal_label_run_lines(lines: list[str]) -> IndicatorLines | None:
    """The goals of such a matrix (see the module doc), or None."""
    for start in range(len(lines)):
        head = _head(lines, start)
        if head is None:
            continue
        years, named, at = head
        n = len(named)
        goals: list[IndicatorGoal] = []
        for year in years:
            if (
                at + 2 * n + 1 >= len(lines)
                or row_field(lines[at]) != "target"
                or row_field(lines[at + n + 1]) != "actual"
            ):
                return None
            targets = [lines[at + 1 + k].strip() for k in range(n)]
            actuals = [lines[at + n + 2 + k].strip() for k in range(n)]
            if not all(figure(c) for c in targets) or not all(figure(c) or whole_cell(c) for c in actuals):
                return None
            goals += [
                IndicatorGoal(name, unit, year, t, a if figure(a) else None, at, k)
                for k, ((name, unit), t, a) in enumerate(zip(named, targets, actuals, strict=True))
            ]
            at += 2 * n + 2
        if at < len(lines) and (row_field(lines[at]) is not None or figure(lines[at].strip())):
            return None  # more rows than years: which year's is which is not told
        return IndicatorLines(goals, set(range(start, at)))
    return None
