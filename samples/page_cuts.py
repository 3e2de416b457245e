"""Page breaks inside table rows: a row split at the page boundary (HWP's 셀 단위로 나눔 off).

A row a page break cuts prints the top of every cell on one page and the rest at the top of the next:
the cut cell's text goes on there, the row's other cells are blank in the continued part. The head rows
are printed again over the continued part, or not (``Style.row_cuts`` says which, cut by cut). Every
renderer draws the parts this module returns (two tables, a page break between them), so PDF, HWPX, HWP
and the text dump print the split alike.
"""

from __future__ import annotations

from dataclasses import replace

from samples.layout_blocks import Block, Grid, GridCell, PageBreak
from samples.style import Style


def cut_text(text: str) -> int:
    """Where a page break cuts ``text``: at the space nearest its middle (-1: no space, the text whole
    before the break)."""
    spaces = [k for k, ch in enumerate(text) if ch == " "]
    if not spaces:
        return -1
    return min(spaces, key=lambda k: (abs(2 * k - len(text)), k))


def _text(c: GridCell) -> str:
    return "\n".join(x for x in c.content if isinstance(x, str))


def mark_cut(g: Grid, row: int) -> bool:
    """Mark ``row`` of ``g`` cut inside: its longest cell whose text has a space is cut at the space nearest
    its middle (GridCell.cut); False when no cell of the row can be cut."""
    cells = [c for c in g.cells if c.row == row and not c.head and all(isinstance(x, str) for x in c.content)]
    best = max((c for c in cells if cut_text(_text(c)) >= 0), key=lambda c: len(_text(c)), default=None)
    if best is None:
        return False
    best.cut = cut_text(_text(best))
    return True


def _halves(c: GridCell) -> tuple[list[str], list[str]]:
    """A cell's paragraphs before and after the page break."""
    if c.cut < 0:
        return list(c.content), [""]  # type: ignore[arg-type]
    text = _text(c)
    before, after = text[: c.cut].rstrip(), text[c.cut :].lstrip()
    return before.split("\n"), after.split("\n") if after else [""]


def split_grid(g: Grid, row: int, head: bool) -> tuple[Grid, Grid]:
    """``g`` cut inside ``row``: the part printed before the page break (its rows to ``row``, the cut cells'
    first halves) and the part after it (the head rows again when ``head``, then ``row``'s continuation:
    the cut cells' rest, the row's other cells blank, then the rows after)."""
    band = g.head_band() if head else 0
    first: list[GridCell] = []
    second: list[GridCell] = [
        replace(c, content=list(c.content)) for c in g.cells if c.row + c.row_span <= band
    ]
    for c in g.cells:
        end = c.row + c.row_span
        if c.row < row:
            first.append(replace(c, row_span=min(c.row_span, row + 1 - c.row)))
            if end > row + 1 or (
                end == row + 1 and c.row < row
            ):  # spans into the continued part: blank there
                second.append(replace(c, row=band, row_span=end - row, content=[""], cut=-1))
        elif c.row == row:
            before, after = _halves(c)
            first.append(replace(c, row_span=1, content=before, cut=-1))
            second.append(replace(c, row=band, content=after, cut=-1))
        else:
            second.append(replace(c, row=c.row - row + band))
    widths = list(g.widths)
    part1 = Grid(row + 1, g.n_cols, first, widths, g.role, open=g.open)
    part2 = Grid(g.n_rows - row + band, g.n_cols, second, list(widths), g.role, open=g.open)
    return part1, part2


def cut_pages(g: Grid, cuts: list[tuple[int, bool]]) -> list[Block]:
    """``g`` cut inside each of ``cuts``' rows (row, head rows again) in their order: the parts with a page
    break between them."""
    out: list[Block] = []
    shift = 0
    rest = g
    for row, head in sorted(cuts):
        at = row - shift
        if not 0 < at < rest.n_rows:
            continue
        band = rest.head_band() if head else 0
        part1, rest = split_grid(rest, at, head)
        out += [part1, PageBreak()]
        shift = row - band
    return [*out, rest]


def apply_row_cuts(blocks: list[Block], style: Style) -> list[Block]:
    """The card's tables with ``style.row_cuts`` made: each (role, n, head) cuts the n-th body row (from 1)
    counted through the card's tables of that role, inside its longest cell with a space (or, when none
    has one, the row after it), the head rows printed again over the continued part when ``head``."""
    if not style.row_cuts:
        return blocks
    counts: dict[str, int] = {}
    out: list[Block] = []
    for b in blocks:
        if not isinstance(b, Grid) or b.role not in {r for r, _, _ in style.row_cuts}:
            out.append(b)
            continue
        band = b.head_band()
        seen = counts.get(b.role, 0)
        counts[b.role] = seen + b.n_rows - band
        cuts: list[tuple[int, bool]] = []
        for role, n, head in style.row_cuts:
            if role != b.role or not seen < n <= seen + b.n_rows - band:
                continue
            row = band + n - seen - 1
            while row < b.n_rows and not mark_cut(b, row):
                row += 1
            if row < b.n_rows - 1 or (
                row == b.n_rows - 1 and any(c.cut >= 0 for c in b.cells if c.row == row)
            ):
                cuts.append((row, head))
        out += cut_pages(b, cuts) if cuts else [b]
    return out
