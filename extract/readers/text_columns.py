"""Aligned-column blocks of a text dump -> document-model tables, or nothing when uncertain.

A block is a run of lines whose segments (text between gaps of two or more spaces) line up.
It is cut into row groups (lines not separated by a blank gap wider than the block's narrowest
gap between lines); in a group where several lines
start at its left edge, each of them starts a row and the lines below it continue that row (as
monospace dumps print wrapped cells), else the group is one row (``pdftotext -layout`` centres
a cell's lines around its row label).
In a row group, segments that overlap horizontally are one cell, its wrapped lines joined top to
bottom; a segment lying over several cells of another line is a spanning header cell
(``연도별 투자 실적 및 계획`` over the years) and opens a row of its own (the heads are read by
:mod:`~pledgecard.extract.readers.text_heads`; the cells and rows are those of
:mod:`~pledgecard.extract.readers.text_cells`).

The columns are those of the rows with the most cells. Every other row's cells are matched to
them in order, by position (a monotone assignment); a cell whose place is not unique - another
free column is about as near - makes the whole block uncertain, and :func:`build_table` returns
None: the caller keeps such a block as text rather than guess. Positions are measured both in
display columns (wide characters count two) and in characters (``pdftotext -layout``); the
measure that keeps more cells apart and aligns more cell edges across rows is used.
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.readers.text_cells import Row
from pledgecard.extract.readers.text_col_cells import cluster, row_groups
from pledgecard.extract.readers.text_col_pieces import all_rows
from pledgecard.extract.readers.text_col_plan import measure_score, plan
from pledgecard.extract.readers.text_col_split_rows import split_rows, stacked_figure_rows
from pledgecard.extract.readers.text_lines import TLine, is_figure
from pledgecard.extract.readers.text_year_pair_heads import year_pair_table


def build_table(lines: list[TLine], lexicon: str = "", lead: bool = False) -> Table | None:
    """The table of an aligned block, or None when the block cannot be aligned with certainty.
    ``lead``: its fullest rows leave the first column to cells spanning rows (see :func:`_layout`)."""
    pairs = year_pair_table(lines)
    if pairs is not None:
        return pairs.table
    p = plan(lines, lead)
    if p is None:
        return None
    rows, placed, n_cols, wide = p
    cells: list[Cell] = []
    for pc in placed:
        nums = [s.line for s in pc.cell.segs]
        cols = (min(s.x0 for s in pc.cell.segs), max(s.x1 for s in pc.cell.segs))
        src = Source(line_start=min(nums), line_end=max(nums), columns=cols)
        cells.append(
            Cell(
                row=pc.row,
                col=pc.col,
                text=pc.cell.text(lexicon),
                col_span=pc.span,
                row_span=pc.cell.rows,
                source=src,
            )
        )
    nums = [line.number for line in lines if not line.blank]
    return Table(
        cells=_centred_leads(cells, rows),
        n_rows=len(rows),
        n_cols=n_cols,
        source=Source(line_start=min(nums), line_end=max(nums)),
    )


def _centred_leads(cells: list[Cell], rows: list[Row]) -> list[Cell]:
    """Cells of the first columns printed on one row of a run of rows a blank line apart, the rows
    above and below leaving those columns empty (``일자리 창출  명  197`` on the 2020 row between the
    2019 and 2021 rows): cells ``pdftotext -layout`` centred on the rows they span. Each row without
    them goes to the nearest row with them (a tie: nothing is changed); the cells span their rows
    only where every such run is centred on its row (its first and last lines equally far from it),
    which a cell printed on its first row only (the rows below left empty) never is."""
    fig = [k for k, r in enumerate(rows) if any(is_figure(s.text) for c in r.cells for s in c.segs)]
    if not fig or any(c.row_span != 1 for c in cells):
        return cells
    body = range(fig[0], len(rows))
    if any(len(rows[k].lines) != 1 or rows[k].spanning for k in body):
        return cells
    line = {k: rows[k].lines[0].number for k in body}
    firsts = {k: min((c.col for c in cells if c.row == k), default=None) for k in body}
    labelled = [k for k in body if firsts[k] == 0]
    bare = [k for k in body if firsts[k] != 0]
    leads = {firsts[k] or 0 for k in bare}  # (a row of no cell has none: 0, which no lead is)
    if not labelled or not bare or len(leads) != 1 or 0 in leads:
        return cells
    lead = leads.pop()
    owner: dict[int, int] = {}
    for k in bare:
        near = sorted((abs(line[k] - line[j]), j) for j in labelled)
        if len(near) > 1 and near[0][0] == near[1][0]:
            return cells
        owner[k] = near[0][1]
    spans: dict[int, tuple[int, int]] = {}
    for j in labelled:
        mine = sorted([j, *(k for k, o in owner.items() if o == j)])
        if mine != list(range(mine[0], mine[-1] + 1)) or 2 * line[j] != line[mine[0]] + line[mine[-1]]:
            return cells
        spans[j] = (mine[0], len(mine))
    if all(n == 1 for _, n in spans.values()):
        return cells
    return [
        Cell(
            row=spans[c.row][0],
            col=c.col,
            text=c.text,
            row_span=spans[c.row][1],
            col_span=c.col_span,
            source=c.source,
        )
        if c.row in spans and c.col + c.col_span <= lead
        else c
        for c in cells
    ]


def flatten(lines: list[TLine], wide: bool = True, lexicon: str = "") -> list[tuple[str, int, int, int]]:
    """An uncertain block as one text line per row (cells in order, wrapped cells joined):
    (text, first line, last line, indent). Nothing is placed in a column."""
    out = []
    for r in all_rows(lines, wide):
        nums = [line.number for line in r.lines]
        out.append(
            (
                "  ".join(c.text(lexicon) for c in r.cells),
                min(nums),
                max(nums),
                r.cells[0].x0 if r.cells else 0,
            )
        )
    return out


__all__ = [  # kept importable from here
    "stacked_figure_rows",
    "all_rows",
    "build_table",
    "cluster",
    "flatten",
    "measure_score",
    "plan",
    "row_groups",
    "split_rows",
]
