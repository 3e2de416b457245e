"""Tables of a PDF page: grids with merged cells, cell text, tables continued over a page break.

A cell's span is the number of grid edges its bbox covers; characters go to the cell under
their word's first character (a number too wide for its cell stays whole), and text printed
past an edge cut open by a page break to the cut cells; a table that goes on at the top of
the next page is joined to its first part, merged cells cut by the break spanning both parts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from pledgecard.extract.document import Cell, Source
from pledgecard.extract.markers import is_note, split_marker
from pledgecard.extract.readers.pdf_collisions import mark_collisions
from pledgecard.extract.readers.pdf_grids import (
    EDGE_TOL,
    BBox,
    Grid,
    Spans,
    cluster,
    contains,
    nearest,
    subset,
)
from pledgecard.extract.readers.pdf_lines import Char, Line, chars_to_lines, word_anchors
from pledgecard.extract.readers.pdf_spill import spilled_text

SIDE_SLACK = 3 * EDGE_TOL  # pt: a cut cell's side drawn this far from its column's grid line, its rule still closing it


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
    cut_below: bool = False  # an open-sided table the page break cut (rows to the page's end, or a head alone)
    head_only: bool = False  # an open-sided table's head whose body the next page prints
    open_sided: bool = False  # rebuilt from its text between horizontal rules: rows set apart by white space

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
        cells.append(Cell(row=r0, col=c0, text="", row_span=r1 - r0, col_span=c1 - c0,
                          source=Source(page=page_no, bbox=box)))  # type: ignore[arg-type]
    bbox = tuple(round(v, 2) for v in grid.bbox)
    return PageTable(page=page_no, bbox=bbox, xs=xs, ys=ys, cells=cells,  # type: ignore[arg-type]
                     open_top=_open_columns(xs, grid.open_top), open_bottom=_open_columns(xs, grid.open_bottom),
                     cut_above=grid.cut_above, cut_below=grid.cut_below, head_only=grid.head_only,
                     open_sided=grid.open_sided)


def _open_columns(xs: list[float], spans: Spans | None) -> frozenset[int]:
    """The columns whose edge no rule of ``spans`` closes (None: the edge is not cut open). A rule
    closes a column when it runs across all of it but up to :data:`SIDE_SLACK` of either side: rows
    may draw a column's side a few points apart (the grid line their mean), the rule under the cut
    row starting at that row's own side, the other end at the grid line (a rule inset from both sides is drawn
    inside the cell, as a shaded box's border: it closes nothing); a cell drawn open has no rule under it at all."""
    if spans is None:
        return frozenset()

    def closed(x0: float, x1: float) -> bool:
        inset = max(EDGE_TOL, min(SIDE_SLACK, (x1 - x0) / 4))
        return any(a <= x0 + inset and b >= x1 - inset and (a <= x0 + EDGE_TOL or b >= x1 - EDGE_TOL) for a, b in spans)
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
        host = next(((j, k) for j in order if tables[j] is not t and _within(tables[j], tables[j].bbox, t)
                     for k, c in enumerate(tables[j].cells) if _within(tables[j], c.source.bbox, t)), None)  # type: ignore[arg-type]
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
    return bool(outer.open_bottom and inner.open_bottom) and top < box[3] < bottom \
        and contains(box, (inner.bbox[0], top, inner.bbox[2], box[3]))


def _nest(tables: list[PageTable], order: list[int]) -> None:
    """Mark a table drawn inside a cell of a bigger (non-frame) table as nested in that cell."""
    for pos, i in enumerate(order):
        for j in order[pos + 1:]:
            outer = tables[j]
            if _within(outer, outer.bbox, tables[i]):
                if not outer.is_frame():
                    for k, c in enumerate(outer.cells):
                        if c.source.bbox and _within(outer, c.source.bbox, tables[i]):
                            tables[i].nested_in = (j, k)
                            outer.inner.setdefault(k, []).append(tables[i])
                            break
                break


NEAR_TOL = 6.0  # points: a cell's padding; a column rule found this near another page's is the same rule


def same_columns(a: PageTable, b: PageTable, tol: float = EDGE_TOL) -> bool:
    return a.n_cols == b.n_cols and all(abs(x - y) <= tol for x, y in zip(a.xs, b.xs, strict=True))


def continues_on(a: PageTable, b: PageTable, tol: float = EDGE_TOL) -> bool:
    """Whether ``b`` (atop the next page) continues ``a`` (last on its page), and if so put both on
    one column grid.

    Tables with the same column edges are one table cut by the page break. A table split into
    other columns on the next page (a one-table card: header rows of six columns on the first
    page, label | content rows on the next) continues it when both have the same outer edges,
    one's column edges are a subset of the other's, and the break cuts a cell open (drawn
    without the rule that would close it) or leaves the first column of ``b``'s first row empty
    (a section label cell that goes on). Both tables are then put on the finer grid. Tables of as
    many columns whose inner edges stand within a cell's padding of each other are one table when
    the break cuts a cell open, ``b`` opens with figures (a body row: no table opens so), or leaves
    ``a`` one row (its head) that ``b`` does not open with again; a head row of words alone (two or
    more cells) goes on onto ``b``'s finer columns likewise. Body rows (opening with figures)
    whose label column is split in two (a group and a row label) go on a head whose first column
    spans both.
    """
    if same_columns(a, b, tol):
        return True
    first = min((c for c in b.cells if c.row == 0), key=lambda c: c.col, default=None)
    cut = bool(a.open_bottom or b.open_top or (first is not None and first.col_span < b.n_cols and not first.text))
    goes_on = cut or _opens_with_figures(b) or (a.n_rows == 1 and _first_text(a) != _first_text(b))
    if goes_on and a.n_cols == b.n_cols and abs(a.xs[0] - b.xs[0]) <= tol and abs(a.xs[-1] - b.xs[-1]) <= tol \
            and all(abs(x - y) <= NEAR_TOL for x, y in zip(a.xs, b.xs, strict=True)):
        # an inner rule moved by a cell's padding (a nested table's edge, or another table's rule
        # further down the page, read for it): the same columns
        b.xs = list(a.xs)
        return True
    if not cut and _opens_with_figures(b) and _splits_labels(a, b, tol):
        return _onto_finer(a, b, tol)  # body rows whose label column is two (group | row label)
    if not cut and _head_alone(a) and _first_text(a) != _first_text(b) and subset(a.xs, b.xs, tol) \
            and _onto_finer(a, b, tol):
        # a head row of spanning cells alone at the page's foot (구 분 | 연도별 투자계획), the rest of
        # the head and the body on the next page, on finer columns (the years under the span); the
        # empty rows under it are its cells' cut, printed on the next page
        _drop_empty_foot(a)
        return True
    return cut and _onto_finer(a, b, tol)


def _head_alone(t: PageTable) -> bool:
    """A table of one row of two or more cells, words with no figure, and under it rows of empty
    cells alone (a head whose body the page break carried to the next page, its cells cut)."""
    first = [c for c in t.cells if c.row == 0]
    return t.n_cols >= 2 and len(first) >= 2 and all(c.text.strip() for c in first) and not any(
        any(ch.isdigit() for ch in c.text) for c in first) and all(
        not c.text and not lines for c, lines in zip(t.cells, t.cell_lines, strict=True) if c.row > 0) and not t.inner


def _drop_empty_foot(t: PageTable) -> None:
    """``t`` without the rows of empty cells under its first (:func:`_head_alone`)."""
    keep = [k for k, c in enumerate(t.cells) if c.row == 0]
    t.cells = [t.cells[k] for k in keep]
    t.cell_lines = [t.cell_lines[k] for k in keep]
    for c in t.cells:
        c.row_span = 1
    del t.ys[2:]


def _splits_labels(a: PageTable, b: PageTable, tol: float) -> bool:
    """Whether ``b``'s column edges are ``a``'s and more, every added edge inside ``a``'s first column
    (the carried body rows label each row twice, a group and a row label, where ``a``'s head cell
    spans both label columns)."""
    if b.n_cols <= a.n_cols or a.n_cols < 2 or not subset(a.xs, b.xs, tol):
        return False
    added = [x for x in b.xs if all(abs(x - y) > tol for y in a.xs)]
    return all(a.xs[0] < x < a.xs[1] for x in added)


_FIGURE = re.compile(r"[△▲−-]?\d[\d,.]*%?")


def _opens_with_figures(t: PageTable) -> bool:
    """Whether the first row of ``t`` holds figures past its first column (a body row: the table's
    head was printed on the page before)."""
    return any(c.row == 0 and c.col > 0 and _FIGURE.fullmatch(c.text.strip()) for c in t.cells)


def _first_text(t: PageTable) -> str:
    return next((c.text.strip() for c in t.cells if c.row == 0 and c.col == 0), "")


def _onto_finer(a: PageTable, b: PageTable, tol: float) -> bool:
    """Put both tables on the column edges of the finer one when both have the same outer edges
    and one's edges are a subset of the other's; whether they were."""
    if abs(a.xs[0] - b.xs[0]) > tol or abs(a.xs[-1] - b.xs[-1]) > tol:
        return False
    fine = a.xs if subset(b.xs, a.xs, tol) else b.xs if subset(a.xs, b.xs, tol) else None
    if fine is None:
        return False
    for t in (a, b):
        if t.xs is not fine:
            _regrid(t, fine, tol)
    return True


def _nested_goes_on(a: PageTable, b: PageTable, tol: float = EDGE_TOL) -> bool:
    """Whether nested table ``b`` can go on from ``a`` (nothing printed between them, the caller
    checks): the same columns, a subset of them (both put on the finer grid), or as many columns
    between the same outer edges (a header row laid out alone on its page spaces them otherwise)."""
    if same_columns(a, b, tol):
        return True
    if a.n_cols == b.n_cols:
        return abs(a.xs[0] - b.xs[0]) <= tol and abs(a.xs[-1] - b.xs[-1]) <= tol
    return _onto_finer(a, b, tol)


def _regrid(t: PageTable, xs: list[float], tol: float) -> None:
    """Put ``t`` on the finer column edges ``xs`` (a superset of its own): spans grow to cover them."""
    at = [next(k for k, y in enumerate(xs) if abs(x - y) <= tol) for x in t.xs]
    for c in t.cells:
        c.col, c.col_span = at[c.col], at[c.col + c.col_span] - at[c.col]

    def wider(cols: frozenset[int]) -> frozenset[int]:
        return frozenset(j for k in cols for j in range(at[k], at[k + 1]))

    t.open_top, t.open_bottom = wider(t.open_top), wider(t.open_bottom)
    t.xs = list(xs)


def join_continued(a: PageTable, b: PageTable) -> None:
    """Append table ``b`` (continued on the next page) to ``a``.

    Header rows that ``b`` repeats are dropped. A first row of ``b`` that continues ``a``'s
    last row (a row split by the page break) is merged into that row; when only some of its
    cells go on (merged cells cut by the break, drawn open while the cells beside them are
    closed), those cells are merged into ``a``'s and span the new row as well.
    """
    _drop_foot_sliver(a, b)
    _drop_top_sliver(a)
    if not _continued_cells(a, b, 0)[0]:
        _drop_top_sliver(b)  # (a sliver going on with the first part's last row whole: that row's rest)
    drop = 0
    for k in range(min(3, b.n_rows - 1, a.n_rows), 0, -1):
        if a.row_texts(k) == b.row_texts(k) and any(t for row in a.row_texts(k) for t in row):
            drop = k
            break
    whole, cont = _continued_cells(a, b, drop)
    offset = a.n_rows - drop - (1 if whole else 0)
    for k, (cell, lines) in enumerate(zip(b.cells, b.cell_lines, strict=True)):
        if cell.row < drop:
            continue
        if cell.row == drop and cell.col in cont:
            upper = cont[cell.col]
            at = a.cells.index(upper)
            _adopt_nested(a, at, b, k)
            if cell.text:
                upper.text = f"{upper.text}\n{cell.text}" if upper.text else cell.text
                a.cell_lines[at].extend(lines)
            upper.row_span += cell.row_span - (1 if whole else 0)
            continue
        cell.row += offset
        if k in b.inner:
            a.inner[len(a.cells)] = b.inner[k]
        a.cells.append(cell)
        a.cell_lines.append(lines)
    step = a.ys[-1] - b.ys[drop + (1 if whole else 0)]
    a.ys.extend(y + step for y in b.ys[drop + 1 + (1 if whole else 0):])
    a.open_bottom = b.open_bottom
    a.cut_below, a.head_only = b.cut_below, b.head_only


SLIVER = 5.0  # pt: a row lower than any line of text


def _drop_foot_sliver(a: PageTable, b: PageTable) -> None:
    """Drop ``a``'s last row when it is a sliver the page break left: lower than a line of text, its
    cells empty and each in a column ``b`` opens without a top rule, other columns closed above it
    (cells spanning two head rows, cut a hair below the first: 성과지표 | 단위 beside 2023년 over
    목표 | 실적). Read as a row, it put an empty row between the head's two; the cells cut go on in
    ``b`` all the same. A sliver across every column is a row the break cut as it opened: kept, but for
    an empty one whose open columns ``b`` opens anew, closed above, and the others go on in ``b`` (the head
    row's cells spanning two rows drawn a hair below the first, cut there: 성과지표 | 연간 목표 beside 2024년
    over 1/4 | 2/4 | ..., the quarters atop the next page): dropped, the row above going on in those columns."""
    if a.n_rows < 2 or a.ys[-1] - a.ys[-2] >= SLIVER or not b.open_top:
        return
    last = a.n_rows - 1
    foot = [k for k, c in enumerate(a.cells) if c.row == last]
    if sum(c.col_span for c in a.cells if c.row <= last < c.row + c.row_span) >= a.n_cols:
        if _sliver_between(a, b, foot):
            _drop_last_row(a, foot)
            a.open_bottom = b.open_top
        return  # a sliver across the table: a row that opens here and goes on on the next page
    if not foot or any(a.cells[k].text or k in a.inner or a.cell_lines[k] for k in foot) or not all(
            j in b.open_top for k in foot for j in range(a.cells[k].col, a.cells[k].col + a.cells[k].col_span)):
        return
    _drop_last_row(a, foot)


def _drop_last_row(a: PageTable, foot: list[int]) -> None:
    """``a`` without its last row (``foot``: the cells opening in it), the cells spanning into it cut above it."""
    last = a.n_rows - 1
    _drop_cells(a, foot)
    for c in a.cells:
        if c.row + c.row_span > last:
            c.row_span = last - c.row
    a.ys.pop()


def _sliver_between(a: PageTable, b: PageTable, foot: list[int]) -> bool:
    """Whether ``a``'s last row, a sliver across the table (its cells ``foot``), prints nothing and stands
    between the row above and ``b``: the columns it leaves open ``b`` opens closed above, and the columns
    ``b`` leaves open the sliver closes (every column one or the other)."""
    if not a.open_bottom or a.open_bottom & b.open_top or len(a.open_bottom | b.open_top) < a.n_cols:
        return False
    return not any(a.cells[k].text or k in a.inner or a.cell_lines[k] for k in foot)


def _drop_cells(t: PageTable, drop: list[int]) -> None:
    """``t`` without its cells ``drop`` (indexes), their nested tables and lines with them."""
    keep = [k for k in range(len(t.cells)) if k not in drop]
    t.inner = {keep.index(k): ts for k, ts in t.inner.items() if k in keep}
    t.cells = [t.cells[k] for k in keep]
    t.cell_lines = [t.cell_lines[k] for k in keep]


def _drop_top_sliver(t: PageTable) -> None:
    """Drop ``t``'s first row when it is a sliver the page break left at the top of a table's part: lower
    than a line of text, every cell opening in it one row high empty, the cells spanning it going on below
    (a head row cut as it ended: 지표명 | 단위 spanning the years' row and the 목표 | 실적 row, the years' row
    printed on the page before). Read as a row, it put an empty row amid the head."""
    if t.n_rows < 2 or t.ys[1] - t.ys[0] >= SLIVER:
        return
    first = [k for k, c in enumerate(t.cells) if c.row == 0]
    short = [k for k in first if t.cells[k].row_span == 1]
    if not short or any(t.cells[k].text or k in t.inner or t.cell_lines[k] for k in short):
        return
    _drop_cells(t, short)
    for c in t.cells:
        if c.row == 0:
            c.row_span -= 1
        else:
            c.row -= 1
    del t.ys[1]


def _continued_cells(a: PageTable, b: PageTable, row: int) -> tuple[bool, dict[int, Cell]]:
    """Which cells of ``a``'s last row (by column) row ``row`` of ``b`` continues, and whether all do.

    A row split by a page break is drawn open (no rule closes the first part or opens the
    second), or leaves its second part mostly empty (a few lines, or a cell's whole text
    pushed down); either way both parts have the same cells. Merged cells cut by the break
    are drawn open while the cells beside them are closed: only those cells go on, unless
    no closed cell prints on both pages, or only a label printed a letter a line whose letters
    the break cut (then one row is cut and its closed cells were drawn closed on each page all
    the same).
    """
    if row >= b.n_rows:
        return False, {}
    lower = {c.col: c for c in b.cells if c.row == row}
    upper = {c.col: c for c in a.cells if c.row + c.row_span == a.n_rows}
    same = {k: upper[k] for k in lower if k in upper and lower[k].col_span == upper[k].col_span}
    open_cols = a.open_bottom | b.open_top
    cut = {k: c for k, c in same.items() if all(j in open_cols for j in range(k, k + c.col_span))}
    if len(same) == len(lower) == len(upper):
        empty = sum(1 for c in lower.values() if not c.text)
        if cut and all(not (c.text and same[k].text) or _letters_cut(same[k].text, c.text)
                       for k, c in lower.items() if k not in cut):
            return True, same  # the closed cells beside the open ones print on one page only (or a label's letters)
        if not open_cols and empty * 2 > len(lower) and not _starts_item(lower, same) \
                and not _marked_rows_own(a, b, lower):
            return True, same
        above = {k for k in lower if same[k].text}
        below = {k for k, c in lower.items() if c.text}
        if not open_cols and above and below and not above & below:
            return True, same  # no cell prints on both pages: one row, each cell's text pushed to one side
    if cut and len(cut) < len(lower):
        return False, cut
    return False, {}


def _letters_cut(upper: str, lower: str) -> bool:
    """Whether two cells print one label a letter a line, cut by a page break (라 / . over 기 / 대 / 효 / 과):
    every line a single character on both sides, three or more in all. Drawn closed on each page, the cell
    still goes on where the cells beside it do."""
    a = [ln.strip() for ln in upper.split("\n") if ln.strip()]
    b = [ln.strip() for ln in lower.split("\n") if ln.strip()]
    return bool(a and b) and len(a) + len(b) >= 3 and all(len(ln) == 1 for ln in a + b)


def _starts_item(lower: dict[int, Cell], upper: dict[int, Cell]) -> bool:
    """Whether the first row on the new page opens an item of its own: every cell it prints starts
    with a bullet marker the cell above it (in the same column) does not print (a table of bulleted
    items, one a row; a cell's bullet list cut by the break goes on with its own bullet)."""
    printed = {k: c.text for k, c in lower.items() if c.text}
    if not printed:
        return False
    for k, text in printed.items():
        marker, _ = split_marker(text)
        above = upper[k].text if k in upper else ""
        if marker is None or is_note(marker) or not above or \
                any(split_marker(ln)[0] == marker for ln in above.split("\n")):
            return False
    return True


def _marked_rows_own(a: PageTable, b: PageTable, lower: dict[int, Cell]) -> bool:
    """Whether the first row on the new page, printing one cell whose text opens with a marker (a note
    ``※ ...``, a sub-line ``1) ...``), is a row of its own: the table draws such lines as rows of their
    own elsewhere (a later row printing that column only, opening with a marker) and no cell of that
    column holds a marked line under its first. Drawn closed, a cell's own note line cut by the break
    looks the same; the table's own rows tell them apart, or the row goes on."""
    printed = [k for k, c in lower.items() if c.text]
    if len(printed) != 1 or split_marker(lower[printed[0]].text)[0] is None:
        return False
    col = printed[0]
    own = False
    for t, skip in ((a, -1), (b, 0)):
        for r in range(t.n_rows):
            row = [c for c in t.cells if c.row == r]
            if r != skip and [c.col for c in row if c.text] == [col] and \
                    split_marker(next(c.text for c in row if c.text))[0] is not None:
                own = True
        if any(c.col == col and any(split_marker(ln)[0] is not None for ln in c.text.split("\n")[1:])
               for c in t.cells):
            return False
    return own


def nested_goes_on(a: PageTable, b: PageTable, tol: float = EDGE_TOL) -> PageTable | None:
    """The table nested at the foot of ``a`` (last on its page) that ``b`` (atop the next page) goes
    on from, where the box around it is not drawn again on the next page (a section boxed as one
    table whose nested goal table the page break cut): ``b`` within ``a``'s edges, nothing printed
    in the cell after the nested table, the nested table's columns ``b``'s; else None."""
    if b.inner:
        return None
    if b.bbox[0] < a.bbox[0] - tol or b.bbox[2] > a.bbox[2] + tol:
        return None
    foot = [k for k, c in enumerate(a.cells) if c.row + c.row_span == a.n_rows and a.inner.get(k)]
    if not foot:
        return None
    at = max(foot, key=lambda k: a.cells[k].col)
    last = max(a.inner[at], key=lambda t: (t.page, t.top))
    page = max(c.source.page or 0 for c in last.cells)
    bottom = max((c.source.bbox[3] for c in last.cells if c.source.page == page and c.source.bbox), default=0.0)
    if page != b.page - 1 or any(line.page == page and line.top >= bottom for line in a.cell_lines[at]):
        return None
    return last if _nested_goes_on(last, b, tol) else None


def _adopt_nested(a: PageTable, at: int, b: PageTable, k: int) -> None:
    """Move the tables nested in cell ``k`` of ``b`` into cell ``at`` of ``a`` (which it continues).

    A nested table cut by the same page break (nothing printed in the cell between its two
    parts) is joined to its first part.
    """
    moved = sorted(b.inner.get(k, []), key=lambda t: (t.page, t.top))
    if not moved:
        return
    mine = a.inner.setdefault(at, [])
    if mine:
        last, first = max(mine, key=lambda t: (t.page, t.top)), moved[0]
        page = max(c.source.page or 0 for c in last.cells)
        bottom = max((c.source.bbox[3] for c in last.cells if c.source.page == page and c.source.bbox), default=0.0)
        after = any(line.page == page and line.top >= bottom for line in a.cell_lines[at])
        before = any(line.page == first.page and line.bottom <= first.top for line in b.cell_lines[k])
        if page == first.page - 1 and not after and not before and _nested_goes_on(last, first):
            join_continued(last, first)
            moved = moved[1:]
    mine.extend(moved)
