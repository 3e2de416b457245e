"""The rows of one row group: header lines, rows started at the left edge, stacked figures."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.labels import find_labels
from pledgecard.extract.readers.text_cells import RCell, Row, overlaps
from pledgecard.extract.readers.text_col_cells import cluster
from pledgecard.extract.readers.text_col_centred import (
    below_its_row,
    centred_rows,
    figure_wrapped,
    gapped,
    same_cell_below,
    top_of_centred_cell,
)
from pledgecard.extract.readers.text_col_lone_lead import lone_lead_anchors
from pledgecard.extract.readers.text_col_shared_leads import shared_lead_rows
from pledgecard.extract.readers.text_col_sub_rows import indented_figure_rows
from pledgecard.extract.readers.text_heads import (
    gap_heading,
    over_lower_run,
    over_no_cell_or_years,
    over_two_cells,
    over_years,
)
from pledgecard.extract.readers.text_lines import Seg, TLine, display_offsets, is_figure
from pledgecard.extract.readers.text_pair_heads import pair_head_line


def split_rows(
    group: list[TLine], wide: bool, after: int | None = None, body: list[TLine] | None = None
) -> list[Row]:
    """The rows of one row group (see the module docstring); ``after`` is the line number of the
    next group's first line (the row below, which a cell centred over rows may reach), ``body`` the
    lines of the groups below (the figures under a head's columns)."""
    rows: list[Row] = []
    group = [_parted(group, k, wide) for k in range(len(group))]
    # a spanning line at the top of the group is a header row of its own
    while (
        len(group) > 1
        and len(group[0].segs) == 1
        and (
            any(over_two_cells(group[0].segs[0], o, wide) for o in _to_first_row(group, wide))
            or gap_heading(group[0].segs[0], group[1:], wide)
            or over_years(group[0].segs[0], group[1:], wide)
            or over_lower_run(group[0].segs[0], group[1:], wide)
        )
    ):
        rows.append(Row([RCell([group[0].segs[0]], *group[0].segs[0].span(wide))], [group[0]], spanning=True))
        group = group[1:]
    if (
        len(group) > 2
        and len(group[0].segs) >= 2
        and all(over_lower_run(s, group[1:], wide) for s in group[0].segs)
    ):
        # span heads side by side, each over its own run of sub-heads (``2020년 목표`` | ``실적``): a header row
        rows.append(Row([RCell([s], *s.span(wide)) for s in group[0].segs], [group[0]], spanning=True))
        group = group[1:]
    if pair_head_line(
        group, wide, body
    ):  # year heads each centred over a pair of sub-heads: a head row of its own
        rows.append(Row(cluster(group[:1], wide), group[:1]))
        group = group[1:]
    # a span head on the top line beside the head's other cells, over a run of year heads on a lower
    # line and over no cell (``임기 내`` over ``2022`` .. ``2025``): a header row of its own too
    lone = [
        s
        for s in group[0].segs
        if len(group) > 1
        and len(group[0].segs) >= 2
        and over_years(s, group[1:], wide)
        and over_no_cell_or_years(s, group[1:], wide)
    ]
    if len(lone) == 1:
        top = group[0]
        rows.append(Row([RCell(lone, *lone[0].span(wide))], [replace(top, segs=lone)], spanning=True))
        group = [replace(top, segs=[s for s in top.segs if s is not lone[0]]), *group[1:]]
    stacked = stacked_figure_rows(group, wide)
    if stacked is not None:
        return rows + stacked
    left = min(line.indent(wide) for line in group)
    starts = [k for k, line in enumerate(group) if line.indent(wide) <= left + 1]
    starts = [k for i, k in enumerate(starts) if i == 0 or not same_cell_below(group, starts[i - 1], k, wide)]
    starts = [k for i, k in enumerate(starts) if not top_of_centred_cell(group, k, starts[i + 1 :], wide)]
    if (
        len(group) >= 2
        and len(starts) == 1
        and all(_figure_row(line) and len(line.segs) >= 4 for line in group)
    ):
        # every line a row of figures (a figure does not wrap), the second indented under a cell
        # wrapped beside both (``반도체 소재 기반 | 소계 | 2,802 ..`` over ``조성 | 시비 | 2,802 ..``)
        return rows + [Row(cluster([line], wide), [line]) for line in group]
    starts = sorted({*starts, *_full_rows(group, starts, wide), *_labelled_rows(group, starts, wide)})
    starts = sorted({*starts, *shared_lead_rows(group, starts, wide)})
    starts = sorted({*starts, *indented_figure_rows(group, starts, wide)})  # part rows set in under a row
    if (anchors := lone_lead_anchors(group, starts, wide)) is not None:  # a project centred between its rows
        centred = centred_rows(group, [group[k] for k in anchors], wide, after)
        if centred is not None and not figure_wrapped(centred):
            return rows + centred
    inner = max((len(line.segs) for k, line in enumerate(group) if k not in starts), default=0)
    if inner > max(len(group[k].segs) for k in starts):
        starts = []  # an indented line with more cells than any at the left edge: one row whose
        # first cell's lines are centred on it (``pdftotext -layout``), not top-aligned rows
    if len(starts) >= 2 and starts[0] > 0:  # lines above the first row's: cells centred on their row
        centred = centred_rows(group, [group[k] for k in starts], wide, after)
        if centred is not None and not figure_wrapped(centred):
            return (
                rows + centred
            )  # (a header label over a row's figure, ``기투자`` / ``17,702``, is two cells)
    if len(starts) >= 2:  # one row per line at the left edge, continuation lines below it
        bounds = [0, *starts[1:], len(group)]
        top = [Row(cluster(group[a:b], wide), group[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        if any(gapped(c) or below_its_row(c, r) for r in top for c in r.cells):
            # a cell's wrapped lines follow one another: a line left out inside one marks cells
            # centred on their rows (``시범 운영`` on the first row's line, ``관광 기업 지원`` /
            # ``(20개)`` around the second's), unless that reading wraps a figure
            centred = centred_rows(group, [group[k] for k in starts], wide, after)
            if centred is not None and not figure_wrapped(centred):
                return rows + centred
        rows += top
    else:
        rows.append(Row(cluster(group, wide), group))
    return rows


def _to_first_row(group: list[TLine], wide: bool) -> list[TLine]:
    """The lines of ``group`` after its first, up to the second line at the group's left edge (a second row's line):
    the lines a head over two cells lies over (its sub-heads come before the rows, on the first line at the edge or
    under it: ``2023년 분기별 목표`` over ``1/4 .. 4/4`` under ``성과지표``). A line below a second row's line is a
    body row's, and a first line lying over two of its cells and no two of a line above is a cell centred on the first
    row, wrapped around its line (dallae-city 14 -layout: a target's first line over the third row's target and
    actual, read as a head and the rows' wrapped targets dealt one row up)."""
    left = min(line.indent(wide) for line in group)
    edge = [k for k, line in enumerate(group) if k and line.indent(wide) <= left + 1]
    return group[1 : edge[1]] if len(edge) >= 2 else group[1:]


def _full_rows(group: list[TLine], starts: list[int], wide: bool) -> list[int]:
    """Lines above the first line at the left edge, a little right of it, with as many segments as the
    fullest line at it, their first segment under the first of every line at the edge and ending before
    the second: rows of their own (a one-syllable label centred in the first column, ``계`` over
    ``국비``), not the lines of a cell centred on the row below."""
    if not starts:
        return []
    most = max(len(group[k].segs) for k in starts)
    if most < 3:
        return []
    second = min(group[k].segs[1].span(wide)[0] for k in starts if len(group[k].segs) >= 2)
    first = [group[k].segs[0].span(wide) for k in starts]
    return [
        k
        for k, line in enumerate(group[: starts[0]])
        if len(line.segs) >= most
        and line.segs[0].span(wide)[1] < second
        and all(overlaps(*line.segs[0].span(wide), *f) for f in first)
    ]


def _labelled_rows(group: list[TLine], starts: list[int], wide: bool) -> list[int]:
    """Lines of two cells or more opening with one header label (``공약명``) a little right of the left edge,
    within the first column (over the first cell of a line at the edge, ending before that line's second
    cell): the label centred in a label column, its row's line (a wrapped cell's line opens with no label)."""
    if not starts:
        return []
    firsts = [group[k].segs for k in starts if len(group[k].segs) >= 2]
    return [
        k
        for k, line in enumerate(group)
        if k not in starts
        and len(line.segs) >= 2
        and _one_label(line.segs[0].text)
        and any(
            overlaps(*line.segs[0].span(wide), *f[0].span(wide))
            and line.segs[0].span(wide)[1] < f[1].span(wide)[0]
            for f in firsts
        )
    ]


def _parted(group: list[TLine], k: int, wide: bool) -> TLine:
    """Line ``k`` of a group, one segment lying over two cells or more of another line of the
    group, the lines between them holding a figure and none of the segment: the lines of cells
    centred on that row (``창업 인재양 창업 교육생`` / ``2024 … 23명`` / ``성  양성(30명)``), which
    the converter printed one space apart on one line, parted where a space falls in each gap
    between the cells under (or over) it, in one place only, in this measure (in display columns
    a Hangul word spreads over the gap ``pdftotext -layout`` left in characters). Else the line as
    it is (a header spanning cells has no such place)."""
    line = group[k]
    if len(line.segs) != 1 or " " not in line.segs[0].text:
        return line
    seg = line.segs[0]
    for m, other in enumerate(group):
        lo, hi = sorted((k, m))
        between = group[lo + 1 : hi]
        if (
            hi - lo < 2
            or len(other.segs) < 2
            or not any(any(ch.isdigit() for ch in s.text) for b in between for s in b.segs)
            or any(overlaps(*seg.span(wide), *s.span(wide)) for b in between for s in b.segs)
        ):
            continue
        cuts = _cuts(seg, other.segs, wide)
        if cuts is None:
            continue
        bounds = [0, *cuts, len(seg.text)]
        offs = display_offsets(seg.text)
        parts = [
            Seg(
                seg.text[a:b].strip(),
                seg.x0 + offs[a],
                seg.x0 + offs[b - 1 if b < len(seg.text) else b],
                seg.c0 + a,
                seg.c0 + (b - 1 if b < len(seg.text) else b),
                seg.line,
            )
            for a, b in zip(bounds, bounds[1:], strict=False)
        ]
        return TLine(line.number, line.page, line.text, parts, line.trail, parted=True)
    return line


def _cuts(seg: Seg, under: list[Seg], wide: bool) -> tuple[int, ...] | None:
    """Where ``seg`` parts into one piece over each of ``under`` (all of them under it): the one
    space of ``seg`` (an index into its text) strictly inside each gap between two of them in
    this measure; None where a gap holds none or several."""
    a0, a1 = seg.span(wide)
    spans = [s.span(wide) for s in under]
    if any(not a0 <= x0 or not x1 <= a1 + 1 for x0, x1 in spans) or any(
        not overlaps(a0, a1, x0, x1) for x0, x1 in spans
    ):
        return None
    offs = display_offsets(seg.text)
    at = [i for i, ch in enumerate(seg.text) if ch == " "]
    pos = {i: (seg.x0 + offs[i]) if wide else (seg.c0 + i) for i in at}
    cuts = []
    for (_, e), (b, _) in zip(spans, spans[1:], strict=False):
        inside = [i for i in at if e < pos[i] < b]
        if len(inside) != 1:
            return None
        cuts.append(inside[0] + 1)
    return tuple(cuts)


def stacked_figure_rows(group: list[TLine], wide: bool) -> list[Row] | None:
    """Rows of cells stacked under labels centred beside them (``계획`` / ``집행`` rows of figures
    for each source, the source's name on a line of its own between them; ``국비 7,109`` / ``도비
    6,275`` around their period ``총사업비``; year rows of figures around their indicator's cells
    ``정비 구간  km  6.2``). The lines of two cells or more starting right of where the other lines
    end are rows of their own when two columns hold a whole figure on each of
    two of them (a figure does not wrap onto a second line); or one column does and each line
    is label cells then whole figures (a dash centred apart from the amounts above it parts the
    other columns in this measure), or a one-word name then its figures; or a column holds a header
    label alone on each of two of them (``협조부서`` / ``기준시점`` beside ``담당자``: one cell names
    one field). The other lines, between the first and the last of them and left of all their
    cells, hold cells spanning those rows (one per column). None for any other group."""
    split = _rows_beside_cells(group, wide)
    if split is None:
        return None
    anchors, lone = split
    columns = cluster([group[k] for k in anchors], wide)
    whole = [c for c in columns if len({s.line for s in c.segs if is_figure(s.text)}) >= 2]
    labels = [c for c in columns if len({s.line for s in c.segs if _one_label(s.text)}) >= 2]
    named = whole and all(_row_named(group[k]) for k in anchors)
    alike = len({len(group[k].segs) for k in anchors}) == 1 and all(
        _row_named(group[k]) and _figure_row(group[k]) for k in anchors
    )
    if (
        len(whole) < 2
        and not (whole and all(_figure_row(group[k]) for k in anchors))
        and not labels
        and not named
        and not alike
    ):
        return None  # two columns of figures, each figure whole on its line (or rows of figures)
    rows = [Row(cluster([group[k]], wide), [group[k]]) for k in anchors]
    for first, size, run in _spanned(anchors, lone):
        spanning = cluster([group[k] for k in run], wide)
        for c in spanning:
            c.rows = size
        rows[first].cells[:0] = spanning
        rows[first].lines = sorted([*rows[first].lines, *(group[k] for k in run)], key=lambda ln: ln.number)
    return rows


def _spanned(anchors: list[int], lone: list[int]) -> list[tuple[int, int, list[int]]]:
    """(first row, rows spanned, lines) of each run of lone lines among the rows' lines: a run of
    consecutive lone lines spans the rows nearer it than any other run (``목표`` / ``정비 구간(km)`` /
    ``실적`` then ``목표`` / ``공정률(%)`` / ``실적``: an indicator's name centred between its two rows, no
    blank line between the indicators), when each run lies inside its rows and no row is as near two
    runs; else every lone line spans all the rows (one cell centred beside them)."""
    runs: list[list[int]] = []
    for k in lone:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    whole = [(0, len(anchors), lone)]
    if len(runs) < 2:
        return whole
    centres = [(run[0] + run[-1]) / 2 for run in runs]
    owner: list[int] = []
    for k in anchors:
        near = sorted((abs(k - c), i) for i, c in enumerate(centres))
        if near[0][0] == near[1][0]:
            return whole
        owner.append(near[0][1])
    out = []
    for i, run in enumerate(runs):
        mine = [j for j, o in enumerate(owner) if o == i]
        if not mine or not anchors[mine[0]] < run[0] <= run[-1] < anchors[mine[-1]]:
            return whole
        out.append((mine[0], len(mine), run))
    return out


def _rows_beside_cells(group: list[TLine], wide: bool) -> tuple[list[int], list[int]] | None:
    """(rows, others): the lines of a group of two cells or more whose first cell starts right of
    where every other line ends, the others lying between the first and the last of them (cells
    centred beside those rows); the most rows that fit, or None."""
    if any(ln.blank for ln in group):
        return None
    for left in sorted({ln.segs[0].span(wide)[0] for ln in group})[1:]:
        anchors = [k for k, ln in enumerate(group) if ln.segs[0].span(wide)[0] >= left]
        lone = [k for k in range(len(group)) if k not in anchors]
        if (
            len(anchors) >= 2
            and all(len(group[k].segs) >= 2 for k in anchors)
            and all(
                anchors[0] < k < anchors[-1]
                and _left_of_rows(group[k], [group[a] for a in anchors], left, wide)
                for k in lone
            )
        ):
            return anchors, lone
    return None


def _left_of_rows(line: TLine, rows: list[TLine], left: int, wide: bool) -> bool:
    """A line ending where the rows' cells start (``left``); or one word-run without a figure opening
    well left of them and ending before every row's second cell: a wrapped cell of the column left of
    the rows' labels, which ``pdftotext -layout`` let run a little under the label column
    (``수소산업 특화단지 지정 기반 조`` beside ``국비`` / ``도비``, its ``성`` below)."""
    if line.segs[-1].span(wide)[1] < left:
        return True
    if len(line.segs) != 1 or any(ch.isdigit() for ch in line.segs[0].text):
        return False
    a, b = line.segs[0].span(wide)
    return a + 2 * _SHIFT < left and all(b < row.segs[1].span(wide)[0] for row in rows)


_SHIFT = 2  # display columns: a cell's start drift in pdftotext -layout (a Hangul word's width rounding)


def _row_named(line: TLine) -> bool:
    """A line whose first cell is one word without a figure (``실적``, ``달성률``): a row's name."""
    first = line.segs[0].text.split()
    return len(first) == 1 and not any(ch.isdigit() for ch in first[0])


def _one_label(text: str) -> bool:
    """A header label and nothing else (``협조부서``): one cell names one field."""
    found = find_labels(text)
    return len(found) == 1 and found[0][1] == 0 and found[0][2] == len(text.strip())


def _figure_row(line: TLine) -> bool:
    """A line of label cells followed by two whole figures or more and nothing else."""
    k = next((i for i, s in enumerate(line.segs) if is_figure(s.text)), len(line.segs))
    return len(line.segs) - k >= 2 and all(is_figure(s.text) for s in line.segs[k:])
