"""The measure (display columns or characters) that aligns a block, and its cells placed in rows and columns."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from pledgecard.extract.readers.text_cells import Placed, RCell, Row
from pledgecard.extract.readers.text_col_assign import (
    AMBIGUITY_MARGIN,
    assign_columns,
    column_layout,
    lines_apart,
)
from pledgecard.extract.readers.text_col_cells import row_groups
from pledgecard.extract.readers.text_col_fit import nearer_under_same_heads
from pledgecard.extract.readers.text_col_pieces import all_rows, flat_groups
from pledgecard.extract.readers.text_col_year_stack import stacks_year_head
from pledgecard.extract.readers.text_heads import (
    over_sub_heads,
    sub_heads,
    year_sub_heads,
    years_over_periods,
)
from pledgecard.extract.readers.text_lines import Seg, TLine, display_offsets, is_figure
from pledgecard.extract.readers.text_pair_heads import over_pairs, pair_head_line, pair_heads
from pledgecard.extract.vocabulary import current


def measure_score(lines: list[TLine], wide: bool) -> int:
    """How well a measure lines a block up: segments sharing their left or right edge with a
    segment of another line (monospace text aligns exactly in display columns, ``pdftotext
    -layout`` text in characters)."""
    segs = [(k, s.span(wide)) for k, ln in enumerate(lines) for s in ln.segs]
    by_left = Counter(a for _, a in {(k, a) for k, (a, _) in segs})  # lines with a segment starting at a
    by_right = Counter(b for _, b in {(k, b) for k, (_, b) in segs})
    return sum(1 for _, (a, b) in segs if by_left[a] >= 2 or by_right[b] >= 2)


def plan(lines: list[TLine], lead: bool = False) -> tuple[list[Row], list[Placed], int, bool] | None:
    """:func:`_plan` of a block, or of the block under its first line where that line holds year heads alone, each
    centred over its periods in the head row below (a schedule's years over wrapped month heads: that line,
    over one period or two, would glue a year to a period or place it nowhere); the years then a head row of
    their own, the head row's other cells spanning both (:func:`_years_atop`)."""
    at = next((i for i, ln in enumerate(lines) if not ln.blank), None)
    year = current().year_re
    if (
        at is not None
        and len(lines) > at + 1
        and all(year.fullmatch(" ".join(s.text.split())) for s in lines[at].segs)
        and (got := _plan(lines[at + 1 :], lead)) is not None
        and (atop := _years_atop(lines[at], got)) is not None
    ):
        return atop
    return _plan(lines, lead)


def _years_atop(
    line: TLine, got: tuple[list[Row], list[Placed], int, bool]
) -> tuple[list[Row], list[Placed], int, bool] | None:
    """``got`` with ``line`` (year heads alone) as a head row over it, each year over its periods
    (:func:`years_over_periods`), the first row's other cells spanning both head rows; None when the years head
    no such runs."""
    rows, placed, n_cols, wide = got
    runs = years_over_periods(line.segs, [p for p in placed if p.row == 0], wide)
    if runs is None or any(p.cell.rows != 1 for p in placed if p.row == 0):
        return None
    under = {j for first, span in runs for j in range(first, first + span)}
    top = [RCell([s], *s.span(wide)) for s in line.segs]
    out = [Placed(0, first, span, c) for (first, span), c in zip(runs, top, strict=True)]
    for p in placed:
        if p.row == 0 and p.col not in under:
            p.cell.rows = 2
            out.append(p)
        else:
            out.append(Placed(p.row + 1, p.col, p.span, p.cell))
    return [Row(top, [line], spanning=True), *rows], out, n_cols, wide


def _plan(lines: list[TLine], lead: bool = False) -> tuple[list[Row], list[Placed], int, bool] | None:
    """Rows, placed cells, column count and measure (wide?) of a block, or None if uncertain.

    The measure that aligns more segment edges is taken; where it cannot place every cell, the
    other measure is tried only where the first ran the lines of two cells together (in display
    columns, ``pdftotext -layout`` Hangul spreads right over its neighbour), and only if it
    places every cell and keeps each cell to lines of one column (otherwise it would be a guess: a
    Hangul word shifts what follows by its width in one measure and not in the other). Only when
    both measures align the block as well is either taken, and then both must place every cell
    in the same column, unless one of them has a single row with the most cells and the other
    several (the first parts the lines of one cell, as above: a head's wrapped cells around its
    line, ``민간전문가 자`` / ``문``). ``lead``: see :func:`column_layout`."""
    groups = row_groups(lines)
    flat, ends = flat_groups(groups)
    shown = [
        w for w in (True, False) if any(pair_head_line(g, w, flat[ends[k] :]) for k, g in enumerate(groups))
    ]
    if len(shown) == 1 and (got := _place(lines, shown[0], lead)) is not None:
        return got  # the one measure whose year heads stand centred over their pairs of sub-heads
    wide_score, char_score = measure_score(lines, True), measure_score(lines, False)
    if wide_score != char_score:
        first = wide_score > char_score
        got = _place(lines, first, lead)
        if got is not None and not _stacks_figures(got[0]):
            other = _place(lines, not first, lead)
            if (
                other is not None
                and not _stacks_figures(other[0])
                and nearer_under_same_heads(got, other, lead)
            ):
                return (
                    other  # the same columns, a row's cells clearly nearer their centres in the other measure
                )
        if (
            got is not None
            and stacks_year_head(got[0])
            and (other := _place(lines, not first, lead)) is not None
            and not _stacks_figures(other[0])
            and not stacks_year_head(other[0])
        ):
            return other  # a year head run into the head beside it: the measure keeping them apart
        if got is not None and _stacks_figures(got[0]):
            other = _place(lines, not first, lead)  # two rows' figures in one cell: the other measure, if it
            return other if other is not None and not _stacks_figures(other[0]) else got  # parts them
        return got or (
            _place(lines, not first, lead)
            if _runs_together(lines, first) or (_models(lines, first) == 1 and _models(lines, not first) >= 2)
            else None
        )
    placed = [g for g in (_place(lines, True, lead), _place(lines, False, lead)) if g is not None]
    if len(placed) == 2 and _grid_of(placed[0]) != _grid_of(placed[1]):
        stacked = [stacks_year_head(g[0]) for g in placed]
        if stacked[0] != stacked[1] and not _stacks_figures(placed[stacked.index(False)][0]):
            return placed[stacked.index(False)]  # one measure runs a year head into a head beside it
        models = [_models(lines, True), _models(lines, False)]
        if sorted(models)[0] == 1 and max(models) >= 2:
            return placed[models.index(max(models))]  # the other measure parts one row's cell in two
        wider = head_spans_apart(_grid_of(placed[0]), _grid_of(placed[1]))
        if wider is not None:
            return placed[wider]  # the same cells in the same columns, a head of words over one column or two
        return None
    return placed[0] if placed else None


def _stacks_figures(rows: list[Row]) -> bool:
    """A cell holding a whole figure on each of two lines (``56`` over ``113``): a figure does not wrap,
    so the measure ran two rows' cells together (``169`` under ``2025년`` where a Hangul word before it
    pushed it right)."""
    return any(len({s.line for s in c.segs if is_figure(s.text)}) >= 2 for r in rows for c in r.cells)


def head_spans_apart(a: list[tuple[int, int, int, str]], b: list[tuple[int, int, int, str]]) -> int | None:
    """Two measures' grids (:func:`_grid_of`) placing every cell in the same row and first column, differing only
    in how many columns some cells of words span (``구분`` centred between an indicator column and its 목표 / 실적
    column: over the first in display columns, over both in characters): which grid spans those cells wider (0 or
    1), when one spans all of them at least as wide; None for grids differing in anything else (a figure's span
    included: a figure is never a head)."""
    if len(a) != len(b) or [(r, c, t) for r, c, _, t in a] != [(r, c, t) for r, c, _, t in b]:
        return None
    apart = [(x[2], y[2]) for x, y in zip(a, b, strict=True) if x[2] != y[2]]
    if not apart or any(
        is_figure(x[3]) or any(ch.isdigit() for ch in x[3]) for x, y in zip(a, b, strict=True) if x[2] != y[2]
    ):
        return None
    if all(p > q for p, q in apart):
        return 0
    if all(q > p for p, q in apart):
        return 1
    return None


def _grid_of(got: tuple[list[Row], list[Placed], int, bool]) -> list[tuple[int, int, int, str]]:
    """Where a plan puts each cell's text: (row, column, span, text)."""
    _, placed, _, _ = got
    return sorted((p.row, p.col, p.span, " ".join(s.text for s in p.cell.segs)) for p in placed)


def _models(lines: list[TLine], wide: bool) -> int:
    """How many rows have the most cells in this measure (a measure that parts the lines of one
    cell into two columns, a Hangul word before one of them shifting it, has that row alone)."""
    rows = [r for r in all_rows(lines, wide) if not r.spanning]
    n = max((len(r.cells) for r in rows), default=0)
    return sum(1 for r in rows if len(r.cells) == n)


def _runs_together(lines: list[TLine], wide: bool) -> bool:
    """Whether, in this measure, a cell of lines from several lines covers two columns or more."""
    rows = all_rows(lines, wide)
    lay = column_layout(rows)
    if lay is None:
        return False
    centres, pitch, _ = lay
    return any(
        (
            len([x for x in centres if c.x0 <= x <= c.x1]) >= 2
            and c.x1 - c.x0 > pitch * 1.2
            and len({s.line for s in c.segs}) > 1
        )
        or lines_apart(c, centres, wide)
        for r in rows
        for c in r.cells
    )


def _place(
    lines: list[TLine], wide: bool, lead: bool = False
) -> tuple[list[Row], list[Placed], int, bool] | None:
    rows = all_rows(lines, wide)
    lay = column_layout(rows, lead)
    if lay is None:
        return None
    centres, pitch, extents = lay
    placed: list[Placed] = []
    heads = {
        k: under
        for k in range(len(rows) - 1)
        if (under := sub_heads(rows, k, wide) or year_sub_heads(rows, k, wide)) is not None
    }
    pairs = {k: firsts for k in range(len(rows) - 1) if (firsts := pair_heads(rows, k, wide)) is not None}
    firm = all(_firm(r, wide) for r in rows if len(r.cells) == len(centres) and not r.spanning)
    for k, r in enumerate(rows):
        if k in heads or k in pairs:
            continue  # placed with the row below
        where = assign_columns(r.cells, centres, pitch, extents, wide, firm)
        if where is None:
            return None
        if k - 1 in pairs and over_pairs(where, pairs[k - 1], rows[k - 1], r, k, placed):
            under = {j for i in pairs[k - 1] for j in (i, i + 1)}
            where = [w for i, w in enumerate(where) if i in under]
            r = Row([c for i, c in enumerate(r.cells) if i in under], r.lines)
        elif k - 1 in pairs:
            return None  # the years not over their pairs' columns: no guess
        elif k - 1 in heads and over_sub_heads(where, heads[k - 1], rows[k - 1], r, k, placed, wide):
            where = [w for i, w in enumerate(where) if i in heads[k - 1]]
            r = Row([r.cells[i] for i in heads[k - 1]], r.lines)
        elif k - 1 in heads:  # the head not over its sub-heads' columns: placed on its own
            top = assign_columns(rows[k - 1].cells, centres, pitch, extents, wide)
            if top is None:
                return None
            placed += [Placed(k - 1, j, s, c) for (j, s), c in zip(top, rows[k - 1].cells, strict=True)]
        for (j, s), c in zip(where, r.cells, strict=True):
            parts = (
                _split_span(c, j, s, centres, wide) if s > 1 and not r.spanning and len(r.cells) > 1 else None
            )
            placed += [Placed(k, j + i, 1, p) for i, p in enumerate(parts)] if parts else [Placed(k, j, s, c)]
    return rows, placed, len(centres), wide


def _firm(row: Row, wide: bool) -> bool:
    """Whether a row with the most cells sets its columns firmly: printed on one line, or its first cell on one
    line and every other cell wrapped alike, on the same lines, its pieces stacked over one another (a head's
    cells wrapped in their narrow columns, ``1`` over ``월``): no cell pieced from lines side by side, none
    holding a line the others do not (a span head printed over one of them)."""
    if len({s.line for c in row.cells for s in c.segs}) == 1:
        return True
    if len(row.cells) < 3 or len({s.line for s in row.cells[0].segs}) != 1:
        return False
    lines = {tuple(sorted({s.line for s in c.segs})) for c in row.cells[1:]}
    return len(lines) == 1 and all(
        a.span(wide)[0] < b.span(wide)[1] and b.span(wide)[0] < a.span(wide)[1]
        for c in row.cells[1:]
        for a, b in combinations(c.segs, 2)
    )


def _split_span(cell: RCell, first: int, span: int, centres: list[float], wide: bool) -> list[RCell] | None:
    """A one-line cell over ``span`` columns of a row of cells whose words, one space apart,
    group in one way only into ``span`` runs each lying clearly nearest its own column: cells a
    converter printed one space apart (``대구·경북 울산·경남``, ``만족도 조사 전문가 자문``). None
    otherwise (a header spanning the columns)."""
    if len(cell.segs) != 1:
        return None
    seg = cell.segs[0]
    words = seg.text.split(" ")
    if len(words) < span or any(not w for w in words) or len(words) > 8:
        return None
    offs = display_offsets(seg.text)
    fits = []
    for cuts in combinations(range(1, len(words)), span - 1):  # words grouped into ``span`` cells
        bounds = [0, *cuts, len(words)]
        out = []
        for i in range(span):
            at = sum(len(w) + 1 for w in words[: bounds[i]])
            text = " ".join(words[bounds[i] : bounds[i + 1]])
            part = Seg(
                text,
                seg.x0 + offs[at],
                seg.x0 + offs[at + len(text)],
                seg.c0 + at,
                seg.c0 + at + len(text),
                seg.line,
            )
            a, b = part.span(wide)
            d = [abs((a + b) / 2 - x) for x in centres]
            if any(k != first + i and d[k] - d[first + i] < AMBIGUITY_MARGIN for k in range(len(centres))):
                break
            out.append(RCell([part], a, b))
        else:
            fits.append(out)
    return fits[0] if len(fits) == 1 else None  # one grouping only: else the words may be one cell
