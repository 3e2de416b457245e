"""An indicator goal table of years across (each year over 목표 | 실적, then the whole period's target and a rate)
that a dump printed with its label columns apart from the rows' figures, a row at a time: pdf2txt groups a table's
text by boxes, so it prints the head, then the first row (its name and unit on a line, its cells after), then the
other rows' names one a line, their units (a narrow cell's pieces a line each: ``개`` / ``소``), then the other rows'
cells as one stream, a cell or a few a line, a blank cell (a year not yet measured) printing nothing.

The names and units are dealt to the rows in order only where they are as many; the stream of cells is cut into
the rows in order where each row's cells, placed into the head's columns (:func:`goal_dropped_cells.placed`), agree
with the printed sums (the yearly targets make the final target, the actuals over it the printed rate:
:func:`goal_dropped_cells.sums_agree`). The table is read only when exactly one way of cutting makes every row
hold; otherwise it is left unread (no figure guessed). gaeul-county 64009 pdf2txt: three indicators of four years.
"""

from __future__ import annotations

from dataclasses import dataclass

from pledgecard.extract.search_budget import SearchGivenUp, bounded
from pledgecard.extract.sections.goal_dropped_cells import placed, sums_agree, unit_lines, whole_cell
from pledgecard.extract.sections.goal_indicators import IndicatorLines
from pledgecard.extract.sections.goal_year_columns import SubColumn, goals_of_rows, head_parts

_MAX_WAYS = 2  # stop once a second way of cutting holds: the cut is not proven


@dataclass(frozen=True, slots=True)
class _Body:
    names: list[tuple[int, str]]  # (line, name) in printed order
    units: list[str]
    cells: list[str]  # every figure, dash or status word, in printed order
    end: int  # the line after the table


def _subs(years: list[int | None], fields: list[str | None]) -> list[SubColumn] | None:
    """The head's sub-columns: each year over a target and an actual, printed in that order (a head cell naming
    no year among them, ``최종목`` / ``표`` / ``달성`` / ``률`` after the years: no such head)."""
    known = [y for y in years if y is not None]
    if len(known) < 2 or len(known) != len(years) or known != sorted(set(known)):
        return None
    if fields != ["target", "actual"] * len(known):
        return None
    return [(y, f) for y in known for f in ("target", "actual")]


def _body(lines: list[str], i: int) -> _Body | None:
    """The names, units and cells printed from line ``i`` (see the module); None where a line is none of them."""
    names: list[tuple[int, str]] = []
    units: list[str] = []
    cells: list[str] = []
    k = i
    while k < len(lines):
        words = lines[k].split()
        if not words:
            k += 1
            continue
        if all(whole_cell(w) for w in words):
            cells += words
            k += 1
        elif (unit := unit_lines(lines, k)) is not None:
            units.append(unit[0])
            k = unit[1]
        elif head_parts(lines, k) is not None:
            return None  # a second head: another table's shape
        elif len(words) >= 2 and unit_lines(words[-1:], 0) is not None and not whole_cell(words[-2]):
            names.append((k, " ".join(words[:-1])))  # the name and its unit on one line
            units.append(words[-1])
            k += 1
        else:
            names.append((k, " ".join(words)))
            k += 1
    return _Body(names, units, cells, k)


def _ways(cells: list[str], rows: int, subs: list[SubColumn], tails: list[str]) -> list[list[list[str]]]:
    """Every way of cutting ``cells`` in order into ``rows`` rows each placed and agreeing with its sums (at most
    two)."""
    found: list[list[list[str]]] = []
    search = bounded("goal_names_apart.ways")
    most = len(subs) + len(tails)

    def deal(r: int, at: int, got: list[list[str]]) -> None:
        if len(found) >= _MAX_WAYS:
            return
        search.take()
        if r == rows:
            if at == len(cells):
                found.append(list(got))
            return
        for end in range(at + 1, min(len(cells), at + most) + 1):
            row = placed(cells[at:end], subs, tails)
            if row is not None and sums_agree(row, subs, tails):
                deal(r + 1, end, [*got, row])

    try:
        deal(0, 0, [])
    except SearchGivenUp:
        return []  # (past the budget: no way proved)
    return found


def goal_names_apart_lines(lines: list[str]) -> IndicatorLines | None:
    """The goals of such a table (see the module doc), or None."""
    for at in range(len(lines)):
        head = head_parts(lines, at)
        if head is None:
            continue
        years, fields, unit_named, i, tails = head
        subs = _subs(years, fields)
        body = (
            _body(lines, i)
            if subs is not None and unit_named and sorted(tails) == ["final", "rate"]
            else None
        )
        if subs is None or body is None or len(body.names) < 2 or len(body.units) != len(body.names):
            return None
        ways = _ways(body.cells, len(body.names), subs, tails)
        if len(ways) != 1:
            return None  # no way, or more than one: which cells are whose is not proven
        rows = [
            (line, name, unit, cells[: len(subs)])
            for (line, name), unit, cells in zip(body.names, body.units, ways[0], strict=True)
        ]
        goals = goals_of_rows(rows, subs)
        return IndicatorLines(goals, set(range(at, body.end))) if goals else None
    return None
