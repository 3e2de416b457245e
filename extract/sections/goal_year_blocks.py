"""A goal table of years across (each year over 목표 | 실적, the whole period's target and a rate after
them) that a dump printed in two blocks, a cell a line: pdftotext's default mode parts a wide table into
flows by their place on the page, so it prints a first run of head words (some years, some field words,
the label columns' heads), every row's first cells (its name, maybe its unit, the cells of the first
columns), then a second run of head words (the other years and field words, the tails' heads) and every
row's other cells (a unit the first block left out first).

The heads' words together name the table (:func:`goal_year_columns.head_parts`; the sub-columns counted:
as many targets as years, and as many actuals or none, since the blocks print them by height, not by
column). The second block's lines are dealt to the rows in order, each row taking the lines up to where the
next begins; which line begins a row the dump does not print, so every cut is tried and a row holds only
where its cells placed into the columns are proven by the sums
(:func:`goal_dropped_cells.placed`). The table is read only when exactly one way of cutting makes every
row hold; otherwise it is left unread (no figure guessed).
"""

from __future__ import annotations

from dataclasses import dataclass

from pledgecard.extract.search_budget import SearchGivenUp, bounded
from pledgecard.extract.sections.goal_dropped_cells import placed, unit_lines, whole_cell
from pledgecard.extract.sections.goal_indicators import IndicatorLines
from pledgecard.extract.sections.goal_year_columns import SubColumn, goals_of_rows, head_parts

_MAX_WAYS = 2  # stop once a second way of cutting holds: the cut is not proven


@dataclass(frozen=True, slots=True)
class _Start:
    line: int  # the line of the row's name
    name: str
    unit: str | None
    cells: list[str]
    end: int  # the line after the row's first cells


def _cell_line(text: str) -> bool:
    words = text.split()
    return bool(words) and all(whole_cell(w) for w in words)


def _starts(lines: list[str], i: int) -> tuple[list[_Start], int]:
    """The rows' first cells printed from line ``i``: a name (a line of no head word and not all cells),
    maybe its unit (:func:`unit_lines`), then lines of cells; up to the next head's first line."""
    out: list[_Start] = []
    while i < len(lines) and head_parts(lines, i) is None and not _cell_line(lines[i]):
        name = " ".join(lines[i].split())
        unit, nxt = None, i + 1
        if (got := unit_lines(lines, i + 1)) is not None:
            unit, nxt = got
        cells: list[str] = []
        while nxt < len(lines) and _cell_line(lines[nxt]):
            cells += lines[nxt].split()
            nxt += 1
        out.append(_Start(i, name, unit, cells, nxt))
        i = nxt
    return out, i


def _rest(lines: list[str], i: int) -> list[tuple[str | None, list[str], int]]:
    """The second block's lines from ``i``: each a unit (its pieces joined) or a line of cells."""
    out: list[tuple[str | None, list[str], int]] = []
    while i < len(lines):
        if _cell_line(lines[i]):
            out.append((None, lines[i].split(), i))
            i += 1
        elif (got := unit_lines(lines, i)) is not None:
            out.append((got[0], [], i))
            i = got[1]
        else:
            break
    return out


def _subs(years: list[int], fields: list[str | None]) -> list[SubColumn] | None:
    targets, actuals = fields.count("target"), fields.count("actual")
    if (
        len(years) < 2
        or years != sorted(set(years))
        or targets != len(years)
        or actuals not in (0, len(years))
    ):
        return None
    return [(y, f) for y in years for f in ("target", "actual")[: 1 + bool(actuals)]]


def _ways(
    starts: list[_Start],
    rest: list[tuple[str | None, list[str], int]],
    subs: list[SubColumn],
    tails: list[str],
) -> list[list[tuple[str | None, list[str]]]]:
    """Every way of dealing ``rest`` to the rows in order that makes each row hold (at most two)."""
    found: list[list[tuple[str | None, list[str]]]] = []
    search = bounded("goal_year_blocks.ways")

    def deal(r: int, at: int, got: list[tuple[str | None, list[str]]]) -> None:
        if len(found) >= _MAX_WAYS:
            return
        search.take()
        if r == len(starts):
            if at == len(rest):
                found.append(list(got))
            return
        start = starts[r]
        unit, k = start.unit, at
        if unit is None:  # the row's unit printed in the second block, first
            if k >= len(rest) or rest[k][0] is None:
                return
            unit, k = rest[k][0], k + 1
        cells = list(start.cells)
        for end in range(k, len(rest) + 1):
            if end > k:
                if rest[end - 1][0] is not None:
                    break  # a unit: the next row's
                cells += rest[end - 1][1]
            row = placed(cells, subs, tails)
            if row is not None:
                deal(r + 1, end, [*got, (unit, row)])

    try:
        deal(0, 0, [])
    except SearchGivenUp:
        return []  # (past the budget: no way proved)
    return found


def goal_year_block_lines(lines: list[str]) -> IndicatorLines | None:
    """The goals of such a table printed in two blocks (see the module doc), or None."""
    for at in range(len(lines)):
        first = head_parts(lines, at)
        if first is None:
            continue
        years, fields, unit_named, i, tails = first
        starts, j = _starts(lines, i)
        second = head_parts(lines, j) if len(starts) >= 2 else None
        if second is None:
            return None
        years2, fields2, _, k, tails2 = second
        subs = _subs(years + years2, fields + fields2)
        rest = _rest(lines, k)
        if subs is None or not unit_named or not rest:
            return None
        ways = _ways(starts, rest, subs, tails + tails2)
        if len(ways) != 1:
            return None  # no way, or more than one: which cells are whose is not proven
        rows = [
            (s.line, s.name, unit, cells[: len(subs)])
            for s, (unit, cells) in zip(starts, ways[0], strict=True)
        ]
        used = set(range(at, rest[-1][2] + 1))
        goals = goals_of_rows(rows, subs)
        return IndicatorLines(goals, used) if goals else None
    return None
