"""Rows of a row group whose cells ``pdftotext -layout`` centred on their row's line, and the checks of such cells."""

from __future__ import annotations

from pledgecard.extract.readers.text_cells import RCell, Row, overlaps
from pledgecard.extract.readers.text_col_cells import cluster
from pledgecard.extract.readers.text_lines import TLine, is_figure

INSIDE_SPAN = 0.5  # lines: the cost of a cell centred off the middle of the rows it spans


def two_on_a_line(cell: RCell) -> bool:
    """A cell holding two segments of one line (a segment printed one space from the next column's
    bridged them): two cells run together."""
    lines = [s.line for s in cell.segs]
    return len(set(lines)) < len(lines)


def figure_wrapped(rows: list[Row]) -> bool:
    """A cell of several lines holding a whole figure on one of them (a figure does not wrap:
    ``2018`` over ``13,401`` are two cells)."""
    return any(
        len({s.line for s in c.segs}) > 1 and any(is_figure(s.text) for s in c.segs)
        for r in rows
        for c in r.cells
    )


def gapped(cell: RCell) -> bool:
    """A cell whose lines skip a line (none of its text on it)."""
    nums = sorted({s.line for s in cell.segs})
    return any(b - a > 1 for a, b in zip(nums, nums[1:], strict=False))


def below_its_row(cell: RCell, row: Row) -> bool:
    """A cell of a row read as a line at the left edge and the lines under it, none of whose lines
    is the row's own line: a top-aligned cell starts on its row's line, so this one is centred
    (on its row or on rows it spans), not the wrapped rest of the row's cells."""
    return len(row.lines) > 1 and all(s.line != row.lines[0].number for s in cell.segs)


def top_of_centred_cell(group: list[TLine], k: int, later: list[int], wide: bool) -> bool:
    """Line ``k`` of a group, one segment at the left edge, two lines above the next line at the
    left edge, which holds three cells or more and opens with a segment over the same columns,
    the line between them holding cells of other columns only: the top line of a first cell
    centred on that line's row (``어르신 돌`` / ``봄 인재양`` / ``성``), not a row of one cell
    (whose other cells, top-aligned, would start on its own line)."""
    if len(group[k].segs) != 1 or not later or later[0] - k != 2 or len(group[later[0]].segs) < 3:
        return False
    span = group[k].segs[0].span(wide)
    between = group[k + 1].segs  # cells of other columns, reaching above the row's line
    return (
        overlaps(*span, *group[later[0]].segs[0].span(wide))
        and bool(between)
        and not any(overlaps(*span, *s.span(wide)) for s in between)
    )


def same_cell_below(group: list[TLine], above: int, k: int, wide: bool) -> bool:
    """Line ``k`` of a group, one segment at the left edge, continues a cell of line ``above``
    (a segment of it over the same columns) with only lines of other columns between them: the
    lines of one cell around a cell of another column centred on the row, not a row of its own."""
    line = group[k]
    if len(line.segs) != 1 or k - above < 2:
        return False
    a0, a1 = line.segs[0].span(wide)
    if not any(overlaps(a0, a1, *s.span(wide)) for s in group[above].segs):
        return False
    return all(not overlaps(a0, a1, *s.span(wide)) for ln in group[above + 1 : k] for s in ln.segs)


def centred_rows(
    group: list[TLine], anchors: list[TLine], wide: bool, after: int | None = None
) -> list[Row] | None:
    """The rows of a group whose cells ``pdftotext -layout`` centred on their row's line (the
    line at the left edge, its anchor): the lines of one column are cut into runs, each centred
    on an anchor (a cell of that row: its two lines one above and one below the anchor line) or
    half-way between two anchors, or between one and the next group's first line ``after`` (a cell
    spanning those rows, given to the upper one); lines of one run at most one line apart, and
    the runs of a column cover rows one after another (two cells of one column never share a
    row: ``반도체 소`` / ``재 인재양`` / ``성`` centred on three rows is one cell, not one centred on
    the first two and one on the last two). None when a column's lines cannot all be cut so."""
    at = [a.number for a in anchors]
    # (line, 1 for a span, first row, last row): a row's own line first
    targets = [(float(a), 0, r, r) for r, a in enumerate(at)]
    targets += [((at[i] + at[j]) / 2, 1, i, j) for i in range(len(at)) for j in range(i + 1, len(at))]
    targets += [((a + after) / 2, 2, i, i) for i, a in enumerate(at) if after is not None]
    rows = [Row([], [a]) for a in anchors]
    for col in cluster(group, wide):
        nums = sorted({s.line for s in col.segs})
        # best[i] = (cost, cuts) for the first i lines of the column; the cells of a column cover
        # rows one after another, never one row twice (two cells of one column cannot share a row)
        best: list[tuple[float, list[tuple[int, int, int, int]]] | None] = [(0.0, [])] + [None] * len(nums)
        for i in range(1, len(nums) + 1):
            for j in range(i - 1, -1, -1):
                if j < i - 1 and nums[j + 1] - nums[j] > 2:
                    break
                prev = best[j]
                if prev is None:
                    continue
                below = prev[1][-1][3] if prev[1] else -1
                centre = (nums[j] + nums[i - 1]) / 2
                fits = [(abs(centre - t), span, r, last) for t, span, r, last in targets if r > below]
                # a cell spanning rows of unequal height is centred on the rows together, anywhere
                # between their lines (a row of one line over a row of three): half a line's cost
                fits += [
                    (INSIDE_SPAN, 1, i, j)
                    for i in range(len(at))
                    for j in range(i + 1, len(at))
                    if i > below and at[i] < centre < at[j]
                ]
                if not fits:
                    continue
                cost, _, row, last = min(fits)
                if row > below + 1 and any(c[3] > c[2] for c in prev[1]):
                    # a column of cells spanning rows covers them one after another: a cell centred
                    # as well on its own line as on rows from the first one left uncovered spans them
                    gapless = [f for f in fits if f[0] == cost and f[2] == below + 1]
                    if gapless:
                        cost, _, row, last = min(gapless)
                if cost > 0.5:
                    continue
                total = prev[0] + cost
                cur = best[i]
                if cur is None or total < cur[0]:
                    best[i] = (total, [*prev[1], (j, i, row, last)])
        done = best[-1]
        if done is None:
            return None
        for j, i, row, _ in done[1]:
            segs = [s for s in col.segs if nums[j] <= s.line <= nums[i - 1]]
            spans = [s.span(wide) for s in segs]
            rows[row].cells.append(RCell(segs, min(a for a, _ in spans), max(b for _, b in spans)))
            rows[row].lines += [
                ln for ln in group if nums[j] <= ln.number <= nums[i - 1] and ln not in rows[row].lines
            ]
    for r in rows:
        r.cells.sort(key=lambda c: c.x0)
        r.lines.sort(key=lambda ln: ln.number)
    return rows
