"""A PDF page's tables built from its grids: :class:`PageTable`, cells filled with the page's characters
(text spilled past a cut edge to the cut cells), tables nested in others' cells.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from pledgecard.extract.document import Cell, Source
from pledgecard.extract.readers.pdf_collisions import mark_collisions
from pledgecard.extract.readers.pdf_grids import (
    EDGE_TOL,
    BBox,
    Grid,
    Spans,
    cluster,
    contains,
    nearest,
)
from pledgecard.extract.readers.pdf_lines import Char, Line, chars_to_lines, word_anchors
from pledgecard.extract.readers.pdf_spill import spilled_text

SIDE_SLACK = (
    3 * EDGE_TOL
)  # pt: a cut cell's side drawn this far from its column's grid line, its rule still closing it


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
    inner: dict[int, list[PageTable]] = field(default_factory=dict)  # nested tables by cell index
    open_top: frozenset[int] = frozenset()  # columns drawn without a top rule (continued cells)
    open_bottom: frozenset[int] = frozenset()  # columns drawn without a bottom rule (cells that go on)
    cut_above: bool = False  # an open-sided table's rows above its first rule, carried from the previous page
    cut_below: bool = (
        False  # an open-sided table the page break cut (rows to the page's end, or a head alone)
    )
    head_only: bool = False  # an open-sided table's head whose body the next page prints
    open_sided: bool = False  # rebuilt from its text between horizontal rules: rows set apart by white space
    cited_below: set[int] = field(
        default_factory=set
    )  # cells (by index) cited at a lower part joined to them

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
        """Whether it prints anything, in its cells or in the tables nested in them."""
        return any(c.text for c in self.cells) or any(t.has_text() for ts in self.inner.values() for t in ts)

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
        cells.append(
            Cell(
                row=r0,
                col=c0,
                text="",
                row_span=r1 - r0,
                col_span=c1 - c0,
                source=Source(page=page_no, bbox=box),
            )
        )  # type: ignore[arg-type]
    bbox = tuple(round(v, 2) for v in grid.bbox)
    return PageTable(
        page=page_no,
        bbox=bbox,
        xs=xs,
        ys=ys,
        cells=cells,  # type: ignore[arg-type]
        open_top=open_columns(xs, grid.open_top),
        open_bottom=open_columns(xs, grid.open_bottom),
        cut_above=grid.cut_above,
        cut_below=grid.cut_below,
        head_only=grid.head_only,
        open_sided=grid.open_sided,
    )


def open_columns(xs: list[float], spans: Spans | None) -> frozenset[int]:
    """The columns whose edge no rule of ``spans`` closes (None: the edge is not cut open). A rule
    closes a column when it runs across all of it but up to :data:`SIDE_SLACK` of either side: rows
    may draw a column's side a few points apart (the grid line their mean), the rule under the cut
    row starting at that row's own side, the other end at the grid line (a rule inset from both sides is drawn
    inside the cell, as a shaded box's border: it closes nothing); a cell drawn open has no rule under it at all."""
    if spans is None:
        return frozenset()

    def closed(x0: float, x1: float) -> bool:
        inset = max(EDGE_TOL, min(SIDE_SLACK, (x1 - x0) / 4))
        return any(
            a <= x0 + inset and b >= x1 - inset and (a <= x0 + EDGE_TOL or b >= x1 - EDGE_TOL)
            for a, b in spans
        )

    return frozenset(k for k in range(len(xs) - 1) if not closed(xs[k], xs[k + 1]))


def fill_tables(tables: list[PageTable], chars: Sequence[Char]) -> list[Char]:
    """Give each character to the cell under its word's first character (innermost table first).

    Returns the characters outside every cell: they are the page's running text.
    """
    order = sorted(range(len(tables)), key=lambda i: _area(tables[i].bbox))
    owners = [_owner_grid(t) for t in tables]
    buckets: list[list[list[Char]]] = [[[] for _ in t.cells] for t in tables]
    rest: list[Char] = []
    for ch, cx in zip(chars, word_anchors(chars), strict=True):
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
    for i, t in enumerate(tables):
        if not (t.open_top or t.open_bottom):
            continue
        # the text past a nested table's cut edge is in the cell holding it (innermost first)
        host = next(
            (
                (j, k)
                for j in order
                if tables[j] is not t and _within(tables[j], tables[j].bbox, t)
                for k, c in enumerate(tables[j].cells)
                if _within(tables[j], c.source.bbox, t)
            ),
            None,
        )  # type: ignore[arg-type]
        if host is None:
            rest = _claim_spilled(t, owners[i], buckets[i], rest)
        else:
            j, k = host
            buckets[j][k] = _claim_spilled(t, owners[i], buckets[i], buckets[j][k])
    for t, owner, cell_chars in zip(tables, owners, buckets, strict=True):
        mark_collisions(t.xs, owner, cell_chars)
        t.cell_lines = []
        for cell, cc in zip(t.cells, cell_chars, strict=True):
            lines = chars_to_lines(cc, page=t.page)
            t.cell_lines.append(lines)
            cell.text = "\n".join(line.raw for line in lines)
    _nest(tables, order)
    return rest


def _claim_spilled(
    t: PageTable, owner: list[list[int | None]], buckets: list[list[Char]], chars: list[Char]
) -> list[Char]:
    """Give the text printed past ``t``'s open edges to the cut cells; return the other chars."""
    taken: set[int] = set()
    for below, cols, row in ((True, t.open_bottom, t.n_rows - 1), (False, t.open_top, 0)):
        owners = {k: owner[row][k] for k in cols if owner[row][k] is not None}
        edge = t.bbox[3] if below else t.bbox[1]
        for k, cc in spilled_text(chars, edge=edge, below=below, xs=t.xs, owners=owners).items():  # type: ignore[arg-type]
            buckets[k].extend(cc)
            taken.update(id(c) for c in cc)
    return [c for c in chars if id(c) not in taken] if taken else chars


def _area(b: BBox) -> float:
    return (b[2] - b[0]) * (b[3] - b[1])


def _owner_grid(t: PageTable) -> list[list[int | None]]:
    grid: list[list[int | None]] = [[None] * t.n_cols for _ in range(t.n_rows)]
    for k, c in enumerate(t.cells):
        for r in range(c.row, c.row + c.row_span):
            for col in range(c.col, c.col + c.col_span):
                grid[r][col] = k
    return grid


def _within(outer: PageTable, box: BBox, inner: PageTable) -> bool:
    """Whether ``inner`` is drawn inside ``box`` (``outer``'s or one of its cells'). A table and the
    table nested in its last row, both cut open at the foot of the page, may end a little apart (the
    inner's rules run on to where the page break cut it): the inner, opening inside the box, is in it
    whatever its foot."""
    if contains(box, inner.bbox):
        return True
    top, bottom = inner.bbox[1], inner.bbox[3]
    return (
        bool(outer.open_bottom and inner.open_bottom)
        and top < box[3] < bottom
        and contains(box, (inner.bbox[0], top, inner.bbox[2], box[3]))
    )


def _nest(tables: list[PageTable], order: list[int]) -> None:
    """Mark a table drawn inside a cell of a bigger (non-frame) table as nested in that cell."""
    for pos, i in enumerate(order):
        for j in order[pos + 1 :]:
            outer = tables[j]
            if _within(outer, outer.bbox, tables[i]):
                if not outer.is_frame():
                    for k, c in enumerate(outer.cells):
                        if c.source.bbox and _within(outer, c.source.bbox, tables[i]):
                            tables[i].nested_in = (j, k)
                            outer.inner.setdefault(k, []).append(tables[i])
                            break
                break
