"""The horizontal rules an open-sided table (:mod:`pdf_open_tables`) is drawn with: rules that draw no ruled
table's cell, stacked by extent, cut into runs whose bands print text in columns; the rows above a page's
first rule that go on the table the previous page's break cut."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pledgecard.extract.readers.pdf_grids import EDGE_TOL, END_TOL, JOIN_TOL, Grid, contains
from pledgecard.extract.readers.pdf_open_pieces import (
    GAP_SHARE,
    Char,
    Piece,
    char_inside,
    line_pieces,
    lines_pieces,
    median_size,
    other_type,
    printed_lines,
)

MIN_RULE = 72.0  # points: a rule shorter than an inch is no table's frame
CARRIED_GAP = 3.0  # lines carried over a page break stand no further apart than this (x the characters' size)


@dataclass(slots=True)
class Rule:
    y: float
    x0: float
    x1: float
    joints: list[float]  # where the rule's segments meet (cell edges of the renderer)


def carried_rows(
    first: Rule,
    text: Sequence[Char],
    grids: Sequence[Grid],
    rules: Sequence[Rule],
    carried: Sequence[float] | None,
) -> list[Char]:
    """The characters above ``first`` (the topmost rule of its extent on the page) that go on the open
    table the previous page's break cut (``carried``, its column edges): the lines over the rule, upwards,
    each piece of them inside one of those columns, no wider gap between two of them than a few lines
    (a running header above them stands apart or across columns, or is printed in a size of its own: crossbreed
    6350, the card's title atop the page in the last column, 8.5 pt over rows of 10, had gone into the last carried
    row's cell, the funding's 기타 column lost); none unless the extents agree and no rule or ruled table stands
    above the rule."""
    if not stack_goes_on(first, grids, rules, carried):
        return []
    chars = [c for c in text if char_inside(c, first.x0, first.x1, float("-inf"), first.y)]
    size = median_size(chars)
    kept: list[Piece] = []
    kept_size = size
    for line in reversed(lines_pieces(chars, size)):
        if kept and min(p.top for p in kept) - max(p.bottom for p in line) > CARRIED_GAP * size:
            break
        if kept and other_type(_size_of(chars, line), kept_size):
            break  # a running header's size, not the rows'
        if not all(
            any(
                carried[k] - GAP_SHARE * size <= p.x0 and p.x1 <= carried[k + 1] + GAP_SHARE * size
                for k in range(len(carried) - 1)
            )
            for p in line
        ):
            break
        kept += line
        kept_size = _size_of(chars, kept)  # (the rows' size, measured once a line)
    return [c for c in chars if any(char_inside(c, p.x0, p.x1, p.top - 1, p.bottom + 1) for p in kept)]


def _size_of(chars: Sequence[Char], pieces: Sequence[Piece]) -> float:
    """The median size of the characters of ``chars`` printed in ``pieces``."""
    return median_size(
        [c for c in chars if any(char_inside(c, p.x0, p.x1, p.top - 1, p.bottom + 1) for p in pieces)]
    )


def stack_goes_on(
    first: Rule, grids: Sequence[Grid], rules: Sequence[Rule], carried: Sequence[float] | None
) -> bool:
    """Whether the stack under ``first`` may go on the open table the previous page's break cut
    (``carried``, its column edges): the extents agree and no rule or ruled table stands above it."""
    if not carried or abs(carried[0] - first.x0) > 2 * EDGE_TOL or abs(carried[-1] - first.x1) > 2 * EDGE_TOL:
        return False
    return not (
        any(r.y < first.y - EDGE_TOL and r.x1 > first.x0 and r.x0 < first.x1 for r in rules)
        or any(g.bbox[3] <= first.y + EDGE_TOL for g in grids)
    )


def open_rules(edges: Sequence[dict[str, Any]], grids: Sequence[Grid]) -> list[Rule]:
    """Horizontal rules that draw no ruled table's cell (outside them, or inside one cell: an open table
    nested in a cell of a ruled one), collinear segments joined."""
    segs = [e for e in edges if e["orientation"] == "h" and not any(_draws(g, e) for g in grids)]
    out: list[Rule] = []
    for e in sorted(segs, key=lambda e: (round(e["top"]), e["x0"])):
        last = next(
            (r for r in reversed(out) if abs(r.y - e["top"]) <= END_TOL and e["x0"] <= r.x1 + JOIN_TOL), None
        )
        if last is None:
            out.append(Rule(e["top"], e["x0"], e["x1"], []))
        elif e["x1"] > last.x1:
            if abs(e["x0"] - last.x1) <= JOIN_TOL:
                last.joints.append(e["x0"])
            last.x1 = e["x1"]
    return [r for r in out if r.x1 - r.x0 >= MIN_RULE]


def _draws(grid: Grid, e: dict[str, Any]) -> bool:
    """Whether a horizontal edge lies in a ruled grid other than strictly inside one of its cells."""
    if not contains(grid.bbox, (e["x0"], e["top"], e["x1"], e["top"]), EDGE_TOL):
        return False
    return not any(
        b[1] + EDGE_TOL < e["top"] < b[3] - EDGE_TOL
        and b[0] - EDGE_TOL <= e["x0"]
        and e["x1"] <= b[2] + EDGE_TOL
        for b in grid.cells
    )


def stacks(rules: Sequence[Rule]) -> list[list[Rule]]:
    """Rules of one extent (left and right ends within a few points), top to bottom; a rule drawn
    thick as two close edges counts once."""
    groups: list[list[Rule]] = []
    for r in sorted(rules, key=lambda r: r.y):
        group = next(
            (
                g
                for g in groups
                if abs(g[0].x0 - r.x0) <= 2 * EDGE_TOL and abs(g[0].x1 - r.x1) <= 2 * EDGE_TOL
            ),
            None,
        )
        if group is None:
            groups.append([r])
        elif r.y - group[-1].y <= 2 * EDGE_TOL:
            group[-1].joints += r.joints
        else:
            group.append(r)
    return groups


def table_runs(
    run: list[Rule], text: Sequence[Char], verticals: Sequence[dict[str, Any]]
) -> list[list[Rule]]:
    """The runs of consecutive rules whose bands each hold text in two columns or more and no
    vertical rule: a band of one piece a line (a heading between two tables) ends a table, and so do two
    rules cut into segments at other cell edges (:func:`_other_cells`: two tables of one width, a heading
    of a number and a title between them). A rule alone is a run of its own (a table's closing rule or its
    top, the page break cutting the rest)."""
    out: list[list[Rule]] = []
    cur: list[Rule] = [run[0]]
    for a, b in zip(run, run[1:], strict=False):
        band = [c for c in text if char_inside(c, a.x0, a.x1, a.y, b.y)]
        crossed = any(
            e["x0"] > a.x0 + EDGE_TOL
            and e["x0"] < a.x1 - EDGE_TOL
            and e["top"] < b.y - EDGE_TOL
            and e["bottom"] > a.y + EDGE_TOL
            for e in verticals
        )
        if band and not crossed and _columned(band) and not _other_cells(a, b) and not _heading_line(band, a):
            cur.append(b)
            continue
        out.append(cur)
        cur = [b]
    out.append(cur)
    return out


def _other_cells(a: Rule, b: Rule) -> bool:
    """Whether two rules are drawn cell by cell at other edges: each cut where the other is not (a rule
    under merged cells is cut at fewer of the same edges), so they frame no one table's columns."""

    def within(xs: Sequence[float], ys: Sequence[float]) -> bool:
        return all(any(abs(x - y) <= EDGE_TOL for y in ys) for x in xs)

    return (
        bool(a.joints)
        and bool(b.joints)
        and not within(a.joints, b.joints)
        and not within(b.joints, a.joints)
    )


RUN_GAP = (
    1.0  # words of one line of text stand closer than this (x the characters' size); cells further apart
)


def _heading_line(band: Sequence[Char], a: Rule) -> bool:
    """Whether the band under rule ``a`` holds one line of words following each other (no gap of a character's
    width), flush with the rule's left end and ending before its middle: a heading between two tables
    (``□ 시민소통 실적`` between a goal table's closing rule and an outreach table's top one), not a row of cells.

    Class of card fixed: a scan read by OCR (noeul-city 48015 scan), whose words' boxes are their ink, so the
    gaps between a heading's words (a space and the glyphs' side bearings, about two thirds of a character) are
    wider than a text layer's spaces and cut the heading into pieces as a row's cells are cut: the goal and
    outreach tables were read as one grid across the heading."""
    lines = printed_lines(band)
    if len(lines) != 1:
        return False
    size = median_size(band)
    pieces = line_pieces(lines[0], size)
    if len(pieces) < 2 or pieces[0].x0 - a.x0 > size or pieces[-1].x1 > (a.x0 + a.x1) / 2:
        return False
    return all(q.x0 - p.x1 < RUN_GAP * size for p, q in zip(pieces, pieces[1:], strict=False))


def _columned(band: Sequence[Char]) -> bool:
    """Whether some line of the band holds two pieces or more."""
    size = median_size(band)
    return any(len(line) >= 2 for line in (line_pieces(x, size) for x in printed_lines(band)))
