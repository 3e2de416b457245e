"""A pledge list's row (header_option_grid.py) whose status label a layout dump printed apart, on a line of its
own above the table (``pdftotext -layout`` centres the label spanning the options over its rows, a blank line
under it): the table's first rows hold the other labels with the options among them, and under them the values
with the ticked / unticked words under the options. Read back into the grid the card prints (the label over the
options, the other labels spanning both head rows), which :func:`header_option_grid.option_grid_pairs` reads.
Only where the line names the status and nothing else, the options are a run of status phrases each over one
word of the run (one ticked), and the row's other cells are heads without a figure (two labels at least); else the items stay."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.labels import find_labels, header_field_of
from pledgecard.extract.layout_lines import Item, Line
from pledgecard.extract.sections.header_option_grid import mark_words
from pledgecard.extract.sections.header_option_lines import (
    groups,
    mark_run,
    option_lines_grid,
    regrid,
    three_lines,
)
from pledgecard.extract.vocabulary import key
from pledgecard.normalize.status import status_code
from pledgecard.normalize.text import fold


def _text(cell: Cell) -> str:
    return fold(cell.text.replace("\n", " "))


def _is_status(text: str) -> bool:
    return status_code(text) not in (None, "other")


def _is_option(cell: Cell) -> bool:
    return _is_status(_text(cell))


def _option_run(table: Table, r: int) -> tuple[int, int] | None:
    """The columns (first, end) of row ``r``'s one run of options over a run of marks in row ``r + 1``, or None."""
    on, off = mark_words()
    row = sorted((c for c in table.cells if c.row == r), key=lambda c: c.col)
    below = {c.col: c for c in table.cells if c.row == r + 1}
    if any(c.row_span != 1 or c.col_span != 1 for c in [*row, *below.values()]):
        return None
    marked = [c.col for c in row if c.col in below and key(_text(below[c.col])) in on | off]
    if len(marked) < 2 or marked != list(range(marked[0], marked[-1] + 1)):
        return None
    if sum(key(_text(below[k])) in on for k in marked) != 1:
        return None
    options = {c.col for c in row if _is_option(c)}
    others = [c for c in row if c.col not in options]
    if (
        options != set(marked)
        or any(any(ch.isdigit() for ch in _text(c)) for c in others)
        or sum(header_field_of(_text(c)) is not None for c in others) < 2
    ):
        return None  # every option over a mark; the other cells heads, two of them labels at least
    return marked[0], marked[-1] + 1


def _regrid(table: Table, head: Line, r: int, first: int, end: int) -> Table:
    """``table`` with the status label over the options of row ``r`` and the row's other labels spanning both."""
    cells: list[Cell] = []
    for c in table.cells:
        if c.row < r:
            cells.append(c)
        elif c.row == r and first <= c.col < end:
            cells.append(replace(c, row=r + 1))
        elif c.row == r:
            cells.append(replace(c, row_span=2))
        else:
            cells.append(replace(c, row=c.row + 1))
    cells.append(Cell(row=r, col=first, text=head.text, col_span=end - first, source=head.source))
    return Table(cells=cells, n_rows=table.n_rows + 1, n_cols=table.n_cols, source=table.source)


def _marks_joined(toks: list[str]) -> list[str]:
    """``toks`` with two neighbours that are a mark word only together (``해당안`` ``됨``) made one."""
    on, off = mark_words()
    marks = on | off
    out: list[str] = []
    for t in toks:
        if out and key(out[-1]) not in marks and key(t) not in marks and key(out[-1] + t) in marks:
            out[-1] += t
        else:
            out.append(t)
    return out


def _lead_labels_end(text: str) -> int | None:
    """Where the run of labels opening ``text`` ends (nothing but spaces between them), or None."""
    end = None
    for _, a, b in find_labels(text):
        if text[end or 0 : a].strip():
            break
        end = b
    return end


def _lines_grid(label: Line, heads: Line, values: Line) -> Table | None:
    """The grid of a label line, a line of heads holding the options and a line of values, or None."""
    if any(f == "status" for f, _, _ in find_labels(heads.text)):
        return None
    end = _lead_labels_end(heads.text)
    if end is None:
        return None
    rest = fold(heads.text[end:]).split()
    vals = _marks_joined(fold(values.text).split())
    run = mark_run(vals)
    if run is None:
        return None
    k, tail = run[1] - run[0], vals[run[1] :]
    fits = []
    for m in range(k, len(rest) + 1):
        after = rest[m:]
        if len(tail) == 1 and after:
            after = ["".join(after)]  # one head over the one value closing the row (진행률 (%))
        if (
            len(after) == len(tail)
            and all(any(ch.isalpha() for ch in a) and not _is_status(a) for a in after)
            and groups(rest[:m], k) is not None
        ):  # a head holds a word (``(%)`` alone is a head's piece), no option
            fits.append((rest[:m], after))
    if len(fits) != 1:
        return None
    options, after = fits[0]
    lead = heads.text[:end]
    return option_lines_grid(
        replace(heads, text=" ".join([lead, fold(label.text), *after])),
        replace(heads, text=" ".join(options)),
        replace(values, text=" ".join(vals)),
    )


def _status_apart(items: list[Item], i: int) -> tuple[Item, int] | None:
    """The grid a status label line at ``i`` makes with the table or the two lines under it, and the items taken."""
    head, table = items[i], items[i + 1] if i + 1 < len(items) else None
    if (
        isinstance(head, Line)
        and isinstance(table, Table)
        and not head.marker
        and header_field_of(fold(head.text)) == "status"
    ):
        runs = [(r, run) for r in range(min(table.n_rows - 1, 2)) if (run := _option_run(table, r))]
        if len(runs) == 1:
            r, (first, end) = runs[0]
            return _regrid(table, head, r, first, end), 2
    return three_lines(
        items,
        i,
        _lines_grid,
        lambda three: not any(x.marker for x in three) and header_field_of(fold(three[0].text)) == "status",
    )


def option_heads_apart(items: list[Item]) -> list[Item]:
    """``items`` with every status label line over a table of a pledge list's row (the label printed apart) made
    one grid; the label line taken into it."""
    return regrid(items, _status_apart)
