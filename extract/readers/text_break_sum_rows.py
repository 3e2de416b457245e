"""Rows of figures a page break carried to a page of their own, placed by the new page's full rows and proven by
the table's sums (layout dumps of funding tables printing a 당초 and a 변경 row a source, the source's label
centred between them: nalgae-city 61011, the 도비 and 시비 rows after the break).

``pdftotext -layout`` measures each page on its own, so the rows after the break do not line up with the table
above it; and where a 당초 row prints some cells empty (no amount that year) its figures alone do not say their
columns: the block cannot be aligned with certainty and was left as text, the sources after the break lost. Here
the rows of the new page whose figures fill every figure column of the table set that page's columns; a row
with fewer figures puts each in the one column it stands on (or clearly nearest, in order, no two in one), its
other cells empty; the source's label is the lone line of words among its rows (a blank line parts two
sources). The rows are kept only where the table's sums then hold in every group of rows
(:func:`text_sums.sums_prove`: 계 the sum of the sources, in the 당초 rows and in the 변경 rows): a figure in the
wrong column breaks two sums at once, so nothing stands by a guess."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.readers.text_break_tables import append_rows
from pledgecard.extract.readers.text_line_kinds import FIGURE
from pledgecard.extract.readers.text_lines import Seg, TLine
from pledgecard.extract.readers.text_sums import sums_prove
from pledgecard.normalize.text import DASHES

MARGIN = 2  # characters: a figure's column is nearer than any other by this much at least


def _figure(seg: Seg) -> bool:
    text = seg.text.strip()
    return bool(FIGURE.match(text)) or text in DASHES


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two extents (0 where they overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _groups(own: list[TLine]) -> list[list[TLine]] | None:
    """The non-blank lines of ``own`` in runs a blank line parts (a source's rows and its label)."""
    groups: list[list[TLine]] = []
    run: list[TLine] = []
    for ln in own:
        if ln.blank:
            if run:
                groups.append(run)
            run = []
        else:
            run.append(ln)
    if run:
        groups.append(run)
    return groups or None


def _placed(figs: list[Seg], columns: list[tuple[int, int]]) -> list[int] | None:
    """The column of each figure of a row (in order, no two in one), each clearly nearest its own; None if any
    is not."""
    out: list[int] = []
    for s in figs:
        span = s.span(False)
        gaps = sorted((_gap(span, col), c) for c, col in enumerate(columns))
        if len(gaps) > 1 and gaps[1][0] - gaps[0][0] < MARGIN:
            return None
        c = gaps[0][1]
        if out and c <= out[-1]:
            return None
        out.append(c)
    return out


def rows_by_sums(prev: Table, own: list[TLine]) -> Table | None:
    """``prev`` with the rows of ``own`` (the lines a page break carried to a page of their own) below its rows,
    placed as above (module doc); None unless every line is a row (words, then figures) or a group's label, the
    rows give ``prev``'s column count, and the sums of the whole table prove the figure columns."""
    grid = prev.grid()
    groups = _groups(own)
    if groups is None or len(grid) < 2:
        return None
    rows: list[tuple[int, list[str], list[Seg]]] = []  # (group, word cells, figure segments)
    labels_of: list[str] = []  # each group's label
    for group in groups:
        labels = [ln for ln in group if len(ln.segs) == 1 and not _figure(ln.segs[0])]
        figured = [ln for ln in group if any(_figure(s) for s in ln.segs)]
        if len(labels) != 1 or len(labels) + len(figured) != len(group):
            return None
        labels_of.append(labels[0].text.strip())
        for ln in figured:
            lead = next(i for i, s in enumerate(ln.segs) if _figure(s))
            if not all(_figure(s) for s in ln.segs[lead:]):
                return None
            rows.append((len(labels_of) - 1, [s.text.strip() for s in ln.segs[:lead]], ln.segs[lead:]))
    words = {len(w) for _, w, _ in rows}
    if len(words) != 1:
        return None
    first = 1 + words.pop()  # the first figure column: the label's, then the row's words
    n_figs = prev.n_cols - first
    full = [f for _, _, f in rows if len(f) == n_figs]
    last = grid[-1]
    if (
        n_figs < 2
        or not full
        or any(FIGURE.match(t.strip()) for t in last[:first])
        or not all(FIGURE.match(t.strip()) or t.strip() in DASHES or not t.strip() for t in last[first:])
    ):
        return None  # the table's own rows: words, then figures, as the carried rows
    columns = [
        (min(f[c].span(False)[0] for f in full), max(f[c].span(False)[1] for f in full))
        for c in range(n_figs)
    ]
    table = Table(
        cells=[],
        n_rows=0,
        n_cols=prev.n_cols,
        source=Source(line_start=own[0].number, line_end=own[-1].number),
    )
    for k, (group, cells, figs) in enumerate(rows):
        at = list(range(n_figs)) if len(figs) == n_figs else _placed(figs, columns)
        if at is None:
            return None
        nums = [s.line for s in figs]
        src = Source(line_start=min(nums), line_end=max(nums))
        texts = [*cells, *([""] * n_figs)]
        for c, s in zip(at, figs, strict=True):
            texts[first - 1 + c] = s.text.strip()
        if k == 0 or rows[k - 1][0] != group:  # the group's label, spanning its rows
            table.cells.append(
                Cell(
                    row=k,
                    col=0,
                    text=labels_of[group],
                    source=src,
                    row_span=sum(1 for g, _, _ in rows if g == group),
                )
            )
        table.cells.extend(Cell(row=k, col=c, text=t, source=src) for c, t in enumerate(texts, start=1))
        table.n_rows += 1
    again = Table(cells=list(prev.cells), n_rows=prev.n_rows, n_cols=prev.n_cols, source=prev.source)
    append_rows(again, table)
    return again if sums_prove(again.grid(), list(range(first, prev.n_cols))) else None
