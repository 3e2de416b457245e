"""Effects printed as a table of rows (구분 | 기대효과): a head row whose first cell is the label column's head
(vocabulary ``[label_column]``) over rows of two cells, a short kind of effect first (a word or two, no figure:
a class of what the effect is for, not in the record) and the effect's words second. The effects are the
second cells' lines; the head and the kinds are no effect.

A text dump prints the head row as a line of the label column's word and one more word, and a body row as a
line of the kind and the effect: the line's first word(s) are left off only where they are a proven kind (one of
the closed small set of vocabulary ``[effect_row_kinds]``: 주민생활, 삶의 질, ...); a line opening with any other word
is kept whole (a blank kind cell, a kind not of the set: the line as read). A line of one or two words with no
figure right after such a row is the effect's wrapped end and goes on it. The rows end at a marked line or a line
with a figure (a date, a count) that no proven kind opens (left as read). A dump printing the table a cell a line
(pdftotext) prints the two heads, then a kind and its effect on lines in turn: the effects are the lines between
the proven kinds' lines, each a line (:func:`_cells_a_line`)."""

from __future__ import annotations

import re

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line, cell_lines
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.dates import is_date

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


def _proven_kind(words: list[str]) -> int:
    """How many of the first ``words`` are a proven kind (vocabulary ``[effect_row_kinds]``; two words before
    one: 삶의 질, printed with its space), 0 where none is."""
    kinds = {" ".join(w.split()) for w in current().words("effect_row_kinds")}  # 삶의 질 with its space
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]) in kinds:
            return n
    return 0


def _row_line(line: Line) -> Line | None:
    """The effect of a body row a dump printed as one line (its proven kind, then the effect of two words or
    more), or None."""
    words = line.text.split()
    n = _proven_kind(words)
    if line.marker is not None or not n or len(words) - n < 2 or is_date(line.text):
        return None
    return Line(text=" ".join(words[n:]), marker=None, indent=line.indent, source=line.source)


def _cells_a_line(items: list[Item], k: int) -> tuple[int, list[Line]] | None:
    """How many items from ``k`` a dump printed as the table a cell a line (``구분`` / ``기대효과`` / a kind / its
    effect / ...), and the effects' lines: the label column's word alone, the other head, then each row a proven
    kind's line (vocabulary ``[effect_row_kinds]``) and the effect's line(s) up to the next kind's line, each kept
    a line (an effect wrapped onto two lines and a short effect under a blank kind cell print alike: neither is
    joined). None where the first body line is no proven kind, or a kind has no effect line after it."""
    run: list[Line] = []
    for it in items[k:]:
        if not isinstance(it, Line) or it.marker is not None or (len(run) > 2 and is_date(it.text)):
            break
        run.append(it)
    if len(run) < 4 or not _label_head(run[0].text) or len(run[1].text.split()) > 3:
        return None
    kinds = [j for j, ln in enumerate(run) if j >= 2 and _kind(ln.text) and _is_kind(ln.text)]
    ends = [
        *kinds[1:],
        len(run),
    ]  # each kind's effect lines run up to the next kind (the last to the run's end)
    if not kinds or kinds[0] != 2 or any(b - a < 2 for a, b in zip(kinds, ends, strict=True)):
        return None
    return len(run), [ln for j, ln in enumerate(run) if j >= 2 and j not in kinds]


def _is_kind(text: str) -> bool:
    """``text`` wholly a proven kind (삶의 질, 행정)."""
    words = text.split()
    return _proven_kind([*words, ""]) == len(words)


def _rows_after(items: list[Item], k: int) -> tuple[int, list[Line]] | None:
    """How many items from the head line at ``k`` a dump printed as the table's rows a row a line, and their
    effects: every line up to the rows' end (a marked line, a heading, a line with a figure no proven kind opens,
    the items' end) a proven kind's row (:func:`_row_line`) or a short wrapped end right after one; None where
    any line is neither (a blank kind cell, a kind not of the set: the lines as read)."""
    effects: list[Line] = []
    after_row = False
    j = k + 1
    while j < len(items):
        it = items[j]
        if not isinstance(it, Line) or it.marker is not None:
            break
        if (row := _row_line(it)) is not None:
            effects.append(row)
            after_row = True
        elif _DIGIT.search(it.text):
            break  # the rows end at a figure or a date
        elif after_row and len(it.text.split()) <= 2 and not _proven_kind([*it.text.split(), ""]):
            last = effects[-1]  # a row's effect's wrapped end
            effects[-1] = Line(
                text=f"{last.text} {it.text.strip()}", marker=None, indent=last.indent, source=last.source
            )
            after_row = False
        else:
            return None
        j += 1
    return (j - k, effects) if effects else None


def effect_kind_rows(items: list[Item]) -> list[Item]:
    """``items`` with every effects table of rows (:func:`_table_lines`) as its effects' lines, and in a dump
    the row lines after a head line (``구분 기대효과``) as their effects, the kinds left off, only where every row
    line opens with a proven kind (:func:`_rows_after`)."""
    out: list[Item] = []
    skip = 0
    for k, it in enumerate(items):
        if skip:
            skip -= 1
            continue
        if (
            cells := _cells_a_line(items, k)
        ) is not None:  # the table a cell a line: the kinds and heads left off
            n, effects = cells
            out.extend(effects)
            skip = n - 1
            continue
        if isinstance(it, Table):
            rows = _table_lines(it)
            out.extend(rows if rows is not None else [it])
            continue
        if _head_line(it) and (read := _rows_after(items, k)) is not None:
            n, effects = read
            out.extend(effects)
            skip = n - 1
            continue
        out.append(it)
    return out
