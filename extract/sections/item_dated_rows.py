"""Items printed as a table with no head: each row an item's text, then its date in a cell of its own.

A card kept as a spreadsheet (extract/readers/text_sheet.py) puts an item a row, its text in one cell and
its date (``2024. 3.``, ``2025. 11.``) in the next, under its part's name in the label column and no head
row naming the columns (추진일자 | 추진내용 is what :mod:`.item_tables` reads). Such a table is told by its
shape alone: every row a text first, past it nothing but at most one cell that is a date whole, some row
dated; each row becomes a line ``text : date`` (a row with no date cell its text), read as a bulleted line is.
A table with any other cell (a second text) is a table of its own, not items.

Class fixed (review of session 33, a sheet's part with one row printing a figure in a cell of its own:
``이용 어르신 누적 | 18,420명``, or ``셔틀 차량 추가 구입 | 2026. 6. | 200``): the one row rejected the whole part,
its achievements then a side table headed by the first (no finding) and its plans one unparsed blob. A row whose
other cells are figures (digits, at most a short unit after them) beside at most one date is an item too, its
figures joined to its text as the card printing it in one cell would (``이용 어르신 누적 18,420명``), where the
part's other rows outnumber such rows.
"""

from __future__ import annotations

import re

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Line
from pledgecard.normalize.dates import is_date
from pledgecard.normalize.text import fold

_FIGURE = re.compile(r"[0-9][0-9,.]*\s*[^\s0-9]{0,2}")  # a figure, a short unit after it (18,420명, 200)


def _row_item(text: str, rest: list[str]) -> tuple[str, str] | None:
    """A row's (text, date): its first cell's text, a figure in its other cells joined to it, the date the one
    cell that is a date; None where a cell is a second text or a second date."""
    dates = [c for c in rest if is_date(c)]
    figures = [c for c in rest if not is_date(c)]
    if len(dates) > 1 or not all(_FIGURE.fullmatch(c) for c in figures):
        return None
    return " ".join([text, *figures]), dates[0] if dates else ""


def dated_rows(table: Table) -> list[tuple[str, str, int]] | None:
    """The table's rows as (text, date, row) when it is a headless table of dated items, None otherwise."""
    grid = table.grid()
    if not grid or min(len(r) for r in grid) < 2:
        return None
    out: list[tuple[str, str, int]] = []
    odd = 0  # rows printing a figure in a cell of its own
    for i, row in enumerate(grid):
        cells = [fold(c) for c in row]
        seen: list[str] = []
        for c in cells:  # a merged cell repeats its text in each place it covers
            if c and (not seen or seen[-1] != c):
                seen.append(c)
        if not seen:
            continue
        text, rest = seen[0], seen[1:]
        if is_date(text):
            return None
        if len(rest) > 1 or (rest and not is_date(rest[0])):
            item = _row_item(text, rest)
            if item is None:
                return None
            odd += 1
            out.append((*item, i))
            continue
        out.append((text, rest[0] if rest else "", i))
    return out if any(d for _, d, _ in out) and odd < len(out) - odd else None


def dated_row_lines(table: Table, marker: str) -> list[Line] | None:
    """The rows of a headless table of dated items (:func:`dated_rows`) as lines ``text : date`` with
    ``marker`` (the section's mark of a row printing none), None for another table."""
    rows = dated_rows(table)
    if rows is None:
        return None
    out: list[Line] = []
    for text, date, i in rows:
        cell = table.cell_at(i, 0)
        out.append(
            Line(
                text=f"{text} : {date}" if date else text,
                marker=marker,
                indent=0,
                source=cell.source if cell is not None else table.source,
            )
        )
    return out
