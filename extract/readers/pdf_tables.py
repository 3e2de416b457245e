"""Tables of a PDF page: grids with merged cells, cell text, tables continued over a page break.

A cell's span is the number of grid edges its bbox covers; characters go to the cell under
their centre; a table that goes on at the top of the next page is joined to its first part.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from pledgecard.extract.document import Cell, Source
from pledgecard.extract.readers.pdf_grids import EDGE_TOL, BBox, Grid, cluster, contains, nearest
from pledgecard.extract.readers.pdf_lines import Char, Line, chars_to_lines


@dataclass(slots=True)
class PageTable:
    """A table of one page (or, after :func:`join_continued`, of consecutive pages)."""

    page: int
    bbox: BBox
    xs: list[float]  # column edges, left to right
    ys: list[float]  # row edges, top to bottom
    cells: list[Cell]
    cell_lines: list[list[Line]] = field(default_factory=list)  # printed lines per cell
    nested_in: tuple[int, int] | None = None  # (index of the containing table, cell index)
    open_top: bool = False  # drawn without its top rule (a row continued from the previous page)
    open_bottom: bool = False  # drawn without its bottom rule (its last row goes on)

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    @property
    def top(self) -> float:
        return self.bbox[1]

    def is_frame(self) -> bool:
        """A single box around text: a frame or shaded heading, not a data table."""
        return len(self.cells) == 1

    def has_text(self) -> bool:
        return any(c.text for c in self.cells)

    def row_texts(self, n: int) -> list[list[str]]:
        grid = [["" for _ in range(self.n_cols)] for _ in range(min(n, self.n_rows))]
        for c in self.cells:
            for r in range(c.row, min(c.row + c.row_span, len(grid))):
                for k in range(c.col, c.col + c.col_span):
                    grid[r][k] = c.text
        return grid


def build_table(page_no: int, grid: Grid) -> PageTable:
    """A table from a grid's cell bboxes: a cell's span is the number of grid edges it covers."""
    boxes = grid.cells
    xs = cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = cluster([b[1] for b in boxes] + [b[3] for b in boxes])
    cells: list[Cell] = []
    for b in sorted(boxes, key=lambda b: (b[1], b[0])):
        c0, c1 = nearest(xs, b[0]), nearest(xs, b[2])
        r0, r1 = nearest(ys, b[1]), nearest(ys, b[3])
        if c1 <= c0 or r1 <= r0:
            continue
        box = tuple(round(v, 2) for v in b)
        cells.append(Cell(row=r0, col=c0, text="", row_span=r1 - r0, col_span=c1 - c0,
                          source=Source(page=page_no, bbox=box)))  # type: ignore[arg-type]
    bbox = tuple(round(v, 2) for v in grid.bbox)
    return PageTable(page=page_no, bbox=bbox, xs=xs, ys=ys, cells=cells,  # type: ignore[arg-type]
                     open_top=grid.open_top, open_bottom=grid.open_bottom)

def fill_tables(tables: list[PageTable], chars: Sequence[Char]) -> list[Char]:
    """Give each character to the cell under its centre (innermost table first).

    Returns the characters outside every cell: they are the page's running text.
    """
    order = sorted(range(len(tables)), key=lambda i: _area(tables[i].bbox))
    owners = [_owner_grid(t) for t in tables]
    buckets: list[list[list[Char]]] = [[[] for _ in t.cells] for t in tables]
    rest: list[Char] = []
    for ch in chars:
        cx = (ch["x0"] + ch["x1"]) / 2
        cy = (ch["top"] + ch["bottom"]) / 2
        for i in order:
            t = tables[i]
            col = bisect_right(t.xs, cx) - 1
            row = bisect_right(t.ys, cy) - 1
            if 0 <= col < t.n_cols and 0 <= row < t.n_rows and owners[i][row][col] is not None:
                buckets[i][owners[i][row][col]].append(ch)  # type: ignore[index]
                break
        else:
            rest.append(ch)
    for t, cell_chars in zip(tables, buckets, strict=True):
        t.cell_lines = []
        for cell, cc in zip(t.cells, cell_chars, strict=True):
            lines = chars_to_lines(cc, page=t.page)
            t.cell_lines.append(lines)
            cell.text = "\n".join(line.raw for line in lines)
    _nest(tables, order)
    return rest


def _area(b: BBox) -> float:
    return (b[2] - b[0]) * (b[3] - b[1])


def _owner_grid(t: PageTable) -> list[list[int | None]]:
    grid: list[list[int | None]] = [[None] * t.n_cols for _ in range(t.n_rows)]
    for k, c in enumerate(t.cells):
        for r in range(c.row, c.row + c.row_span):
            for col in range(c.col, c.col + c.col_span):
                grid[r][col] = k
    return grid


def _nest(tables: list[PageTable], order: list[int]) -> None:
    """Mark a table drawn inside a cell of a bigger (non-frame) table as nested in that cell."""
    for pos, i in enumerate(order):
        for j in order[pos + 1:]:
            outer = tables[j]
            if contains(outer.bbox, tables[i].bbox):
                if not outer.is_frame():
                    for k, c in enumerate(outer.cells):
                        if c.source.bbox and contains(c.source.bbox, tables[i].bbox):
                            tables[i].nested_in = (j, k)
                            break
                break


def same_columns(a: PageTable, b: PageTable, tol: float = EDGE_TOL) -> bool:
    return a.n_cols == b.n_cols and all(abs(x - y) <= tol for x, y in zip(a.xs, b.xs, strict=True))


def join_continued(a: PageTable, b: PageTable) -> None:
    """Append table ``b`` (continued on the next page) to ``a``.

    Header rows that ``b`` repeats are dropped; a first row of ``b`` that continues ``a``'s
    last row (a row split by the page break) is merged into that row.
    """
    drop = 0
    for k in range(min(3, b.n_rows - 1, a.n_rows), 0, -1):
        if a.row_texts(k) == b.row_texts(k) and any(t for row in a.row_texts(k) for t in row):
            drop = k
            break
    split = _split_row(a, b, drop, cut=a.open_bottom or b.open_top)
    offset = a.n_rows - drop - (1 if split else 0)
    for cell, lines in zip(b.cells, b.cell_lines, strict=True):
        if cell.row < drop:
            continue
        if split and cell.row == drop:
            upper = split[cell.col]
            if cell.text:
                upper.text = f"{upper.text}\n{cell.text}" if upper.text else cell.text
                a.cell_lines[a.cells.index(upper)].extend(lines)
            upper.row_span += cell.row_span - 1
            continue
        cell.row += offset
        a.cells.append(cell)
        a.cell_lines.append(lines)
    step = a.ys[-1] - b.ys[drop + (1 if split else 0)]
    a.ys.extend(y + step for y in b.ys[drop + 1 + (1 if split else 0):])


def _split_row(a: PageTable, b: PageTable, row: int, *, cut: bool) -> dict[int, Cell] | None:
    """The cells of ``a``'s last row by column, when row ``row`` of ``b`` continues that row.

    A row split by a page break is drawn open (``cut``: no rule closes the first part or opens
    the second), or leaves its second part mostly empty (a few lines, or a cell's whole text
    pushed down). Either way both parts have the same cells.
    """
    if row >= b.n_rows:
        return None
    lower = {c.col: c for c in b.cells if c.row == row}
    upper = {c.col: c for c in a.cells if c.row + c.row_span == a.n_rows}
    if set(lower) != set(upper) or any(lower[k].col_span != upper[k].col_span for k in lower):
        return None
    empty = sum(1 for c in lower.values() if not c.text)
    return upper if cut or empty * 2 > len(lower) else None
