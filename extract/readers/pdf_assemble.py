"""Pages of a PDF read into lines and tables -> the document's blocks in reading order.

Running headers and footers are dropped, a table continued at the top of the next page is
joined to its first part, wrapped bullet items become one paragraph each, indent levels are
clustered over the document (and inside each framed box), and tables are numbered T1, T2, ...
depth first in reading order for their cells' addresses.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pledgecard.extract.document import Block, Font, Paragraph, Source, Table, cell_address
from pledgecard.extract.readers.pdf_column_join import column_goes_on, join_columns
from pledgecard.extract.readers.pdf_columns import column_order, item_box
from pledgecard.extract.readers.pdf_footnotes import place_footnotes
from pledgecard.extract.readers.pdf_ink import inked
from pledgecard.extract.readers.pdf_lines import Line, indent_levels, join_wrapped, last_letter
from pledgecard.extract.readers.pdf_margins import PageText, running_lines
from pledgecard.extract.readers.pdf_newspaper import split_columns
from pledgecard.extract.readers.pdf_open_join import open_goes_on
from pledgecard.extract.readers.pdf_pane_heads import pane_heading_last
from pledgecard.extract.readers.pdf_table_notes import place_notes
from pledgecard.extract.readers.pdf_tables import PageTable, continues_on, join_continued, nested_goes_on
from pledgecard.extract.textjoin import NearbyText

Item = Line | PageTable


def _page_items(
    text: PageText, page_tables: list[PageTable], drop: set[int]
) -> tuple[list[Item], list[Item], list[Item]]:
    """Lines and top-level tables of one page in reading order (frames are opened into lines), and
    the items that end the page: its last one and, where a column zone ends the page, the last item of
    its left column (a table the page break cut there goes on atop the next page; not one that went on
    atop the right column: the right column's part ends it); and the first items of the right columns
    whose left column opens the page (a right pane's table the page break cut goes on atop it)."""
    items: list[tuple[float, float, Item]] = []
    for line in text.lines:
        if id(line) not in drop:
            items.append((line.row_top, line.x0, line))
    for t in page_tables:
        if t.nested_in is not None or not t.has_text():
            continue
        if t.is_frame():  # a box around text: its lines are running text, indented within the box
            for line in t.cell_lines[0]:
                line.context = id(t) if len(t.cell_lines[0]) > 1 else 0
                items.append((line.row_top, line.x0, line))
        else:
            items.append((t.top, t.bbox[0], t))
    items.sort(key=lambda it: (it[0], it[1]))
    ordered, columns = _reading_order([it[2] for it in items])
    ordered = join_columns(ordered, columns)  # a table a column break cut goes on atop the next column
    for column in columns:  # a column's indents are its own (its margin is not the page's)
        key = id(column)
        for it in column:
            if isinstance(it, Line) and not it.context:
                it.context = key
    ends = ordered[-1:]
    # (the left column's last, unless it went on atop the right column already: it ends there)
    if (
        len(columns) >= 2
        and columns[-1]
        and ordered
        and columns[-1][-1] is ordered[-1]
        and columns[-2]
        and any(it is columns[-1][0] for it in ordered)
    ):
        ends.append(columns[-2][-1])
    starts = [
        right[0]
        for left, right in zip(columns[::2], columns[1::2], strict=False)
        if left and right and ordered and left[0] is ordered[0] and any(it is right[0] for it in ordered)
    ]
    if len(columns) >= 2:  # (ends and starts are the page's tables: the heading moved below ends none)
        ordered = pane_heading_last(ordered, columns[-2], columns[-1])
    return ordered, ends, starts


def _reading_order(items: list[Item]) -> tuple[list[Item], list[list[Item]]]:
    """A page's items read column by column: the page's newspaper columns (a gutter down the whole
    page), each with its own column zones, or the page's column zones; and the columns found, a
    left and a right column a pair (the page's last)."""
    split = split_columns(items, [item_box(it) for it in items])
    if split is None:
        return column_order(items)
    (left, l_cols), (right, r_cols) = column_order(split[0]), column_order(split[1])
    return left + right, [*l_cols, *r_cols, left, right]


def assemble(
    texts: list[PageText],
    tables: list[list[PageTable]],
    notes: list[str],
    furniture: list[Block] | None = None,
) -> list[Block]:
    """The document's blocks from each page's running text and tables (``notes`` gets remarks,
    ``furniture`` the running headers, footers and page numbers dropped from them, page by page)."""
    drop = running_lines(texts)
    if furniture is not None:
        furniture += [_paragraph(line, 0) for t in texts for line in t.lines if id(line) in drop]
    dropped = sorted({line.full_text for t in texts for line in t.lines if id(line) in drop})
    if dropped:
        notes.append("dropped page headers/footers: " + " | ".join(dropped[:5]))
    words = _page_words(texts, tables)
    seq: list[Item] = []
    ends: list[PageTable] = []  # the tables that end the previous page (its last, a left column's last)
    for text, page_tables in zip(texts, tables, strict=True):
        items, page_ends, starts = _page_items(text, page_tables, drop)
        page_last = items[-1] if items else None
        items = place_footnotes(seq, items)  # the notes at the page's foot after the text calling them
        if items and page_ends and page_ends[0] is page_last and items[-1] is not page_last:
            page_ends[0] = items[
                -1
            ]  # the page's foot notes moved to their calls: its body's last item ends it
        items = _right_panes_joined(items, starts, ends)
        items = _tops_joined(items, ends)
        if items and isinstance(items[0], PageTable) and ends:
            first = items[0]
            last = next(
                (
                    t
                    for t in ends
                    if open_goes_on(t, first) or continues_on(t, first) or column_goes_on(t, first)
                ),
                None,
            )  # (from the right column to the next page's left)
            inner = None if last is not None else nested_goes_on(ends[0], first)
            if last is not None or inner is not None:
                # a table nested in a box goes on, the box not drawn again
                join_continued(last if last is not None else inner, first)
                items = items[1:]
                if last is not None:  # (a left pane's table: its notes under it on this page go with it)
                    items = place_notes(seq, last, items, first)
                if not items:
                    continue  # the page holds only the continued table: it may go on further
        seq.extend(items)
        ends = [it for it in page_ends if isinstance(it, PageTable)]
    merged = _join_lines(seq, words)
    levels = _levels([it for it in merged if isinstance(it, Line)])
    blocks: list[Block] = []
    it_levels = iter(levels)
    counter = iter(range(1, 1_000_000))
    for it in merged:
        if isinstance(it, Line):
            blocks.append(_paragraph(it, next(it_levels)))
        else:
            blocks.append(_table(it, counter, words))
    return blocks


def _right_panes_joined(items: list[Item], starts: list[Item], ends: list[PageTable]) -> list[Item]:
    """``items`` (a page's) without each table atop a right pane that goes on a table ending the page before
    on the same columns (the page's last, its right pane's), joined to it: a two-pane page's right-hand table
    the page break cut (crossbred 9061: the rest row ``3 | ㈜새봄씨엔티 | 유통 | 8`` read as a table of its own).
    The left pane's first item is the page's first, joined by the page-break rules as any page's."""
    gone: set[int] = set()
    for b in starts:
        if not isinstance(b, PageTable) or b is (items[0] if items else None):
            continue
        a = next((t for t in ends if same_pane(t, b) and continues_on(t, b)), None)
        if a is not None:
            join_continued(a, b)
            gone.add(id(b))
    return [it for it in items if id(it) not in gone]


def _tops_joined(items: list[Item], ends: list[PageTable]) -> list[Item]:
    """``items`` (a page's) without each table standing atop the page beside its first table (their tops a
    point or two apart) that goes on a table ending the page before in its own pane, joined to it: two panes'
    tables the page break cut side by side, the page holding too little of them for its columns to be seen
    (bitsaem-city 120010: the left pane's funding table ending in one row beside the right pane's side table,
    whose rows ``1 | ㈜한빛솔루션 | 연구개발 | 13`` .. were read as a table of their own, their first row its head).
    The page's first table is joined by the page-break rules as any page's."""
    if len(items) < 2 or not isinstance(items[0], PageTable):
        return items
    gone: set[int] = set()
    for b in items[1:]:
        if not isinstance(b, PageTable) or abs(b.top - items[0].top) > _TOP_TOL:
            continue
        a = next(
            (t for t in ends if same_pane(t, b) and not same_pane(t, items[0]) and continues_on(t, b)), None
        )
        if a is not None:
            join_continued(a, b)
            gone.add(id(b))
    return [it for it in items if id(it) not in gone]


_TOP_TOL = 3.0  # points: tables side by side atop a page start a rule's width or two apart


def same_pane(a: PageTable, b: PageTable) -> bool:
    """Whether ``a`` and ``b`` stand in one pane across pages: their outer edges alike (a point's slack)."""
    return abs(a.bbox[0] - b.bbox[0]) <= 2.0 and abs(a.bbox[2] - b.bbox[2]) <= 2.0


class _PageWords:
    """The document's words around a page (the pages before and after it), to judge whether a
    line broke inside a word (:func:`pledgecard.extract.textjoin.glue`)."""

    def __init__(self, numbers: list[int], texts: list[str]) -> None:
        self._index = {n: k for k, n in enumerate(numbers)}
        self._near = NearbyText(texts, chunk=2)

    def near(self, page: int) -> str:
        return self._near.near(self._index.get(page, 0))


def _page_words(texts: list[PageText], tables: list[list[PageTable]]) -> _PageWords:
    pages = []
    for text, page_tables in zip(texts, tables, strict=True):
        lines = [line.raw for line in text.lines]
        lines += [line.raw for t in page_tables for cell in t.cell_lines for line in cell]
        pages.append("\n".join(lines))
    return _PageWords([t.number for t in texts], pages)


def _levels(lines: list[Line]) -> list[int]:
    """Indent levels, clustered over the whole document and separately inside each frame."""
    contexts: dict[int, list[int]] = {}
    for k, line in enumerate(lines):
        contexts.setdefault(line.context, []).append(k)
    levels = [0] * len(lines)
    for members in contexts.values():
        found = indent_levels([lines[k].x0 for k in members], [lines[k].marker is not None for k in members])
        for k, level in zip(members, found, strict=True):
            levels[k] = level
    return levels


def _join_lines(seq: list[Item], words: _PageWords) -> list[Item]:
    out: list[Item] = []
    run: list[Line] = []

    def flush() -> None:
        if run:
            out.extend(
                join_wrapped(
                    run,
                    letter=last_letter(x for x in out if isinstance(x, Line)),
                    lexicon=words.near(run[0].page),
                )
            )
        run.clear()

    for it in seq:
        if isinstance(it, Line):
            run.append(it)
            continue
        flush()
        out.append(it)
    flush()
    return out


def _paragraph(line: Line, level: int, cell: str | None = None) -> Paragraph:
    return Paragraph(
        text=line.text,
        marker=line.marker,
        indent=level,
        source=Source(page=line.page, bbox=line.bbox, cell=cell, font=Font(round(line.size, 1), line.bold)),
    )


PADDING = 0.6  # x font size: the most a cell's text keeps off its rules (the cell's margin)


def _padding(t: PageTable) -> float:
    """The cells' padding: the closest any cell's text comes to its left rule, at most
    :data:`PADDING` (a table whose every cell is centred does not show its padding)."""
    sized = [
        (min(line.x0 for line in lines) - cell.source.bbox[0], lines[0].size)
        for cell, lines in zip(t.cells, t.cell_lines, strict=True)
        if lines and cell.source.bbox
    ]
    if not sized:
        return 0.0
    return max(0.0, min(min(gap for gap, _ in sized), PADDING * min(size for _, size in sized)))


def _table(t: PageTable, counter: Iterator[int], words: _PageWords) -> Table:
    """The document table of ``t``; tables are numbered depth first in reading order (T1, T2, ...).
    A cell's wrapped lines are joined into logical lines, its text one logical line a line."""
    number = next(counter)
    pad = _padding(t)
    inner_of = {k: sorted((i for i in tables if i.has_text()), key=_place) for k, tables in t.inner.items()}
    placed: dict[int, list[tuple[float, Paragraph | Table]]] = {}
    logical_of: dict[int, list[Line]] = {}  # each cell's logical lines, in reading order
    for k, (cell, lines) in enumerate(zip(t.cells, t.cell_lines, strict=True)):
        address = cell_address(number, cell.row, cell.col)
        ruled = cell.source.bbox  # the cell as its rules draw it (its text's width)
        cell.source = Source(page=cell.source.page, bbox=inked(ruled, lines), cell=address)
        inner = inner_of.get(k, [])
        if len(lines) > 1 or any(line.marker for line in lines) or (inner and lines):
            logical: list[Line] = []
            width = ruled[2] - ruled[0] - 2 * pad if ruled else None
            for run in _runs(lines, inner):  # lettered items numbered on across a nested table
                logical.extend(
                    join_wrapped(
                        run,
                        cell=True,
                        letter=last_letter(logical),
                        text_width=width,
                        lexicon=words.near(run[0].page),
                    )
                )
            if len(logical) < len(lines):
                cell.text = "\n".join(line.raw for line in logical)
            levels = indent_levels(
                [line.x0 for line in logical], [line.marker is not None for line in logical]
            )
            paras = [_paragraph(line, lv, address) for line, lv in zip(logical, levels, strict=True)]
            placed[k] = [(float(n), p) for n, p in enumerate(paras)]
            logical_of[k] = logical
            if len(lines) > 1 or any(line.marker for line in lines):
                cell.paragraphs = paras
    nested = sorted(
        ((k, inner) for k, tables in inner_of.items() for inner in tables), key=lambda it: _place(it[1])
    )
    for k, inner in nested:
        table = _table(inner, counter, words)
        t.cells[k].nested.append(table)
        placed.setdefault(k, []).append((_slot(logical_of.get(k, []), inner) - 0.5, table))
    for k in inner_of:
        if k in placed:  # the cell's paragraphs and nested tables in reading order
            t.cells[k].blocks = [b for _, b in sorted(placed[k], key=lambda it: it[0])]
    box = inked(t.bbox, [c.source.bbox for c in t.cells if c.source.page == t.page and c.source.bbox])
    return Table(cells=t.cells, n_rows=t.n_rows, n_cols=t.n_cols, source=Source(page=t.page, bbox=box))


def _place(t: PageTable) -> tuple[int, float, float]:
    return (t.page, t.top, t.bbox[0])


def _slot(lines: Sequence[Line], t: PageTable) -> float:
    """Where nested table ``t`` stands among a cell's lines (in reading order): after the last line printed
    over it in its own column (same page, across its width), else before the first printed under it there,
    else after the lines of earlier pages and those of its page printed higher or wholly left of it (a column
    left of the table is read before it, however low it runs). A cell a page's column break cut goes on atop the
    next column: its later lines stand higher on the page than the earlier ones, so height alone misplaces the
    table."""
    spots = [(ln.page, ln.top, ln.x0, ln.x1) for ln in lines]
    x0, top, x1 = t.bbox[0], t.top, t.bbox[2]
    mine = [n for n, (page, y, a, b) in enumerate(spots) if page == t.page and a < x1 and b > x0]
    above = [n for n in mine if spots[n][1] < top]
    if above:
        return float(max(above) + 1)
    below = [n for n in mine if spots[n][1] >= top]
    if below:
        return float(min(below))
    return float(
        sum(1 for page, y, _, b in spots if page < t.page or page == t.page and (y < top or b <= x0))
    )


def _runs(lines: list[Line], inner: list[PageTable]) -> list[list[Line]]:
    """A cell's lines cut where a nested table comes between them (no item wraps across a table)."""
    if not inner:
        return [lines]
    cuts = sorted({int(_slot(lines, i)) for i in inner})
    runs: list[list[Line]] = []
    start = 0
    for cut in [*cuts, len(lines)]:
        runs.append(lines[start:cut])
        start = max(start, cut)
    return [run for run in runs if run]
