"""Aligned-column blocks of a text dump -> document-model tables, or nothing when uncertain.

A block is a run of lines whose segments (text between gaps of two or more spaces) line up.
It is cut into row groups (lines not separated by a blank gap wider than the block's narrowest
gap between lines); in a group where several lines
start at its left edge, each of them starts a row and the lines below it continue that row (as
monospace dumps print wrapped cells), else the group is one row (``pdftotext -layout`` centres
a cell's lines around its row label).
In a row group, segments that overlap horizontally are one cell, its wrapped lines joined top to
bottom; a segment lying over several cells of another line is a spanning header cell
(``연도별 투자 실적 및 계획`` over the years) and opens a row of its own (the heads are read by
:mod:`~pledgecard.extract.readers.text_heads`; the cells and rows are those of
:mod:`~pledgecard.extract.readers.text_cells`).

The columns are those of the rows with the most cells. Every other row's cells are matched to
them in order, by position (a monotone assignment); a cell whose place is not unique - another
free column is about as near - makes the whole block uncertain, and :func:`build_table` returns
None: the caller keeps such a block as text rather than guess. Positions are measured both in
display columns (wide characters count two) and in characters (``pdftotext -layout``); the
measure that keeps more cells apart and aligns more cell edges across rows is used.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import combinations

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.labels import find_labels
from pledgecard.extract.readers.text_cells import Placed, RCell, Row, overlaps
from pledgecard.extract.readers.text_heads import (
    gap_heading,
    over_no_cell_or_years,
    over_sub_heads,
    over_two_cells,
    over_years,
    sub_heads,
    year_sub_heads,
)
from pledgecard.extract.readers.text_lines import Seg, TLine, display_offsets, is_figure
from pledgecard.extract.readers.text_pair_heads import over_pairs, pair_head_line, pair_heads

AMBIGUITY_MARGIN = 2.0  # columns: a cell's best place must beat any other free place by this much
MAX_DRIFT = 0.6  # a cell's centre may sit at most this share of the column pitch from its column
INSIDE_SPAN = 0.5  # lines: the cost of a cell centred off the middle of the rows it spans
_BRACKETED = re.compile(r"\([^()]*\)")
_BARE_NUMBER = re.compile(r"\d")
TOUCH = 0  # lines of one cell may drift apart by a column (pdftotext places each line on its own)


def row_groups(lines: list[TLine]) -> list[list[TLine]]:
    """Lines not separated by a blank gap wider than the block's narrowest one (a converter that
    leaves a blank line between the lines of a cell leaves two between rows); evenly spaced
    lines are one row each; where the gaps take three sizes or more and the widest recurs, only
    the widest parts rows."""
    runs: list[tuple[int, list[TLine]]] = []  # (blank lines before, line)
    gap = 0
    for line in lines:
        if line.blank:
            gap += 1
            continue
        runs.append((gap, [line]))
        gap = 0
    if not runs:
        return []
    inner = [g for g, _ in runs[1:]]
    narrow = min(inner, default=0)
    if inner and narrow >= 1 and max(inner) == narrow:
        narrow -= 1  # evenly spaced lines: each is a row
    elif len(set(inner)) >= 3 and inner.count(max(inner)) >= 2:
        # three spacings: lines of a cell (none), of cells centred unevenly in one row (some,
        # ``pdftotext -layout`` rounds each cell's lines on its own) and between rows (the most,
        # found between several rows)
        narrow = max(inner) - 1
    groups: list[list[TLine]] = [runs[0][1]]
    for g, ln in runs[1:]:
        if g > narrow:
            groups.append(ln)
        else:
            groups[-1] += ln
    return groups


def cluster(lines: list[TLine], wide: bool) -> list[RCell]:
    cells: list[RCell] = []
    for line in lines:
        for seg in line.segs:
            s0, s1 = seg.span(wide)
            hit = [c for c in cells if overlaps(s0, s1 + TOUCH, c.x0, c.x1 + TOUCH)
                   and not (line.parted and any(o.line == seg.line for o in c.segs))]
            if not hit and len(seg.text) == 1 and seg.text.isalpha():
                # a lone syllable wrapped from a header cell above (``2024`` / ``년``) may touch it
                hit = [c for c in cells if c.segs[-1].line != seg.line and overlaps(s0 - 1, s1, c.x0, c.x1)
                       and any(ch.isdigit() for ch in c.segs[-1].text)][:1]
            if not hit:
                cells.append(RCell([seg], s0, s1))
                continue
            first = hit[0]
            for other in hit[1:]:  # a segment bridging two cells joins them (cannot tell them apart)
                first.segs += other.segs
                cells.remove(other)
            first.segs.append(seg)
            first.x0, first.x1 = min(first.x0, s0, *(o.x0 for o in hit)), max(first.x1, s1, *(o.x1 for o in hit))
    cells.sort(key=lambda c: c.x0)
    for c in cells:
        c.segs.sort(key=lambda s: (s.line, s.span(wide)[0]))
    return cells


def split_rows(group: list[TLine], wide: bool, after: int | None = None, body: list[TLine] | None = None) -> list[Row]:
    """The rows of one row group (see the module docstring); ``after`` is the line number of the
    next group's first line (the row below, which a cell centred over rows may reach), ``body`` the
    lines of the groups below (the figures under a head's columns)."""
    rows: list[Row] = []
    group = [_parted(group, k, wide) for k in range(len(group))]
    # a spanning line at the top of the group is a header row of its own
    while len(group) > 1 and len(group[0].segs) == 1 and (
            any(over_two_cells(group[0].segs[0], o, wide) for o in group[1:]) or gap_heading(group[0].segs[0], group[1:], wide)
            or over_years(group[0].segs[0], group[1:], wide)):
        rows.append(Row([RCell([group[0].segs[0]], *group[0].segs[0].span(wide))], [group[0]], spanning=True))
        group = group[1:]
    if pair_head_line(group, wide, body):  # year heads each centred over a pair of sub-heads: a head row of its own
        rows.append(Row(cluster(group[:1], wide), group[:1]))
        group = group[1:]
    # a span head on the top line beside the head's other cells, over a run of year heads on a lower
    # line and over no cell (``임기 내`` over ``2022`` .. ``2025``): a header row of its own too
    lone = [s for s in group[0].segs if len(group) > 1 and len(group[0].segs) >= 2 and over_years(s, group[1:], wide)
            and over_no_cell_or_years(s, group[1:], wide)]
    if len(lone) == 1:
        top = group[0]
        rows.append(Row([RCell(lone, *lone[0].span(wide))], [replace(top, segs=lone)], spanning=True))
        group = [replace(top, segs=[s for s in top.segs if s is not lone[0]]), *group[1:]]
    stacked = _stacked_figure_rows(group, wide)
    if stacked is not None:
        return rows + stacked
    left = min(line.indent(wide) for line in group)
    starts = [k for k, line in enumerate(group) if line.indent(wide) <= left + 1]
    starts = [k for i, k in enumerate(starts) if i == 0 or not _same_cell_below(group, starts[i - 1], k, wide)]
    starts = [k for i, k in enumerate(starts) if not _top_of_centred_cell(group, k, starts[i + 1:], wide)]
    if len(group) >= 2 and len(starts) == 1 and all(_figure_row(line) and len(line.segs) >= 4 for line in group):
        # every line a row of figures (a figure does not wrap), the second indented under a cell
        # wrapped beside both (``반도체 소재 기반 | 소계 | 2,802 ..`` over ``조성 | 시비 | 2,802 ..``)
        return rows + [Row(cluster([line], wide), [line]) for line in group]
    starts = sorted({*starts, *_full_rows(group, starts, wide), *_labelled_rows(group, starts, wide)})
    inner = max((len(line.segs) for k, line in enumerate(group) if k not in starts), default=0)
    if inner > max(len(group[k].segs) for k in starts):
        starts = []  # an indented line with more cells than any at the left edge: one row whose
        # first cell's lines are centred on it (``pdftotext -layout``), not top-aligned rows
    if len(starts) >= 2 and starts[0] > 0:  # lines above the first row's: cells centred on their row
        centred = _centred_rows(group, [group[k] for k in starts], wide, after)
        if centred is not None and not _figure_wrapped(centred):
            return rows + centred  # (a header label over a row's figure, ``기투자`` / ``17,702``, is two cells)
    if len(starts) >= 2:  # one row per line at the left edge, continuation lines below it
        bounds = [0, *starts[1:], len(group)]
        top = [Row(cluster(group[a:b], wide), group[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        if any(_gapped(c) or _below_its_row(c, r) for r in top for c in r.cells):
            # a cell's wrapped lines follow one another: a line left out inside one marks cells
            # centred on their rows (``시범 운영`` on the first row's line, ``관광 기업 지원`` /
            # ``(20개)`` around the second's), unless that reading wraps a figure
            centred = _centred_rows(group, [group[k] for k in starts], wide, after)
            if centred is not None and not _figure_wrapped(centred):
                return rows + centred
        rows += top
    else:
        rows.append(Row(cluster(group, wide), group))
    return rows


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
    return [k for k, line in enumerate(group[:starts[0]]) if len(line.segs) >= most
            and line.segs[0].span(wide)[1] < second
            and all(overlaps(*line.segs[0].span(wide), *f) for f in first)]


def _labelled_rows(group: list[TLine], starts: list[int], wide: bool) -> list[int]:
    """Lines of two cells or more opening with one header label (``공약명``) a little right of the left edge,
    within the first column (over the first cell of a line at the edge, ending before that line's second
    cell): the label centred in a label column, its row's line (a wrapped cell's line opens with no label)."""
    if not starts:
        return []
    firsts = [group[k].segs for k in starts if len(group[k].segs) >= 2]
    return [k for k, line in enumerate(group) if k not in starts and len(line.segs) >= 2
            and _one_label(line.segs[0].text)
            and any(overlaps(*line.segs[0].span(wide), *f[0].span(wide))
                    and line.segs[0].span(wide)[1] < f[1].span(wide)[0] for f in firsts)]


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
        between = group[lo + 1:hi]
        if (hi - lo < 2 or len(other.segs) < 2 or not any(any(ch.isdigit() for ch in s.text) for b in between for s in b.segs)
                or any(overlaps(*seg.span(wide), *s.span(wide)) for b in between for s in b.segs)):
            continue
        cuts = _cuts(seg, other.segs, wide)
        if cuts is None:
            continue
        bounds = [0, *cuts, len(seg.text)]
        offs = display_offsets(seg.text)
        parts = [Seg(seg.text[a:b].strip(), seg.x0 + offs[a], seg.x0 + offs[b - 1 if b < len(seg.text) else b],
                     seg.c0 + a, seg.c0 + (b - 1 if b < len(seg.text) else b), seg.line)
                 for a, b in zip(bounds, bounds[1:], strict=False)]
        return TLine(line.number, line.page, line.text, parts, line.trail, parted=True)
    return line


def _cuts(seg: Seg, under: list[Seg], wide: bool) -> tuple[int, ...] | None:
    """Where ``seg`` parts into one piece over each of ``under`` (all of them under it): the one
    space of ``seg`` (an index into its text) strictly inside each gap between two of them in
    this measure; None where a gap holds none or several."""
    a0, a1 = seg.span(wide)
    spans = [s.span(wide) for s in under]
    if any(not a0 <= x0 or not x1 <= a1 + 1 for x0, x1 in spans) or any(
            not overlaps(a0, a1, x0, x1) for x0, x1 in spans):
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


def _stacked_figure_rows(group: list[TLine], wide: bool) -> list[Row] | None:
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
    if len(whole) < 2 and not (whole and all(_figure_row(group[k]) for k in anchors)) and not labels and not named:
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
        if (len(anchors) >= 2 and all(len(group[k].segs) >= 2 for k in anchors)
                and all(anchors[0] < k < anchors[-1] and group[k].segs[-1].span(wide)[1] < left for k in lone)):
            return anchors, lone
    return None


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


def all_rows(lines: list[TLine], wide: bool) -> list[Row]:
    """The rows of every row group of a block, each group told where the next one starts; a run of
    groups holding a wrapped cell's lines apart (:func:`pieces_rejoined`) read as one."""
    groups = row_groups(lines)
    out: list[Row] = []
    k = 0
    while k < len(groups):
        run = pieces_rejoined(groups, k, wide)
        if run is not None:
            rows, k = run
            out += rows
            continue
        out += split_rows(groups[k], wide, groups[k + 1][0].number if k + 1 < len(groups) else None,
                          [ln for g in groups[k + 1:] for ln in g])
        k += 1
    return out


def _lone_piece(group: list[TLine], left: int, wide: bool) -> bool:
    """A row group of lines of one segment each, none at the block's left edge, with no number outside
    brackets (``성(45명)``, ``대중교통``; a row's own line prints its year, figure, dash or rate): the
    lines of a wrapped cell."""
    return all(len(ln.segs) == 1 and ln.indent(wide) > left + 1 for ln in group) and not any(
        _BARE_NUMBER.search(_BRACKETED.sub("", s.text)) for ln in group for s in ln.segs)


def _row_line(line: TLine, left: int, wide: bool) -> bool:
    """A line at the block's left edge holding a number outside brackets (a row's year or figure; a
    header line prints words)."""
    return line.indent(wide) <= left + 1 and any(_BARE_NUMBER.search(_BRACKETED.sub("", s.text)) for s in line.segs)


def pieces_rejoined(groups: list[list[TLine]], k: int, wide: bool) -> tuple[list[Row], int] | None:
    """(rows, next group) when group ``k`` opens a run of row groups ``pdftotext -layout`` parted by
    blank lines inside a cell centred on its row (``대중교통`` / ``2025 교육생 양 49명 …`` / ``성(45명)``,
    a blank line above the last piece): the run holds groups of rows (a line at the block's left edge
    with a number) and at least one group of lone pieces (:func:`_lone_piece`) right after or before
    one (pieces opening the block are a cell's rest from before a page break, no row's), and read as
    one group every piece's lines find their cell centred on a row's line (or on
    rows it spans), no cell wrapping a figure or holding two segments of one line. None when group ``k`` opens no such run or the run
    does not read so: the groups are read one by one."""
    left = min(ln.indent(wide) for g in groups for ln in g)
    piece = [_lone_piece(g, left, wide) for g in groups]
    rowed = [any(_row_line(ln, left, wide) for ln in g) for g in groups]
    if not (rowed[k] or (piece[k] and k > 0)):
        return None  # (pieces opening the block: the rest of a cell a page break cut above it)
    end = k
    while end < len(groups) and (piece[end] or rowed[end]):
        end += 1
    run = groups[k:end]
    if not any(piece[k:end]) or not any(rowed[k:end]):
        return None
    joined = [ln for g in run for ln in g]
    anchors = [ln for ln in joined if _row_line(ln, left, wide)]
    after = groups[end][0].number if end < len(groups) else None
    rows = _centred_rows(joined, anchors, wide, after)
    if rows is None or _figure_wrapped(rows) or any(_two_on_a_line(c) for r in rows for c in r.cells):
        return None
    return rows, end


def _two_on_a_line(cell: RCell) -> bool:
    """A cell holding two segments of one line (a segment printed one space from the next column's
    bridged them): two cells run together."""
    lines = [s.line for s in cell.segs]
    return len(set(lines)) < len(lines)


def _figure_wrapped(rows: list[Row]) -> bool:
    """A cell of several lines holding a whole figure on one of them (a figure does not wrap:
    ``2018`` over ``13,401`` are two cells)."""
    return any(len({s.line for s in c.segs}) > 1 and any(is_figure(s.text) for s in c.segs)
               for r in rows for c in r.cells)


def _gapped(cell: RCell) -> bool:
    """A cell whose lines skip a line (none of its text on it)."""
    nums = sorted({s.line for s in cell.segs})
    return any(b - a > 1 for a, b in zip(nums, nums[1:], strict=False))


def _below_its_row(cell: RCell, row: Row) -> bool:
    """A cell of a row read as a line at the left edge and the lines under it, none of whose lines
    is the row's own line: a top-aligned cell starts on its row's line, so this one is centred
    (on its row or on rows it spans), not the wrapped rest of the row's cells."""
    return len(row.lines) > 1 and all(s.line != row.lines[0].number for s in cell.segs)


def _top_of_centred_cell(group: list[TLine], k: int, later: list[int], wide: bool) -> bool:
    """Line ``k`` of a group, one segment at the left edge, two lines above the next line at the
    left edge, which holds three cells or more and opens with a segment over the same columns,
    the line between them holding cells of other columns only: the top line of a first cell
    centred on that line's row (``어르신 돌`` / ``봄 인재양`` / ``성``), not a row of one cell
    (whose other cells, top-aligned, would start on its own line)."""
    if len(group[k].segs) != 1 or not later or later[0] - k != 2 or len(group[later[0]].segs) < 3:
        return False
    span = group[k].segs[0].span(wide)
    between = group[k + 1].segs  # cells of other columns, reaching above the row's line
    return (overlaps(*span, *group[later[0]].segs[0].span(wide)) and bool(between)
            and not any(overlaps(*span, *s.span(wide)) for s in between))


def _same_cell_below(group: list[TLine], above: int, k: int, wide: bool) -> bool:
    """Line ``k`` of a group, one segment at the left edge, continues a cell of line ``above``
    (a segment of it over the same columns) with only lines of other columns between them: the
    lines of one cell around a cell of another column centred on the row, not a row of its own."""
    line = group[k]
    if len(line.segs) != 1 or k - above < 2:
        return False
    a0, a1 = line.segs[0].span(wide)
    if not any(overlaps(a0, a1, *s.span(wide)) for s in group[above].segs):
        return False
    return all(not overlaps(a0, a1, *s.span(wide)) for ln in group[above + 1:k] for s in ln.segs)


def _centred_rows(group: list[TLine], anchors: list[TLine], wide: bool, after: int | None = None) -> list[Row] | None:
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
                fits += [(INSIDE_SPAN, 1, i, j) for i in range(len(at)) for j in range(i + 1, len(at))
                         if i > below and at[i] < centre < at[j]]
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
            rows[row].lines += [ln for ln in group if nums[j] <= ln.number <= nums[i - 1] and ln not in rows[row].lines]
    for r in rows:
        r.cells.sort(key=lambda c: c.x0)
        r.lines.sort(key=lambda ln: ln.number)
    return rows


def _lines_apart(cell: RCell, centres: list[float], wide: bool) -> bool:
    """A cell of several lines whose lines, each on its own, lie nearest different columns
    (``총사업비`` centred over two header lines beside ``2023년`` on the lower one, touching only in
    a measure where a Hangul word pushed one into the other): two cells run together."""
    if len({s.line for s in cell.segs}) < 2:
        return False
    near = []  # (first, last, nearest column) of each line
    for line in {s.line for s in cell.segs}:
        spans = [s.span(wide) for s in cell.segs if s.line == line]
        a, b = min(x for x, _ in spans), max(y for _, y in spans)
        near.append((a, b, min(range(len(centres)), key=lambda j: abs(centres[j] - (a + b) / 2))))
    # apart: no line reaches over the column another line lies nearest, and the two lines
    # overlap by less than half the shorter (the lines of one wrapped cell, centred in it,
    # overlap by most of the shorter one)
    return any(j != k and not a0 <= centres[k] <= b0 and not a1 <= centres[j] <= b1
               and 2 * (min(b0, b1) - max(a0, a1)) < min(b0 - a0, b1 - a1)
               for a0, b0, j in near for a1, b1, k in near)


def _segments_apart(cell: RCell, centres: list[float], wide: bool) -> bool:
    """A cell holding two segments of one line (printed two spaces apart or more), each lying
    nearest a column of its own (``탄소중립 교육생 양성(60명)    69명`` under 목표 | 실적, the
    Hangul of the first pushing its extent over the second in a measure): two cells this measure
    ran together."""
    for line in {s.line for s in cell.segs}:
        segs = [s.span(wide) for s in cell.segs if s.line == line]
        near = {min(range(len(centres)), key=lambda j: abs(centres[j] - (a + b) / 2)) for a, b in segs}
        if len(near) >= 2:
            return True
    return False


def _assign(cells: list[RCell], centres: list[float], pitch: float,
            extents: list[tuple[int, int]], wide: bool = True, firm: bool = False) -> list[tuple[int, int]] | None:
    """Columns (first, span) for each cell, in order, or None when a cell's place is not unique.
    ``firm``: the rows with the most cells are each printed on one line (the columns they set are
    not pieced together from several lines), so a cell set flush left of the first column is its."""
    n, m = len(centres), len(cells)
    if m > n:
        return None
    places: list[tuple[int, int] | None] = [None] * m
    singles: list[int] = []
    for i, c in enumerate(cells):
        covered = [j for j, x in enumerate(centres) if c.x0 <= x <= c.x1]
        if _lines_apart(c, centres, wide) or _segments_apart(c, centres, wide):
            return None  # lines of two cells ran together: this measure cannot tell them apart
        if len(covered) >= 2 and (c.x1 - c.x0) > pitch * 1.2:
            if len({s.line for s in c.segs}) > 1:
                return None  # lines of two cells ran together: this measure cannot tell them apart
            if m < n:  # (a row of n one-line cells for n columns has one cell in each)
                places[i] = (covered[0], len(covered))
            else:
                singles.append(i)
        else:
            singles.append(i)
    merged = [(i, j) for i in singles for j in (_between(cells[i], extents),) if j is not None] if m == n - 1 else []
    if len(merged) == 1:  # the one merged cell of its row
        places[merged[0][0]] = (merged[0][1], 2)
        singles.remove(merged[0][0])
    if m == n and not any(p is not None and p[1] > 1 for p in places):
        return [(j, 1) for j in range(n)]
    # monotone assignment of the single cells by dynamic programming on centre distance
    def lo_hi(i: int) -> tuple[int, int]:
        lo = max((p[0] + p[1] for p in places[:i] if p is not None), default=0)
        hi = min((p[0] for p in places[i + 1:] if p is not None), default=n)
        return lo, hi

    prev: dict[int, tuple[float, list[int]]] = {-1: (0.0, [])}
    for i in singles:
        lo, hi = lo_hi(i)
        cur: dict[int, tuple[float, list[int]]] = {}
        for j in range(lo, hi):
            best = min(((v[0], k) for k, v in prev.items() if k < j), default=None)
            if best is None:
                continue
            d = abs(cells[i].centre - centres[j])
            cur[j] = (best[0] + d, [*prev[best[1]][1], j])
        if not cur:
            return None
        prev = cur
    path = min(prev.values())[1] if singles else []
    for i, j in zip(singles, path, strict=True):
        places[i] = (j, 1)
    # certainty: each single cell's column must be clearly nearer than any other free column
    taken = [p for p in places if p is not None]
    spans = m == n - 1 and all(p[1] == 1 for p in taken)  # one cell may span two columns
    for i, (j, _) in zip(singles, [places[i] for i in singles], strict=True):  # type: ignore[misc]
        d = abs(cells[i].centre - centres[j])
        inside = extents[j][0] <= cells[i].centre <= extents[j][1]
        flush_left = firm and j == 0 and cells[i].x0 <= extents[0][0] and n > 1 and cells[i].x1 < extents[1][0]
        if d > MAX_DRIFT * pitch and not inside and not flush_left:  # (no column left of the first one:
            return None  # a row label set flush left under a head centred in a wide column is the first's)
        edged = {k for k, (a, b) in enumerate(extents) if a == cells[i].x0 or b == cells[i].x1}
        if edged and j not in edged:
            return None  # nearest by its centre, but flush with another column's edge
        lo = max((p[0] + p[1] for p in taken if p[0] < j), default=0)
        hi = min((p[0] for p in taken if p[0] > j), default=n)
        near = [k for k in range(lo, hi) if k != j and abs(cells[i].centre - centres[k]) - d < AMBIGUITY_MARGIN]
        if near and spans and _spans_two(cells[i], j, near, centres):
            places[i] = (min(j, near[0]), 2)
            spans = False
        elif near:
            return None
    return [p for p in places if p is not None]


def _spans_two(cell: RCell, j: int, near: list[int], centres: list[float]) -> bool:
    """A one-line word cell (no figure, no dash) of a row one cell short, as near the free column beside its
    own as its own, lying between their centres (``구분`` over an indicator column and its 목표 / 실적
    column, the head printed a little off the columns below): one cell merged over both."""
    if len(near) != 1 or abs(near[0] - j) != 1 or len({s.line for s in cell.segs}) != 1:
        return False
    if any(ch.isdigit() for s in cell.segs for ch in s.text) or any(is_figure(s.text) for s in cell.segs):
        return False  # (a dash printed for none is a figure's cell too: never merged over two columns)
    a, b = sorted((j, near[0]))
    return centres[a] < cell.centre < centres[b]


def _between(cell: RCell, extents: list[tuple[int, int]]) -> int | None:
    """Column ``j`` when a one-line cell lies in the blank gap between columns ``j`` and ``j + 1``,
    touching neither but filling half of it or more, centred on the two together (``구분`` over a source column and its 계획 /
    집행 column: one cell merged over both, which ``pdftotext -layout`` centres between them)."""
    if len({s.line for s in cell.segs}) != 1:
        return None
    for j in range(len(extents) - 1):
        (a0, a1), (b0, b1) = extents[j], extents[j + 1]
        if (a1 <= cell.x0 and cell.x1 <= b0 and abs(cell.centre - (a0 + b1) / 2) <= 1
                and 2 * (cell.x1 - cell.x0) >= b0 - a1):  # it fills most of the gap
            return j
    return None


def _layout(rows: list[Row], lead: bool = False) -> tuple[list[float], float, list[tuple[int, int]]] | None:
    """Column centres (mean over the rows with the most cells), the mean column pitch and each
    column's extent over those rows. With ``lead``, the rows with the most cells leave the first
    column empty (its cells span rows, printed on the rows between them): the first cells of other
    rows lying wholly left of those rows' first column (one a row at most) make a column of their own."""
    n = max(len(r.cells) for r in rows)
    if n < 2:
        return None
    model = [r for r in rows if len(r.cells) == n and not r.spanning]
    if not model:
        return None
    if lead:
        edge = min(r.cells[0].x0 for r in model)
        left = [r.cells[0] for r in rows if r not in model and not r.spanning and r.cells[0].x1 < edge]
        if not left or any(len([c for c in r.cells if c.x1 < edge]) > 1 for r in rows):
            return None
        lay = _layout(model)
        if lay is None:
            return None
        centres = [sum(c.centre for c in left) / len(left), *lay[0]]
        extents = [(min(c.x0 for c in left), max(c.x1 for c in left)), *lay[2]]
        return centres, (centres[-1] - centres[0]) / n, extents
    centres = [sum(r.cells[j].centre for r in model) / len(model) for j in range(n)]
    if any(b <= a for a, b in zip(centres, centres[1:], strict=False)):
        return None
    pitch = (centres[-1] - centres[0]) / (n - 1)
    extents = [(min(r.cells[j].x0 for r in model), max(r.cells[j].x1 for r in model)) for j in range(n)]
    return centres, pitch, extents


def measure_score(lines: list[TLine], wide: bool) -> int:
    """How well a measure lines a block up: segments sharing their left or right edge with a
    segment of another line (monospace text aligns exactly in display columns, ``pdftotext
    -layout`` text in characters)."""
    segs = [(k, s.span(wide)) for k, ln in enumerate(lines) for s in ln.segs]
    by_left = Counter(a for _, a in {(k, a) for k, (a, _) in segs})  # lines with a segment starting at a
    by_right = Counter(b for _, b in {(k, b) for k, (_, b) in segs})
    return sum(1 for _, (a, b) in segs if by_left[a] >= 2 or by_right[b] >= 2)


def plan(lines: list[TLine], lead: bool = False) -> tuple[list[Row], list[Placed], int, bool] | None:
    """Rows, placed cells, column count and measure (wide?) of a block, or None if uncertain.

    The measure that aligns more segment edges is taken; where it cannot place every cell, the
    other measure is tried only where the first ran the lines of two cells together (in display
    columns, ``pdftotext -layout`` Hangul spreads right over its neighbour), and only if it
    places every cell and keeps each cell to lines of one column (otherwise it would be a guess: a
    Hangul word shifts what follows by its width in one measure and not in the other). Only when
    both measures align the block as well is either taken, and then both must place every cell
    in the same column, unless one of them has a single row with the most cells and the other
    several (the first parts the lines of one cell, as above: a head's wrapped cells around its
    line, ``민간전문가 자`` / ``문``). ``lead``: see :func:`_layout`."""
    groups = row_groups(lines)
    shown = [w for w in (True, False) if any(pair_head_line(g, w, [ln for h in groups[k + 1:] for ln in h])
                                              for k, g in enumerate(groups))]
    if len(shown) == 1 and (got := _place(lines, shown[0], lead)) is not None:
        return got  # the one measure whose year heads stand centred over their pairs of sub-heads
    wide_score, char_score = measure_score(lines, True), measure_score(lines, False)
    if wide_score != char_score:
        first = wide_score > char_score
        got = _place(lines, first, lead)
        if got is not None and _stacks_figures(got[0]):
            other = _place(lines, not first, lead)  # two rows' figures in one cell: the other measure, if it
            return other if other is not None and not _stacks_figures(other[0]) else got  # parts them
        return got or (_place(lines, not first, lead) if _runs_together(lines, first) or (
            _models(lines, first) == 1 and _models(lines, not first) >= 2) else None)
    placed = [g for g in (_place(lines, True, lead), _place(lines, False, lead)) if g is not None]
    if len(placed) == 2 and _grid_of(placed[0]) != _grid_of(placed[1]):
        models = [_models(lines, True), _models(lines, False)]
        if sorted(models)[0] == 1 and max(models) >= 2:
            return placed[models.index(max(models))]  # the other measure parts one row's cell in two
        return None
    return placed[0] if placed else None


def _stacks_figures(rows: list[Row]) -> bool:
    """A cell holding a whole figure on each of two lines (``56`` over ``113``): a figure does not wrap,
    so the measure ran two rows' cells together (``169`` under ``2025년`` where a Hangul word before it
    pushed it right)."""
    return any(len({s.line for s in c.segs if is_figure(s.text)}) >= 2 for r in rows for c in r.cells)


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
    lay = _layout(rows)
    if lay is None:
        return False
    centres, pitch, _ = lay
    return any((len([x for x in centres if c.x0 <= x <= c.x1]) >= 2 and c.x1 - c.x0 > pitch * 1.2
                and len({s.line for s in c.segs}) > 1) or _lines_apart(c, centres, wide)
               for r in rows for c in r.cells)


def _place(lines: list[TLine], wide: bool, lead: bool = False) -> tuple[list[Row], list[Placed], int, bool] | None:
    rows = all_rows(lines, wide)
    lay = _layout(rows, lead)
    if lay is None:
        return None
    centres, pitch, extents = lay
    placed: list[Placed] = []
    heads = {k: under for k in range(len(rows) - 1)
             if (under := sub_heads(rows, k, wide) or year_sub_heads(rows, k, wide)) is not None}
    pairs = {k: firsts for k in range(len(rows) - 1) if (firsts := pair_heads(rows, k, wide)) is not None}
    firm = all(len({s.line for c in r.cells for s in c.segs}) == 1
               for r in rows if len(r.cells) == len(centres) and not r.spanning)
    for k, r in enumerate(rows):
        if k in heads or k in pairs:
            continue  # placed with the row below
        where = _assign(r.cells, centres, pitch, extents, wide, firm)
        if where is None:
            return None
        if k - 1 in pairs and over_pairs(where, pairs[k - 1], rows[k - 1], r, k, placed):
            under = {j for i in pairs[k - 1] for j in (i, i + 1)}
            where = [w for i, w in enumerate(where) if i in under]
            r = Row([c for i, c in enumerate(r.cells) if i in under], r.lines)
        elif k - 1 in pairs:
            return None  # the years not over their pairs' columns: no guess
        elif k - 1 in heads and over_sub_heads(where, heads[k - 1], rows[k - 1], r, k, placed):
            where = [w for i, w in enumerate(where) if i in heads[k - 1]]
            r = Row([r.cells[i] for i in heads[k - 1]], r.lines)
        elif k - 1 in heads:  # the head not over its sub-heads' columns: placed on its own
            top = _assign(rows[k - 1].cells, centres, pitch, extents, wide)
            if top is None:
                return None
            placed += [Placed(k - 1, j, s, c) for (j, s), c in zip(top, rows[k - 1].cells, strict=True)]
        for (j, s), c in zip(where, r.cells, strict=True):
            parts = _split_span(c, j, s, centres, wide) if s > 1 and not r.spanning and len(r.cells) > 1 else None
            placed += [Placed(k, j + i, 1, p) for i, p in enumerate(parts)] if parts else [Placed(k, j, s, c)]
    return rows, placed, len(centres), wide


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
            at = sum(len(w) + 1 for w in words[:bounds[i]])
            text = " ".join(words[bounds[i]:bounds[i + 1]])
            part = Seg(text, seg.x0 + offs[at], seg.x0 + offs[at + len(text)], seg.c0 + at, seg.c0 + at + len(text),
                       seg.line)
            a, b = part.span(wide)
            d = [abs((a + b) / 2 - x) for x in centres]
            if any(k != first + i and d[k] - d[first + i] < AMBIGUITY_MARGIN for k in range(len(centres))):
                break
            out.append(RCell([part], a, b))
        else:
            fits.append(out)
    return fits[0] if len(fits) == 1 else None  # one grouping only: else the words may be one cell


def build_table(lines: list[TLine], lexicon: str = "", lead: bool = False) -> Table | None:
    """The table of an aligned block, or None when the block cannot be aligned with certainty.
    ``lead``: its fullest rows leave the first column to cells spanning rows (see :func:`_layout`)."""
    p = plan(lines, lead)
    if p is None:
        return None
    rows, placed, n_cols, wide = p
    cells: list[Cell] = []
    for pc in placed:
        nums = [s.line for s in pc.cell.segs]
        cols = (min(s.x0 for s in pc.cell.segs), max(s.x1 for s in pc.cell.segs))
        src = Source(line_start=min(nums), line_end=max(nums), columns=cols)
        cells.append(Cell(row=pc.row, col=pc.col, text=pc.cell.text(lexicon), col_span=pc.span,
                          row_span=pc.cell.rows, source=src))
    nums = [line.number for line in lines if not line.blank]
    return Table(cells=_centred_leads(cells, rows), n_rows=len(rows), n_cols=n_cols,
                 source=Source(line_start=min(nums), line_end=max(nums)))


def _centred_leads(cells: list[Cell], rows: list[Row]) -> list[Cell]:
    """Cells of the first columns printed on one row of a run of rows a blank line apart, the rows
    above and below leaving those columns empty (``일자리 창출  명  197`` on the 2020 row between the
    2019 and 2021 rows): cells ``pdftotext -layout`` centred on the rows they span. Each row without
    them goes to the nearest row with them (a tie: nothing is changed); the cells span their rows
    only where every such run is centred on its row (its first and last lines equally far from it),
    which a cell printed on its first row only (the rows below left empty) never is."""
    fig = [k for k, r in enumerate(rows) if any(is_figure(s.text) for c in r.cells for s in c.segs)]
    if not fig or any(c.row_span != 1 for c in cells):
        return cells
    body = range(fig[0], len(rows))
    if any(len(rows[k].lines) != 1 or rows[k].spanning for k in body):
        return cells
    line = {k: rows[k].lines[0].number for k in body}
    firsts = {k: min((c.col for c in cells if c.row == k), default=None) for k in body}
    labelled = [k for k in body if firsts[k] == 0]
    bare = [k for k in body if firsts[k] != 0]
    leads = {firsts[k] or 0 for k in bare}  # (a row of no cell has none: 0, which no lead is)
    if not labelled or not bare or len(leads) != 1 or 0 in leads:
        return cells
    lead = leads.pop()
    owner: dict[int, int] = {}
    for k in bare:
        near = sorted((abs(line[k] - line[j]), j) for j in labelled)
        if len(near) > 1 and near[0][0] == near[1][0]:
            return cells
        owner[k] = near[0][1]
    spans: dict[int, tuple[int, int]] = {}
    for j in labelled:
        mine = sorted([j, *(k for k, o in owner.items() if o == j)])
        if mine != list(range(mine[0], mine[-1] + 1)) or 2 * line[j] != line[mine[0]] + line[mine[-1]]:
            return cells
        spans[j] = (mine[0], len(mine))
    if all(n == 1 for _, n in spans.values()):
        return cells
    return [Cell(row=spans[c.row][0], col=c.col, text=c.text, row_span=spans[c.row][1], col_span=c.col_span,
                 source=c.source) if c.row in spans and c.col + c.col_span <= lead else c for c in cells]


def flatten(lines: list[TLine], wide: bool = True, lexicon: str = "") -> list[tuple[str, int, int, int]]:
    """An uncertain block as one text line per row (cells in order, wrapped cells joined):
    (text, first line, last line, indent). Nothing is placed in a column."""
    out = []
    for r in all_rows(lines, wide):
        nums = [line.number for line in r.lines]
        out.append(("  ".join(c.text(lexicon) for c in r.cells), min(nums), max(nums), r.cells[0].x0 if r.cells else 0))
    return out
