"""Rows an HTML-to-text converter laid out from the first column (inscriptis of ``hwp5html``'s XHTML, which
lays a table out as aligned columns, its rows parted by lines of spaces as wide as the table, but knows no
cell spanning rows or columns): a cell spanning rows is printed on its first row only, and every row under
it is laid out short of it, its cells packed into the first columns. Only a block whose rows lines of
spaces part is read so (a layout keeping the page's geometry prints spanning cells where they stand).

- A **sub-head packed left**: a head row of words or years under a head row whose last cell spans the columns after it
  (printed at its first column, those after it empty), the sub-head holding as many cells as that span,
  packed from the first column (``구분 | 계 | 재원`` over ``국비 | 시비 | 구비 | 기타``, the head cells 구분 and
  계 spanning both head rows): its cells go under the span, where they were printed. A sub-head packed left
  that no such span places (years over ``목표 | 실적`` each) leaves the table unaligned.
- A **body row packed left**: a row short of cells (two or more: one cell alone is a label spanning the
  row; one a figure at least: words alone are a head printed again), every cell in the first columns, one of its cells of
  another kind than its column holds in the rows printed in full (a figure under words, words under
  figures): its cells are not in their columns, and which columns the spanning cells above take, the dump
  does not tell. The table is not aligned with certainty (its rows are read as text, in their order).
- A **sub-head of years out of its columns**: a head row of years packed left (or moved under a span), a year
  of it over a column whose cells in the rows printed in full are words alone (the rows' labels, ``계`` /
  ``국비``) or the sum of the row's other amounts in every row (the rows' totals): its years are not over their
  columns, the table not aligned either.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Table
from pledgecard.extract.readers.text_cells import DASH_CELL
from pledgecard.extract.readers.text_lines import Seg, TLine
from pledgecard.extract.vocabulary import current


def _kind(text: str) -> bool | None:
    """A figure's kind (a cell opening with a digit: ``44개``, ``98%``, ``2025``) or words; None for no
    cell or a dash (either kind)."""
    t = text.strip()
    if not t or DASH_CELL.fullmatch(t):
        return None
    return t[0].isdigit()


def _filled(row: list[str]) -> list[int]:
    return [c for c, t in enumerate(row) if t.strip()]


def _packed(row: list[str]) -> bool:
    """Cells in the first columns only, short of the last."""
    got = _filled(row)
    return 0 < len(got) < len(row) and got == list(range(len(got)))


def _year(text: str) -> bool:
    """A printed year alone, in the vocabulary's year shapes (``2022년``, ``'24``), or two digits with the
    year word after them (``24년``, read as ``'24년``)."""
    year = current().year_re
    return year.fullmatch(text) is not None or (
        text[:2].isdigit()
        and text[2:3].strip() != ""
        and not text[2].isdigit()
        and year.fullmatch("'" + text) is not None
    )


def _head_cell(text: str) -> bool:
    """Words, or a year (``2022년``, ``'24``, ``24년``): a head's cell (a figure or a dash is a row's; an empty
    cell either)."""
    t = text.strip()
    return not t or (not DASH_CELL.fullmatch(t) and (not t[0].isdigit() or _year(t)))


def _subhead_shift(grid: list[list[str]], r: int) -> int | None:
    """The columns row ``r`` (a sub-head packed left) is to move right by, or None."""
    if r == 0 or not all(_head_cell(t) for t in grid[r] + grid[r - 1]) or not _packed(grid[r]):
        return None
    above = _filled(grid[r - 1])
    if not above or above[0] != 0:
        return None
    last = above[-1]
    n = len(grid[r])
    return last if last >= 1 and n - last == len(_filled(grid[r])) >= 2 else None


def _unplaced_subhead(grid: list[list[str]], r: int) -> bool:
    """Row ``r`` a sub-head packed left under a head row short of cells (two or more), which no spanning head
    cell places (``목표 | 실적 | 목표 | ...`` under years spanning two columns each but the last)."""
    head = grid[r - 1]
    return (
        _packed(grid[r])
        and _packed(head)
        and len(_filled(grid[r])) >= 2
        and len(_filled(head)) >= 2
        and all(_head_cell(t) for t in grid[r] + head)
    )


def spaces_part_rows(lines: list[TLine]) -> bool:
    """Rows parted by lines of spaces (every blank line between two lines of cells printed as spaces; a
    caption above the table may be parted by an empty line): the layout of an HTML table, a row a ``<tr>``."""
    rows = [k for k, ln in enumerate(lines) if len(ln.segs) >= 2]
    between = [ln for a, b in zip(rows, rows[1:], strict=False) for ln in lines[a + 1 : b] if ln.blank]
    return bool(between) and all(ln.trail > 0 for ln in between)


def row_of_cells(lines: list[TLine], k: int) -> tuple[list[Seg], int] | None:
    """The row of a table laid out from HTML that opens at line ``k`` (its lines up to a line of spaces, a
    line of spaces before them, two lines or more, one of two segments or more), when no reader aligned
    its table: its segments as cells a line each, column by column (by their left edges, in characters) and
    top to bottom in a column, as a dump printing a cell a line gives them (a cell centred on the row's
    lines, the year over its target in one column, ...); with the index of the line after the row."""
    if k == 0 or not (lines[k - 1].blank and lines[k - 1].trail > 0):
        return None
    end = next((i for i in range(k, len(lines)) if lines[i].blank), len(lines))
    if (
        end - k < 2
        or end == len(lines)
        or lines[end].trail == 0
        or all(len(ln.segs) < 2 for ln in lines[k:end])
    ):
        return None
    return sorted((sg for ln in lines[k:end] for sg in ln.segs), key=lambda sg: (sg.c0, sg.line)), end


def replace_packed_rows(table: Table, lines: list[TLine]) -> Table | None:
    """The table of a block whose rows lines of spaces part, with its sub-heads packed left put under their
    spanning head cell; None when a body row is packed left out of its columns (see the module). A table
    of another layout is returned as it is."""
    if not spaces_part_rows(lines) or any(c.row_span != 1 or c.col_span != 1 for c in table.cells):
        return table
    grid = table.grid()
    if not grid or len({len(r) for r in grid}) != 1:
        return table
    shifts = {r: s for r in range(len(grid)) if (s := _subhead_shift(grid, r)) is not None}
    if shifts:
        table = replace(table, cells=[replace(c, col=c.col + shifts.get(c.row, 0)) for c in table.cells])
        grid = table.grid()
    if any(_unplaced_subhead(grid, r) for r in range(1, len(grid))):
        return None
    body = next((r for r, row in enumerate(grid) if any(_kind(t) for t in row)), None)
    if body is None:
        return table
    n = len(grid[0])
    full = [row for row in grid[body:] if len(_filled(row)) == n]
    kinds = [{k for row in full if (k := _kind(row[c])) is not None} for c in range(n)]
    for row in grid[body:]:
        if (
            _packed(row)
            and len(_filled(row)) >= 2
            and any(_kind(t) for t in row)
            and not _agrees([row[c] for c in _filled(row)], tuple(_filled(row)), kinds)
        ):
            return None
    totals = sum_columns(full)
    amounts = next(
        (r for r, row in enumerate(grid) if any(_kind(t) and not _year(t.strip()) for t in row)), body
    )
    for r in range(
        1, amounts
    ):  # a sub-head's year over a column of words (the rows' labels) or of the rows' sums
        row = grid[r]
        if (
            (r in shifts or _packed(row))
            and len(_filled(row)) >= 2
            and any(_year(row[c].strip()) and (kinds[c] == {False} or c in totals) for c in _filled(row))
        ):
            return None
    return table


def _amount(text: str) -> int | None:
    t = text.strip().replace(",", "")
    return 0 if DASH_CELL.fullmatch(t or "x") else int(t) if t.isdigit() else None


def sum_columns(rows: list[list[str]]) -> set[int]:
    """The columns whose amount is, in every one of two rows or more, the sum of the row's other amounts (three
    or more): the rows' totals, no year's."""
    if len(rows) < 2:
        return set()
    out: set[int] = set()
    for c in range(len(rows[0])):
        ok = True
        for row in rows:
            vals = [_amount(t) for t in row]
            rest = [v for k, v in enumerate(vals) if k != c and v is not None]
            if vals[c] is None or len(rest) < 3 or vals[c] != sum(rest) or vals[c] == 0:
                ok = False
                break
        if ok:
            out.add(c)
    return out


def _agrees(texts: list[str], cols: tuple[int, ...], kinds: list[set[bool]]) -> bool:
    return all(
        not kinds[c] or (k := _kind(t)) is None or k in kinds[c] for t, c in zip(texts, cols, strict=True)
    )
