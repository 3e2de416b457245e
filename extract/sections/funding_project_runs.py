"""Funding tables by sub-project (세부사업 | 재원 | amounts) whose first label column holds a group cell
over a run of rows: a sub-project's name over its subtotal and sources, the whole's word (합계) over
the total and sources, each printed on its run's first row only, the run's other rows opening with a
blank cell. The class of card fixed: crossbred 6403 (every format), whose sources under every group
cell were not read as rows (a blank first cell named no source), so only the whole's total stood and
the sources' rows were lost; read as rows, the blocks' sums tell the whole's (funding_blocks)."""

from __future__ import annotations

from pledgecard.extract.sections.funding_cells import is_amount_cell, unspaced
from pledgecard.normalize.money import funding_source


def _source(cell: str) -> str | None:
    return None if is_amount_cell(cell) else funding_source(unspaced(cell))


def _part(row: list[str]) -> bool:
    """A run's later row: its first cell blank, its second naming a source that is no total."""
    return len(row) > 2 and not row[0].strip() and _source(row[1]) not in (None, "total")


def opens_run(grid: list[list[str]], i: int) -> bool:
    """Row ``i`` a group cell's first row: a name that is no source's part (a sub-project's, or the
    whole's word) beside a total or subtotal, the row under it a part of the run."""
    row = grid[i]
    return (
        len(row) > 2
        and bool(row[0].strip())
        and _source(row[1]) == "total"
        and _source(row[0]) in (None, "total")
        and i + 1 < len(grid)
        and _part(grid[i + 1])
    )


def in_run(grid: list[list[str]], i: int) -> bool:
    """Row ``i`` one of a run's rows: the run's first row, or a part under it (every row between them
    a part too)."""
    if opens_run(grid, i):
        return True
    j = i
    while j >= 0 and _part(grid[j]):
        j -= 1
    return j < i and j >= 0 and opens_run(grid, j)


def cut_group_rows(grid: list[list[str]]) -> tuple[list[list[str]], list[int]] | None:
    """``grid`` without the rows a page break left blank inside a group cell spanning a run, and each kept row's
    place in ``grid`` (None: no such row).

    A reader gives every row of a group cell (a sub-project's name, the whole's ``합계``) over its run its text; a
    page break cutting the cell leaves its box on the page's bottom below the run's last row there (a row printing
    nothing) and its box at the next page's top blank beside the run's later rows (bitsaem-city 120015, PDF: the
    whole's last source read under no group, lost). Such a blank row, under a row naming a group and a source and
    over rows whose first cell is blank and whose second names a source that is no total, is left out, and those
    rows take the group above: the cut cell's two pieces are one cell."""
    out: list[list[str]] = []
    origin: list[int] = []
    cut = False
    k = 0
    while k < len(grid):
        row = grid[k]
        above = out[-1] if out else None
        if (
            not any(c.strip() for c in row)
            and above is not None
            and len(above) > 2
            and above[0].strip()
            and _source(above[1]) is not None
            and k + 1 < len(grid)
            and _part(grid[k + 1])
        ):
            cut = True
            k += 1
            while k < len(grid) and _part(grid[k]):
                out.append([above[0], *grid[k][1:]])
                origin.append(k)
                k += 1
            continue
        out.append(row)
        origin.append(k)
        k += 1
    return (out, origin) if cut else None
