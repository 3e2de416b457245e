"""Effects printed as a table of rows (구분 | 기대효과): a head row whose first cell is the label column's head
(vocabulary ``[label_column]``) over rows of two cells, a short kind of effect first (a word or two, no figure:
a class of what the effect is for, not in the record) and the effect's words second. The effects are the
second cells' lines; the head and the kinds are no effect.

A text dump prints the head row as a line of the label column's word and one more word, and a body row as a
line of the kind and the effect: the line's first word (a short kind) is left off; a line of one or two words
after such a row is the effect's wrapped end and goes on it. The rows end at a marked line or a line of
another shape (left as read)."""

from __future__ import annotations

import re

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line, cell_lines
from pledgecard.extract.vocabulary import current, key

_KIND_CHARS = 8  # a kind's letters at most (주민생활, 지역경제, 삶의 질)
_DIGIT = re.compile(r"\d")


def _label_head(text: str) -> bool:
    return key(text) in current().words("label_column")


def _kind(text: str) -> bool:
    """A short kind: one or two words, no figure, at most ``_KIND_CHARS`` letters."""
    words = text.split()
    return 0 < len(words) <= 2 and len(key(text)) <= _KIND_CHARS and not _DIGIT.search(text)


def _table_lines(table: Table) -> list[Line] | None:
    grid = table.grid()
    if table.n_cols != 2 or len(grid) < 2 or not _label_head(grid[0][0]) or not grid[0][1].strip():
        return None
    body = [r for r in grid[1:] if any(c.strip() for c in r)]
    if not body or not all(_kind(r[0]) and r[1].strip() and r[0] != r[1] for r in body):
        return None
    cells = sorted((c for c in table.cells if c.col == 1 and c.row >= 1), key=lambda c: c.row)
    return [ln for c in cells for ln in cell_lines(c)]


def _head_line(line: Line) -> bool:
    words = line.text.split()
    return line.marker is None and len(words) == 2 and _label_head(words[0])


def _row_line(line: Line) -> Line | None:
    """The effect of a body row a dump printed as one line (its kind, then the effect), or None."""
    words = line.text.split()
    if line.marker is not None or len(words) < 3 or not _kind(words[0]):
        return None
    return Line(text=" ".join(words[1:]), marker=None, indent=line.indent, source=line.source)


def effect_kind_rows(items: list[Item]) -> list[Item]:
    """``items`` with every effects table of rows (:func:`_table_lines`) as its effects' lines, and in a dump
    the row lines after a head line (``구분 기대효과``) as their effects, the kinds left off."""
    out: list[Item] = []
    in_rows = False
    for it in items:
        if isinstance(it, Table):
            rows = _table_lines(it)
            out.extend(rows if rows is not None else [it])
            in_rows = False
            continue
        if _head_line(it):
            in_rows = True
            continue
        if in_rows and (row := _row_line(it)) is not None:
            out.append(row)
            continue
        if in_rows and out and it.marker is None and len(it.text.split()) <= 2 and isinstance(out[-1], Line):
            last = out[-1]
            out[-1] = Line(
                text=f"{last.text} {it.text.strip()}", marker=None, indent=last.indent, source=last.source
            )
            continue
        in_rows = False
        out.append(it)
    return out
