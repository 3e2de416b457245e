"""Which measure places a block's sparse rows on their columns: the second witness of a block's measure
where both measures set the same columns and place every cell, but a row's cells under other heads.

The class of card fixed: a row of counts under a row of Hangul heads, both one line (an outreach table:
``계  간담회, 공청회 등  만족도 조사 ...`` over ``4회  2  2``), in a ``pdftotext -layout`` dump, which
prints a character a glyph: each count sits on its head's centre in characters, while in display columns
its few shared edges (a count's last digit under a head's last glyph) are a coincidence that put counts a
column left (layout mutants 4077, 4079: 5 outreach figures wrong). The edges that pick a measure are few
in such a block; the cells' distance from the columns they are placed in is the other witness, taken only
where it is clear and the two measures agree on the columns themselves."""

from __future__ import annotations

from pledgecard.extract.readers.text_cells import Placed, Row
from pledgecard.extract.readers.text_col_assign import column_layout

CLEARLY_NEARER = 1.5  # the first measure's mean drift at least this many times the other's: clearly nearer

Plan = tuple[list[Row], list[Placed], int, bool]


def full_rows(rows: list[Row]) -> set[int]:
    """The rows with the most cells, none spanning: the rows that set the columns."""
    n = max((len(r.cells) for r in rows if not r.spanning), default=0)
    return {k for k, r in enumerate(rows) if len(r.cells) == n and not r.spanning}


def mean_drift(
    rows: list[Row], placed: list[Placed], lead: bool = False, full: set[int] | None = None
) -> float | None:
    """The mean distance of each one-column cell of the rows that do not set the columns (``full``:
    :func:`full_rows`, computed when not given) from its column's centre, in column pitches (None where the
    block has no columns in this measure or no such cell)."""
    lay = column_layout(rows, lead)
    if lay is None or lay[1] <= 0:
        return None
    centres, pitch, _ = lay
    full = full_rows(rows) if full is None else full  # (they set the centres)
    ds = [
        abs(p.cell.centre - centres[p.col]) / pitch
        for p in placed
        if p.span == 1 and p.col < len(centres) and p.row not in full
    ]
    return sum(ds) / len(ds) if ds else None


def _heads(placed: list[Placed], full: set[int]) -> list[tuple[int, int, int, str]]:
    """The cells of the rows that set the columns (``full``): (row, column, span, text)."""
    return sorted((p.row, p.col, p.span, p.cell.text()) for p in placed if p.row in full)


def _spans(placed: list[Placed]) -> list[tuple[int, str, int]]:
    """Each cell's row, text and column span."""
    return sorted((p.row, p.cell.text(), p.span) for p in placed)


def nearer_under_same_heads(got: Plan, other: Plan, lead: bool = False) -> bool:
    """Whether ``other`` (the block in the other measure) sets the same columns from the same cells as
        ``got``, with the same rows, places its other cells elsewhere, and sits them clearly nearer their
        columns' centres (``got``'s mean drift at least :data:`CLEARLY_NEARER` times its), each cell spanning as many
    columns in both (the drift measures one-column cells only: ``총사업비`` one column wide in one measure and over the
    empty cell beside it in the other was read twice, the empty cell as its neighbour's text). Each block's rows
        setting the columns are found once, for its heads and its drift."""
    if got[2] != other[2] or len(got[0]) != len(other[0]):
        return False
    full_got, full_other = full_rows(got[0]), full_rows(other[0])
    if _heads(got[1], full_got) != _heads(other[1], full_other):
        return False
    if sorted((p.row, p.col, p.span) for p in got[1]) == sorted((p.row, p.col, p.span) for p in other[1]):
        return False
    if _spans(got[1]) != _spans(other[1]):
        return (
            False  # a cell one column wide in one measure spans two in the other: the drift (one-column cells
        )
        # only) does not witness it, and the span would fill an empty cell with its neighbour's text
    a, b = mean_drift(got[0], got[1], lead, full_got), mean_drift(other[0], other[1], lead, full_other)
    return a is not None and b is not None and a > 0 and b * CLEARLY_NEARER <= a
