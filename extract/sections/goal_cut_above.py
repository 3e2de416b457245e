"""A goal cell a page break may have cut from the row above: its figure unproven (class: a layout dump's goal row
cut by a page break, its target printed at the next page's top above the next row's line and read into that row's
cell with that row's own target: mutant 8 pdftotext ``-layout``, ``친환경농업 협약 체 / 결(55건)`` over the 2026 row's
``기본계획 수립``, the 2025 row above the break its target cell empty; read as 2026's target 55, a figure the card
prints for 2025).

A layout dump prints a cell wrapped over several lines centred on its row's line, as many lines above it as below
(one more on either side: the converter rounds). A cell that opens on a new page, above its row's line, with more
lines above the line than one more than below it, under a row on the page before whose cell in that column is empty,
may hold the rest of that cut row (its lines set at the page's top, the row's own lines below them): which of its
words are whose is not printed, so its figure is left null with ``extract.cut_cell_unproven``, never the cut row's
figure read as this row's. Where the row above holds its own cell in the column, or the cell is centred on its line,
nothing changes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.cover_pages import page_of
from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.findings import goals_finding

FIELDS = {"target": ("target_value", "target_unit"), "actual": ("actual_value",)}  # a field's figures


def _cell_at(table: Table, r: int, c: int) -> Cell | None:
    return next(
        (x for x in table.cells if x.row <= r < x.row + x.row_span and x.col <= c < x.col + x.col_span), None
    )


def _row_line(table: Table, r: int, c: int) -> int | None:
    """The row's own line: the first of the lines its one-line cells (other than column ``c``'s) are printed on."""
    ones = [
        x.source.line_start
        for x in table.cells
        if x.row == r
        and x.row_span == 1
        and x.col != c
        and x.text.strip()
        and x.source.line_start is not None
        and (x.source.line_end or x.source.line_start) == x.source.line_start
    ]
    return min(ones) if ones else None


def cut_above(
    table: Table, got: Sequence[tuple[Any, int, dict[str, int]]], page_starts: Sequence[int]
) -> list[tuple[int, str]]:
    """``(goal index in got, field)`` of each goal cell of ``table`` the module's shape leaves unproven."""
    if not page_starts:
        return []
    by_row = {r: (i, cols) for i, (_g, r, cols) in enumerate(got)}
    out = []
    for i, (_goal, r, cols) in enumerate(got):
        above = by_row.get(r - 1)
        if above is None:
            continue
        for name in FIELDS:
            c = cols.get(name)
            cell = _cell_at(table, r, c) if c is not None else None
            if cell is None or cell.row != r or cell.source.line_start is None:
                continue
            up = _cell_at(table, r - 1, above[1].get(name, c))
            if up is not None and up.text.strip():
                continue  # the row above holds its own cell there
            start, end = cell.source.line_start, cell.source.line_end or cell.source.line_start
            line = _row_line(table, r, c)
            prev = [
                x.source.line_end or x.source.line_start
                for x in table.cells
                if x.row == r - 1 and x.source.line_start is not None
            ]
            if line is None or not prev or not start < line or line - start <= max(end - line, 0) + 1:
                continue
            if page_of(Source(line_start=max(p for p in prev if p is not None)), page_starts) == page_of(
                Source(line_start=start), page_starts
            ):
                continue  # no page break between the row above and the cell
            out.append((i, name))
    return out


def nulled_cut_above(
    table: Table, got: Sequence[tuple[Any, int, dict[str, int]]], page_starts: Sequence[int], first: int
) -> dict[str, Any] | None:
    """Null the figures of the cells :func:`cut_above` finds in ``got``'s goals (dicts, changed in place); the
    finding saying so (``first``: the table's first goal's index in the record), or None where none is found."""
    hits = cut_above(table, got, page_starts)
    nulled = []
    for i, name in hits:
        goal = got[i][0]
        if isinstance(goal, dict) and any(goal.get(k) is not None for k in FIELDS[name]):
            goal.update(dict.fromkeys(FIELDS[name]))
            nulled.append(i)
    if not nulled:
        return None
    return goals_finding(
        "extract.cut_cell_unproven",
        "a goal cell opens at a new page's top above its row's line, not centred on it, under a row on the page "
        "before whose cell in that column is empty: its upper lines may be that row's cut cell, so which figure "
        "is whose is not printed and its figure is left null",
        table.source,
        first,
        sorted(set(nulled)),
    )
