"""The source of a table row read as one line (``label : value``, an item and its date cells): the cell it is
cited by (its first cell's address, section and paragraph) with a box across the row's other cells printed
on the same page, so that the place a reviewer is shown prints the row's figures, not its label alone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pledgecard.extract.document import Cell, Source, Table


def across(source: Source, cells: Iterable[Cell | None], *, tall: bool = False) -> Source:
    """``source`` with its box widened across ``cells`` on its page, as tall as it is (``tall``: as tall as
    they are too); as it is where it has no box (a dump's line, an HWP cell).

    >>> a = Source(page=1, bbox=(50.0, 10.0, 120.0, 30.0), cell="T2!A1")
    >>> b = Cell(row=0, col=1, text="2022", source=Source(page=1, bbox=(120.0, 10.0, 300.0, 30.0), cell="T2!B1"))
    >>> across(a, [b]).bbox, across(a, [b]).cell
    ((50.0, 10.0, 300.0, 30.0), 'T2!A1')
    """
    if source.bbox is None:
        return source
    boxes = [
        source.bbox,
        *(
            c.source.bbox
            for c in cells
            if c is not None and c.source.bbox is not None and c.source.page == source.page
        ),
    ]
    # across only: as tall as its own cell (a date cell merged over the rows of the items under it does not
    # make the row as tall as all of them)
    top, bottom = (
        (min(b[1] for b in boxes), max(b[3] for b in boxes)) if tall else (source.bbox[1], source.bbox[3])
    )
    box = (min(b[0] for b in boxes), top, max(b[2] for b in boxes), bottom)
    return source if box == source.bbox else replace(source, bbox=box)


def dated_source(table: Table, source: Source, dates: Iterable[Cell | None], content: int) -> Source:
    """An item row's source: its content cell's (or its first line's) ``source``, its box across its ``dates``
    cells too; a date cell merged
    over the rows of the items under it (its date printed amid them): the box over those rows' content cells
    (column ``content``) as well, as tall as the merged cell."""
    held = [d for d in dates if d is not None]
    spans = [d for d in held if d.row_span > 1]
    if not spans:
        return across(source, held)
    block = [
        table.cell_at(r, content) for d in spans for r in range(d.row, min(table.n_rows, d.row + d.row_span))
    ]
    return across(source, [*held, *block], tall=True)
