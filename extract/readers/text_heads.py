"""Head rows of an aligned block of a text dump: which lines head the cells below them.

This module's one job is telling a block's heads from its body: a segment over two cells or more
of a line below (:func:`over_two_cells`), a short heading centred in the gap over a run of cells
(:func:`gap_heading`), a span head over a run of year heads (:func:`over_years`,
:func:`over_no_cell_or_years`), a span head over the lower line of a two-line head (:func:`over_lower_run`), the columns a spanning header line heads (:func:`under_spanning`),
and a spanning head row's sub-heads in the row below (:func:`sub_heads`, :func:`year_sub_heads`, a schedule's
years over their periods :func:`years_over_periods`),
placed over them (:func:`over_sub_heads`). :mod:`~pledgecard.extract.readers.text_columns` cuts
and places the rows.
"""

from __future__ import annotations

import re

from pledgecard.extract.readers.text_cells import Placed, RCell, Row, overlaps
from pledgecard.extract.readers.text_lines import Seg, TLine, is_figure
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.dates import is_date


def over_two_cells(seg: Seg, other: TLine, wide: bool) -> bool:
    a0, a1 = seg.span(wide)
    return sum(1 for s in other.segs if overlaps(a0, a1, *s.span(wide))) >= 2


def gap_heading(seg: Seg, below: list[TLine], wide: bool) -> bool:
    """A heading shorter than the gap it is printed in (``재원`` over ``국비 시비 구비 기타``): a word
    without a figure that lies over no cell of the lines below, centred (two columns of slack: the
    converter rounds; a sixth of the run's width over a wide run: ``pdftotext -layout`` sets a line's letters by
    their x, wide letters counted one character, so a centred word drifts in the character measure: dodam-district
    38009) over a run of two or more cells of a line of three or more word cells (a head row, no figure in it)."""
    a0, a1 = seg.span(wide)
    if any(ch.isdigit() for ch in seg.text) or any(
        overlaps(a0, a1, *o.span(wide)) for ln in below for o in ln.segs
    ):
        return False
    for ln in below:
        if len(ln.segs) < 3 or any(is_figure(o.text) or any(ch.isdigit() for ch in o.text) for o in ln.segs):
            continue
        spans = [o.span(wide) for o in ln.segs]
        if any(
            spans[i][0] < a0
            and a1 < spans[j][1]
            and abs((a0 + a1) / 2 - (spans[i][0] + spans[j][1]) / 2)
            <= max(2, (spans[j][1] - spans[i][0]) / 6)
            for i in range(len(spans))
            for j in range(i + 1, len(spans))
        ):
            return True
    return False


def over_lower_run(seg: Seg, below: list[TLine], wide: bool) -> bool:
    """A span head (a year in it allowed: ``2024년 목표``) over a head of two lines: centred over a run of two or more
    word cells of a lower line (``상반기 | 하반기 | 계``; two columns of slack, or a sixth of the run's width, as
    :func:`gap_heading`) and lying within it, while a line above that run holds the head's other cells, left of the
    run (a corner cell centred over both lines: ``세부사업``) and over none of it. No figure. A title over a one-line
    head is not so (its cells all on one line)."""
    a0, a1 = seg.span(wide)
    if is_figure(seg.text) or not any(ch.isalpha() for ch in seg.text):
        return False
    for n, ln in enumerate(below):
        if len(ln.segs) < 2 or any(is_figure(o.text) or any(ch.isdigit() for ch in o.text) for o in ln.segs):
            continue
        spans = [o.span(wide) for o in ln.segs]
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                x0, x1 = spans[i][0], spans[j][1]
                if not (
                    x0 <= a0 and a1 <= x1 and abs((a0 + a1) / 2 - (x0 + x1) / 2) <= max(2, (x1 - x0) / 6)
                ):
                    continue
                others = [o.span(wide) for up in below[:n] for o in up.segs]
                if (
                    others
                    and all(not overlaps(x0, x1, *o) for o in others)
                    and any(o[1] < x0 for o in others)
                ):
                    return True
    return False


def over_years(seg: Seg, below: list[TLine], wide: bool) -> bool:
    """A heading of words centred over a line's run of three or more year heads (``연도별 투자계획``
    over ``2022년`` .. ``2027년``, narrower than the run: it lies over one or two of them), within
    the run (two columns of slack, the converter rounds, or half a year column's pitch where the
    converter set the line of year heads apart from the head above it)."""
    a0, a1 = seg.span(wide)
    if any(ch.isdigit() for ch in seg.text):
        return False
    year = current().year_re
    for ln in below:
        spans = [o.span(wide) for o in ln.segs if year.fullmatch(" ".join(o.text.split()))]
        if len(spans) < 3 or not spans[0][0] <= a0 or not a1 <= spans[-1][1]:
            continue
        slack = max(2.0, (spans[-1][0] - spans[0][0]) / (len(spans) - 1) / 2)  # or half a column: the
        # converter sets the line of year heads on its own, a little off the columns (and the head)
        if abs((a0 + a1) / 2 - (spans[0][0] + spans[-1][1]) / 2) <= slack:
            return True
    return False


def over_no_cell_or_years(seg: Seg, below: list[TLine], wide: bool) -> bool:
    """A segment over no cell of the lines below, or over two year heads or more and nothing else (a span
    head wider than one year's column, ``연도별 투자 실적 및 계획`` over ``2025년`` and ``2026년``)."""
    year = current().year_re
    under = [o for ln in below for o in ln.segs if overlaps(*seg.span(wide), *o.span(wide))]
    return not under or (len(under) >= 2 and all(year.fullmatch(" ".join(o.text.split())) for o in under))


def year_sub_heads(rows: list[Row], k: int, wide: bool) -> list[int] | None:
    """The year heads of row ``k + 1`` (three or more, side by side) when row ``k`` is a spanning head
    centred over them (:func:`over_years`, ``임기 내`` over ``2022`` .. ``2025``), whatever lines the
    row's other cells take (a corner cell's word under the years' line): the head's sub-heads."""
    head = rows[k]
    if not head.spanning or len(head.cells) != 1 or len(head.cells[0].segs) != 1 or k + 1 >= len(rows):
        return None
    row = rows[k + 1]
    if (
        row.spanning
        or any(c.rows != 1 for c in row.cells)
        or not over_years(head.cells[0].segs[0], row.lines, wide)
    ):
        return None
    year = current().year_re
    under = [i for i, c in enumerate(row.cells) if year.fullmatch(" ".join(c.text().split()))]
    return under if len(under) >= 3 and under == list(range(under[0], under[-1] + 1)) else None


def years_over_periods(segs: list[Seg], head: list[Placed], wide: bool) -> list[tuple[int, int]] | None:
    """The columns (first, span) each year's head of a line of years alone (``2025년``, or ``2025년`` ... ``2026년``
    side by side) heads in the placed head row below it: the row's run of cells side by side that read as periods
    of the years (``1월`` .. ``12월``, ``1/4`` .. ``4/4``: a year and the cell a date), parted evenly among the
    years in order, two or more each, each year's head within its part's extent and centred on it (its centre
    in the middle half: ``pdftotext -layout`` places a head by characters); None when that is not so."""
    cells = sorted((p for p in head if p.span == 1), key=lambda p: p.col)
    years = [" ".join(s.text.split()) for s in segs]
    run = [p for p in cells if all(_period_of(y, p.cell.text()) for y in years)]
    cols = [p.col for p in run]
    if not years or not run or cols != list(range(cols[0], cols[0] + len(cols))) or len(run) % len(years):
        return None
    per = len(run) // len(years)
    out: list[tuple[int, int]] = []
    for k, seg in enumerate(segs):
        part = run[k * per : (k + 1) * per]
        a, b = seg.span(wide)
        x0, x1 = part[0].cell.x0, part[-1].cell.x1
        if per < 2 or not (x0 <= a and b <= x1) or abs((a + b) / 2 - (x0 + x1) / 2) > (x1 - x0) / 4:
            return None
        out.append((part[0].col, per))
    return out


def _period_of(year: str, text: str) -> bool:
    """A period head under ``year`` (``1월``, ``12``, ``상반기``): the two read as one date, the cell no longer
    figure than a month's or a quarter's number."""
    return not re.search(r"\d{3}", text) and is_date(f"{year} {text}")


def sub_heads(rows: list[Row], k: int, wide: bool) -> list[int] | None:
    """The cells of row ``k + 1`` that the spanning header row ``k`` heads: the sub-heads printed
    on the lower line of a header row over two lines (``2023년 분기별 목표`` over ``1/4 2/4 3/4 4/4``
    below ``성과지표 … 연간 목표``, see :func:`under_spanning`), whatever columns the head's own
    extent covers; the row's other cells end above the sub-heads' line (a cell wrapped around
    that line, ``임기`` / ``후`` beside ``2022`` / ``년``, is one of the row's cells: no two-line head).
    None for any other shape."""
    head, row = rows[k], rows[k + 1]
    if not head.spanning or row.spanning or not head.cells or any(c.rows != 1 for c in row.cells):
        return None
    if len(head.cells) == 1:
        under = under_spanning(head.lines[0], row.cells, wide, loose=True)
    else:
        runs = span_runs(head, row.cells, wide)
        under = [i for run in runs for i in run] if runs is not None else None
    if under is None:
        return None
    low = min(s.line for i in under for s in row.cells[i].segs)
    return (
        under
        if all(s.line < low for i, c in enumerate(row.cells) if i not in under for s in c.segs)
        else None
    )


def span_runs(head: Row, cells: list[RCell], wide: bool) -> list[list[int]] | None:
    """Of a spanning head row of several span heads side by side (``2020년 목표`` and ``실적``, each over its own
    ``상반기 | 하반기 | 계``), the run of sub-heads each heads, left to right: the cells of the row below opening on a
    lower line than its others, each given to the span head its centre is nearest; each run two cells or more, side
    by side, its head within its extent and centred on its middle half (as :func:`under_spanning` ``loose``). None
    for any other shape."""
    first = min(s.line for c in cells for s in c.segs)
    lower = [i for i, c in enumerate(cells) if min(s.line for s in c.segs) > first]
    if (
        any(len(c.segs) != 1 for c in head.cells)
        or not lower
        or lower != list(range(lower[0], lower[-1] + 1))
    ):
        return None
    spans = [c.segs[0].span(wide) for c in head.cells]
    runs: list[list[int]] = [[] for _ in spans]
    for i in lower:
        runs[
            min(range(len(spans)), key=lambda h: abs((spans[h][0] + spans[h][1]) / 2 - cells[i].centre))
        ].append(i)
    for (a, b), run in zip(spans, runs, strict=True):
        if len(run) < 2 or run != list(range(run[0], run[-1] + 1)):
            return None
        x0, x1 = cells[run[0]].x0, cells[run[-1]].x1
        if not (x0 <= a and b <= x1 and abs((a + b) / 2 - (x0 + x1) / 2) <= (x1 - x0) / 4):
            return None
    return runs


def over_sub_heads(
    where: list[tuple[int, int]],
    under: list[int],
    head: Row,
    row: Row,
    k: int,
    placed: list[Placed],
    wide: bool = False,
) -> bool:
    """Places the spanning head of row ``k - 1`` over the columns of its sub-heads in row ``k``
    (placed at ``where``) and the row's other cells in row ``k - 1``, over both rows (as a grid
    converter reads the merged cells); False, placing nothing, when the sub-heads do not stand in
    columns side by side. A head row of several span heads (:func:`span_runs`): each over its own run."""
    cols = [where[i] for i in under]
    if any(s != 1 for _, s in cols) or [j for j, _ in cols] != list(
        range(cols[0][0], cols[0][0] + len(cols))
    ):
        return False
    if len(head.cells) > 1:
        runs = span_runs(head, row.cells, wide)
        if runs is None or [i for run in runs for i in run] != under:
            return False
        placed += [
            Placed(k - 1, where[run[0]][0], len(run), c) for c, run in zip(head.cells, runs, strict=True)
        ]
    else:
        placed.append(Placed(k - 1, cols[0][0], len(cols), head.cells[0]))
    for i, ((j, s), c) in enumerate(zip(where, row.cells, strict=True)):
        if i not in under:
            c.rows = 2
            placed.append(Placed(k - 1, j, s, c))
    return True


def under_spanning(
    top: TLine, cells: list[RCell], wide: bool, loose: bool = False, share: float = 4
) -> list[int] | None:
    """The columns a spanning header line (``연도별 투자 실적 및 계획``) heads, in the header row
    below it (printed over two lines; or cut from its body by a page break): the cells opening on
    a lower line than the others (the others are centred over both header lines), side by side,
    the line centred over them (two columns of slack: the converter rounds) and over no other
    cell. ``loose``: the line lies within their extent, its centre in the middle half of it
    (``pdftotext -layout`` places a Hangul head off the middle of the cells it spans, as it
    measures the head in characters; ``share``: of their extent, the centre's leeway each side over four). None
    when that is not so."""
    first = min(s.line for c in cells for s in c.segs)
    under = [k for k, c in enumerate(cells) if min(s.line for s in c.segs) > first]
    if not under or under != list(range(under[0], under[-1] + 1)) or len(under) < 2:
        return None
    a, b = top.segs[0].span(wide)
    x0, x1 = cells[under[0]].x0, cells[under[-1]].x1
    left = cells[under[0] - 1].x1 if under[0] > 0 else -1
    right = cells[under[-1] + 1].x0 if under[-1] + 1 < len(cells) else 10**6
    off = abs((a + b) / 2 - (x0 + x1) / 2)
    centred = off <= 2 or (loose and x0 <= a and b <= x1 and off <= (x1 - x0) / share)
    if not (left < a and b < right and centred):
        return None
    return under
