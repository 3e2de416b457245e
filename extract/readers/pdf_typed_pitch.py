"""A typed table's rows set wide apart (:mod:`pdf_typed`): lines at one even pitch wider than a text line's.

Class fixed (doc-dalgaram-city-6-8, a PDF whose tables have no ruled line at all, goals 0.611 of the card's
0.682 blind): a table set in type smaller than the text around it, its cells padded, prints its rows more than
:data:`~pledgecard.extract.readers.pdf_typed.LINE_SPACING` characters' sizes apart (9 pt cells 21 pt top to top),
so its head and rows made no run and the goal table stayed loose text. Rows of one table stand at one pitch; two
text lines that happen to hold gaps do not repeat it. A run of three lines or more (a head and two rows), each
under the one before at the same pitch (within :data:`PITCH_TOL` of the first step) and no more than
:data:`WIDE_SPACING` sizes apart, is a run too; whether it is a table is then proven by its columns as any run's.

Class fixed (review e: an unruled outreach table set right under the goal table at the same pitch read as one more
goal row, its total a goal): the run ends where the column structure changes, at a line of another count of cells
than the run's first unless the line after it returns to that count (a row with one cell left blank) or it is the
run's last line with one cell fewer (its total row, a note cell blank: onsaemi-outreach-norule.pdf's `계 | 13회`); a
bulleted line is no row (the caller's ``is_row``: a plans list spaced wide is no table).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol


class _Piece(Protocol):
    top: float
    bottom: float


WIDE_SPACING = 3.2  # rows of a typed table stand at most this many characters' sizes apart (top to top)
PITCH_TOL = 0.12  # each step within this share of the run's first step
MIN_EVEN_LINES = 3  # a head and two rows: one step alone proves no pitch


def even_run(lines: Sequence[Sequence[_Piece]], k: int, is_row: Callable[[Sequence[_Piece]], bool]) -> int:
    """The end (exclusive) of the run of row lines from ``lines[k]`` set at one even pitch (see the module),
    ``k`` itself when fewer than :data:`MIN_EVEN_LINES` lines make one."""
    if k + 1 >= len(lines) or not is_row(lines[k]):
        return k
    first = _step(lines[k], lines[k + 1])
    if not 0 < first <= WIDE_SPACING * _size(lines[k]):
        return k

    def at_pitch(i: int) -> bool:
        return (
            i < len(lines)
            and is_row(lines[i])
            and abs(_step(lines[i - 1], lines[i]) - first) <= PITCH_TOL * first
        )

    j = k + 1
    while at_pitch(j):
        if not _same_columns(lines, k, j):
            # the run's last line, one cell short and nothing after it at the pitch: its total row, a note left
            # blank (계 | 13회 under 구분 | 횟수 | 비고); a line of another count the run goes on from, or a last line
            # of a count further off: another table's
            if len(lines[j]) == len(lines[k]) - 1 and not at_pitch(j + 1):
                j += 1
            break
        j += 1
    return j if j - k >= MIN_EVEN_LINES else k


def _same_columns(lines: Sequence[Sequence[_Piece]], k: int, j: int) -> bool:
    """Whether ``lines[j]`` stays in the columns of the run opening at ``lines[k]``: as many cells, or another count
    with the line after it back at the run's count (a row with a cell left blank; a new table's head and rows keep
    their own count)."""
    if len(lines[j]) == len(lines[k]):
        return True
    return j + 1 < len(lines) and len(lines[j + 1]) == len(lines[k])


def _step(above: Sequence[_Piece], below: Sequence[_Piece]) -> float:
    return min(p.top for p in below) - min(p.top for p in above)


def _size(line: Sequence[_Piece]) -> float:
    return max(p.bottom - p.top for p in line)
