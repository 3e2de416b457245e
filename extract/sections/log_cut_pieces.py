"""An item table's row a page break cut, in a text dump joining a row's cells with one space (추진일자 |
추진내용 | 비고): the row's top is the page's last row, the rest of its content cell the next page's first
line (under the head line, when the page prints it again), the cells that ended above printed empty, a
space each (`` 아카데미 운영(수료생 66명) `` under a three-column head). The text reader joins such a rest
where no cell printed after it stands between; where the row above printed its note cell (비고: 완료),
the rest goes before that cell, as a goal row's (goal_cut_pieces.py). The rest joins the content cell of
the row above where: it opens a later page than that row; its spaces and its one run of text make the
head's column count, the run in the content column; and the row above shows where its content cell
ends (its note cell empty, the one space a dump leaves for it closing the line, or one status word the
note cell prints, no space after it). Otherwise the lines stay as they are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pledgecard.extract.cover_pages import page_of
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.goal_cut_pieces import piece_column
from pledgecard.extract.sections.item_note_status import status_tail
from pledgecard.extract.sections.item_tables import head_cells, leading_date


def join_log_pieces(items: list[Item], page_starts: Sequence[int] = ()) -> list[Item]:
    """``items`` with each rest of a cut item-table row (see the module) joined to the row above it."""
    out = list(items)
    head: str | None = None  # the item table's head line (its repeats at pages' tops keep the rows going)
    cols = 0
    above: int | None = None  # the row line a rest may join
    k = 0
    while k < len(out):
        it = out[k]
        if not isinstance(it, Line):
            head, above = None, None
            k += 1
            continue
        if n := head_cells(it):
            if it.full_text != head:
                head, cols, above = it.full_text, n, None
            k += 1
            continue
        if head is not None and above is not None and (joined := _joined(out[above], it, cols, page_starts)):
            out[above] = joined
            del out[k]
            continue
        above = k if head is not None else None
        k += 1
    return out


def _joined(upper: Item, piece: Line, cols: int, page_starts: Sequence[int]) -> Line | None:
    """``upper`` with ``piece`` going on in its content cell, when the module's conditions prove it."""
    if not isinstance(upper, Line) or upper.printed is None or piece_column(piece, cols) != 1:
        return None
    if leading_date(piece.text)[0] or len(piece.text) < 2:
        return None
    last = replace(upper.source, line_start=upper.source.line_end or upper.source.line_start)
    above, below = (
        page_of(last, page_starts),
        page_of(piece.source, page_starts),
    )  # (the row's last line's page:
    # a rest the reader joined already puts the row on the piece's page, the piece its cell's next paragraph)
    if above is None or below is None or below <= above:
        return None
    printed = upper.printed
    trail = len(printed) - len(printed.rstrip(" "))
    if trail == cols - 2:  # the cells after the content cell empty: it ends the line's text
        text, body, tail = upper.text, printed.rstrip(" "), " " * trail
    elif trail == 0 and cols == 3 and (n := status_tail(upper.text)):
        words, toks = upper.text.split(), printed.split(" ")
        text = " ".join([*words[:-n], piece.text, *words[-n:]])
        return replace(
            upper,
            text=text,
            printed=" ".join([*toks[:-n], piece.text, *toks[-n:]]),
            source=_spanning(upper, piece),
        )
    else:
        return None
    return replace(
        upper,
        text=f"{text} {piece.text}",
        printed=f"{body} {piece.text}{tail}",
        source=_spanning(upper, piece),
    )


def _spanning(upper: Line, piece: Line) -> Source:
    end = piece.source.line_end or piece.source.line_start
    return (
        replace(upper.source, line_end=end)
        if end is not None and upper.source.line_start is not None
        else upper.source
    )
