"""A goal cell a page break cut in a table printed one cell per line (session 41, helper txtgoals3; txt crossbreed
6501): the row's cells on the page above (its target's first line ``문화관광``, then its status ``미착수``), the
target's rest at the next page's top on a line of its own, printed as a row of the table whose other cells are empty
(`` 기업 지원(25개)  ``: under a four-column head, one space before it and two after, the second column's). The
cells-a-line reader took the piece for the cell after the status (the 추진내용), the target cut short.

The piece joins the cell above it only where the print proves it that cell's: a page starts (or the page's furniture
is printed) between the row's status line and the piece (:func:`goal_cut_pieces.row_cut`), the piece's spaces and
its one run of words make the head's column count, standing in the column right before the status
(:func:`goal_cut_pieces.piece_column`), the line right above the status ends no such cell (no figure, no closing
bracket: ``문화관광``) and the piece does (``지원(25개)``). Otherwise the lines are as they were."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pledgecard.extract.layout_lines import Line
from pledgecard.extract.sections.goal_cells_a_line import cells_head
from pledgecard.extract.sections.goal_cut_pieces import ENDS_TARGET, piece_column, row_cut
from pledgecard.extract.sections.goal_values import is_status_cell, year_cell_of


def join_cell_line_pieces(
    lines: list[Line], page_starts: Sequence[int] = (), furniture: Sequence[int] = ()
) -> list[Line]:
    """``lines`` with each padded piece (see the module) joined to the cut cell of the row above it."""
    head = cells_head([ln.full_text for ln in lines])
    if head is None:
        return lines
    kinds, start = head
    out = list(lines)
    k = start + 2
    while k < len(out):
        if _joins(out[k - 2], out[k - 1], out[k], kinds, page_starts, furniture):
            cell = out[k - 2]
            out[k - 2] = replace(
                cell, text=f"{cell.full_text} {out[k].full_text.strip()}", printed=None, lead=0
            )
            del out[k]
        k += 1
    return out


def _joins(
    cell: Line,
    status: Line,
    piece: Line,
    kinds: list[str],
    page_starts: Sequence[int],
    furniture: Sequence[int],
) -> bool:
    """Whether ``piece`` is the rest of ``cell``, the row's cell printed right above its ``status`` line."""
    col = piece_column(piece, len(kinds))
    words, above = piece.full_text.split(), cell.full_text.split()
    return (
        col is not None
        and col + 1 < len(kinds)
        and kinds[col + 1] == "status"
        and bool(words)
        and bool(above)
        and is_status_cell(status.full_text.strip())
        and not is_status_cell(cell.full_text.strip())
        and not is_status_cell(piece.full_text.strip())
        and year_cell_of(cell.full_text.strip()) is None
        and cell.marker is None
        and ENDS_TARGET.search(above[-1]) is None
        and ENDS_TARGET.search(words[-1]) is not None
        and row_cut(status, piece, page_starts, furniture)
    )
