"""Tables of a PDF page: grids with merged cells, cell text, tables continued over a page break.

A cell's span is the number of grid edges its bbox covers; characters go to the cell under
their word's first character (a number too wide for its cell stays whole), and text printed
past an edge cut open by a page break to the cut cells; a table that goes on at the top of
the next page is joined to its first part, merged cells cut by the break spanning both parts.

The tables are built in ``pdf_table_build`` and told continued in ``pdf_table_continue``; this module
joins a table's parts across a page break and keeps the entry points.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Cell
from pledgecard.extract.markers import is_note, split_marker
from pledgecard.extract.readers.pdf_grids import EDGE_TOL, SLIVER
from pledgecard.extract.readers.pdf_label_rows import label_rows_own, prints_alone
from pledgecard.extract.readers.pdf_table_build import PageTable, build_table, fill_tables, open_columns
from pledgecard.extract.readers.pdf_table_continue import continues_on, nested_continues, same_columns

__all__ = [
    "PageTable",
    "open_columns",
    "_starts_item",
    "build_table",
    "continues_on",
    "fill_tables",
    "join_continued",
    "nested_goes_on",
    "same_columns",
]


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
            box, low = upper.source.bbox, cell.source.bbox
            if (
                at in a.cited_below
                and box is not None
                and low is not None
                and upper.source.page == cell.source.page
            ):
                # another lower part of a cell cited at its first lower part, on the same page: the union of both
                upper.source = replace(
                    upper.source,
                    bbox=(min(box[0], low[0]), min(box[1], low[1]), max(box[2], low[2]), max(box[3], low[3])),
                )
            elif cell.text and not upper.text and low is not None:
                # the part above the break prints nothing (a sliver at the page's foot): the cell is cited where
                # its text is printed, atop the next page
                upper.source = replace(upper.source, page=cell.source.page, bbox=low)
                a.cited_below.add(at)
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
    a.ys.extend(y + step for y in b.ys[drop + 1 + (1 if whole else 0) :])
    a.open_bottom = b.open_bottom
    a.cut_below, a.head_only = b.cut_below, b.head_only


def _drop_foot_sliver(a: PageTable, b: PageTable) -> None:
    """Drop ``a``'s last row when it is a sliver the page break left: lower than a line of text, its
    cells empty and each in a column ``b`` opens without a top rule, other columns closed above it
    (cells spanning two head rows, cut a hair below the first: 성과지표 | 단위 beside 2023년 over
    목표 | 실적). Read as a row, it put an empty row between the head's two; the cells cut go on in
    ``b`` all the same. A sliver across every column is a row the break cut as it opened: kept, but for
    an empty one whose open columns ``b`` opens anew, closed above, and the others go on in ``b`` (the head
    row's cells spanning two rows drawn a hair below the first, cut there: 성과지표 | 연간 목표 beside 2024년
    over 1/4 | 2/4 | ..., the quarters atop the next page): dropped, the row above going on in those columns.
    Such an empty row between the two pages is dropped however high the break cut it (the head's second row
    cut with a line's height or more printed above the break, nothing in it, the row drawn again closed atop
    the next page): its cells print nothing, those that go on do so in ``b``."""
    if a.n_rows < 2 or not b.open_top:
        return
    last = a.n_rows - 1
    foot = [k for k, c in enumerate(a.cells) if c.row == last]
    if sum(c.col_span for c in a.cells if c.row <= last < c.row + c.row_span) >= a.n_cols:
        if _sliver_between(a, b, foot):
            _drop_last_row(a, foot)
            a.open_bottom = b.open_top
        return  # a sliver across the table: a row that opens here and goes on on the next page
    if a.ys[-1] - a.ys[-2] >= SLIVER:
        return
    if (
        not foot
        or any(a.cells[k].text or k in a.inner or a.cell_lines[k] for k in foot)
        or not all(
            j in b.open_top for k in foot for j in range(a.cells[k].col, a.cells[k].col + a.cells[k].col_span)
        )
    ):
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
    """``t`` without its cells ``drop`` (indexes), their nested tables and lines with them (the cells kept
    renumbered, in ``inner`` and ``cited_below`` too)."""
    keep = [k for k in range(len(t.cells)) if k not in drop]
    t.inner = {keep.index(k): ts for k, ts in t.inner.items() if k in keep}
    t.cited_below = {keep.index(k) for k in t.cited_below if k in keep}
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
        if cut and all(
            not (c.text and same[k].text) or _letters_cut(same[k].text, c.text)
            for k, c in lower.items()
            if k not in cut
        ):
            return (
                True,
                same,
            )  # the closed cells beside the open ones print on one page only (or a label's letters)
        if (
            not open_cols
            and empty * 2 > len(lower)
            and not _starts_item(lower, same)
            and not _marked_rows_own(a, b, lower)
            and not label_rows_own(a, b, lower)
            and not (_chart_row(upper) and _chart_row(lower))
        ):
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
        if (
            marker is None
            or is_note(marker)
            or not above
            or any(split_marker(ln)[0] == marker for ln in above.split("\n"))
        ):
            return False
    return True


def _chart_row(cells: dict[int, Cell]) -> bool:
    """Whether a row (its cells by column) is a chart's: a label in its first cell, then marks alone (a lone
    glyph a cell, ○ / ● in the months or quarters a task runs, the other cells blank). Such rows are mostly blank
    by nature; one under another across a page break is a row of its own, not the rest of the row above: a row
    the break cut prints its marks on one page only (moraenae-county 121017: the Gantt chart's next task read as
    the rest of the task ending the page, their marks run together)."""
    first = cells.get(min(cells)) if cells else None
    marks = [c.text.strip() for k, c in cells.items() if k != min(cells) and c.text.strip()]
    return (
        first is not None
        and bool(first.text.strip())
        and bool(marks)
        and all(len(m) == 1 and not m.isalnum() for m in marks)
    )


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
    for t in (a, b):
        if any(
            c.col == col and any(split_marker(ln)[0] is not None for ln in c.text.split("\n")[1:])
            for c in t.cells
        ):
            return False
    return prints_alone(a, range(a.n_rows), col, _marked, blank=True) or prints_alone(
        b, range(1, b.n_rows), col, _marked, blank=True
    )


def _marked(text: str) -> bool:
    return split_marker(text)[0] is not None


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
    bottom = max(
        (c.source.bbox[3] for c in last.cells if c.source.page == page and c.source.bbox), default=0.0
    )
    if page != b.page - 1 or any(line.page == page and line.top >= bottom for line in a.cell_lines[at]):
        return None
    return last if nested_continues(last, b, tol) else None


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
        bottom = max(
            (c.source.bbox[3] for c in last.cells if c.source.page == page and c.source.bbox), default=0.0
        )
        after = any(line.page == page and line.top >= bottom for line in a.cell_lines[at])
        before = any(line.page == first.page and line.bottom <= first.top for line in b.cell_lines[k])
        if page == first.page - 1 and not after and not before and nested_continues(last, first):
            join_continued(last, first)
            moved = moved[1:]
    mine.extend(moved)
