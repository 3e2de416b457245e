"""A bare figure closing a page, told apart from a page number by structure: the last cell of a table
a dump printed a cell a line (``hwpx-text-extract``), no page number.

A page number is set off from the page's last line (a blank line before it, or a page of its own
numbering: bare figures close the dump's other pages too, their values rising). A table's last cell
follows the cell above it with no blank line, and the row it closes proves itself by its sum: the
run of figure cells that ends with it holds a row whose total (first or last cell) is the sum of
its other cells with the figure counted, and not without it (the figure is no zero). A table with no
total proves it otherwise: by the dump's page numbering (its other pages close with bare figures of one
numbering, and this one is not this page's number in it), or by its head's column count (every row above
is a label and as many figures, the last one figure short without it; or one row of figures under as
many head cells, one short without it). No template word is read: the row's head may be in any wording."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol

from pledgecard.normalize.money import cell_figure

_BARE = re.compile(r"^\d{1,4}$")
# a numbered line (a heading or an item: ``5. 분기별 실적``, ``2) 교육``), no figure cell
_NUMBERED = re.compile(r"^\d+\s*[.)]\s+\S")


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


def _last_lines(lines: Sequence[_Line]) -> dict[int, int]:
    """Every page's last line that is not blank (its index), by page."""
    last: dict[int, int] = {}
    for j, line in enumerate(lines):
        if not line.blank:
            last[line.page] = j
    return last


def _numbered_elsewhere(lines: Sequence[_Line], k: int) -> bool:
    """Another page of the dump closes with a bare figure whose value fits the numbering (this one's
    value less or more the pages between): the dump numbers its pages."""
    last = _last_lines(lines)
    value = int(lines[k].text.strip())
    for page, j in last.items():
        if (
            j != k
            and _BARE.match(lines[j].text.strip())
            and int(lines[j].text.strip()) - value == page - lines[k].page
        ):
            return True
    return False


def _numbering_other(lines: Sequence[_Line], k: int) -> bool:
    """The dump's other pages (two or more) all close with bare figures of one numbering (each its page's
    index plus one offset), and line ``k``'s figure is not its page's number in it: no page number."""
    last = _last_lines(lines)
    offsets = {
        int(lines[j].text.strip()) - page
        for page, j in last.items()
        if j != k and _BARE.match(lines[j].text.strip())
    }
    numbered = sum(1 for page, j in last.items() if j != k and _BARE.match(lines[j].text.strip()))
    others = sum(1 for j in last.values() if j != k)
    # two pages or more agreeing: of two pages closing with figures apart, which is the number is not known
    return (
        len(offsets) == 1
        and numbered == others >= 2
        and int(lines[k].text.strip()) - lines[k].page not in offsets
    )


def _runs(texts: list[str]) -> list[tuple[bool, int]]:
    """The block's lines as runs: (figures?, how many lines)."""
    runs: list[tuple[bool, int]] = []
    for t in texts:
        fig = _value(t) is not None and not _NUMBERED.match(t)
        if runs and runs[-1][0] == fig:
            runs[-1] = (fig, runs[-1][1] + 1)
        else:
            runs.append((fig, 1))
    return runs


def _completes_grid(texts: list[str]) -> bool:
    """The one-cell lines above a bare figure (its table's, no blank between) make a grid its head's
    column count proves one cell short without the figure: rows of a label and ``n`` figures (n >= 2)
    under a head of at least ``n`` cells, the last row ``n - 1`` figures; or one row of ``n - 1``
    figures (n >= 3) under a head of ``n`` cells (one line more for a heading above it)."""
    runs = _runs(texts)
    if len(runs) < 2 or not runs[-1][0] or runs[0][0]:
        return False
    short = runs[-1][1]
    n = short + 1
    values = [v for t in texts if (v := _value(t)) is not None and not _NUMBERED.match(t)]
    last = values[-short:]
    if last[0] >= sum(last[1:]) or any(
        _totalled(values[i : i + n]) for i in range(0, len(values) - short, n)
    ):
        # a row holding a total (its first figure all the others' sum, or as much as the last row's
        # others): the sums decide, and the figure failed them
        return False
    if len(runs) == 2:  # one row of figures under its head
        return n >= 3 and runs[0][1] in (n, n + 1)
    # label + figures rows: the head's run ends with the first row's label; then each full row's n figures
    # and the next row's label (one line), the last row n - 1 figures
    body = runs[1:-1]
    if (
        n < 2
        or len(body) % 2
        or any(r != ((True, n) if i % 2 == 0 else (False, 1)) for i, r in enumerate(body))
    ):
        return False
    # the head run: a label of the first row under n or n + 1 head cells (a corner cell), a heading above;
    # or a corner cell (a heading above) whose n columns are figures (years): the first row's run
    return runs[0][1] - 1 in (n, n + 1, n + 2) or runs[0][1] <= 2 and len(body) >= 4


def _totalled(row: list[int]) -> bool:
    """A full row whose first or last figure is the sum of the others (two or more): a total column."""
    return len(row) >= 3 and (row[0] == sum(row[1:]) or row[-1] == sum(row[:-1]))


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
    top = k - 1
    while top > 0 and _one_cell(lines[top - 1]) and lines[top - 1].page == lines[k].page:
        top -= 1
    block = [lines[i].text.strip() for i in range(top, k)]
    if not _numbered_elsewhere(lines, k) and (_numbering_other(lines, k) or _completes_grid(block)):
        return True
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


def numbered_figures(lines: Sequence[_Line], ks: Sequence[int]) -> set[int]:
    """Of bare figures at one page's edges (``ks``: its two first and two last lines), those that are no
    page number: a page numbers itself once, so where two or more are bare figures and exactly one fits the
    numbering the dump's other pages close with (:func:`_numbered_elsewhere`), the others are the page's
    text (a table's last cell printed right above the page number: ``755`` over ``4``)."""
    bare = [k for k in ks if _BARE.match(lines[k].text.strip())]
    if len(bare) < 2:
        return set()
    fits = [k for k in bare if _numbered_elsewhere(lines, k)]
    return set(bare) - set(fits) if len(fits) == 1 else set()
