"""Items printed as a table with no head: each row an item's text, then its date in a cell of its own.

A card kept as a spreadsheet (extract/readers/text_sheet.py) puts an item a row, its text in one cell and
its date (``2024. 3.``, ``2025. 11.``) in the next, under its part's name in the label column and no head
row naming the columns (추진일자 | 추진내용 is what :mod:`.item_tables` reads). Such a table is told by its
shape alone: every row a text first, past it nothing but at most one cell that is a date whole, some row
dated; each row becomes a line ``text : date`` (a row with no date cell its text), read as a bulleted line is.
A table with any other cell (a figure, a second text) is a table of its own, not items.
"""

from __future__ import annotations

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Line
from pledgecard.normalize.dates import is_date
from pledgecard.normalize.text import fold


def dated_rows(table: Table) -> list[tuple[str, str, int]] | None:
    """The table's rows as (text, date, row) when it is a headless table of dated items, None otherwise."""
    grid = table.grid()
    if not grid or min(len(r) for r in grid) < 2:
        return None
    out: list[tuple[str, str, int]] = []
    for i, row in enumerate(grid):
        cells = [fold(c) for c in row]
        seen: list[str] = []
        for c in cells:  # a merged cell repeats its text in each place it covers
            if c and (not seen or seen[-1] != c):
                seen.append(c)
        if not seen:
            continue
        text, rest = seen[0], seen[1:]
        if is_date(text) or len(rest) > 1 or (rest and not is_date(rest[0])):
            return None
        out.append((text, rest[0] if rest else "", i))
    return out if any(d for _, d, _ in out) else None


def dated_row_lines(table: Table, marker: str) -> list[Line] | None:
    """The rows of a headless table of dated items (:func:`dated_rows`) as lines ``text : date`` with
    ``marker`` (the section's mark of a row printing none), None for another table."""
    rows = dated_rows(table)
    if rows is None:
        return None
    out: list[Line] = []
    for text, date, i in rows:
        cell = table.cell_at(i, 0)
        out.append(Line(text=f"{text} : {date}" if date else text, marker=marker, indent=0,
                        source=cell.source if cell is not None else table.source))
    return out
