"""Effects printed as a table of rows (구분 | 기대효과): a head row whose first cell is the label column's head
(vocabulary ``[label_column]``) over rows of two cells, a short kind of effect first (a word or two, no figure:
a class of what the effect is for, not in the record) and the effect's words second. The effects are the
second cells' lines; the head and the kinds are no effect.

A text dump prints the head row as a line of the label column's word and one more word, and a body row as a
line of the kind and the effect: the line's first word (a short kind) is left off; a line of one or two words
after such a row is the effect's wrapped end and goes on it. The rows end at a marked line or a line of
another shape (left as read). A dump printing the table a cell a line (pdftotext) prints the two heads, then a kind
and its effect on lines in turn: the effects are every other line, only where every kind line is short and no
effect line is (:func:`_cells_a_line`)."""

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


def _cells_a_line(items: list[Item], k: int) -> int:
    """How many items from ``k`` a dump printed as the table a cell a line (``구분`` / ``기대효과`` / a kind / its
    effect / ...): the label column's word alone, the other head, then kind and effect lines in turn, every
    kind short; 0 when the lines from ``k`` are not so (an effect wrapped onto two lines breaks the turns)."""
    run: list[Line] = []
    for it in items[k:]:
        if not isinstance(it, Line) or it.marker is not None:
            break
        run.append(it)
    if len(run) < 4 or not _label_head(run[0].text) or len(run[1].text.split()) > 3:
        return 0
    body = run[2:] if len(run) % 2 == 0 else run[2:-1]
    pairs = list(zip(body[::2], body[1::2], strict=True))
    if not pairs or not all(_kind(a.text) and not _kind(b.text) for a, b in pairs):
        return 0
    return 2 + 2 * len(pairs)


def effect_kind_rows(items: list[Item]) -> list[Item]:
    """``items`` with every effects table of rows (:func:`_table_lines`) as its effects' lines, and in a dump
    the row lines after a head line (``구분 기대효과``) as their effects, the kinds left off."""
    out: list[Item] = []
    in_rows = False
    skip = 0
    for k, it in enumerate(items):
        if skip:
            skip -= 1
            continue
        if n := _cells_a_line(
            items, k
        ):  # the table a cell a line: the effects, every other line from the third
            out.extend(items[k + 3 : k + n : 2])
            skip, in_rows = n - 1, False
            continue
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
