"""A goal matrix of indicator rows (a name and a unit a row; the years across, each year over 목표 / 실적 sub-columns)
that pdfminer.six's ``pdf2txt.py`` printed a column at a time: the names' column (under its label word), the units'
column (under 단위), the years' heads as a run, in an order of its own, then every sub-column left to right as its
head word followed by its cells, a cell a line, one an indicator: a year's 목표 column, its 실적 column (an actuals
column with no cell printed not at all), the next year's 목표 column, ...

Read only where the counts and kinds prove the pairing: as many units as names, every sub-column exactly one cell
an indicator, as many 목표 columns as years (dealt to the years in their printed order, the years rising one by one),
every target a figure, every actual a figure or a dash. Otherwise nothing is read (no figure paired by guess).
dodam-district 12 / 13 pdf2txt.

The actuals are placed only where the runs prove each one's year: every year prints a 목표 run then a 실적 run, each
with its cells (목표 실적 목표 실적 ...: an actual-first card would open on 실적). An empty actuals column prints no
cell and maybe no head word, so a 실적 run between two 목표 runs may close the year before it (목표 | 실적) or open
the year after it (실적 | 목표): the actuals are then left null (``extract.actual_unplaced``), the targets read
(session 42 review of h-pdfminer2, c1). A sub-column whose head word carries a running-total word (누적실적, vocabulary
``[goals_running_totals]``) is no year's column: the table is left unread (review c2).
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import goals_finding
from pledgecard.extract.labels import section_of
from pledgecard.extract.sections.goal_across import row_field
from pledgecard.extract.sections.goal_dropped_cells import unit_lines, whole_cell
from pledgecard.extract.sections.goal_indicators import IndicatorGoal, IndicatorLines, figure
from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_year_columns import column_word, unit_head
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import is_dash

_Head = tuple[
    list[tuple[int, str]], list[str], list[int], int
]  # names (line, name), units, years, line after


def _cell(text: str) -> bool:
    return len(text.split()) == 1 and whole_cell(text)


def _head_line(text: str) -> bool:
    """A line that opens another part of the head (or the body): no name of an indicator."""
    return (
        year_head(text) is not None
        or column_word(text)
        or row_field(text) is not None
        or _cell(text)
        or section_of(text) == "goals"
    )


def _years(lines: list[str], i: int) -> tuple[list[int], int] | None:
    years: list[int] = []
    while i < len(lines) and (y := year_head(lines[i])) is not None and (not years or y == years[-1] + 1):
        years.append(y)
        i += 1
    return (years, i) if len(years) >= 2 else None


def _units(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The units' column from its head word (단위) at line ``i``: a unit a line (a narrow cell's pieces joined)."""
    if not unit_head(lines[i]):
        return None
    units: list[str] = []
    i += 1
    while i < len(lines) and (got := unit_lines(lines, i)) is not None:
        units.append(got[0])
        i = got[1]
    return (units, i) if units else None


def _head(lines: list[str], i: int) -> _Head | None:
    """The head's names, units and years from line ``i`` in any order, each once (label words between them)."""
    names: list[tuple[int, str]] | None = None
    units: list[str] | None = None
    years: list[int] | None = None
    while i < len(lines) and (names is None or units is None or years is None):
        if years is None and (y := _years(lines, i)) is not None:
            years, i = y
        elif units is None and (u := _units(lines, i)) is not None:
            units, i = u
        elif column_word(lines[i]) or section_of(lines[i]) == "goals":
            i += 1  # the names' label word (성과지표, 구분), or the head cell naming the goals
        elif names is None and not _head_line(lines[i]):
            names = []
            while i < len(lines) and not _head_line(lines[i]):
                names.append((i, " ".join(lines[i].split())))
                i += 1
        else:
            return None
    if names is None or units is None or years is None or len(names) != len(units):
        return None
    return names, units, years, i


def _runs(lines: list[str], i: int, n: int) -> tuple[list[tuple[str, int, list[str]]], int] | None:
    """The sub-columns from line ``i``: (field, line of the first cell, cells) each, and the line after them;
    None where one holds other than ``n`` cells (an actuals column: none or ``n``)."""
    runs: list[tuple[str, int, list[str]]] = []
    while i < len(lines) and (field := row_field(lines[i])) in ("target", "actual"):
        if _running_total(lines[i]):
            return None  # 누적실적: the years' running total, no year's column
        first = j = i + 1
        while j < len(lines) and _cell(lines[j]):
            j += 1
        cells = [c.strip() for c in lines[first:j]]
        if len(cells) != n and not (field == "actual" and not cells):
            return None
        runs.append((field, first, cells))
        i = j
    return (runs, i) if runs else None


def _running_total(text: str) -> bool:
    """Whether a head word carries a running-total word (누적실적, 누계 실적)."""
    return any(key(w) in key(text) for w in current().words("goals_running_totals"))


def _alternate(runs: list[tuple[str, int, list[str]]], years: int) -> bool:
    """Whether the runs print every year's 목표 then its 실적, each with its cells: each actual's year proven."""
    return len(runs) == 2 * years and all(
        field == ("target" if k % 2 == 0 else "actual") and cells for k, (field, _, cells) in enumerate(runs)
    )


def _dealt(
    runs: list[tuple[str, int, list[str]]], years: int
) -> tuple[list[tuple[int, list[str], list[str] | None]], bool] | None:
    """Each 목표 column (its first cell's line, its cells) with its year's 실적 column where the runs prove it (see
    the module doc), and whether actuals were printed that no year is proven for; None where the targets do not
    read."""
    targets = [(first, cells) for field, first, cells in runs if field == "target"]
    actuals = [cells for field, _, cells in runs if field == "actual"]
    if len(targets) != years:
        return None
    if not all(figure(c) for _, t in targets for c in t):
        return None
    if not all(figure(c) or is_dash(c) for a in actuals for c in a):
        return None
    if _alternate(runs, years):
        return [(first, cells, act) for (first, cells), act in zip(targets, actuals, strict=True)], False
    return [(first, cells, None) for first, cells in targets], any(actuals)


def goal_word_run_lines(lines: list[str]) -> IndicatorLines | None:
    """The goals of such a matrix (see the module doc), or None."""
    texts = [ln.strip() for ln in lines]
    for start in range(len(texts)):
        head = _head(texts, start)
        if head is None:
            continue
        names, units, years, first = head
        got = _runs(texts, first, len(names))
        if got is None:
            return None
        runs, end = got
        dealt = _dealt(runs, len(years))
        if dealt is None:
            return None
        cols, unplaced = dealt
        goals = [
            IndicatorGoal(
                name,
                units[i],
                year,
                cells[i],
                actual[i] if actual is not None and figure(actual[i]) else None,
                at + i,
                i,
            )
            for i, (_, name) in enumerate(names)
            for year, (at, cells, actual) in zip(years, cols, strict=True)
        ]
        return IndicatorLines(goals, set(range(start, end)), unplaced)
    return None


def actuals_unplaced_finding(where: Source | None, first: int, goals: int) -> dict[str, Any]:
    """The finding that a matrix printed a sub-column at a time prints actuals whose year is not proven (``goals``:
    how many goals the table read, ``first`` its first goal's index in the record)."""
    return goals_finding(
        "extract.actual_unplaced",
        "a goal matrix printed a sub-column at a time prints actuals columns whose year its runs do not prove (an "
        "empty column prints no cell: an actual may close the year before it or open the year after it), so "
        "the goals' actuals are left null",
        where,
        first,
        list(range(goals)),
    )
