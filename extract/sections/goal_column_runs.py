"""A goal matrix (an indicator a row group: its name and unit in a cell spanning a target row and an
actual row, named 목표 / 실적 in a label column; the years across) that a dump printed a cell a line,
column by column: pdfminer.six's ``pdf2txt.py`` groups a table's cells into boxes and prints the head's
parts apart (the years, the indicators' cells, the rows' 목표 / 실적 labels, in an order of its own),
then the figures one a line, a year's column top to bottom (the first indicator's target and actual,
the second's, ...), one year after another.

The head's parts are read in any order, each once: a run of two or more years following one another,
the indicators (each line, or a line and the bracketed unit printed under it, a name closing with its
unit, :func:`~pledgecard.extract.sections.goal_indicators.indicator`; a label column's word such as
구분 beside them, the head cell spanning the years, naming the goals, among them) and as many 목표 / 실적 pairs as indicators (two rows an indicator). Then every cell:
exactly as many lines of one figure or dash as years times indicators times two, no cell line after.

Which way the cells run the dump does not print, so both are tried: a year's column at a time, and a
row at a time (an indicator's targets across, then its actuals). A way holds when every target is a
figure and each indicator's actuals are figures up to a year and dashes after it (actuals not yet
measured). The table is read only when exactly one way holds; otherwise it is left unread.
"""

from __future__ import annotations

from pledgecard.extract.labels import section_of
from pledgecard.extract.sections.goal_across import row_field
from pledgecard.extract.sections.goal_dropped_cells import whole_cell
from pledgecard.extract.sections.goal_indicators import IndicatorGoal, IndicatorLines, figure, indicator
from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_year_columns import column_word

_Named = tuple[str, str]  # an indicator's name and unit


def _years(lines: list[str], i: int) -> tuple[list[int], int] | None:
    """The run of years following one another from line ``i`` (two or more), and the line after it."""
    years: list[int] = []
    while (
        i < len(lines)
        and (y := year_head(lines[i].strip())) is not None
        and (not years or y == years[-1] + 1)
    ):
        years.append(y)
        i += 1
    return (years, i) if len(years) >= 2 else None


def _indicators(lines: list[str], i: int) -> tuple[list[_Named], int] | None:
    """The indicators printed from line ``i``, a line each (or a name and its bracketed unit on the line
    under it), and the line after them; None when the line opens none."""
    out: list[_Named] = []
    while i < len(lines):
        one = indicator(lines[i])
        two = (
            indicator(lines[i] + lines[i + 1])
            if i + 1 < len(lines) and lines[i + 1].strip().startswith("(") and one is None
            else None
        )
        if one is not None:
            out.append(one)
            i += 1
        elif two is not None:
            out.append(two)
            i += 2
        else:
            break
    return (out, i) if out else None


def _pairs(lines: list[str], i: int) -> tuple[int, int] | None:
    """The number of 목표 / 실적 pairs printed a word a line from line ``i``, and the line after them."""
    n = 0
    while i + 1 < len(lines) and row_field(lines[i]) == "target" and row_field(lines[i + 1]) == "actual":
        n += 1
        i += 2
    return (n, i) if n else None


def _head(lines: list[str], i: int) -> tuple[list[int], list[_Named], int, int] | None:
    """The head's three parts from line ``i`` in any order, each once (a label column's word may stand
    before the indicators): the years, the indicators, the pairs' count and the line after the head."""
    years: list[int] | None = None
    named: list[_Named] | None = None
    pairs: int | None = None
    while i < len(lines) and (years is None or named is None or pairs is None):
        if years is None and (y := _years(lines, i)) is not None:
            years, i = y
        elif named is None and (n := _indicators(lines, i)) is not None:
            named, i = n
        elif pairs is None and (p := _pairs(lines, i)) is not None:
            pairs, i = p
        elif column_word(lines[i].strip()) or section_of(lines[i]) == "goals":
            i += 1  # a label column's word (구분), or the head cell spanning the years naming the goals
        else:
            return None
    if years is None or named is None or pairs != len(named):
        return None
    return years, named, i, pairs


def _holds(targets: list[list[str]], actuals: list[list[str]]) -> bool:
    """Every target a figure, each indicator's actuals figures up to a year and dashes after it."""
    for t_row, a_row in zip(targets, actuals, strict=True):
        if not all(figure(c) for c in t_row):
            return False
        measured = [figure(c) for c in a_row]
        if measured != sorted(measured, reverse=True):
            return False
    return True


def _dealt(
    cells: list[str], n_years: int, n_ind: int, by_column: bool
) -> tuple[list[list[str]], list[list[str]]]:
    """The cells dealt to (indicator, year) targets and actuals, a year's column or a row at a time."""

    def at(ind: int, year: int, field: int) -> str:
        return (
            cells[(year * n_ind + ind) * 2 + field]
            if by_column
            else cells[(ind * 2 + field) * n_years + year]
        )

    return (
        [[at(i, y, 0) for y in range(n_years)] for i in range(n_ind)],
        [[at(i, y, 1) for y in range(n_years)] for i in range(n_ind)],
    )


def goal_column_run_lines(lines: list[str]) -> IndicatorLines | None:
    """The goals of such a matrix printed column by column (see the module doc), or None."""
    for start in range(len(lines)):
        head = _head(lines, start)
        if head is None:
            continue
        years, named, first, _ = head
        end = first
        while end < len(lines) and len(lines[end].split()) == 1 and whole_cell(lines[end].strip()):
            end += 1
        cells = [lines[k].strip() for k in range(first, end)]
        if len(cells) != len(years) * len(named) * 2:
            return None
        ways = [(by, _dealt(cells, len(years), len(named), by)) for by in (True, False)]
        held = [(by, d) for by, d in ways if _holds(*d)]
        if len(held) != 1:
            return None
        by, (targets, actuals) = held[0]
        goals: list[IndicatorGoal] = []
        for y, year in enumerate(years):
            for i, (name, unit) in enumerate(named):
                line = first + ((y * len(named) + i) * 2 if by else i * 2 * len(years) + y)
                actual = actuals[i][y]
                goals.append(
                    IndicatorGoal(
                        name, unit, year, targets[i][y], actual if figure(actual) else None, line, i
                    )
                )
        return IndicatorLines(goals, set(range(start, end)))
    return None
