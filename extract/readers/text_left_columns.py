"""A table laid out in left-aligned columns, its rows parted by lines of spaces (inscriptis of ``hwp5html``'s
XHTML: every cell padded to its column's width from the column's left edge, a row a ``<tr>``, a cell wrapped
onto the lines under it inside its column, a line of spaces as wide as the table under every row).

Every segment starts at a column's left edge (in characters: the layout pads by characters, not by display
width); a column is an edge two rows or more start a cell at. A row is the lines between two lines of
spaces; its cell in a column the segments starting at that edge, top to bottom. Only a block whose every row
fills every column is read so: the layout keeps no cell spanning rows or columns (the row under such a cell
is laid out from the first column), so a row short of a cell is not known to be in its columns.
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.readers.text_cells import RCell
from pledgecard.extract.readers.text_lines import TLine


def _rows(lines: list[TLine]) -> list[list[TLine]]:
    rows: list[list[TLine]] = [[]]
    for ln in lines:
        if ln.blank:
            if rows[-1]:
                rows.append([])
        else:
            rows[-1].append(ln)
    return [r for r in rows if r]


def left_columns(lines: list[TLine], lexicon: str = "") -> Table | None:
    """The table of a block of left-aligned columns (see the module), or None."""
    rows = _rows(lines)
    if len(rows) < 2:
        return None
    starts: dict[int, set[int]] = {}
    for k, row in enumerate(rows):
        for ln in row:
            for sg in ln.segs:
                starts.setdefault(sg.c0, set()).add(k)
    if any(len(ks) < 2 for ks in starts.values()) or len(starts) < 2:
        return None
    edges = sorted(starts)
    cells: list[Cell] = []
    for k, row in enumerate(rows):
        by_col: dict[int, list] = {}
        for ln in row:
            for sg in ln.segs:
                by_col.setdefault(edges.index(sg.c0), []).append(sg)
        if len(by_col) != len(edges):
            return (
                None  # a row short of a cell: a cell spanning rows or columns, which the layout does not keep
            )
        for j, segs in sorted(by_col.items()):
            rc = RCell(segs, min(s.x0 for s in segs), max(s.x1 for s in segs))
            nums = [s.line for s in segs]
            cells.append(
                Cell(
                    row=k,
                    col=j,
                    text=rc.text(lexicon),
                    source=Source(line_start=min(nums), line_end=max(nums), columns=(rc.x0, rc.x1)),
                )
            )
    nums = [ln.number for ln in lines if not ln.blank]
    return Table(
        cells=cells,
        n_rows=len(rows),
        n_cols=len(edges),
        source=Source(line_start=min(nums), line_end=max(nums)),
    )
