"""Rows of an open-sided table run together: one row per line of its label cell, by the lines' heights.

An open-sided table (:mod:`pdf_open_tables`) has no rule between its body rows; lines whose boxes
touch make one row. Rows printed as pairs under one spanning label (``당초`` / ``변경`` beside a source
label centred on both) can so run together: the label cell stacks two lines and each figure cell
stacks its figures (``7711`` over ``15039``), a figure printed for one line alone standing at that
line's height. Such a row is cut into one row per label line when every figure's line lines up with
exactly one label line, every label line has a figure, and a cell stacks figures (figures told
apart, not one wrapped); a one-line cell lining up with no label line (the label centred on the
pair) spans the new rows. Anything else leaves the row as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.document import Cell
from pledgecard.extract.readers.pdf_lines import Line
from pledgecard.extract.readers.pdf_tables import PageTable

_FIGURE = re.compile(r"[△▲\-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?|[△▲\-−]?\d+(?:\.\d+)?|[-–—―]")
ALIGN_SHARE = 0.3  # a line lines up with a label line when their tops are this close (x the characters' size)


def _figure(line: Line) -> bool:
    return bool(_FIGURE.fullmatch(line.raw.strip()))


def split_stacked_rows(t: PageTable) -> None:
    """Cut each row of ``t`` whose cells stack lines of row pairs into one row per label line (a table
    holding none nested: their places are cell indices)."""
    if t.inner or t.nested_in is not None:
        return
    for r in range(t.n_rows - 1, -1, -1):
        cut = _cut(t, r)
        if cut:
            _split(t, r, cut)


def _cut(t: PageTable, r: int) -> list[list[list[Line]]] | None:
    """Per cell of row ``r`` (in ``t.cells`` order, None-free), its lines per label line; None: no cut."""
    own = [i for i, c in enumerate(t.cells) if c.row == r and c.row_span == 1]
    label = next(
        (
            i
            for i in sorted(own, key=lambda i: t.cells[i].col)
            if len(t.cell_lines[i]) >= 2 and not any(_figure(ln) for ln in t.cell_lines[i])
        ),
        None,
    )
    if label is None:
        return None
    tops = [ln.top for ln in t.cell_lines[label]]
    tol = ALIGN_SHARE * max(ln.size for ln in t.cell_lines[label])
    if any(b - a <= tol for a, b in zip(tops, tops[1:], strict=False)):
        return None
    per: dict[int, list[list[Line]]] = {label: [[ln] for ln in t.cell_lines[label]]}
    figured = [False] * len(tops)
    stacked = False
    for i in own:
        if i == label:
            continue
        lines = t.cell_lines[i]
        slots: list[list[Line]] = [[] for _ in tops]
        for ln in lines:
            at = [k for k, top in enumerate(tops) if abs(ln.top - top) <= tol]
            if len(at) == 1 and _figure(ln) and not slots[at[0]]:
                slots[at[0]].append(ln)
                figured[at[0]] = True
            elif len(lines) == 1 and not at and not _figure(ln) and tops[0] < ln.top < tops[-1]:
                slots = []  # a label centred on the rows (no figure: a figure between them is no row's)
            else:
                return None
        stacked = stacked or sum(1 for s in slots if s) >= 2
        per[i] = slots
    return [per.get(i, []) for i in range(len(t.cells))] if stacked and all(figured) else None


def _split(t: PageTable, r: int, cut: list[list[list[Line]]]) -> None:
    n = max(len(slots) for slots in cut)
    label = next(s for s in cut if len(s) == n and all(len(x) == 1 for x in s))
    edges = [t.ys[r], *((label[k - 1][0].bottom + label[k][0].top) / 2 for k in range(1, n)), t.ys[r + 1]]
    t.ys[r + 1 : r + 1] = edges[1:-1]
    cells: list[Cell] = []
    lines: list[list[Line]] = []
    for c, c_lines, slots in zip(t.cells, t.cell_lines, cut, strict=True):
        if c.row > r:
            cells.append(replace(c, row=c.row + n - 1))
            lines.append(c_lines)
        elif c.row + c.row_span <= r:
            cells.append(c)
            lines.append(c_lines)
        elif not slots:  # spans the new rows
            cells.append(replace(c, row_span=c.row_span + n - 1))
            lines.append(c_lines)
        else:
            x0, _, x1, _ = c.source.bbox  # type: ignore[misc]
            for k, s in enumerate(slots):
                box = (x0, round(edges[k], 2), x1, round(edges[k + 1], 2))
                cells.append(
                    replace(
                        c, row=r + k, text="\n".join(ln.raw for ln in s), source=replace(c.source, bbox=box)
                    )
                )
                lines.append(s)
    order = sorted(range(len(cells)), key=lambda i: (cells[i].row, cells[i].col))
    t.cells = [cells[i] for i in order]
    t.cell_lines = [lines[i] for i in order]
