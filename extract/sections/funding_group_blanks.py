"""Period rows of a transposed funding table, a group source spanning its members in the head, printing blank
cells: a dump whose cells stand one space apart prints a blank cell as one space more (``2023년 14.5 25.6  25.6
18.1 -``: 국비 14.5, 지방비 소계 25.6, 도비 blank, 군비 25.6, 민자 18.1, 전년대비 증감 ``-``).

Read a token a cell, the row's cells were one short of the head's columns and the whole table stayed unread (txt
mutant 4531, funding 0.238). Here each row's cells are placed by its printed spaces (a blank one a space more), a
blank a zero; the row stands only where it prints exactly one cell a column, every other one an amount, and a
blank's zero is proven as the table's other figures are: the caller keeps the group's own column (소계) only where it
is its members' sum on every row, and the whole table only where its totals or the overview's budget prove it.
"""

from __future__ import annotations

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.extract.sections.funding_column_heads import classify_column
from pledgecard.extract.sections.funding_spaced import with_blanks

BLANK = "0"  # a blank cell's reading: no amount printed, a zero (the sums prove it or the table stays unread)


def blank_period_rows(
    lines: list[Line], width: int, heads: list[list[str]], *, derived: bool = False
) -> list[list[str]] | None:
    """The period rows under ``width`` source columns (``derived``: a derived column after them, its cell a row's
    last, taken off), each a period label (one or two words naming a period) and one cell a column, a blank one
    :data:`BLANK`; None where a line is no such row or no row prints a blank (no blank: not this module's)."""
    rows: list[list[str]] = []
    blanks = 0
    for ln in lines:
        toks = ln.full_text.split()
        if toks in heads:
            continue  # the head printed again at a page top
        k = next(
            (
                k
                for k in (1, 2)
                if len(toks) > k
                and not is_amount_cell(toks[k - 1])
                and all(is_amount_cell(t) for t in toks[k:])
                and classify_column(" ".join(toks[:k]))["kind"] not in ("other", "share", "note")
            ),
            None,
        )
        if k is None or ln.printed is None:
            return None
        cells = with_blanks(ln.printed.rstrip("\n"), toks[k:], width + int(derived))
        if len(cells) != width + int(derived):
            return None
        cells = cells[:width]
        blanks += cells.count("")
        rows.append([" ".join(toks[:k]), *(c or BLANK for c in cells)])
    return rows if blanks and len(rows) >= 2 else None
