"""Typed tables whose cells wrap: a row typed with tabs between its cells, a cell holding a line break.

A table copied as text from a word processor or a spreadsheet prints each row as its cells joined by tabs;
a cell printing two lines (``자전거 2,500대`` over ``대여소 250개소``) breaks the row's line inside that cell,
so the row comes out over several lines, each short of the head's cells, the last cell of one line and the
first of the next being one cell::

    연도<TAB>목표<TAB>실적<TAB>달성여부
    2024년<TAB>자전거 2,000대<TAB>1,700대<TAB>미달
    2025년<TAB>자전거 2,500대
    대여소 250개소<TAB>1,700대
    180개소<TAB>추진중

Such a run is read as a table only where the counts prove every row (:func:`wrapped_groups`): each line
of the head's count of cells is a row; the other lines follow one another in groups whose cells, each
line's first joined to the line before's last, come to the head's count exactly; the run prints a whole
row besides its head (rows are typed whole, so a short line is a wrapped one, not a row missing cells);
no line carries an empty cell (an empty cell typed is another way of placing cells,
:mod:`~pledgecard.extract.typed_tables`); and no line going on a row opens with a cell of the shape of a
row's first cell (digits aside: ``2025년`` against ``2024년``), which would start a row of its own; nor
with a cell of words only where the line before closed on a whole figure (``5회`` over ``스마트팜 입주``:
a cell listing figures wraps on to its next figure, so words alone after a figure open a row whose last
cells were left blank, never the figure's cell going on). A line typing its empty last cells (tabs after
its last, :func:`~pledgecard.extract.typed_tables.typed_trailing`) is a whole row and no run holding one
is joined. A run failing any of these stays text. Fixes hand-made gaon-special-city-1-12's goal table (its 2025 row over
three lines: the goals unread).
"""

from __future__ import annotations

import re


def _shape(cell: str) -> str:
    """A cell's shape: its text with every digit one (``2025년`` and ``2024년`` alike)."""
    return re.sub(r"\d", "0", cell)


def _closes_on_figure(cell: str) -> bool:
    """A cell ending in a figure and its unit (``5회``, ``자전거 2,500대``): a whole figure printed."""
    return re.search(r"\d[^\d\s]*$", cell) is not None


def _opens_row(before: list[str], line: list[str]) -> bool:
    """``line`` going on ``before``'s last cell would join words with no figure to a whole figure: a row."""
    return _closes_on_figure(before[-1]) and not any(ch.isdigit() for ch in line[0])


def wrapped_groups(run: list[list[str]]) -> list[tuple[int, int]] | None:
    """The rows ``[a, b)`` (indices into ``run``, its head ``run[0]`` not among them) of a typed run whose
    rows wrap (see the module's rules), each row's lines one after another; None where the run does not
    prove them (every line a whole row too: no wrapping to read)."""
    if len(run) < 3:
        return None
    head = run[0]
    n = len(head)
    if n < 3 or not all(head) or any("" in r for r in run):
        return None
    groups: list[tuple[int, int]] = []
    k = 1
    while k < len(run):
        if len(run[k]) > n:
            return None
        j, count = k, len(run[k])
        while count < n:
            j += 1
            if j >= len(run):
                return None
            count += len(run[j]) - 1
        if count != n:
            return None
        groups.append((k, j + 1))
        k = j + 1
    whole = [a for a, b in groups if b - a == 1]
    if not whole or len(whole) == len(groups):
        return None
    keys = {_shape(run[a][0]) for a, _b in groups}
    if any(
        _shape(run[i][0]) in keys or _opens_row(run[i - 1], run[i])
        for a, b in groups
        for i in range(a + 1, b)
    ):
        return None
    return groups


def joined_row(lines: list[list[str]]) -> list[str]:
    """The cells of a row typed over ``lines``: each line's first cell going on the cell before's last
    (their words a space apart)."""
    out = list(lines[0])
    for cells in lines[1:]:
        out[-1] = f"{out[-1]} {cells[0]}"
        out.extend(cells[1:])
    return out
