"""A table of a layout text dump going on over a page break: whether a block opening a page
continues the table that ended the page before (the running page lines and group labels atop the
page aside), whether that table's last row is the head of a new table stacked under it, and the
rows of the block appended to it, the header rows the break repeated dropped."""

from __future__ import annotations

from collections.abc import Set

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.labels import is_title
from pledgecard.extract.readers.text_cut_rows import plain_rest
from pledgecard.extract.readers.text_layout_items import Out, TextLine
from pledgecard.extract.readers.text_line_kinds import FIGURE, LABEL_MAX, plain_cell
from pledgecard.extract.readers.text_lines import TLine, to_tline

HEAD_ROWS = 3  # rows a table's header takes at most (a spanning head, its sub-heads, a unit row)


def continues(
    prev: Table, table: Table, lines: list[TLine], a: int, repeated: Set[str] = frozenset()
) -> bool:
    """A block right after a page break (repeated page lines atop the new page aside), with the
    column count of the table before the break and no header row (its first column holds the
    same kind of labels), continues that table; not when the last row of that table is the head
    of a new table stacked under it (:func:`ends_with_head`)."""
    return (
        prev.n_cols == table.n_cols
        and not ends_with_head(prev)
        and opens_page_after(prev, lines, a, repeated)
    )


def opens_page_after(prev: Table, lines: list[TLine], a: int, repeated: Set[str] = frozenset()) -> bool:
    """Whether line ``a`` opens a page (repeated page lines atop it aside) right after the table
    ``prev`` ended the page before."""
    before = [
        ln
        for ln in lines[:a]
        if not ln.blank
        and not (
            ln.page == lines[a].page
            and len(ln.segs) == 1
            and (" ".join(ln.text.split()) in repeated or _label_atop(ln.text, ln.segs[0].x0, lines[a]))
        )
    ]
    if not before or before[-1].page == lines[a].page:
        return False
    last_line = prev.source.line_end or 0
    return all(ln.number <= last_line for ln in before)


def starts_page(lines: list[TLine], a: int, prev: Table) -> bool:
    """Whether line ``a`` opens its page right after the table ``prev`` ended the page before."""
    before = [ln for ln in lines[:a] if not ln.blank]
    return (
        bool(before) and before[-1].page != lines[a].page and before[-1].number <= (prev.source.line_end or 0)
    )


def ends_with_head(prev: Table) -> bool:
    """Whether the last row of ``prev`` opens a new table stacked under it: its own label cell
    repeats the label column's head (the first row's first cell, ``구분``) below rows of figures,
    and none of its cells holds a figure. The rows after a page break then belong to that new
    table, with its own columns, never to the table above."""
    grid = prev.grid()
    label = prev.cell_at(len(grid) - 1, 0)
    if len(grid) < 3 or label is None or label.row != len(grid) - 1:
        return False
    head, last = " ".join(grid[0][0].split()), grid[-1]
    figures = [any(FIGURE.match(t.strip()) for t in row if t.strip()) for row in grid]
    return bool(head) and " ".join(last[0].split()) == head and any(figures[1:-1]) and not figures[-1]


def head_to_text(out: list[Out], prev: Table, base: int) -> None:
    """The last row of ``prev``, the head of a new stacked table whose body the page break carried
    to the next page (:func:`ends_with_head`), taken out of ``prev`` and read as a text line after
    it: ``pdftotext -layout`` measures each page on its own, so its cells stand in the columns of
    the table above, not in those of the new table's body (nothing is placed by guess)."""
    row = prev.n_rows - 1
    cells = sorted((c for c in prev.cells if c.row == row), key=lambda c: c.col)
    prev.cells = [c for c in prev.cells if c.row < row]
    for c in prev.cells:
        c.row_span = min(c.row_span, row - c.row)
    prev.n_rows = row
    starts = [c.source.line_start for c in cells if c.source.line_start is not None]
    ends = [c.source.line_end for c in cells if c.source.line_end is not None]
    x0 = min((c.source.columns[0] for c in cells if c.source.columns), default=base)
    first, last = min(starts, default=0), max(ends, default=0)
    prev.source = Source(
        line_start=prev.source.line_start,
        line_end=max((c.source.line_end or 0 for c in prev.cells), default=prev.source.line_end),
    )
    at = next(i for i in range(len(out) - 1, -1, -1) if out[i] is prev)
    out.insert(
        at + 1,
        TextLine(
            " ".join(" ".join(c.text.split()) for c in cells if c.text.strip()),
            max(0, x0 - base),
            first,
            last,
        ),
    )


def repeated_head(prev: list[list[str]], grid: list[list[str]]) -> int:
    """How many rows atop ``grid`` repeat the header of ``prev`` after a page break: the rows up to
    the last of a run with the texts of header rows of ``prev`` (of its first ``HEAD_ROWS`` rows,
    above its first row holding a figure), none of them holding a figure. A spanning head printed
    over its sub-heads may be read as a row of its own on one page and over its columns on the
    other (``pdftotext -layout`` centres it on each page on its own): the sub-heads' row repeats
    all the same."""

    def figured(row: list[str]) -> bool:
        return any(FIGURE.match(t.strip()) for t in row if t.strip())

    top = prev[:HEAD_ROWS]
    head = [
        row for row in top[: next((k for k, row in enumerate(top) if figured(row)), len(top))] if any(row)
    ]
    skip = 0
    for k, row in enumerate(grid[:HEAD_ROWS]):
        if figured(row) or (skip and row not in head):
            break
        if row in head:
            skip = k + 1
    return skip if skip < len(grid) else 0


def append_rows(prev: Table, table: Table, cut: bool = False) -> None:
    """The rows of ``table`` below those of ``prev``; the header rows the page break repeated
    (:func:`repeated_head`) are dropped. With ``cut`` (a layout placing every cell, empty ones too: an HTML
    converter's padded table), a first row holding one cell, no marker opening it, that the last row above holds
    too with no cell after it, is that cell's rest the break cut (text_cut_rows.py): joined to it."""
    grid = table.grid()
    skip = repeated_head(prev.grid(), grid)
    rest = _cut_rest(prev, table, skip) if cut else None
    if rest is not None:
        rest[0].text = f"{rest[0].text} {rest[1].text}"
        skip += 1
    for c in table.cells:
        if c.row < skip:
            continue
        prev.cells.append(
            Cell(
                row=c.row - skip + prev.n_rows,
                col=c.col,
                text=c.text,
                row_span=c.row_span,
                col_span=c.col_span,
                source=c.source,
            )
        )
    prev.n_rows += table.n_rows - skip
    prev.source = Source(line_start=prev.source.line_start, line_end=table.source.line_end)


def _cut_rest(prev: Table, table: Table, skip: int) -> tuple[Cell, Cell] | None:
    """The cell of ``prev``'s last row and the one cell of ``table``'s first row after ``skip`` going on from it
    (:func:`append_rows`), or None."""
    first = [c for c in table.cells if c.row == skip and c.text.strip()]
    last = [c for c in prev.cells if c.row + c.row_span == prev.n_rows and c.row_span == 1 and c.text.strip()]
    if len(first) != 1 or not last or table.n_rows <= skip:
        return None
    lower, upper = first[0], max(last, key=lambda c: c.col)
    if (lower.col, lower.col_span) != (upper.col, upper.col_span):
        return None
    return (upper, lower) if plain_rest(to_tline(0, 0, lower.text)) else None


def table_before(out: list[Out], repeated: Set[str], first: TLine) -> Table | None:
    """The last item read, if a table, passing over repeated page lines and group labels read
    after it."""
    i = len(out) - 1
    while (
        i >= 0
        and isinstance(out[i], TextLine)
        and (" ".join(out[i].text.split()) in repeated or _label_atop(out[i].text, out[i].indent, first))
    ):  # type: ignore[union-attr]
        i -= 1
    return out[i] if i >= 0 and isinstance(out[i], Table) else None  # type: ignore[return-value]


def group_rows_atop(out: list[Out], prev: Table, repeated: Set[str], first: TLine) -> None:
    """Group labels read as text between ``prev`` and its continuation become rows of ``prev``."""
    at = next(i for i in range(len(out) - 1, -1, -1) if out[i] is prev)
    for it in list(out[at + 1 :]):
        if (
            isinstance(it, TextLine)
            and " ".join(it.text.split()) not in repeated
            and _label_atop(it.text, it.indent, first)
        ):
            prev.cells.append(
                Cell(
                    row=prev.n_rows,
                    col=0,
                    text=" ".join(it.text.split()),
                    source=Source(line_start=it.line_start, line_end=it.line_end),
                )
            )
            prev.n_rows += 1
            out.remove(it)


def _label_atop(text: str, indent: int, first: TLine) -> bool:
    """A short lone line starting at or left of a block's first cell (``<2024>`` atop a page)."""
    segs = to_tline(0, 0, text).segs
    return (
        len(segs) == 1
        and plain_cell(segs[0])
        and segs[0].x1 - segs[0].x0 <= LABEL_MAX
        and bool(first.segs)
        and indent <= first.segs[0].x0
        and not is_title(text)
    )


def repeated_lines(lines: list[TLine]) -> set[str]:
    """Texts of one-segment lines printed on two pages or more (a running header the furniture
    kept because it names the card, ``… | 관리번호 1-6-12``)."""
    pages: dict[str, set[int]] = {}
    for ln in lines:
        if len(ln.segs) == 1:
            pages.setdefault(" ".join(ln.text.split()), set()).add(ln.page)
    return {t for t, on in pages.items() if len(on) >= 2}


def without_running_heads(lines: list[TLine], a: int, b: int, repeated: Set[str]) -> list[TLine]:
    """Lines ``a..b`` of a block without the running header opening a later page inside it (a lone
    line printed on several pages, first on its page): a table cut by a page break reads on."""
    out = []
    for i in range(a, b + 1):
        ln = lines[i]
        first = next((p for p in range(i - 1, a - 1, -1) if not lines[p].blank), None)
        if (
            i > a
            and len(ln.segs) == 1
            and first is not None
            and lines[first].page != ln.page
            and " ".join(ln.text.split()) in repeated
        ):
            continue
        out.append(ln)
    return out
