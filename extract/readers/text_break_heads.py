"""A table of a layout text dump whose header row a page break cut from its body: the body read by
its own columns on its page, the header's cells before the break set over them (in order, as many
as the columns, or one short over two label columns, or a first row cut from its sub-heads), the
header lines after the break joined to the column they lie under."""

from __future__ import annotations

import re
from collections.abc import Set

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.labels import find_labels, is_title
from pledgecard.extract.readers.text_aligned_blocks import (
    HEADER_LINES,
    find_block,
    group_label,
    header_part,
    spanning_above,
)
from pledgecard.extract.readers.text_break_tables import without_running_heads
from pledgecard.extract.readers.text_cells import RCell, join_wrapped
from pledgecard.extract.readers.text_columns import build_table, cluster
from pledgecard.extract.readers.text_heads import over_years, under_spanning
from pledgecard.extract.readers.text_line_kinds import cells_row, ends_page, lone_cell
from pledgecard.extract.readers.text_lines import Seg, TLine, is_figure
from pledgecard.extract.vocabulary import current


def header_over_break(
    lines: list[TLine], k: int, repeated: Set[str], lexicon: str
) -> tuple[Table, int] | None:
    """A table whose header row a page break cut (``주요사업  목표치  추진내용`` under ``추진상황``
    ending a page, ``(완료/추진중/미착`` / ``수)`` opening the next, the rows below them).
    ``pdftotext -layout`` measures each page on its own, so the two parts do not line up: the
    body is read by its own columns on its page; the header's cells before the break, told apart
    by their own columns, go to the body's columns in order when they are as many; the header
    lines after the break go to the body column under which they lie, each joined once to its
    cell. Lines opening the new page that are printed on other pages too are read as header
    lines first (a card in two quarters repeats its table), else passed over as a running page
    header. Returns the table and the index after its lines, or None (nothing is guessed)."""
    found = header_part(lines, k)
    if found is None:
        return None
    head, end = found
    nxt = ends_page(lines, end)
    got = _body_after(lines, nxt, repeated, lexicon, end) if nxt is not None else None
    while (
        got is None
        and nxt is not None
        and len(lines[nxt].segs) == 1
        and _running_head(lines[nxt].text, repeated)
    ):
        nxt = next((i for i in range(nxt + 1, len(lines)) if not lines[i].blank), None)  # a running header
        got = _body_after(lines, nxt, repeated, lexicon, end) if nxt is not None else None
    if got is None:
        return None
    tail, table, last = got
    top = (
        head[0]
        if len(head) >= 3
        and (
            spanning_above(head[0], head[-1])
            or (
                len(head[0].segs) == 1
                and any(over_years(head[0].segs[0], [head[-1]], w) for w in (True, False))
            )
        )
        else None
    )
    rest = head[1:] if top is not None else head
    found_cells = [(c, w) for w in (True, False) for c in (cluster(rest, w),) if len(c) == table.n_cols]
    stub = not found_cells and not tail  # a head cell over the body's two label columns (below)
    if stub:
        found_cells = [
            (c, w)
            for w in (True, False)
            for c in (cluster(rest, w),)
            if len(c) == table.n_cols - 1 and _stub_over_years(c, table)
        ][:1]
    if not found_cells and top is None and not tail:
        spanned = _head_over_subheads(rest, table, head[0], lexicon)
        return (spanned, last + 1) if spanned is not None else None
    if not found_cells or not (stub or all(any(ch.isalpha() for ch in c.text()) for c in found_cells[0][0])):
        return None  # a header labels every column in words or years (a row of amounts is a last row)
    cells, wide = found_cells[0]
    col_of = [0, *range(2, table.n_cols)] if stub else list(range(table.n_cols))  # each head cell's column
    # loosely centred, as on one page, but with half the leeway: the body's columns are measured on their own page
    under = under_spanning(top, cells, wide, loose=True, share=8) if top is not None else None
    if top is not None and (under is None or tail):
        return None
    parts: list[list[str]] = [[c.text(lexicon)] for c in cells]
    nums: list[list[int]] = [[s.line for s in c.segs] for c in cells]
    for ln, col in tail:
        parts[col].append(ln.segs[0].text)
        nums[col].append(ln.number)
    high = 2 if under is not None else 1  # header rows: the spanning line's, then the cells'
    header = [
        Cell(
            row=high - 1 if under is not None and c in under else 0,
            col=col_of[c],
            text=join_wrapped(parts[c], lexicon),
            row_span=1 if under is not None and c in under else high,
            col_span=2 if stub and c == 0 else 1,
            source=Source(line_start=min(nums[c]), line_end=max(nums[c])),
        )
        for c in range(len(cells))
    ]
    if top is not None and under is not None:
        header.append(
            Cell(
                row=0,
                col=col_of[under[0]],
                text=" ".join(top.text.split()),
                col_span=len(under),
                source=Source(line_start=top.number, line_end=top.number),
            )
        )
    rows = [
        Cell(
            row=c.row + high,
            col=c.col,
            text=c.text,
            row_span=c.row_span,
            col_span=c.col_span,
            source=c.source,
        )
        for c in table.cells
    ]
    joined = Table(
        cells=header + rows,
        n_rows=table.n_rows + high,
        n_cols=table.n_cols,
        source=Source(line_start=head[0].number, line_end=table.source.line_end),
    )
    return joined, last + 1


def _body_after(
    lines: list[TLine], nxt: int, repeated: Set[str], lexicon: str, head_end: int | None = None
) -> tuple[list[tuple[TLine, int]], Table, int] | None:
    """From line ``nxt``, the first of a new page: the header lines opening it (lone cells, a
    blank line below them), each with the column of the table below them it lies under, and that
    table, read by its own columns on this page, with the index of its last line. A group label
    at the left edge opening the page (``[2025년]``, its rows below it) opens the table, as it would
    under the header line ``head_end`` on one page."""
    m = nxt
    while m < len(lines) and not lines[m].blank and lone_cell(lines[m]) and not cells_row(lines[m]):
        m += 1
    tail = lines[nxt:m]
    if tail and m < len(lines) and cells_row(lines[m]) and lines[m].page == lines[nxt].page:
        tail, m = [], nxt  # lone lines right on a row: the top lines of cells centred on it
    if tail and (len(tail) > HEADER_LINES or m >= len(lines)):
        return None
    m = next((i for i in range(m, len(lines)) if not lines[i].blank), len(lines))
    if m >= len(lines) or lines[m].page != lines[nxt].page:
        return None
    start = m
    if (
        not tail
        and head_end is not None
        and not cells_row(lines[m])
        and not lone_cell(lines[m])
        and group_label(lines, head_end, m)
    ):
        m = next((i for i in range(m + 1, len(lines)) if not lines[i].blank), len(lines))
        if m >= len(lines) or lines[m].page != lines[start].page:
            return None
    blk = find_block(lines, m)
    if blk is None or blk[1] < m:
        return None
    table = build_table(without_running_heads(lines, start, blk[1], repeated), lexicon)
    spans = _column_spans(table) if table is not None and table.n_cols >= 3 else None
    cols = (
        [_column_of(ln.segs[0], spans) for ln in tail] if table is not None and spans is not None else [None]
    )
    if table is None or None in cols:
        return None
    return [(ln, c) for ln, c in zip(tail, cols, strict=True) if c is not None], table, blk[1]


def _column_spans(table: Table) -> list[tuple[int, int]] | None:
    """Display-column extent of each column of a table read from a block (its one-column cells)."""
    spans: list[tuple[int, int]] = []
    for c in range(table.n_cols):
        cols = [
            cell.source.columns
            for cell in table.cells
            if cell.col == c and cell.col_span == 1 and cell.source.columns
        ]
        if not cols:
            return None
        spans.append((min(a for a, _ in cols), max(b for _, b in cols)))  # type: ignore[index]
    return spans


def _column_of(seg: Seg, spans: list[tuple[int, int]]) -> int | None:
    """The one column a segment overlaps most (ties: none), the segment no wider than twice that
    column (a running page header across the page is no cell of it)."""
    over = [min(seg.x1, b) - max(seg.x0, a) for a, b in spans]
    best = max(over)
    if best <= 0 or over.count(best) != 1:
        return None
    a, b = spans[over.index(best)]
    return over.index(best) if seg.x1 - seg.x0 <= 2 * (b - a) else None


_AMOUNT = re.compile(r"\d,\d")


def _stub_over_years(cells: list[RCell], table: Table) -> bool:
    """A header one cell short of the body below a page break, its cells after the first all years
    over the body's columns of figures, the body's first two columns words only (an indicator and
    its 목표 / 실적 row names): the first cell (``구분``) heads both label columns."""
    year = current().year_re
    if len(cells) < 3 or not all(year.fullmatch(" ".join(c.text().split())) for c in cells[1:]):
        return False
    by_col: dict[int, list[str]] = {}
    for cell in table.cells:
        if cell.col_span == 1:
            by_col.setdefault(cell.col, []).append(cell.text)
    return all(not is_figure(t) for c in (0, 1) for t in by_col.get(c, [])) and all(
        any(is_figure(t) for t in by_col.get(c, [])) for c in range(2, table.n_cols)
    )


def _head_over_subheads(head: list[TLine], table: Table, first: TLine, lexicon: str) -> Table | None:
    """The header's first row cut from its second by a page break (``구분  계  연도별 투자계획`` ending a
    page; the years under the spanning head opening the next, over the body): the second row, read
    with the body, leaves empty exactly the columns before the spanning head's, one for each of the
    first row's other cells. Those cells head their columns over both rows, the last spans the
    columns the second row labels. ``None`` for any other shape."""
    for wide in (True, False):
        cells = cluster(head, wide)
        h, n = len(cells), table.n_cols
        if not 2 <= h < n or not all(any(ch.isalpha() for ch in c.text()) for c in cells):
            continue
        sub = [c for c in table.cells if c.row == 0]
        if (
            table.n_rows < 2
            or sorted(c.col for c in sub) != list(range(h - 1, n))
            or any(
                c.row_span != 1 or c.col_span != 1 or not c.text.strip() or _AMOUNT.search(c.text)
                for c in sub
            )
        ):
            return None
        src = Source(line_start=first.number, line_end=first.number)
        header = [
            Cell(row=0, col=k, text=cells[k].text(lexicon), row_span=2, source=src) for k in range(h - 1)
        ]
        header.append(Cell(row=0, col=h - 1, text=cells[-1].text(lexicon), col_span=n - h + 1, source=src))
        rows = [
            Cell(
                row=c.row + 1,
                col=c.col,
                text=c.text,
                row_span=c.row_span,
                col_span=c.col_span,
                source=c.source,
            )
            for c in table.cells
        ]
        return Table(
            cells=header + rows,
            n_rows=table.n_rows + 1,
            n_cols=n,
            source=Source(line_start=first.number, line_end=table.source.line_end),
        )
    return None


def _running_head(text: str, repeated: Set[str]) -> bool:
    """A running page line: printed on several pages, or a card title naming the card by a header
    label (``하늘시장 공약사업 추진상황 관리카드 | 관리번호 1-35``) atop a page."""
    return " ".join(text.split()) in repeated or (is_title(text) and bool(find_labels(text)))
