"""A goal table's row printed short and packed left (a converter printing a cell merged over rows on its first row
only and the row's other cells from the table's left edge on: hwp5html's ``2025  227호 공급  211호  93%  완료  공사
착공`` under ``연도 | 세부사업 | 계획 | 실적 | 달성률 | 추진상황 | 추진내용 | 비고``): read by the head in the order
printed, its target lands in the project column, its actual in the target's and its 달성률 in the actual's (neulbit
105097: target 211 for a printed 227, actual 93 a rate; hansol 104134: ``<2025> | 완료`` read as a project and a
target). Its cells go back to columns only where their kinds against the head's column kinds prove one placing:
every way of leaving out as many text columns (a figure column is each year's own, never merged) as the row lacks
is tried, the cells kept in their order, and each figure
column's cell must be the same in every way that fits; a text column placed two ways is left empty (the merged-cell
rule fills it from above)."""

from __future__ import annotations

from itertools import combinations
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import goals_finding
from pledgecard.extract.sections.goal_patterns import status_re
from pledgecard.extract.sections.goal_values import DASH, RATE, figure_cell, is_status_cell, year_cell_of
from pledgecard.extract.vocabulary import current

# the columns whose cell is a figure or decides one: placed only when every fitting way agrees
FIGURE_COLUMNS = frozenset({"year", "target", "actual", "rate", "status"})
_MOST_WAYS = 400  # (a head of 12 columns short by 4: 495 ways; no card prints more)


def _opens_status(cell: str) -> bool:
    m = current().build(status_re).match(cell.strip())
    return m is not None


def fits(kind: str, cell: str, kinds: list[str]) -> bool:
    """Whether ``cell`` may stand in a column of ``kind`` (a head's field name, or ``text`` for a column naming none):
    a year column a year; a target no status word opening it, no parenthesized actual, no percent alone in a table
    with a rate column (``kinds``); an actual a figure, a dash or words, no status word alone and no rate alone; a rate a percent or
    a dash; a status a status word opening it or a parenthesized actual (the status cell's second line); a project
    no year mark alone, no figure's cell (``5.2km``, ``공정률 70%``) and no status word."""
    c = cell.strip()
    rated = "rate" in kinds
    if kind == "year":
        return year_cell_of(c) is not None
    if kind == "target":
        return not _opens_status(c) and not c.startswith("(") and not (rated and RATE.match(c))
    if kind == "actual":
        return not is_status_cell(c) and not (rated and RATE.match(c)) and not c.startswith("(")
    if kind == "rate":
        return bool(RATE.match(c) or DASH.match(c))
    if kind == "status":
        return _opens_status(c) or (c.startswith("(") and c.endswith(")"))
    if kind == "project":
        return year_cell_of(c) is None and not figure_cell(c) and not _opens_status(c)
    return year_cell_of(c) is None and not RATE.match(c)


def _placed(cells: list[str], kinds: list[str], keep: tuple[int, ...]) -> bool:
    return all(fits(kinds[j], cell, kinds) for j, cell in zip(keep, cells, strict=True))


def shifted_row(row: list[str], kinds: list[str]) -> list[str] | None:
    """``row`` with its packed cells back in their columns (see the module), ``kinds`` the head's column kinds (a
    field name or ``text``); None when the row is no short packed row, already fits its columns as printed, or its
    figure columns are not placed one way (then :func:`shift_unproven` tells)."""
    got = _ways(row, kinds)
    if got is None or not got[1]:
        return None
    cells, ways = got
    out = [""] * len(row)
    for j, kind in enumerate(kinds):
        placed = {cells[keep.index(j)] if j in keep else None for keep in ways}
        if len(placed) == 1:
            out[j] = placed.pop() or ""
        elif kind in FIGURE_COLUMNS:
            return None
    return out


def shift_unproven(row: list[str], kinds: list[str]) -> bool:
    """Whether ``row`` is a short packed row (see the module) that fits its columns neither as printed nor one way
    by its cells' kinds: which cell is its target or actual is not printed."""
    got = _ways(row, kinds)
    if got is None:
        return False
    cells, ways = got
    if not ways:
        return True
    return shifted_row(row, kinds) is None


def _ways(row: list[str], kinds: list[str]) -> tuple[list[str], list[tuple[int, ...]]] | None:
    """The row's cells and each way (the columns kept, in order) that fits them by kind; None when the row is no
    short row packed from its first column or fits as printed."""
    filled = [j for j, cell in enumerate(row) if cell.strip()]
    n = len(kinds)
    if not filled or filled != list(range(len(filled))) or len(filled) >= n or len(row) != n:
        return None
    cells = [row[j] for j in filled]
    if _placed(cells, kinds, tuple(filled)):
        return None
    ways: list[tuple[int, ...]] = []
    for count, keep in enumerate(combinations(range(n), len(cells))):
        if count >= _MOST_WAYS:
            return None
        if _placed(cells, kinds, keep) and all(
            kinds[j] not in FIGURE_COLUMNS for j in range(n) if j not in keep
        ):  # (a merged cell spans a text column: each year prints its own figures)
            ways.append(keep)
    return cells, ways


def status_text_target(target: str) -> bool:
    """Whether a goal's target text is a status cell's (a status word opening it, ``완료 (1.9km)``, or an actual in
    parentheses alone, ``(141호)``): a row whose cells stand in no head column of their kind (a short row a
    converter packed left that no way places), its figures no target's."""
    t = target.strip()
    if not t:
        return False
    whole_parens = t.startswith("(") and t.endswith(")") and t.count("(") == 1 and t.count(")") == 1
    return _opens_status(t) or whole_parens


def unfit_finding(where: Source | None, first: int, goals: list[int]) -> dict[str, Any]:
    """The finding that goals of a table were read from rows whose cells fit no head column of their kind
    (``goals``: their indexes in the table's goals, ``first`` the table's first goal's index in the record)."""
    return goals_finding(
        "extract.goal_cells_unfit",
        "a goal row's target cell holds a status cell's text (a status word opening it, or an actual in "
        "parentheses alone): the row's cells stand under no head column of their kind, so its target and actual "
        "figures are left null",
        where,
        first,
        goals,
    )
