"""A PDF's runs of characters printed struck through (취소선, readers/struck.py): a horizontal stroke (a line,
or a rectangle thin as a line) drawn through the middle of a run of glyphs on one baseline, from the run's
first glyph's left edge to its last glyph's right edge. An underline runs under the glyphs, a table's rule
between rows: neither crosses a glyph's middle band."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from pledgecard.extract.document import Source

Obj = dict[str, Any]

THIN = 1.5  # the thickest stroke (pt) read as a line through text
BAND = (0.3, 0.75)  # the stroke's height within a glyph's box (top 0, bottom 1): its middle
EDGE = 1.5  # how far (pt) the stroke's ends may fall from the run's outer glyph edges


def _strokes(lines: Sequence[Obj], rects: Sequence[Obj]) -> list[tuple[float, float, float]]:
    """Horizontal strokes ``(x0, x1, y)``: lines flat within a point, rectangles no thicker than ``THIN``."""
    out = []
    for o in [*lines, *rects]:
        top, bottom = float(o["top"]), float(o["bottom"])
        if bottom - top <= THIN and float(o["x1"]) - float(o["x0"]) > 1.0:
            out.append((float(o["x0"]), float(o["x1"]), (top + bottom) / 2))
    return out


def _crossed(c: Obj, x0: float, x1: float, y: float) -> bool:
    top, bottom = float(c["top"]), float(c["bottom"])
    h = bottom - top
    mid = (float(c["x0"]) + float(c["x1"])) / 2
    return h > 0 and x0 <= mid <= x1 and top + BAND[0] * h <= y <= top + BAND[1] * h


def strike_through(
    chars: list[Obj], lines: Sequence[Obj], rects: Sequence[Obj], page: int
) -> tuple[list[Obj], list[tuple[str, Source]]]:
    """``chars`` without those a stroke runs through (a stroke whose ends meet its run's outer glyph
    edges, the run on one line), and the runs left out with where."""
    struck: set[int] = set()
    runs: list[tuple[str, Source]] = []
    printed = [c for c in chars if not c["text"].isspace() and c.get("upright", True)]
    # a stroke crosses a glyph between its top and bottom: each stroke is tested against the glyphs whose tops
    # stand within the tallest glyph's height over it only (found by bisection, taken in the page's order)
    order = sorted(range(len(printed)), key=lambda i: float(printed[i]["top"]))
    tops = [float(printed[i]["top"]) for i in order]
    tallest = max((float(c["bottom"]) - float(c["top"]) for c in printed), default=0.0)
    for x0, x1, y in _strokes(lines, rects):
        band = sorted(order[bisect_left(tops, y - tallest) : bisect_right(tops, y)])
        hit = [printed[i] for i in band if _crossed(printed[i], x0, x1, y)]
        if not hit:
            continue
        first = min(hit, key=lambda c: float(c["x0"]))
        last = max(hit, key=lambda c: float(c["x1"]))
        if abs(float(first["x0"]) - x0) > EDGE or abs(float(last["x1"]) - x1) > EDGE:
            continue  # a rule crossing text it does not start and end with: no strikeout
        if max(float(c["bottom"]) for c in hit) - min(float(c["top"]) for c in hit) > 2 * (
            float(first["bottom"]) - float(first["top"])
        ):
            continue
        hit.sort(key=lambda c: float(c["x0"]))
        struck.update(id(c) for c in hit)
        runs.append(
            (
                "".join(c["text"] for c in hit),
                Source(
                    page=page,
                    bbox=(x0, min(float(c["top"]) for c in hit), x1, max(float(c["bottom"]) for c in hit)),
                ),
            )
        )
    if not struck:
        return chars, []
    return [c for c in chars if id(c) not in struck], runs
