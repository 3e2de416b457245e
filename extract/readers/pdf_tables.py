"""Ruled tables of a PDF page: grids with merged cells, cell text, tables continued over a page break.

Tables are found from ruling lines (pdfplumber's ``lines`` strategy). Government cards often
draw tables without outer left/right borders; the lines strategy then loses the first and last
columns, so a second pass supplies the missing outer edges from the x extent of the table's
horizontal rules. Spans come from each cell's bbox against the grid of distinct x/y edges.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pledgecard.extract.document import Cell, Source
from pledgecard.extract.readers.pdf_lines import Char, Line, chars_to_lines

BBox = tuple[float, float, float, float]

TABLE_SETTINGS: dict[str, Any] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
    "edge_min_length": 3,
}
MAX_FRAME_SHARE = 0.33  # a box taller than this share of the page is a page border, not a frame
EDGE_TOL = 2.0  # points: two edges closer than this are the same grid line


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


def cluster(values: Iterable[float], tol: float = EDGE_TOL) -> list[float]:
    """Distinct positions: sorted values closer than ``tol`` merged into their mean."""
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= tol:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


def nearest(edges: Sequence[float], v: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - v))


def _coverage(verticals: Sequence[dict[str, Any]], x: float, top: float, bottom: float) -> float:
    """How much of ``top``..``bottom`` the vertical edges at ``x`` cover (points)."""
    spans = sorted(
        (max(e["top"], top), min(e["bottom"], bottom))
        for e in verticals if abs(e["x0"] - x) <= EDGE_TOL and e["bottom"] > top and e["top"] < bottom
    )
    covered, reach = 0.0, top
    for a, b in spans:
        if b > reach:
            covered += b - max(a, reach)
            reach = b
    return covered


def _outer_edges(page: Any, tables: Sequence[Any]) -> list[dict[str, Any]]:
    """Full-height outer borders for tables whose horizontal rules run past their side borders.

    Tables drawn without outer left/right borders (or with them only on shaded header cells)
    would otherwise lose their first and last columns.
    """
    edges = page.edges
    rules = [e for e in edges if e["orientation"] == "h" and e["width"] >= 3]
    verticals = [e for e in edges if e["orientation"] == "v"]
    extra: list[dict[str, Any]] = []
    for t in tables:
        x0, top, x1, bottom = t.bbox
        own = [
            e for e in rules
            if top - EDGE_TOL <= e["top"] <= bottom + EDGE_TOL and e["x1"] >= x0 - 1 and e["x0"] <= x1 + 1
        ]
        if len(own) < 2:
            continue
        for x in (min(e["x0"] for e in own), max(e["x1"] for e in own)):
            reaching = sum(1 for e in own if e["x0"] - EDGE_TOL <= x <= e["x1"] + EDGE_TOL)
            if reaching >= 2 and _coverage(verticals, x, top, bottom) < 0.95 * (bottom - top):
                extra.append({
                    "object_type": "outer_edge", "orientation": "v", "x0": x, "x1": x,
                    "top": top, "bottom": bottom, "width": 0, "height": bottom - top,
                })
    return extra


def find_grids(page: Any) -> list[tuple[BBox, list[BBox]]]:
    """(bbox, cell bboxes) of every ruled table on ``page``, boxes around text (frames) included.

    pdfplumber drops single-cell tables; a small box with no table inside (a frame) is kept
    here as a one-cell grid so that its lines form a context of their own (indent levels
    relative to the box).
    """
    if not page.edges:
        return []
    finder = page.debug_tablefinder(TABLE_SETTINGS)
    extra = _outer_edges(page, finder.tables)
    if extra:
        finder = page.debug_tablefinder({**TABLE_SETTINGS, "explicit_vertical_lines": extra})
    grids: list[tuple[BBox, list[BBox]]] = [
        (tuple(t.bbox), [tuple(c) for c in t.cells]) for t in finder.tables if t.cells
    ]
    in_tables = {tuple(c) for t in finder.tables for c in t.cells}
    for c in finder.cells:
        box = tuple(c)
        if box in in_tables or box[3] - box[1] > MAX_FRAME_SHARE * float(page.height):
            continue  # a page-sized box (border, background) is no frame: its text stays running text
        if not any(_contains(box, g[0]) for g in grids):
            grids.append((box, [box]))
    return grids


def build_table(page_no: int, bbox: BBox, cell_boxes: Sequence[BBox]) -> PageTable:
    """A grid from cell bboxes: a cell's span is the number of grid edges it covers."""
    xs = cluster([b[0] for b in cell_boxes] + [b[2] for b in cell_boxes])
    ys = cluster([b[1] for b in cell_boxes] + [b[3] for b in cell_boxes])
    cells: list[Cell] = []
    for b in sorted(cell_boxes, key=lambda b: (b[1], b[0])):
        c0, c1 = nearest(xs, b[0]), nearest(xs, b[2])
        r0, r1 = nearest(ys, b[1]), nearest(ys, b[3])
        if c1 <= c0 or r1 <= r0:
            continue
        box = tuple(round(v, 2) for v in b)
        cells.append(Cell(row=r0, col=c0, text="", row_span=r1 - r0, col_span=c1 - c0,
                          source=Source(page=page_no, bbox=box)))  # type: ignore[arg-type]
    r_bbox = tuple(round(v, 2) for v in bbox)
    return PageTable(page=page_no, bbox=r_bbox, xs=xs, ys=ys, cells=cells)  # type: ignore[arg-type]


def _contains(outer: BBox, inner: BBox, tol: float = 1.0) -> bool:
    return (outer[0] - tol <= inner[0] and outer[1] - tol <= inner[1]
            and inner[2] <= outer[2] + tol and inner[3] <= outer[3] + tol)


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
            if _contains(outer.bbox, tables[i].bbox):
                if not outer.is_frame():
                    for k, c in enumerate(outer.cells):
                        if c.source.bbox and _contains(c.source.bbox, tables[i].bbox):
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
    split = _split_row(a, b, drop)
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


def _split_row(a: PageTable, b: PageTable, row: int) -> dict[int, Cell] | None:
    """The cells of ``a``'s last row by column, when row ``row`` of ``b`` continues that row.

    A row split by a page break leaves its first page part with most of the text and carries
    a few lines (or a cell's whole text, pushed down) to the next page: the two rows have the
    same cells and more than half of ``b``'s row is empty.
    """
    if row >= b.n_rows:
        return None
    lower = {c.col: c for c in b.cells if c.row == row}
    upper = {c.col: c for c in a.cells if c.row + c.row_span == a.n_rows}
    if set(lower) != set(upper) or any(lower[k].col_span != upper[k].col_span for k in lower):
        return None
    empty = sum(1 for c in lower.values() if not c.text)
    return upper if empty * 2 > len(lower) else None
