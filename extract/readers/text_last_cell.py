"""A bare figure closing a page, told apart from a page number by structure: the last cell of a table
a dump printed a cell a line (``hwpx-text-extract``), no page number.

A page number is set off from the page's last line (a blank line before it, or a page of its own
numbering: bare figures close the dump's other pages too, their values rising). A table's last cell
follows the cell above it with no blank line, and the row it closes proves itself by its sum: the
run of figure cells that ends with it holds a row whose total (first or last cell) is the sum of
its other cells with the figure counted, and not without it (the figure is no zero). No template word
is read: the row's head may be in any wording."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol

from pledgecard.normalize.money import cell_figure

_BARE = re.compile(r"^\d{1,4}$")


class _Line(Protocol):
    page: int
    text: str
    segs: list[Any]

    @property
    def blank(self) -> bool: ...


def _value(text: str) -> int | None:
    """A figure cell: a count led by its figure, a unit or a note after it (``8회``, ``5(설명회)``), or a dash for none."""
    v = cell_figure(text, signs="", decimals=False, unit_after=True)
    return None if v is None else int(v)


def _one_cell(line: _Line) -> bool:
    return len(line.segs) == 1


def _numbered_elsewhere(lines: Sequence[_Line], k: int) -> bool:
    """Another page of the dump closes with a bare figure whose value fits the numbering (this one's
    value less or more the pages between): the dump numbers its pages."""
    last: dict[int, int] = {}
    for j, line in enumerate(lines):
        if not line.blank:
            last[line.page] = j
    value = int(lines[k].text.strip())
    for page, j in last.items():
        if j != k and _BARE.match(lines[j].text.strip()) and \
                int(lines[j].text.strip()) - value == page - lines[k].page:
            return True
    return False


def _row_sum(values: list[int]) -> bool:
    """A suffix of the run (the last row, its total first) or the run's end (its total last) sums:
    the total cell is the sum of two or more others with the last figure, and not without it."""
    last = values[-1]
    for i in range(len(values) - 3, -1, -1):
        row = values[i:]
        if row[0] == sum(row[1:]) and row[0] != sum(row[1:-1]):
            return True
        parts = values[i:-1]
        if len(parts) >= 2 and last == sum(parts) and last > 0:
            return True
    return False


def table_last_cell(lines: Sequence[_Line], k: int) -> bool:
    """Whether line ``k``, a bare figure closing its page, is a table's last cell (see the module)."""
    text = lines[k].text.strip()
    if not _BARE.match(text) or int(text) == 0 or k == 0:
        return False
    above = lines[k - 1]
    if not _one_cell(above) or above.page != lines[k].page:
        return False
    values: list[int] = [int(text)]
    j = k - 1
    while j >= 0 and _one_cell(lines[j]) and lines[j].page == lines[k].page:
        v = _value(lines[j].text)
        if v is None:
            break
        values.insert(0, v)
        j -= 1
    # the head above the figure run: at least as many one-cell word lines as the row has cells
    words = 0
    while j >= 0 and _one_cell(lines[j]) and lines[j].page == lines[k].page and _value(lines[j].text) is None:
        words += 1
        j -= 1
    if len(values) < 3 or words < 3:
        return False
    return _row_sum(values) and not _numbered_elsewhere(lines, k)
