"""A typed table's head of two lines: a group head over the columns the second line names.

A table typed with tabs (extract/typed_tables.py) whose head groups its last columns under one word
(``구분<TAB>총사업비<TAB>기투자<TAB>연차별 투자계획`` over ``<TAB><TAB><TAB>2025<TAB>2026<TAB>임기후``) prints
the group head once, in the first line's last cell, and the columns under it on the next line, which
opens with a tab for each head cell printed above (each spans both head lines). The first line then
has fewer cells than the rows under it, and the rule that the head has the most cells proves nothing.
The class fixed: cards (a 도's funding table in 억원, samples/handmade/maru-province-do-5-3) whose funding
table was typed so, read as text and left unparsed.

The shape is proven by the tabs alone: the second line's empty cells are exactly the first line's
cells but its last, every cell of both lines is a name (no amount, none empty but those), and the second
line is the widest line of the run.
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Paragraph, Source, Table


def spanned_width(rows: list[list[str]], amount: object) -> int | None:
    """The table's width when its first two lines are a head whose last cell groups the columns the
    second line names (see the module); None otherwise. ``amount`` tells a cell printing a bare figure."""
    if len(rows) < 3:
        return None
    first, second = rows[0], rows[1]
    lead = len(first) - 1
    width = len(second)
    if lead < 1 or width - lead < 2 or any(len(r) > width for r in rows[2:]):
        return None
    if not all(first) or any(second[:lead]) or not all(second[lead:]):
        return None
    if any(amount(c) for c in first + second[lead:]):  # type: ignore[operator]
        return None
    return width


def spanned_table(rows: list[list[str]], sources: list[Source]) -> Table:
    """The typed lines as a table whose first line's cells span both head lines but its last, which
    spans the columns the second line names (``spanned_width`` proved the shape)."""
    first, second = rows[0], rows[1]
    lead = len(first) - 1
    width = len(second)

    def cell(r: int, k: int, text: str, row_span: int = 1, col_span: int = 1) -> Cell:
        src = sources[r]
        return Cell(
            row=r,
            col=k,
            text=text,
            row_span=row_span,
            col_span=col_span,
            source=src,
            paragraphs=[Paragraph(text=text, source=src)] if text else [],
            blocks=[Paragraph(text=text, source=src)] if text else [],
        )

    cells = [cell(0, k, text, row_span=2) for k, text in enumerate(first[:lead])]
    cells.append(cell(0, lead, first[lead], col_span=width - lead))
    cells += [cell(1, k, second[k]) for k in range(lead, width)]
    cells += [cell(r, k, text) for r in range(2, len(rows)) for k, text in enumerate(rows[r])]
    return Table(cells=cells, n_rows=len(rows), n_cols=width, source=sources[0])
