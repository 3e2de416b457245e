"""A funding table's head cut by a page break after its first row (mutant 3364 PDF): the head's first row
(``구 분 | 연도별 투자 실적 및 계획 | 합계``, the cells spanning both head rows and the group head over the years)
closes one page as a table of its own, the years (``2023년 … 2027년``) open the next page's table, which goes on
with its columns: its head row blank in the label column and in the last, where the cut cells print. The two
are one table: the cut row's outer cells (the label column's head, the total's) fill the blank ones; its group
head over the periods names no column. Read only where the first table prints no figure, opens with the label
column's head and closes with a total's, and the second's head row is blank at both ends and periods between."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS, classify_column, gubun_pattern
from pledgecard.extract.vocabulary import current


def _cut_head(t: Table) -> tuple[str, str] | None:
    """The label column's head and the total's a table holding only a funding head's first row prints."""
    grid = t.grid()
    if not grid or t.n_cols < 3 or any(is_amount_cell(w) for row in grid for c in row for w in c.split()):
        return None
    first, last = grid[0][0].strip(), grid[0][-1].strip()
    if (
        not first
        or not current().build(gubun_pattern).fullmatch(first)
        or classify_column(last)["kind"] != "total"
    ):
        return None
    if any(classify_column(c)["kind"] in PERIOD_KINDS for c in grid[0][1:-1] if c.strip()):
        return None  # periods in the cut row: a head of its own
    return first, last


def _open_ends(t: Table) -> bool:
    """Whether a table's first row is blank in its first and last columns and prints periods between."""
    grid = t.grid()
    if len(grid) < 2 or t.n_cols < 3:
        return False
    head = grid[0]
    return (
        not head[0].strip()
        and not head[-1].strip()
        and all(c.strip() and classify_column(c)["kind"] in PERIOD_KINDS for c in head[1:-1])
    )


def _filled(t: Table, first: str, last: str) -> Table:
    cells = [c for c in t.cells if not (c.row == 0 and c.col in (0, t.n_cols - 1))]
    cells += [Cell(0, 0, first, source=t.source), Cell(0, t.n_cols - 1, last, source=t.source)]
    return replace(t, cells=sorted(cells, key=lambda c: (c.row, c.col)))


def head_page_joined(items: list[Item]) -> list[Item]:
    """``items`` with a funding head's first row a page break cut into a table of its own joined to the
    table after it (lines of no words between them, a page's footer, skipped)."""
    out: list[Item] = []
    for it in items:
        before = next(
            (
                k
                for k in range(len(out) - 1, -1, -1)
                if not (isinstance(out[k], Line) and not out[k].text.strip())
            ),
            None,
        )
        prev = out[before] if before is not None else None
        if isinstance(it, Table) and isinstance(prev, Table) and (cut := _cut_head(prev)) and _open_ends(it):
            del out[before]
            out.append(_filled(it, *cut))
            continue
        out.append(it)
    return out
