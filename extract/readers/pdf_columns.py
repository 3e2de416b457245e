"""Pages laid out in columns side by side: a part of a page whose running text and tables stand
in two columns (a borderless layout table: the overview and the funding on the left, the
achievements on the right) is read column by column, never row by row across the columns.

A column zone is found from the page's geometry alone: a vertical gutter no line or table crosses,
over a run of the page's items (in reading order from the top), with bullet items or tables on both
sides of it standing beside each other. A line cut in two by a wide gap (an item and its date at
the right margin) has no bullet on its right-hand piece and makes no column.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.pdf_lines import Line
from pledgecard.extract.readers.pdf_tables import PageTable

Item = Line | PageTable

MIN_SIDE = 3  # bullet items or tables each column holds, at least
GUTTER_TOL = 1.0  # points an item may reach over the gutter (rounding)
ZONE_SHARE = 0.25  # the gutter stands in the middle half of the items' width: [25%, 75%]


def item_box(it: Item) -> tuple[float, float, float, float]:
    if isinstance(it, Line):
        return it.x0, it.top, it.x1, it.bottom
    return it.bbox


def opens_item(it: Item) -> bool:
    """An item that shows a column's text: a bullet (or numbered) line, or a table. A glyph no
    marker list names (⌾ ♅) or a numbering (가)) opens a bullet line too."""
    return not isinstance(it, Line) or it.marker is not None or split_marker(it.text)[0] is not None


def _zones(items: Sequence[Item], gutter: float) -> list[tuple[int, int]]:
    """Runs ``[i, j)`` of consecutive items none of which crosses ``gutter``, with enough anchors on
    both sides standing beside each other (their vertical extents overlap)."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(items):
        j = i
        while j < len(items):
            x0, _, x1, _ = item_box(items[j])
            if x0 < gutter - GUTTER_TOL and x1 > gutter + GUTTER_TOL:
                break
            j += 1
        if j > i and _side_by_side(items[i:j], gutter):
            out.append((i, j))
        i = j + 1
    return out


def _side_by_side(run: Sequence[Item], gutter: float) -> bool:
    left = [item_box(it) for it in run if item_box(it)[2] <= gutter + GUTTER_TOL and opens_item(it)]
    right = [item_box(it) for it in run if item_box(it)[0] >= gutter - GUTTER_TOL and opens_item(it)]
    if len(left) < MIN_SIDE or len(right) < MIN_SIDE:
        return False
    top_l, bottom_l = min(b[1] for b in left), max(b[3] for b in left)
    top_r, bottom_r = min(b[1] for b in right), max(b[3] for b in right)
    overlap = min(bottom_l, bottom_r) - max(top_l, top_r)
    return overlap > 0.5 * min(bottom_l - top_l, bottom_r - top_r) and _beside(run, gutter) >= MIN_SIDE


def _beside(run: Sequence[Item], gutter: float) -> int:
    """Items right of ``gutter`` printed on a row (or beside a table) left of it: the lines of a
    column do; headings centred on the page between the rows of one column do not."""
    left = [item_box(it) for it in run if item_box(it)[2] <= gutter + GUTTER_TOL]
    right = [item_box(it) for it in run if item_box(it)[0] >= gutter - GUTTER_TOL]
    return sum(1 for r in right if any(min(r[3], b[3]) - max(r[1], b[1]) > 0 for b in left))


def column_order(items: list[Item]) -> tuple[list[Item], list[list[Item]]]:
    """``items`` (a page's lines and top-level tables in reading order, row by row) with every
    column zone read column by column: the left column's items, then the right column's. Also the
    columns found (their items), so that a caller can set their indents apart."""
    boxes = [item_box(it) for it in items]
    if len(items) < 2 * MIN_SIDE:
        return items, []
    lo, hi = min(b[0] for b in boxes), max(b[2] for b in boxes)
    span = hi - lo
    candidates = sorted(
        {round(b[0], 1) for b in boxes if lo + ZONE_SHARE * span <= b[0] <= hi - ZONE_SHARE * span}
    )
    best: tuple[int, float, list[tuple[int, int]]] | None = None
    for g in candidates:
        gutter = g - GUTTER_TOL / 2  # just left of a right column's margin
        zones = _zones(items, gutter)
        covered = sum(j - i for i, j in zones)
        if zones and (best is None or covered > best[0]):
            best = (covered, gutter, zones)
    if best is None:
        return items, []
    _, gutter, zones = best
    out: list[Item] = []
    columns: list[list[Item]] = []
    k = 0
    for i, j in zones:
        out += items[k:i]
        left = [it for it in items[i:j] if item_box(it)[0] < gutter]
        right = [it for it in items[i:j] if item_box(it)[0] >= gutter]
        out += left + right
        columns += [left, right]
        k = j
    out += items[k:]
    return out, columns
