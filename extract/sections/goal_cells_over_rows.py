"""Goal rows a cell a line under a head printed on one line, where the rows-a-line reader read the rows printing
every cell and left the others unread.

The class of card fixed: a text dump printing a goal table a cell a line under its head line, a project cell
merged over a block of years (``2024`` / ``아이돌봄 지원사업`` / target / actual / rate / status / 추진내용, then
``2025`` / target / ``-`` / ``-`` / ``미착수``). The rows-a-line reader read the block's first row and left the
rows under the merged cell unread (mutant 4361 txt: 2025 and 2026 lost, the card's later 2024 goal then scored
against the 2025 one). The cell-a-line reader (:func:`goal_cells_under_line`) reads them, a row one cell short
before its status carrying the project above. Its reading is taken only where it agrees with every row the
rows-a-line reader read (project, year, target, actual, status) and reads at least one row more, leaving no
line unread that the other read: the rows both read prove how the head's columns fall on the cells.
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_cells_a_line import goal_cells_under_line
from pledgecard.extract.sections.goal_rows import GoalRow

Reading = tuple[list[GoalRow], list[int]]


def _key(row: GoalRow) -> tuple[object, ...]:
    """The fields two readings of one row must agree on."""
    return row.project, row.year, row.target, row.actual, row.status


def cells_read_more(texts: list[str], read: Reading) -> Reading | None:
    """The cell-a-line reading of ``texts`` where it holds every row of ``read`` (the rows-a-line reader's rows
    and unread line indexes), field for field, reads more rows, and leaves unread only lines ``read`` left
    unread; None otherwise (``read`` stands)."""
    rows, unread = read
    if not unread or not rows:
        return None
    other = goal_cells_under_line(texts)
    if other is None:
        return None
    more, more_unread = other
    keys = [_key(r) for r in more]
    if (
        len(more) <= len(rows)
        or any(_key(r) not in keys for r in rows)
        or not set(more_unread) <= set(unread)
    ):
        return None
    return more, more_unread
