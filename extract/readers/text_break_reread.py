"""A table of a layout text dump read again from the lines on both sides of a page break, where the
block after the break cannot be read on its own: a row cut inside (lone cell lines opening the
page), rows of fewer cells (those of a column spanning down left empty), rows the dump aligned by
their own columns. Each reading is kept only if it leaves the table's columns and earlier rows as
they were."""

from __future__ import annotations

import re
from collections.abc import Set

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.readers.text_aligned_blocks import find_block
from pledgecard.extract.readers.text_break_sum_rows import rows_by_sums
from pledgecard.extract.readers.text_break_tables import (
    append_rows,
    continues,
    ends_with_head,
    opens_page_after,
    table_before,
    without_running_heads,
)
from pledgecard.extract.readers.text_columns import build_table
from pledgecard.extract.readers.text_heading_opens import heading_opens_page, line_below
from pledgecard.extract.readers.text_layout_items import Out
from pledgecard.extract.readers.text_line_kinds import FIGURE, cells_row, lies_under, lone_cell
from pledgecard.extract.readers.text_lines import TLine
from pledgecard.extract.readers.text_row_tops import atop_row
from pledgecard.extract.readers.text_sums import sums_prove
from pledgecard.normalize.text import DASHES


def carry_over(
    lines: list[TLine],
    k: int,
    out: list[Out],
    blocks: dict[int, list[TLine]],
    repeated: Set[str],
    lexicon: str,
) -> int | None:
    """A table cut by a page break inside a row: lone cell lines opening the page (a blank line
    after them) end the last row of the table that ended the page before, and the rows below
    them continue it, even with fewer cells than it has columns. The table is read again from
    the lines of both pages; kept only if that places every cell in the columns it had and
    leaves its earlier rows as they were. Returns the index after the lines read, or None."""
    prev = table_before(out, repeated, lines[k])
    if (
        prev is None
        or id(prev) not in blocks
        or cells_row(lines[k])
        or not lone_cell(lines[k])
        or " ".join(lines[k].text.split()) in repeated
    ):  # a running header is no cell
        return None
    if heading_opens_page(lines[k], line_below(lines, k), blocks[id(prev)], prev.n_cols):
        return None  # a section's heading opening the page, no row of the table under it: no cut row's rest
    j = k
    while j < len(lines) and lines[j].page == lines[k].page and not lines[j].blank and lone_cell(lines[j]):
        j += 1
        # a wrapped cell's next line one blank line below (a double-spaced dump), over the same cell
        if (
            j + 1 < len(lines)
            and lines[j].blank
            and lines[j + 1].page == lines[k].page
            and lone_cell(lines[j + 1])
            and lies_under(lines[j + 1], lines[j - 1])
            and not atop_row(lines, j + 1)
        ):
            j += 1
    m = next((i for i in range(j, min(j + 3, len(lines))) if not lines[i].blank), None)
    # (a row's top line opening the rows below only under a cut row of figures: a table's body, not its head)
    figures = any(FIGURE.match(t.strip()) for t in prev.grid()[-1] if t.strip())
    if (
        m is not None
        and lines[m].page == lines[k].page
        and m > j
        and (cells_row(lines[m]) or (figures and atop_row(lines, m)))
    ):
        blk = find_block(lines, m)
        if blk is None or not k <= blk[0] <= m:  # the block may take the cut row's cell lines
            return None
        end = blk[1]
    elif m is None or (
        m > j and lines[m].page == lines[k].page and not cells_row(lines[m]) and not lone_cell(lines[m])
    ):
        end = j - 1  # the cut row's cell lines alone, then text
    else:
        return None
    if not continues(prev, prev, lines, k, repeated):
        return None
    # the cut row's cell lines read as one cell: the blank lines a double-spaced dump left between them dropped
    both = blocks[id(prev)] + [ln for ln in lines[k:j] if not ln.blank] + lines[j : end + 1]
    table = build_table(both, lexicon)
    keep = prev.n_rows - 1
    if table is None and (own := _cut_rest_on_its_own(prev, blocks, lines[k:j], lines[j : end + 1], lexicon)):
        table, both = own
    if table is None or table.n_cols != prev.n_cols or table.grid()[:keep] != prev.grid()[:keep]:
        return None
    if keep < table.n_rows and words_on_a_figure(prev.grid()[keep], table.grid()[keep]):
        return None  # a line opening the page (a heading) is no part of a row of figures
    cut, now = prev.grid()[keep], table.grid()[keep]
    if any(t and not " ".join(now[c].split()).startswith(" ".join(t.split())) for c, t in enumerate(cut)):
        return None  # the cut row's cells stay in their columns, only going on (or filled) below the break
    at = next(i for i in range(len(out) - 1, -1, -1) if out[i] is prev)
    out[at] = table
    del blocks[id(prev)]
    blocks[id(table)] = both
    return end + 1


_SYLLABLE = re.compile("[\uac00-\ud7a3]")  # a Hangul syllable


def words_on_a_figure(before: list[str], after: list[str]) -> bool:
    """Whether reading on glued words onto a cell that held a figure (``1,220`` -> ``1,220 추진
    실적``): a figure cell a page break cut goes on with digits, never with words."""
    return any(
        FIGURE.match(old.strip()) and new != old and _SYLLABLE.search(new[len(old) :])
        for old, new in zip(before, after, strict=False)
        if old.strip()
    )


def read_with(
    prev: Table | None,
    table: Table,
    blocks: dict[int, list[TLine]],
    own: list[TLine],
    lines: list[TLine],
    a: int,
    repeated: Set[str],
    lexicon: str,
) -> tuple[Table, list[TLine]] | None:
    """A block right after a page break with fewer columns than the table that ended the page
    before (cells of rows spanning down left empty): the table read again from the lines of both
    pages, a blank line between them. Kept only if that keeps the table's columns and every row it
    had, and places the new rows below them."""
    if (
        prev is None
        or id(prev) not in blocks
        or table.n_cols >= prev.n_cols
        or not continues(prev, prev, lines, a, repeated)
    ):
        return None
    both = [*blocks[id(prev)], TLine(own[0].number, own[0].page, ""), *own]
    again = build_table(both, lexicon)
    if (
        again is not None
        and again.n_cols == prev.n_cols
        and again.n_rows == prev.n_rows + table.n_rows
        and again.grid()[: prev.n_rows] == prev.grid()
    ):
        return again, both
    # or the rest of the row the page break cut: one row of as many cells as that row left empty,
    # filling them in order (the converter measures each page on its own, so the columns of the
    # new page need not line up with those of the page before)
    last = prev.grid()[-1]
    empty = [c for c, text in enumerate(last) if not text]
    if table.n_rows != 1 or len(empty) != table.n_cols:
        return None
    again = Table(
        cells=list(prev.cells),
        n_rows=prev.n_rows,
        n_cols=prev.n_cols,
        source=Source(line_start=prev.source.line_start, line_end=table.source.line_end),
    )
    for cell in sorted(table.cells, key=lambda c: c.col):
        if cell.col_span != 1 or cell.row_span != 1:
            return None
        again.cells.append(Cell(row=prev.n_rows - 1, col=empty[cell.col], text=cell.text, source=cell.source))
    return again, [*blocks[id(prev)], *own]


def rows_after_break(
    prev: Table | None,
    blocks: dict[int, list[TLine]],
    own: list[TLine],
    lines: list[TLine],
    a: int,
    repeated: Set[str],
    lexicon: str,
) -> tuple[Table, list[TLine]] | None:
    """A block opening a page right after a table that ended the page before, which cannot be
    aligned on its own (rows of fewer cells, those of a column spanning down left empty): the
    table read again from the lines of both pages, a blank line between them. Kept only if that
    keeps the table's columns and every row it had, and adds rows below them."""
    if (
        prev is None
        or id(prev) not in blocks
        or ends_with_head(prev)
        or not opens_page_after(prev, lines, a, repeated)
    ):
        return None
    both = [*blocks[id(prev)], TLine(own[0].number, own[0].page, ""), *own]
    again = build_table(both, lexicon)
    if (
        again is None
        or again.n_cols != prev.n_cols
        or again.n_rows <= prev.n_rows
        or again.grid()[: prev.n_rows] != prev.grid()
    ):
        theirs = _rows_of_their_own(prev, blocks, own, lexicon)
        if theirs is None and (summed := rows_by_sums(prev, own)) is not None:
            return summed, both  # rows placed by the new page's full rows, proven by the sums
        return theirs
    return again, both


def _rows_of_their_own(
    prev: Table, blocks: dict[int, list[TLine]], own: list[TLine], lexicon: str
) -> tuple[Table, list[TLine]] | None:
    """The rows after the break aligned by their own columns (``pdftotext -layout`` measures each page
    on its own, so they need not line up with the rows above the break): their fullest rows leave
    the first column to labels centred on the rows they span (``도비`` beside its 당초 / 변경 rows),
    which stand left of those rows' cells. Kept only when that gives the table's column count, every
    column holds the kind of cells it held above the break (figures under figures, words under
    words) and the sums of the whole table prove the figures' columns (:func:`text_sums.sums_prove`);
    the rows go below the table's."""
    rows = build_table(own, lexicon, lead=True)
    if rows is None or rows.n_cols != prev.n_cols or not _kinds_agree(prev.grid()[1:], rows.grid()):
        return None
    again = Table(cells=list(prev.cells), n_rows=prev.n_rows, n_cols=prev.n_cols, source=prev.source)
    append_rows(again, rows)
    figures = sorted(
        {
            c
            for row in rows.grid()
            for c, t in enumerate(row)
            if FIGURE.match(t.strip()) and t.strip() not in DASHES
        }
    )
    return (again, [*blocks[id(prev)], *own]) if sums_prove(again.grid(), figures) else None


def _cut_rest_on_its_own(
    prev: Table, blocks: dict[int, list[TLine]], cut: list[TLine], rest: list[TLine], lexicon: str
) -> tuple[Table, list[TLine]] | None:
    """The cut row's cell lines and the rows after them aligned by the new page's own columns, where the lines of
    both pages read together cannot be (``pdftotext -layout`` measures each page on its own: gippeum-county 77008,
    the 국비 row's 비고 ``공모`` / ``선정`` cut by the page break, ``선정`` lying on the new page's 계 column of the
    page before). Kept only when the new page's lines give the table's column count, the cut lines make a first row
    of their own that goes on only cells of words the cut row printed (never a figure, never an empty cell), the
    rows below hold in each column the kind of cells it held above the break, and the sums of the whole table prove
    the figures' columns; the cut lines' cells go onto the cut row, the rows below the table's."""
    pieces = [ln for ln in cut if not ln.blank]
    own = build_table([*pieces, *rest], lexicon)
    if own is None or own.n_cols != prev.n_cols or own.n_rows < 2 or not pieces:
        return None
    numbers = {ln.number for ln in pieces}
    top = [c for c in own.cells if c.row == 0]
    if any(c.source.line_start not in numbers or c.col_span != 1 or c.row_span != 1 for c in top) or any(
        c.row > 0 and c.source.line_start in numbers for c in own.cells
    ):
        return None  # the cut lines are no row of their own
    last = prev.grid()[-1]
    if any(not last[c.col].strip() or FIGURE.match(last[c.col].strip()) for c in top):
        return None  # a cell the cut row printed empty, or a figure, goes on with no words
    below = Table(
        cells=[
            Cell(
                row=c.row - 1,
                col=c.col,
                text=c.text,
                row_span=c.row_span,
                col_span=c.col_span,
                source=c.source,
            )
            for c in own.cells
            if c.row > 0
        ],
        n_rows=own.n_rows - 1,
        n_cols=own.n_cols,
        source=own.source,
    )
    grid = prev.grid()
    body = next((i for i, row in enumerate(grid) if any(FIGURE.match(t.strip()) for t in row)), len(grid))
    if not _kinds_agree(grid[body:], below.grid()):  # (the head rows above the first row of figures left out)
        return None
    cells = [
        Cell(
            row=c.row,
            col=c.col,
            text=f"{c.text} {on.text}",
            row_span=c.row_span,
            col_span=c.col_span,
            source=c.source,
        )
        if c.row == prev.n_rows - 1 and (on := next((t for t in top if t.col == c.col), None))
        else c
        for c in prev.cells
    ]
    again = Table(cells=cells, n_rows=prev.n_rows, n_cols=prev.n_cols, source=prev.source)
    append_rows(again, below)
    figures = sorted(
        {
            c
            for row in below.grid()
            for c, t in enumerate(row)
            if FIGURE.match(t.strip()) and t.strip() not in DASHES
        }
    )
    # (the columns of words, a note such as 비고 differing row by row, do not group the rows summed)
    kept = [0, *(c for c in figures if c)]
    proof = [[row[c] for c in kept] for row in again.grid()]
    return (
        (again, [*blocks[id(prev)], *pieces, *rest]) if sums_prove(proof, list(range(1, len(kept)))) else None
    )


def _kinds_agree(above: list[list[str]], below: list[list[str]]) -> bool:
    """Whether every column holds the same kind of cells above and below a page break: figures only,
    or no figure, wherever a cell is printed (a dash, a cell printed empty, counts as either)."""

    def kinds(grid: list[list[str]], col: int) -> set[bool]:
        return {
            bool(FIGURE.match(t.strip()))
            for row in grid
            for t in row[col : col + 1]
            if t.strip() and t.strip() not in DASHES
        }

    return all(len(kinds(above, c) | kinds(below, c)) == 1 for c in range(len(above[0]) if above else 0))


def row_below_running_head(
    lines: list[TLine], blk: tuple[int, int, int], out: list[Out], repeated: Set[str] | None, lexicon: str
) -> bool:
    """A one-row block opening a page under the running page lines (``… | 관리번호 2-13``),
    right after a table that ended the page before, with as many cells as it has columns: the
    last row the page break cut off that table (read on by :func:`continues`)."""
    if not repeated:
        return False
    prev = table_before(out, repeated, lines[blk[0]])
    if prev is None or not continues(prev, prev, lines, blk[0], repeated):
        return False
    table = build_table(without_running_heads(lines, blk[0], blk[1], repeated), lexicon)
    return table is not None and table.n_cols == prev.n_cols
