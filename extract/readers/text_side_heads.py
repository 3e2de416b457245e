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


def _tables_cut(zone: list[TLine]) -> list[TLine] | None:
    """The zone's lines read column by column where it holds a table on each side: the right head's first
    character is a gutter no piece of the zone crosses, and lines print two pieces or more on each side of it
    (rows of cells). Each line is cut at that character: the left parts (the left head first), a blank line,
    the right head, the right parts (their spaces before kept: the right table's columns keep their places).
    None for any other zone (items side by side: :func:`headed_side_by_side`'s piece by piece reading).

    Class fixed: ``pdftotext -layout`` of a landscape page setting the funding table and the goal table side by
    side under ``2. 재원투자 계획 | 3. 목표 달성`` (doc-sinbi-county-3-9), each line a row of one table and a row of
    the other at different pitches: read as one table, the funding and the goals unread."""
    head = next((ln for ln in zone if _head(ln) is not None), None)
    if head is None:
        return None
    cut = head.segs[1].c0
    if any(s.c0 < cut < s.c1 for ln in zone for s in ln.segs):
        return None  # a piece crossing the right head's column: no gutter there
    if not any(sum(1 for s in ln.segs if s.c1 <= cut) >= 2 for ln in zone) or not any(
        sum(1 for s in ln.segs if s.c0 >= cut) >= 2 for ln in zone
    ):
        return None  # no row of cells on one side: items, not tables
    left = [to_tline(ln.number, ln.page, ln.text[:cut]) for ln in zone if ln is not head]
    right = [to_tline(ln.number, ln.page, ln.text[cut:]) for ln in zone if ln is not head]
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
