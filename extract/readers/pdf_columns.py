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

from pledgecard.extract.labels import section_of
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
    marker list names (⌾ ♅) or a numbering (가)) opens a bullet line too. A marker with no text
    after it (a dash alone: a zero or empty cell of a table printed without rules) opens nothing."""
    if not isinstance(it, Line):
        return True
    if it.marker is not None:
        return bool(it.text.strip())
    marker, rest = split_marker(it.text)
    return marker is not None and bool(rest.strip())


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
    left_items = [it for it in run if item_box(it)[2] <= gutter + GUTTER_TOL and opens_item(it)]
    right_items = [it for it in run if item_box(it)[0] >= gutter - GUTTER_TOL and opens_item(it)]
    left, right = [item_box(it) for it in left_items], [item_box(it) for it in right_items]
    if not (_holds(left_items, right) and _holds(right_items, left)):
        return False
    top_l, bottom_l = min(b[1] for b in left), max(b[3] for b in left)
    top_r, bottom_r = min(b[1] for b in right), max(b[3] for b in right)
    overlap = min(bottom_l, bottom_r) - max(top_l, top_r)
    return overlap > 0.5 * min(bottom_l - top_l, bottom_r - top_r) and _beside(run, gutter) >= MIN_SIDE


def _holds(side: Sequence[Item], other: Sequence[tuple[float, float, float, float]]) -> bool:
    """Whether one side shows a column's text: ``MIN_SIDE`` bullet items or tables, or fewer (two at least)
    one of which is a table standing beside ``MIN_SIDE`` of the other side's (a column of a heading and
    one tall table beside the other column's items)."""
    if len(side) >= MIN_SIDE:
        return True
    tall = [item_box(it) for it in side if isinstance(it, PageTable)]
    return len(side) >= 2 and any(
        sum(1 for b in other if min(t[3], b[3]) - max(t[1], b[1]) > 0) >= MIN_SIDE for t in tall
    )


def _beside(run: Sequence[Item], gutter: float) -> int:
    """Items right of ``gutter`` printed on a row (or beside a table) left of it: the lines of a
    column do; headings centred on the page between the rows of one column do not."""
    left = [item_box(it) for it in run if item_box(it)[2] <= gutter + GUTTER_TOL]
    right = [item_box(it) for it in run if item_box(it)[0] >= gutter - GUTTER_TOL]
    return sum(1 for r in right if any(min(r[3], b[3]) - max(r[1], b[1]) > 0 for b in left))


def _foot_heading(items: Sequence[Item], i: int, j: int, gutter: float) -> int:
    """The end of zone ``[i, j)`` with a section's title closing it left out: printed below every item of the
    other column, right over the item across the gutter that ended the zone (``▌ 성과 목표`` over a table of
    the page's width), it heads what follows the columns, not the end of one of them."""
    if (
        j >= len(items)
        or j - i < 2
        or not isinstance(last := items[j - 1], Line)
        or section_of(split_marker(last.text)[1] if last.marker is None else last.text) is None
    ):
        return j
    box, below = item_box(last), item_box(items[j])
    if not below[0] < gutter < below[2] or below[1] - box[3] > 2 * (box[3] - box[1]):
        return j  # no item across the gutter right under it: the end of its own column
    left = box[0] < gutter
    other = [item_box(it) for it in items[i : j - 1] if (item_box(it)[0] < gutter) != left]
    return j - 1 if other and box[1] >= max(b[3] for b in other) else j


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
    zones = [(i, _foot_heading(items, i, j, gutter)) for i, j in zones]
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
