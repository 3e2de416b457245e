"""Blank cells closing a funding row of a dump whose amounts group their thousands by a space.

A dump printing its cells one space apart prints a blank cell as one space more: a blank last cell leaves the
line closing on a space (``국 비 5 949 947 … 956 501  ``: 2027 and 2028 blank). Where the row's tokens are no
more than the head's cells, their count tells whether closing spaces are cells
(:func:`~pledgecard.extract.sections.funding_spaced.with_blanks`); where the thousands are grouped by a space the
tokens outnumber the cells and tell nothing, so the closing spaces were dropped and the row, its amounts fewer
than the columns, grouped no way (txt mutant 4557, 총사업비 | 확보 | 미확보 | 2022-2028 in 천원: funding 0.111).
They are blank cells there where the dump pads no line (a line of the table closes on a figure or a word, so a
closing space is printed for a cell), one a space, fewer than the cells; the table's sums still prove or refuse
the grouping (funding_spaced). Not under a head naming a note column after the amounts (비고): a blank note cell
closes such a row on a space too (mutants 3693 / 4050 txt, ``계 … 857 452 `` under ``… 비고``).
"""

from __future__ import annotations

from pledgecard.extract.layout import Line


def unpadded(lines: list[Line]) -> bool:
    """Whether some line of the table, as printed, closes on no space (the dump pads no line)."""
    return any(
        isinstance(ln, Line)
        and (t := (ln.printed or "").rstrip("\n")).strip()
        and not t.endswith((" ", "\u3000"))
        for ln in lines
    )


def with_closing_blanks(cells: list[str], text: str, width: int | None, pads: bool) -> list[str]:
    """``cells`` (a row's printed tokens, its inner blank cells ``""``) with a blank cell for each space closing
    ``text`` (its line as printed) where the tokens outnumber the head's ``width`` cells (thousands a space groups)
    and the dump pads no line nor closes its rows with a note's cell (``pads`` False); ``cells`` as they are
    otherwise."""
    closing = len(text) - len(text.rstrip(" \u3000"))
    if pads or width is None or not closing or closing >= width or len(cells) <= width or cells[-1:] == [""]:
        return cells
    return [*cells, *[""] * closing]
