"""Table rows a section saw but did not read, because a cell of theirs cannot be read.

A funding table's row is read only when every cell after its label is an amount (readable, or
OCR-confused and kept as null): a row holding a cell that is neither (``6#``, a word where a figure
stood) is left out of the record whole. That is right - no figure is guessed - but it must not be
silent: a reviewer has to tell a row the card does not print from a row the reading lost. This
finds, among the tables a section was given, each printed row that

- names a record row by its label (a funding source: ``국비``, ``(도비)``, ``군비`` ...),
- holds a figure (a cell with a digit), and a cell after its label that is not an amount,
- and whose label no row of the record holds,

and tells where it stands (its label cell's source position) and which cells could not be read.
A table printed the other way round (sources across) is looked at turned, its columns as rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_cells import unspaced


class DroppedRow(NamedTuple):
    label: str  # the row's label as the record would hold it
    source: Source  # where its label cell stands
    unread: tuple[str, ...]  # the cells after the label that are no amount


def _lines_of(cells: list[list[Cell | None]]) -> list[list[Cell | None]]:
    """The rows, then the columns (a table turned: the sources across)."""
    width = max((len(r) for r in cells), default=0)
    return [*cells, *([r[j] if j < len(r) else None for r in cells] for j in range(width))]


Pred = Callable[[str], bool]


def _figure(text: str, is_value: Pred) -> bool:
    return is_value(text) and re.search(r"\d", text) is not None


def _cut(
    texts: list[str],
    label_of: Callable[[list[str]], str | None],
    is_value: Pred,
    is_head: Pred,
    read: set[str],
) -> tuple[str, int, tuple[str, ...]] | None:
    """A printed row's label, the index of the cell naming it and its cells that are no amount - or None
    when the row is read, holds no figure, names no record row or holds no cell that cannot be read.
    The label is named by the cells before the first amount (a figure or a dash); a cell after the label's own that holds
    a digit but is no amount (``6#`` right after ``국비``) is one not read, as is any cell after the
    first amount that is no amount. A row holding a column's head (a period: ``2023``, ``2027 이후``, a
    total ``계``) is the table's head, and one whose unread cells name a record row too (``국비 13억, 도비
    26억``) is a sentence or rows run together (:func:`pledgecard.extract.coverage.rows_run_together`):
    neither is a row left out."""
    if any(t and is_head(t) for t in texts[1:]):
        return None
    first = next((k for k, t in enumerate(texts) if t and is_value(t)), None)  # a figure or a dash
    if not first or not any(
        _figure(t, is_value) for t in texts[first:]
    ):  # no figure, or one where the label stands
        return None
    label = label_of(texts[:first])
    if label is None or unspaced(label) in read:
        return None
    k = max((j for j in range(first) if texts[j] and label_of([texts[j]]) is not None), default=0)
    unread = tuple(t for t in texts[k + 1 : first] if re.search(r"\d", t)) + tuple(
        t for t in texts[first:] if t and not is_value(t)
    )
    if not unread or any(label_of([t]) is not None for t in unread):
        return None
    return label, k, unread


def dropped_rows(
    items: list[Item],
    read_labels: set[str],
    label_of: Callable[[list[str]], str | None],
    is_value: Pred,
    is_head: Pred,
) -> list[DroppedRow]:
    """The printed rows of ``items``' tables that ``label_of`` names by their leading cells (those
    before the first amount), that hold a figure and a cell ``is_value`` does not take,
    and whose label is not among ``read_labels`` (the record's rows' labels)."""
    read = {unspaced(x) for x in read_labels}
    out: list[DroppedRow] = []
    seen: set[tuple[str, str]] = set()
    for table in (it for it in items if isinstance(it, Table)):
        for line in _lines_of(table.cell_grid()):
            texts = [c.text.replace("\n", " ").strip() if c is not None else "" for c in line]
            cut = _cut(texts, label_of, is_value, is_head, read)
            if cut is None:
                continue
            label, k, unread = cut
            at = line[k]
            src = at.source if at is not None else table.source
            if (label, src.describe()) in seen:
                continue
            seen.add((label, src.describe()))
            out.append(DroppedRow(label, src, unread))
    return out


def dropped_lines(
    items: list[Item],
    read_labels: set[str],
    label_of: Callable[[list[str]], str | None],
    is_value: Pred,
    is_head: Pred,
) -> list[DroppedRow]:
    """:func:`dropped_rows` for a text dump's rows, one a line: its words before the first amount
    are the label, the words after it the cells."""
    read = {unspaced(x) for x in read_labels}
    out: list[DroppedRow] = []
    for line in (it for it in items if isinstance(it, Line)):
        cut = _cut(line.full_text.split(), lambda ws: label_of([" ".join(ws)]), is_value, is_head, read)
        if cut is not None:
            label, _, unread = cut
            out.append(DroppedRow(label, line.source, unread))
    return out
