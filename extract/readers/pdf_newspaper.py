"""Pages set in newspaper columns: the text runs down the left column, then the right one. Such a
page is found from its items alone: a gutter of white space runs down the whole page between them
(no line and no table crosses it), near the middle of what the page prints, and the items on each
side fill their column (the widest reaches across most of it: a right-hand margin of dates or a
label column beside its content is no column). The page is then read column by column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

MIN_GUTTER_SHARE = 0.02  # the white band is at least this share of the page's printed width
MIDDLE = 0.3  # its middle stands within [30%, 70%] of the printed width
FILL_SHARE = 0.6  # the widest item of each side spans at least this share of its column


def free_bands(boxes: Sequence[tuple[float, float, float, float]]) -> list[tuple[float, float]]:
    """The runs of x no box covers, between the leftmost and the rightmost printed x."""
    spans = sorted((b[0], b[2]) for b in boxes)
    out: list[tuple[float, float]] = []
    reach = spans[0][1] if spans else 0.0
    for x0, x1 in spans[1:]:
        if x0 > reach:
            out.append((reach, x0))
        reach = max(reach, x1)
    return out


def gutter(boxes: Sequence[tuple[float, float, float, float]]) -> float | None:
    """The x of the gutter that sets ``boxes`` (x0, top, x1, bottom) in two columns, or None."""
    if len(boxes) < 2:
        return None
    lo, hi = min(b[0] for b in boxes), max(b[2] for b in boxes)
    span = hi - lo
    best: tuple[float, float] | None = None
    for a, b in free_bands(boxes):
        mid = (a + b) / 2
        if b - a < MIN_GUTTER_SHARE * span or not lo + MIDDLE * span <= mid <= hi - MIDDLE * span:
            continue
        if best is None or b - a > best[1] - best[0]:
            best = (a, b)
    if best is None:
        return None
    a, b = best
    left = max(x[2] - x[0] for x in boxes if x[2] <= a)
    right = max(x[2] - x[0] for x in boxes if x[0] >= b)
    if left < FILL_SHARE * (a - lo) or right < FILL_SHARE * (hi - b):
        return None
    return (a + b) / 2


def split_columns(
    items: Sequence[T], boxes: Sequence[tuple[float, float, float, float]]
) -> tuple[list[T], list[T]] | None:
    """``items`` (in reading order row by row) as the left column's and the right column's, each in
    its order, when a gutter runs down the page between them; else None."""
    x = gutter(boxes)
    if x is None:
        return None
    if not side_by_side(boxes, x):
        return None
    left = [it for it, b in zip(items, boxes, strict=True) if b[2] <= x]
    right = [it for it, b in zip(items, boxes, strict=True) if b[0] >= x]
    return left, right


def side_by_side(boxes: Sequence[tuple[float, float, float, float]], x: float) -> bool:
    """Whether some item right of ``x`` stands beside one left of it (their heights overlap): two columns run
    down the page together. Headings centred on the page between left-aligned items (``제6장 향후 계획`` over
    short bullet lines) leave a white band down the page too, but each stands on a row of its own."""
    left = [b for b in boxes if b[2] <= x]
    right = [b for b in boxes if b[0] >= x]
    return any(min(a[3], b[3]) > max(a[1], b[1]) for a in left for b in right)
