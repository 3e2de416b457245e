"""A funding table continued under a line saying so, its head printed again: one table.

A page break (or an author) cuts a table and prints a line saying it goes on (``(계속)``,
``[table_continued]``) over the rest, the head rows printed again: ``구 분 | 계 | 도 비 | 군 비`` over
``총사업비`` and ``2023년``, ``(계속)``, then the same head over ``2024년`` .. ``2028년``. Read apart, the
first part is too short to show its orientation (a row a year) and the second part is lost. The parts
are one table where the line between them says so and the second opens with the first's head rows,
every cell alike, and prints rows of periods after them (a row a year, the last maybe the whole's total; a part of rows of sources goes
on where the sums prove it, read by the funding reader): the second part's head is dropped, its rows
put under the first's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_column_heads import classify_column
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import fold


def _head_rows(a: Table, b: Table) -> int:
    """How many rows ``b`` opens with that ``a`` opens with too, cell by cell (its head printed again)."""
    ga, gb = a.grid(), b.grid()
    h = 0
    while h < min(len(ga), len(gb)) - 1 and [" ".join(c.split()) for c in ga[h]] == [
        " ".join(c.split()) for c in gb[h]
    ]:
        h += 1
    return h


def _periods_then_total(rows: list[list[str]]) -> bool:
    """Rows of periods (a row a year), the last of them maybe the whole's total row (총사업비 closing the part
    after (계속): the sums prove it where the funding reader reads the joined table)."""
    if rows and len(rows) > 1 and classify_column(" ".join(fold(rows[-1][0]).split()))["kind"] == "total":
        rows = rows[:-1]
    return all(current().year_re.search(fold(r[0])) for r in rows)


def _joined(a: Table, b: Table, head: int) -> Table:
    shift = a.n_rows - head
    cells = [*a.cells, *(replace(c, row=c.row + shift) for c in b.cells if c.row >= head)]
    return Table(cells=cells, n_rows=a.n_rows + b.n_rows - head, n_cols=a.n_cols, source=a.source)


def joined_continued(items: Sequence[Item], says_continued: Callable[[str], bool]) -> list[Item]:
    """``items`` with every table and the part continuing it (after lines that each say the table goes on,
    its head rows printed again) joined into one table; the lines between them stay."""
    out: list[Item] = []
    last: int | None = None  # the place in ``out`` of the last table, while only such lines follow it
    for it in items:
        if isinstance(it, Table) and last is not None and out[last] is not out[-1]:
            prev = out[last]
            assert isinstance(prev, Table)
            head = _head_rows(prev, it) if prev.n_cols == it.n_cols else 0
            periods = _periods_then_total(it.grid()[head:])
            if head and it.n_rows > head and prev.n_rows > head and periods:
                out[last] = _joined(prev, it, head)
                continue
        if isinstance(it, Table):
            last = len(out)
        elif not (isinstance(it, Line) and says_continued(it.full_text)):
            last = None
        out.append(it)
    return out
