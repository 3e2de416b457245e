"""Goal-table columns and cells told by what they hold when their heads do not say: a column of
year cells (``'23년`` / ``'24년`` under ``구분``) is the goals' year column, a column of status
words alone (``완료`` / ``부진`` under ``비고``; also the outcome words ``[goal_outcomes]``: ``달성`` / ``미달`` beside
``추진중``) their status column, and a target cell opening with
its year (``'23년 40가구``) gives the row's year."""

from __future__ import annotations

import re

from pledgecard.extract.sections.goal_line_heads import outcome_word
from pledgecard.extract.sections.goal_patterns import status_re
from pledgecard.extract.sections.goal_values import year_cell_of
from pledgecard.extract.vocabulary import Vocabulary, current, year_of


def _filled(rows: list[list[str]], j: int) -> list[str]:
    return [r[j] for r in rows if j < len(r) and r[j].strip()]


def year_column(rows: list[list[str]], taken: set[int]) -> int | None:
    """The one column outside ``taken`` whose every filled body cell is a year cell, two rows or more
    of them, no two alike in a row (a year keys its row); None when no column or several do."""
    n = max((len(r) for r in rows), default=0)
    hits = [
        j
        for j in range(n)
        if j not in taken
        and len(cells := _filled(rows, j)) >= 2
        and all(year_cell_of(c) is not None for c in cells)
    ]
    return hits[0] if len(hits) == 1 else None


def status_column(rows: list[list[str]], taken: set[int]) -> int | None:
    """The one column outside ``taken`` whose every filled body cell is a status word and nothing else (the
    vocabulary's status words), two rows or more of them; where no column is, the one whose cells are status
    words or a goal's outcome words of ``[goal_outcomes]`` (달성 beside 추진중 / 미착수 under 비고, at least one
    a status word). None when no column or several do: a column of outcome words holding one status word (a 평가
    column) never competes with a column all of status words."""
    st = current().build(status_re)
    n = max((len(r) for r in rows), default=0)
    filled = {j: cells for j in range(n) if j not in taken and len(cells := _filled(rows, j)) >= 2}
    whole = [j for j, cells in filled.items() if all(st.fullmatch(c.strip()) for c in cells)]
    if whole:
        return whole[0] if len(whole) == 1 else None
    mixed = [
        j
        for j, cells in filled.items()
        if all(st.fullmatch(c.strip()) or outcome_word(c) for c in cells)
        and any(st.fullmatch(c.strip()) for c in cells)
    ]
    return mixed[0] if len(mixed) == 1 else None


def cell_year(text: str) -> int | None:
    """The year a year column's cell prints (``2023``, ``2023년``, ``'23년``, ``<2023>``), or None."""
    return year_cell_of(text)


def _leading_year(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{v.year_pattern})\s+(?=\S)")


def leading_year(target: str) -> tuple[int, str] | None:
    """A target cell opening with its year and then the target (``'23년 40가구``): the year and the
    rest; None for any other cell."""
    m = current().build(_leading_year).match(target)
    if m is None:
        return None
    return year_of(m), target[m.end() :].strip()
