"""An indicator's name cell cut by a page break in a goal table with an indicator a row and the years across
(:mod:`.goal_year_columns`), its rest at the next page's top on a line of its own.

A row a page break cuts prints the top of every cell on one page and the rest on the next, the row's other
cells blank there: a text dump joining a row's cells with one space prints the rest of the name as its words
and then a space for every empty cell after it (``참여 명 158 121 …`` / ``- 1 -`` / ``주민       ``). The
years-across reader read the row's name short (``참여``) and stopped at the piece, every row after it lost
(class: mutant 9135 txt, an indicator ``참여 주민`` so cut, the next indicator's six figures lost, 0.86).

The piece joins the name of the row above only where the table proves it that cell's rest: the line above is
a row of the table read whole on its line, the piece's words hold no figure, no dash and no year, its printed
spaces after it make exactly the table's column count with it standing in the first column (no space before
it), a page starts between the two lines (their pages, a text dump's page starts, or its page number dropped
between them), and the line after the piece, if any, is a row of the table too. Otherwise the lines stay as
they are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pledgecard.extract.layout_lines import Line
from pledgecard.extract.sections.goal_cut_pieces import row_cut
from pledgecard.extract.sections.goal_indicators import figure
from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.sections.goal_values import none_cell
from pledgecard.extract.sections.goal_year_columns import year_column_table_row, year_columns_head


def _name_piece(ln: Line, columns: int) -> bool:
    """Whether ``ln`` prints one run of words in the first of ``columns`` cells, a space for each empty cell
    after it, and no figure, dash or year among its words."""
    p = ln.printed
    if ln.marker is not None or p is None or ln.lead != 0 or not p.strip() or "  " in p.strip():
        return False
    trail = len(p) - len(p.rstrip(" "))
    words = ln.text.split()
    return (
        trail + 1 == columns
        and bool(words)
        and not any(
            figure(w) or none_cell(w) or year_head(w) is not None or any(c.isdigit() for c in w)
            for w in words
        )
    )


def join_cut_names(
    lines: list[Line], page_starts: Sequence[int] = (), furniture: Sequence[int] = ()
) -> list[Line]:
    """``lines`` with each cut name's rest (see the module) joined to the name of the row above it
    (``page_starts`` and ``furniture`` as :func:`~pledgecard.extract.sections.goal_cut_pieces.row_cut` takes
    them)."""
    texts = [ln.full_text for ln in lines]
    head = year_columns_head(texts)
    if head is None:
        return lines
    first, n, with_unit, columns = head
    out = list(lines)
    k = first + 1
    while k < len(out):
        upper, piece = out[k - 1], out[k]
        row = year_column_table_row(upper.full_text, n, with_unit)
        after = out[k + 1].full_text if k + 1 < len(out) else None
        if (
            row is None
            or not _name_piece(piece, columns)
            or not row_cut(upper, piece, page_starts, furniture)
            or (after is not None and year_column_table_row(after, n, with_unit) is None)
        ):
            k += 1
            continue
        name, unit, cells = row
        text = " ".join([name, piece.text.strip(), *([unit] if unit else []), *cells])
        out[k - 1] = replace(upper, text=text, printed=None, lead=0)
        del out[k]
    return out
