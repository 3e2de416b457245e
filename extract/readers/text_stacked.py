"""Tables stacked in one aligned block of a text dump, each with columns of its own.

A header printed as two tables one under the other (``공약사업명 | 관리번호 | 소관부서 | 담당자 |
연락처`` over its values, then ``관련부서 | 공약목표 | 추진현황 | 기준일자`` over theirs) lines up
as one block whose rows do not share one set of columns: :func:`text_columns.build_table` cannot
place it with certainty. Cut into runs of row groups, each run may line up on its own. The block
is read as stacked tables only when exactly one such cut exists: every run of two row groups or
more, placed with certainty, opening with a row of labels of its own (a cell in every column, no
digit in any: a table's header, not a row of figures cut from the table above), no cell of it
spanning columns (each value under one label), neighbouring
runs with different column counts (runs with the same columns would have lined up as one table).
Where several cuts qualify, the one leaving the fewest empty cells is taken if no other leaves as
few: header bands, each a row of labels over one row of values, fill their grids, and a run that
swallows the next band (``협조부서 | 이행목표`` over ``기획예산과 | 임기 내 완료`` under six labels) spreads
its cells over columns that are not theirs, leaving the others empty. Otherwise the block stays
unaligned.
"""

from __future__ import annotations

from functools import cache

from pledgecard.extract.document import Table
from pledgecard.extract.readers.text_columns import build_table, row_groups
from pledgecard.extract.readers.text_lines import TLine

MAX_GROUPS = 10  # a block of more row groups is no stack of small tables (and the search stays cheap)


def _labels_atop(t: Table) -> bool:
    """Whether the table's first row is a row of labels: a cell in every column, no digit in any."""
    top = [c for c in t.cells if c.row == 0]
    return (
        sum(c.col_span for c in top) == t.n_cols
        and all(c.text.strip() for c in top)
        and not any(ch.isdigit() for c in top for ch in c.text)
    )


def _plain_grid(t: Table) -> bool:
    """No cell spans columns: under a row of labels each value stands under its own label (a
    value lying across two labels' columns is two values the measure ran together)."""
    return all(c.col_span == 1 for c in t.cells)


def _empty_cells(t: Table) -> int:
    return sum(1 for row in t.grid() for text in row if not text.strip())


def stacked_tables(lines: list[TLine], lexicon: str = "") -> list[Table] | None:
    """The tables of a block that stacks tables with different columns, top to bottom, or None
    unless the block cuts into such tables in one way only."""
    groups = [[ln for ln in g if not ln.blank] for g in row_groups(lines)]
    n = len(groups)
    if n < 4 or n > MAX_GROUPS:
        return None

    @cache
    def table(i: int, j: int) -> Table | None:  # row groups i..j-1 as one table
        first, last = groups[i][0].number, groups[j - 1][-1].number
        t = build_table([ln for ln in lines if first <= ln.number <= last], lexicon)
        return t if t is not None and t.n_rows >= 2 and _labels_atop(t) and _plain_grid(t) else None

    @cache
    def cuts(i: int) -> tuple[tuple[int, ...], ...]:
        """Every way to cut groups i.. into runs that line up (the ends of the runs)."""
        if i == n:
            return ((),)
        out = []
        for j in range(i + 2, n + 1):
            t = table(i, j)
            if t is None:
                continue
            for rest in cuts(j):
                nxt = table(j, rest[0]) if rest else None
                if nxt is None or nxt.n_cols != t.n_cols:
                    out.append((j, *rest))
        return tuple(out)

    def empty(ends: tuple[int, ...]) -> int:
        return sum(
            _empty_cells(t) for a, b in zip((0, *ends), ends, strict=False) if (t := table(a, b)) is not None
        )

    found = sorted((empty(c), c) for c in cuts(0) if len(c) >= 2)
    if not found or (len(found) > 1 and found[1][0] == found[0][0]):
        return None
    ends = found[0][1]
    return [t for a, b in zip((0, *ends), ends, strict=False) if (t := table(a, b)) is not None]
