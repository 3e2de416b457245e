"""Funding told as stacked tables, a caption line over each: one table for the whole.

The class fixed (session 37, byeori-county and haeoreum-city, from session 36's hand-made cards): the funding
printed as small tables one under another, each under a caption line naming what it holds: a table a period
(``< 2024년 >`` over ``구분 | 계 | 국비 | 도비`` and one row of that year's amounts) or a table a funding row
(``[국비]`` over ``구분 | 2023년 | 2024년 | 계`` and one row of that source's amounts), or a text dump's two lines
a table (a head line over a row line: :func:`_row_lines`, session 42). Read apart, each table
was a head over one row labelled by no source (``사업비``, ``금액``): no funding at all. Such a run is one
table: its captions the row labels (periods down, the sources across; or the sources down, the periods across,
as the funding reader reads either), its heads the columns. Only where every table of the run is one head row
over one row, all heads alike cell by cell and all rows under one label, the captions each one period head or
one source's label (one pair of brackets round it at most), all of one of the two, and the heads all of the
other; the sums are then the funding reader's to prove.

Session 38 (review e of session 37): a section holding two or more such runs (a card funding two sub-projects, each
its own run under its name) has no run that is the card's funding: the first was joined and read as the whole, the
second left unassigned. No run is joined then: each table is left to the funding reader apart (a head over a row of
no source: no funding read, every table said by ``extract.table_unassigned``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_cells import unspaced
from pledgecard.extract.sections.funding_column_heads import classify_column, is_period_head
from pledgecard.normalize.money import funding_source
from pledgecard.normalize.money_cells import cell_figure
from pledgecard.normalize.text import fold

_ENCLOSED = re.compile(
    r"^[<〈《(\[【〔［（「『]\s*(?P<in>[^<>〈〉《》()\[\]【】〔〕［］（）「」『』]+?)\s*[>〉》)\]】〕］）」』]$"
)


def _kind(text: str) -> str | None:
    """The kind of a caption or head: "period" for a period's head (``2024년``, ``기투자``), "source" for a source's label (``국비``), "total" for
    a word either may be (``계``, ``합계``, ``총사업비``: the total column's head or the total row's label), else
    None."""
    text = " ".join(fold(text).split())
    if not text:
        return None
    source = funding_source(unspaced(text))
    if is_period_head(text):
        return "total" if source == "total" or classify_column(text)["kind"] == "total" else "period"
    return None if source is None else "total" if source == "total" else "source"


def _caption(line: Line) -> str | None:
    """A caption line's label: its text in one pair of brackets or bare, naming a period or a source."""
    text = line.full_text.strip()
    m = _ENCLOSED.match(text)
    label = m.group("in") if m else text
    return label if _kind(label) is not None else None


def _one_row(t: Table) -> tuple[list[str], str] | None:
    """A table of one head row over one row: the heads after the corner, the row's label."""
    grid = t.grid()
    if len(grid) != 2 or t.n_cols < 3 or any(c.row_span != 1 or c.col_span != 1 for c in t.cells):
        return None
    return [" ".join(fold(h).split()) for h in grid[0][1:]], " ".join(fold(grid[1][0]).split())


def _joined(run: list[tuple[Line, str, Table]]) -> Table:
    first = run[0][2]
    cells = [c for c in first.cells if c.row == 0]
    for i, (line, label, t) in enumerate(run, 1):
        cells.append(Cell(row=i, col=0, text=label, source=line.source))
        cells += [replace(c, row=i) for c in t.cells if c.row == 1 and c.col > 0]
    return Table(cells=cells, n_rows=1 + len(run), n_cols=first.n_cols, source=first.source)


def _fits(run: list[tuple[Line, str, Table]]) -> bool:
    shapes = [_one_row(t) for _, _, t in run]
    if len(run) < 2 or any(s is None for s in shapes) or len({repr(s) for s in shapes}) != 1:
        return False
    heads, _ = shapes[0]  # type: ignore[misc]
    kinds = {_kind(label) for _, label, _ in run}
    head_kinds = {_kind(h) for h in heads}
    if None in kinds | head_kinds:
        return False
    kinds, head_kinds = kinds - {"total"}, head_kinds - {"total"}  # a total word fits either side
    return len(kinds) == 1 and len(head_kinds) == 1 and kinds != head_kinds


def _cells_a_line(items: Sequence[Item], k: int) -> tuple[Table, int] | None:
    """A one-row table printed a cell a line from ``items[k]`` (a dump's copy of a web page or an export flattening
    every table): a corner line, its head cells (each a period head or a source's label), the row's label (neither)
    and as many figure lines as heads; the table and the index after it, else None."""
    lines: list[Line] = []
    for it in items[k:]:
        if not isinstance(it, Line):
            break
        lines.append(it)
    heads = 1
    while heads < len(lines) and _kind(lines[heads].full_text) is not None:
        heads += 1
    n = heads - 1  # the head cells after the corner
    body = lines[heads + 1 : heads + 1 + n]
    if n < 2 or len(body) != n or any(cell_figure(ln.full_text) is None for ln in body):
        return None
    if not lines or _kind(lines[0].full_text) is not None or cell_figure(lines[heads].full_text) is not None:
        return None  # (the corner and the row's label are words naming no period and no source)
    cells = [
        Cell(row=r, col=c, text=ln.full_text.strip(), source=ln.source)
        for r, part in enumerate((lines[:heads], lines[heads : heads + 1 + n]))
        for c, ln in enumerate(part)
    ]
    return Table(cells=cells, n_rows=2, n_cols=n + 1, source=lines[0].source), k + 2 * heads


def _row_lines(items: Sequence[Item], k: int) -> tuple[Table, int] | None:
    """A one-row table a dump printed a row a line from ``items[k]`` (a text dump of the stacked tables: ``구분 계
    국비 도비 군비`` over ``사업비 3,937 1,172 2,050 715``; crossbred 9040, 9047, 9053): a head line whose words after
    the corner (the words before the first head) are each a period head or a source's label, over a line of exactly
    as many figures (session 42 mend: a head more or fewer than the figures, a blank cell or spaced thousands, is
    left unread) closing it after a label (``사업비``, a total's word too: all the run's rows under one label, as
    in the tables); the table and the index after it, else None."""
    if (
        k + 1 >= len(items)
        or not isinstance(head := items[k], Line)
        or not isinstance(row := items[k + 1], Line)
    ):
        return None
    if head.marker is not None or row.marker is not None:
        return None
    words, figures = head.full_text.split(), row.full_text.split()
    n = 0
    while n < len(figures) and cell_figure(figures[-1 - n]) is not None:
        n += 1
    # the corner is the words before the first head; every word after it a head, as many as the figures (a
    # blank cell prints no figure, spaced thousands print two: either shifts every figure a head, so unread)
    first = next((i for i, w in enumerate(words) if _kind(w) is not None), len(words))
    corner, heads = " ".join(words[:first]), words[first:]
    label = " ".join(figures[: len(figures) - n])
    if n < 2 or not corner or len(heads) != n or any(_kind(h) is None for h in heads):
        return None
    if _kind(corner) is not None or not label or cell_figure(label) is not None:
        return None
    texts = ([corner, *heads], [label, *figures[len(figures) - n :]])
    cells = [
        Cell(row=r, col=c, text=t, source=(head, row)[r].source)
        for r, part in enumerate(texts)
        for c, t in enumerate(part)
    ]
    return Table(cells=cells, n_rows=2, n_cols=n + 1, source=head.source), k + 2


def stacked_joined(items: Sequence[Item]) -> list[Item]:
    """``items`` with every run of two or more caption lines each over a one-row table (see the module; a table
    printed a cell a line too) joined into one table, put where the run's first caption stood; other items as they
    are."""
    out: list[Item] = []
    joined = 0  # the runs joined: two or more are sub-projects' (or the like), none of them the whole
    k = 0
    while k < len(items):
        run: list[tuple[Line, str, Table]] = []
        j = k
        dumped = cut = False  # a table of the run read from a dump's lines; the run ended on a caption unread
        while j + 1 < len(items) and isinstance(items[j], Line):
            line = items[j]
            assert isinstance(line, Line)
            label = _caption(line)
            if label is None:
                break
            if isinstance(table := items[j + 1], Table) and _one_row(table) is not None:
                run.append((line, label, table))
                j += 2
            elif (flat := _cells_a_line(items, j + 1)) is not None:
                run.append((line, label, flat[0]))
                j = flat[1]
            elif (flat := _row_lines(items, j + 1)) is not None:
                run.append((line, label, flat[0]))
                j, dumped = flat[1], True
            else:
                cut = True
                break
        # (a dump's run ending on a caption whose lines read as no table, its row a figure short or more:
        # part of the funding, never joined as the whole; session 42 mend)
        if _fits(run) and not (dumped and cut):
            out.append(_joined(run))
            joined += 1
            k = j
            continue
        out.append(items[k])
        k += 1
    return out if joined < 2 else list(items)
