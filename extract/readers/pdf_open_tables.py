"""Open-sided tables of a PDF page: drawn with horizontal rules only, cells set apart by white space.

Many government documents draw their tables so: a rule over and under the table, one under the
head rows, none between the body rows and no vertical rule at all. The ruling-line finder
(:mod:`pdf_grids`) sees no cell in them. Here a stack of two or more horizontal rules of one extent
with text between them, no vertical rule crossing it, is rebuilt as a grid from its text:

- columns: the gaps that no character of the body rows (the rows under the first rule below the
  top) covers, a gap at least half a character wide; the boundary sits where a rule is cut into
  segments inside the gap (renderers draw a rule cell by cell), else in the gap's middle;
- rows: text lines whose boxes overlap (a cell wrapped over two lines beside one-line cells
  centred on it) make one row; a head piece spanning columns with text under it in every one of
  them (``연도별 투자계획`` over the years) is a row of its own, a cell beside it spanning both;
- a piece of text crossing a boundary in a head row is a cell spanning the columns it covers;
- a sub-head over no body text between two cell edges of the rule: a column empty on this page.

A page break cuts such tables anywhere; each page's part is a grid flagged for the join
(:mod:`pdf_open_join`): rows below the last rule down to the page's end (``cut_below``; under a
body of several rows ruled off, only rows printed in its columns: the page's text after a closed
table runs across them); a head alone at the page's foot, between its rules or under a lone rule in
the page's last fifth (``head_only``, its columns from the head's lowest pieces); rows above the
first rule of the next page, each piece inside a column of the table the break cut (``cut_above``).

The grid (cell boxes) then goes through the same cell filling as a ruled table.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.readers.pdf_grids import EDGE_TOL, Grid, contains
from pledgecard.extract.readers.pdf_open_body import body_rows, bridges, lone_labels, wrapped
from pledgecard.extract.readers.pdf_open_cuts import cut_rows, footless, in_type
from pledgecard.extract.readers.pdf_open_pieces import (
    STRIP_SHARE,
    Char,
    Piece,
    char_inside,
    line_pieces,
    lines_pieces,
    median_size,
    piece_strips,
    printed_lines,
)
from pledgecard.extract.readers.pdf_open_rows import (
    Row,
    column_edges,
    empty_columns,
    fits_body,
    head_rows,
    leaves,
    unruled_head,
)
from pledgecard.extract.readers.pdf_open_rules import (
    Rule,
    carried_rows,
    open_rules,
    stack_goes_on,
    stacks,
    table_runs,
)

__all__ = ["Piece", "body_rows", "wrapped", "open_grids", "printed_lines"]

FOOT_SHARE = 0.2  # a lone rule this close to the page's foot, head lines under it: a head its body left
HEAD_LINES = 3  # the most lines a head cut off its body prints


def open_grids(
    edges: Sequence[dict[str, Any]],
    chars: Sequence[Char],
    grids: Sequence[Grid],
    height: float | None = None,
    carried: Sequence[float] | None = None,
) -> list[Grid]:
    """The open-sided tables of a page whose ruled tables are ``grids``, as grids of cell boxes.

    With the page's ``height``, a head a page break cuts off its body (a lone rule in the page's last
    fifth with a few head lines under it) is read too; ``carried``, the column edges of an open table the
    previous page's break cut, lets the rows above this page's first rule of that extent go on it."""
    rules = open_rules(edges, grids)
    verticals = [e for e in edges if e["orientation"] == "v" and e["height"] >= 3]
    text = [c for c in chars if c.get("text") and not c["text"].isspace()]
    out: list[Grid] = []
    for run in stacks(rules):
        for stack in table_runs(run, text, verticals):
            first, last = stack[0], stack[-1]
            box = (last.x0, first.y, last.x1, last.y)
            end = min(
                (g.bbox[1] for g in grids if g.bbox[1] > last.y and not contains(g.bbox, box, EDGE_TOL)),
                default=float("inf"),
            )  # a ruled table below ends the page's text under the stack
            nested = any(contains(g.bbox, box, EDGE_TOL) for g in grids)  # its cell goes on on the next page
            below = (
                []
                if nested or any(r.y > last.y + EDGE_TOL and r.x1 > last.x0 and r.x0 < last.x1 for r in rules)
                else [c for c in text if char_inside(c, last.x0, last.x1, last.y, end)]
            )
            above = carried_rows(
                first, text, grids, rules, carried
            )  # (in a box's cell too: the box cut with it)
            foot = height is not None and first.y > (1 - FOOT_SHARE) * height
            goes_on = not nested and stack_goes_on(first, grids, rules, carried)
            grid = _grid(stack, text, below, above, foot=foot, columns=carried, goes_on=goes_on)
            if grid is not None:
                out.append(grid)
    return out


def _grid(
    stack: list[Rule],
    text: Sequence[Char],
    below: Sequence[Char] = (),
    above: Sequence[Char] = (),
    *,
    foot: bool = False,
    columns: Sequence[float] | None = None,
    goes_on: bool = False,
) -> Grid | None:
    """The grid of the rules ``stack`` (one extent, top to bottom) and the text between them. ``below``: the
    text under its last rule (rows a page break cut open, or a head at the page's ``foot`` its body left);
    ``above``: the text over its first rule (rows that go on a table the previous page's break cut, whose
    column edges are ``columns``: those rows alone over a lone rule keep them); ``goes_on``: the stack is
    the first of the page under that table's extent (:func:`stack_goes_on`), so one band between its rules
    holds that table's body rows, no head of its own (the head the break cut off at the page's foot)."""
    x0, x1 = min(r.x0 for r in stack), max(r.x1 for r in stack)
    top, bottom = stack[0].y, stack[-1].y
    chars = [c for c in text if char_inside(c, x0, x1, top, bottom)]
    size = median_size(chars or [*above, *below])
    bands: list[list[list[Piece]]] = []  # per band (between two rules), its rows
    for a, b in zip(stack, stack[1:], strict=False):
        pieces = [
            p
            for line in printed_lines([c for c in chars if char_inside(c, x0, x1, a.y, b.y)])
            for p in line_pieces(line, size)
        ]
        bands.append(piece_strips(pieces, STRIP_SHARE * size))
    rules = [r.y for r in stack]
    carried = [p for x in lines_pieces(above, size) for p in x]
    if len(stack) == 1 and not any(len(s) >= 2 for s in piece_strips(carried, STRIP_SHARE * size)):
        carried = []  # a lone line of text over a lone rule is no table's row (over a head rule: the head's rest)
    if carried:  # the rows the break carried over from the previous page: a band from their first line
        top = min(p.top for p in carried) - 1.0
        bands.insert(0, piece_strips(carried, STRIP_SHARE * size))
        rules.insert(0, top)
    below = in_type(below, size) if chars else below
    cut = cut_rows(below, x0, x1, size, headed=len(stack) == 2 and len(bands) == 1 and len(bands[0]) == 1)
    if cut and not fits_body(cut, bands[-1] if len(stack) >= 3 else [], x0, x1, size, stack[-1].joints):
        cut = []  # text under a ruled body running across its columns: the page's text after the table
    head_only = False
    if cut and len(stack) == 1 and not carried:  # a lone rule at the page's foot: a head its body left
        if not foot or len(footless(lines_pieces(below, size), x0, x1)) > HEAD_LINES:
            return None
        head_only = True
    elif not cut and len(bands) == 1 and not carried and not footless(lines_pieces(below, size), x0, x1):
        head_only = foot  # nothing under the rules down to the page's end: a head, its body on the next page
    if cut:  # the rows a page break cuts off the table's bottom rule: a band to their last line
        bottom = max(p.bottom for p in cut) + 1.0
        bands.append(piece_strips(cut, STRIP_SHARE * size))
        rules.append(bottom)
    if not bands:
        return None
    strips = [s for band in bands for s in band]
    if head_only:
        n_head = len(strips)
        body = leaves([p for s in strips for p in s])
    elif (carried or goes_on) and len(
        bands
    ) == 1:  # rows the break carried over, no rule under a head of theirs
        n_head = 0
        body = [p for s in strips for p in s]
    else:
        n_head = len(bands[0]) if len(bands) > 1 else unruled_head(bands[0])
        body = [p for band in (bands[1:] if len(bands) > 1 else [bands[0][n_head:]]) for s in band for p in s]
        if len(strips) < 2:
            return None
    if not body:
        return None
    empty = empty_columns([p for s in strips[:n_head] for p in s], body)
    joints = [j for r in (stack[1:] or stack) for j in r.joints]
    xs = column_edges(body, x0, x1, size, joints, empty, rules)
    if not n_head and columns and len(xs) <= len(columns):  # rows the break carried: the cut table's columns
        xs = [x0, *columns[1:-1], x1]  # (unless they show more: a head whose columns were read run together)
    if len(xs) < 3:
        return None
    rows: list[Row] = []
    k = 0
    for band in bands:
        band_rows: list[Row] = []
        for s in band if k < n_head else wrapped(band, xs, size):
            band_rows += head_rows(s, xs, size) if k < n_head else body_rows(s, xs, size)
            k += 1
        rows += bridges(lone_labels(band_rows), size)
    return Grid(
        (x0, top, x1, bottom),
        _boxes(rows, xs, top, bottom, rules),
        cut_above=bool(carried),
        cut_below=bool(cut) or head_only,
        head_only=head_only,
        open_sided=True,
    )


def _boxes(
    rows: list[Row], xs: Sequence[float], top: float, bottom: float, rules: Sequence[float]
) -> list[tuple[float, float, float, float]]:
    """Cell boxes: row edges at the rules and between the rows' text; a piece spanning columns a
    cell of them all; a tall column's cell spanning its row and the next."""
    ys = [top]
    for a, b in zip(rows, rows[1:], strict=False):
        at = [r for r in rules if a.bottom - EDGE_TOL <= r <= b.top + EDGE_TOL]
        ys.append(at[0] if at else (a.bottom + b.top) / 2)
    ys.append(bottom)
    boxes: list[tuple[float, float, float, float]] = []
    covered: set[tuple[int, int]] = set()
    for i, row in enumerate(rows):
        for cols, _ in sorted(row.cells, key=lambda c: c[0][0]):
            free = [k for k in cols if (i, k) not in covered]
            if len(free) >= 2 and free == list(range(free[0], free[-1] + 1)):
                down = min(max(row.tall.get(k, 1) for k in free), len(rows) - i)
                boxes.append((xs[free[0]], ys[i], xs[free[-1] + 1], ys[i + down]))
                covered.update((i + d, k) for k in free for d in range(down))
        for k in range(len(xs) - 1):
            if (i, k) in covered:
                continue
            down = min(row.tall.get(k, 1), len(rows) - i)
            boxes.append((xs[k], ys[i], xs[k + 1], ys[i + down]))
            covered.update((i + d, k) for d in range(down))
    return boxes
