"""Two sections side by side under a head row naming both, in a layout dump: a two-column table whose
head row names a section in each column (``그간 추진실적 | 향후 추진계획``, repeated at every page's top),
its one body row holding each section's items. ``pdftotext -layout`` sets each line of the left cell
beside a line of the right one, so a right item lands after a left item on its line, or alone far
right of the left cell's lines (the right cell has few items: most lines hold the left cell's only).

:func:`headed_side_by_side` reads such a zone column by column: the left pieces, then a blank line,
then the right column's head (once) and its pieces, so that no reader after it runs the two cells'
lines together. The zone runs from the first head line to the end of the last page printing the
head, up to a line naming a section neither head names (the next part of the card). A right piece
is a piece after another on its line, or a line's one piece well right of the page's left edge,
opened by a bullet glyph; a line's last of at most two pieces, well right of the left edge, on the
line after a right piece and opened by no glyph is its wrapped end, joined to it (a row of a table
in the left cell, its cells three pieces or more, stays whole). Every other piece is the left cell's.
"""

from __future__ import annotations

from pledgecard.extract.labels import section_of
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_lines import Seg, TLine, to_tline
from pledgecard.extract.textjoin import glue

MIN_RIGHT = 20  # characters: a line's one piece starting this far right may be the right cell's


def _head(line: TLine) -> tuple[str, str] | None:
    """The two sections a head line names (left, right): two pieces, each naming a section, apart."""
    if len(line.segs) != 2 or line.segs[1].c0 < MIN_RIGHT:
        return None
    left, right = (section_of(s.text) for s in line.segs)
    return (left, right) if left is not None and right is not None and left != right else None


def _zone(lines: list[TLine]) -> tuple[int, int, tuple[str, str]] | None:
    heads = [(k, h) for k, ln in enumerate(lines) if (h := _head(ln)) is not None]
    if len(heads) < 1 or len({h for _, h in heads}) != 1:
        return None
    a, kinds = heads[0][0], heads[0][1]
    last_page = lines[heads[-1][0]].page
    b = a + 1
    while b < len(lines) and lines[b].page <= last_page:
        ln = lines[b]
        named = section_of(ln.text) if len(ln.segs) == 1 else None
        if named is not None and named not in kinds:
            break
        b += 1
    return a, b, kinds


def _marked(seg: Seg) -> bool:
    marker, rest = split_marker(seg.text)
    return marker is not None and bool(rest.strip())


def _right_at(line: TLine, after_right: bool) -> int | None:
    """The index of the line's first right piece, or None (the left cell's only)."""
    for k, s in enumerate(line.segs):
        far = k > 0 or (len(line.segs) == 1 and s.c0 >= MIN_RIGHT)
        if far and (_marked(s) or (after_right and k == len(line.segs) - 1 <= 1 and s.c0 >= MIN_RIGHT)):
            return k
    return None


def _blank_runs(rows: list[TLine]) -> list[tuple[int, int]]:
    """The runs of columns (start, end) no piece of ``rows`` covers, between their first piece's start and
    their last piece's end."""
    covered = {c for ln in rows for s in ln.segs for c in range(s.c0, s.c1)}
    if not covered:
        return []
    runs: list[tuple[int, int]] = []
    c, last = min(covered), max(covered)
    while c < last:
        if c in covered:
            c += 1
            continue
        d = c
        while d not in covered:
            d += 1
        runs.append((c, d))
        c = d
    return runs


def _apart(rows: list[TLine], run: tuple[int, int]) -> bool:
    """Whether ``rows`` print a line wholly left of the run and a line wholly right of it (two tables whose
    rows fall on lines of their own: different pitches)."""
    left = any(ln.segs and ln.segs[-1].c1 <= run[0] for ln in rows)
    return left and any(ln.segs and ln.segs[0].c0 >= run[1] for ln in rows)


def _gutter(rows: list[TLine], at: int) -> int | None:
    """The column cutting a page's rows into two tables: in the blank column run common to the rows nearest
    the right head's start ``at`` that starts at or left of it (a head is printed over its table or indented
    past its first column), one setting lines of their own on each side where any does; the head's start
    where that run holds it, else the run's end (the right table's first column). None without a run, or where a
    piece crosses the head's start (a line running across both sides: no two tables)."""
    if any(s.c0 < at < s.c1 for ln in rows for s in ln.segs):
        return None
    runs = [r for r in _blank_runs(rows) if r[0] <= at]
    apart = [r for r in runs if _apart(rows, r)]
    pick = max(apart or runs, default=None)
    return None if pick is None else min(max(at, pick[0]), pick[1])


def _tables_cut(zone: list[TLine]) -> list[TLine] | None:
    """The zone's lines read column by column where it holds a table on each side: each page's gutter is a
    blank column run common to its rows (:func:`_gutter`), and lines print two pieces or more on each side of it
    (rows of cells). Each line is cut there: the left parts (the left head first), a blank line, the right
    head, the right parts (their spaces before kept: the right table's columns keep their places); the head
    line, printed again at a page's top or anywhere in the zone, is read once. None for any other zone (items
    side by side: :func:`headed_side_by_side`'s piece by piece reading).

    Class fixed: ``pdftotext -layout`` of a landscape page setting the funding table and the goal table side by
    side under ``2. 재원투자 계획 | 3. 목표 달성`` (doc-sinbi-county-3-9), each line a row of one table and a row of
    the other at different pitches: read as one table, the funding and the goals unread. And (review d, session
    37) the head repeated in the zone cut as a row of the tables (sinbiP: goal rows lost), and the cut taken
    at the right head's first character, a head indented past its table moving the right table's first column
    to the left (sinbiA)."""
    heads = [ln for ln in zone if _head(ln) is not None]
    if not heads:
        return None
    head = heads[0]
    body = [ln for ln in zone if _head(ln) is None]
    cuts: dict[int, int] = {}
    for page in sorted({ln.page for ln in body}):
        at = next((h.segs[1].c0 for h in heads if h.page == page), head.segs[1].c0)
        if (cut := _gutter([ln for ln in body if ln.page == page], at)) is None:
            return None  # no column free of pieces: no gutter
        cuts[page] = cut
    if not any(sum(1 for s in ln.segs if s.c1 <= cuts[ln.page]) >= 2 for ln in body) or not any(
        sum(1 for s in ln.segs if s.c0 >= cuts[ln.page]) >= 2 for ln in body
    ):
        return None  # no row of cells on one side: items, not tables
    left = [to_tline(ln.number, ln.page, ln.text[: cuts[ln.page]]) for ln in body]
    right = [to_tline(ln.number, ln.page, ln.text[cuts[ln.page] :]) for ln in body]
    left_head = to_tline(head.number, head.page, head.text[: head.segs[0].c1])
    right_head = to_tline(head.number, head.page, head.segs[1].text)
    end = zone[-1]
    return [left_head, *left, TLine(end.number, end.page, ""), right_head, *right]


def headed_side_by_side(lines: list[TLine]) -> list[TLine]:
    """``lines`` with a zone of two sections side by side under a head naming both read column by
    column (see the module's docstring); unchanged without one."""
    zone = _zone(lines)
    if zone is None:
        return lines
    a, b, _ = zone
    if (cut := _tables_cut(lines[a:b])) is not None:
        return [*lines[:a], *cut, *lines[b:]]
    left: list[TLine] = []
    right: list[TLine] = []
    after_right = False
    right_head: str | None = None
    for ln in lines[a:b]:
        if _head(ln) is not None:
            left.append(to_tline(ln.number, ln.page, ln.text[: ln.segs[0].c1]))
            right_head = right_head or ln.segs[1].text
            after_right = False
            continue
        k = _right_at(ln, after_right) if ln.segs else None
        if k is None:
            left.append(ln)
            after_right = False
            continue
        left.append(to_tline(ln.number, ln.page, ln.text[: ln.segs[k - 1].c1] if k else ""))
        piece = " ".join(s.text for s in ln.segs[k:])
        if right and not _marked(ln.segs[k]):  # the wrapped end of the right item above: joined to it
            above = right.pop()
            piece = glue(above.text, piece)
        right.append(to_tline(ln.number, ln.page, piece))
        after_right = True
    if not right or right_head is None:
        return lines
    end = lines[b - 1]
    head = to_tline(end.number, end.page, right_head)
    return [*lines[:a], *left, TLine(end.number, end.page, ""), head, *right, *lines[b:]]
