"""The rows of a whole block, row groups holding a wrapped cell's pieces apart read as one."""

from __future__ import annotations

import re
from itertools import accumulate

from pledgecard.extract.readers.text_cells import Row
from pledgecard.extract.readers.text_col_cells import row_groups
from pledgecard.extract.readers.text_col_centred import centred_rows, figure_wrapped, two_on_a_line
from pledgecard.extract.readers.text_col_split_rows import split_rows
from pledgecard.extract.readers.text_lines import TLine

_BRACKETED = re.compile(r"\([^()]*\)")
_BARE_NUMBER = re.compile(r"\d")


def all_rows(lines: list[TLine], wide: bool) -> list[Row]:
    """The rows of every row group of a block, each group told where the next one starts; a run of
    groups holding a wrapped cell's lines apart (:func:`pieces_rejoined`) read as one."""
    groups = row_groups(lines)
    if not groups:
        return []
    kinds = _group_kinds(groups, wide)
    flat, ends = flat_groups(groups)
    out: list[Row] = []
    k = 0
    while k < len(groups):
        run = pieces_rejoined(groups, k, wide, kinds)
        if run is not None:
            rows, k = run
            out += rows
            continue
        out += split_rows(
            groups[k], wide, groups[k + 1][0].number if k + 1 < len(groups) else None, flat[ends[k] :]
        )
        k += 1
    return out


def flat_groups(groups: list[list[TLine]]) -> tuple[list[TLine], list[int]]:
    """The groups' lines in one list, and where each group ends in it (``flat[ends[k]:]``: the lines of
    the groups after group ``k``, sliced instead of joined again for every group)."""
    flat = [ln for g in groups for ln in g]
    return flat, list(accumulate(len(g) for g in groups))


def _group_kinds(groups: list[list[TLine]], wide: bool) -> tuple[int, list[bool], list[bool]]:
    """The block's left edge, and which groups are lone pieces (:func:`_lone_piece`) and which hold a
    row's line (:func:`_row_line`): measured once a block, not once a group."""
    left = min(ln.indent(wide) for g in groups for ln in g)
    return (
        left,
        [_lone_piece(g, left, wide) for g in groups],
        [any(_row_line(ln, left, wide) for ln in g) for g in groups],
    )


def _lone_piece(group: list[TLine], left: int, wide: bool) -> bool:
    """A row group of lines of one segment each, none at the block's left edge, with no number outside
    brackets (``성(45명)``, ``대중교통``; a row's own line prints its year, figure, dash or rate): the
    lines of a wrapped cell."""
    return all(len(ln.segs) == 1 and ln.indent(wide) > left + 1 for ln in group) and not any(
        _BARE_NUMBER.search(_BRACKETED.sub("", s.text)) for ln in group for s in ln.segs
    )


def _row_line(line: TLine, left: int, wide: bool) -> bool:
    """A line at the block's left edge holding a number outside brackets (a row's year or figure; a
    header line prints words)."""
    return line.indent(wide) <= left + 1 and any(
        _BARE_NUMBER.search(_BRACKETED.sub("", s.text)) for s in line.segs
    )


def pieces_rejoined(
    groups: list[list[TLine]], k: int, wide: bool, kinds: tuple[int, list[bool], list[bool]] | None = None
) -> tuple[list[Row], int] | None:
    """(rows, next group) when group ``k`` opens a run of row groups ``pdftotext -layout`` parted by
    blank lines inside a cell centred on its row (``대중교통`` / ``2025 교육생 양 49명 …`` / ``성(45명)``,
    a blank line above the last piece): the run holds groups of rows (a line at the block's left edge
    with a number) and at least one group of lone pieces (:func:`_lone_piece`) right after or before
    one (pieces opening the block are a cell's rest from before a page break, no row's), and read as
    one group every piece's lines find their cell centred on a row's line (or on
    rows it spans), no cell wrapping a figure or holding two segments of one line. None when group ``k`` opens no such run or the run
    does not read so: the groups are read one by one. ``kinds``: :func:`_group_kinds`, when measured already."""
    left, piece, rowed = kinds or _group_kinds(groups, wide)
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
    rows = centred_rows(joined, anchors, wide, after)
    if rows is None or figure_wrapped(rows) or any(two_on_a_line(c) for r in rows for c in r.cells):
        return None
    return rows, end
