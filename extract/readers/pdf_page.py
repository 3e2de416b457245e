"""The page model the PDF reader works from, whatever engine produced it.

A :class:`PageModel` holds the printed characters (text, font, size, box) and the painted path
pieces (straight lines, rectangles, other curves) of one page, in pdfplumber's conventions:
points, origin at the top-left corner of the media box, ``x0``/``x1`` across, ``top``/``bottom``
down. Ruling edges are derived from the paths in one place (:func:`edges_of`), whatever the
engine (``pdf_engine.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Obj = dict[str, Any]

CHAR_FIELDS = ("text", "fontname", "size", "upright", "x0", "x1", "top", "bottom")
DRAWN_OVER = "drawn_over"  # key set on a character kept for copies drawn at its place (dedupe_chars)
PATH_FIELDS = ("object_type", "x0", "x1", "top", "bottom", "width", "height")


@dataclass(slots=True)
class PageModel:
    """One page: its size, characters (dicts with :data:`CHAR_FIELDS`) and path pieces.

    ``lines`` and ``rects`` hold :data:`PATH_FIELDS`; ``curves`` add ``pts``, the end point
    of each segment (top-left origin), as pdfplumber gives them.
    """

    number: int
    width: float
    height: float
    chars: list[Obj]
    lines: list[Obj] = field(default_factory=list)
    rects: list[Obj] = field(default_factory=list)
    curves: list[Obj] = field(default_factory=list)
    _rules: list[Obj] | None = None
    turned: int = (
        0  # the quarter turn :func:`pdf_turn.upright` gave the page: +1 clockwise, -1 counter-clockwise
    )

    @property
    def rules(self) -> list[Obj]:
        """The edges that draw rules: none of a cell's shading (:func:`shading`), what the reader's tables are
        found by."""
        if self._rules is None:
            self._rules = edges_of(self, shadings=False)
        return self._rules


SHADE_MIN = 2.0  # points: a filled rectangle thinner than this either way is a rule drawn as a fill


def shading(rect: Obj) -> bool:
    """Whether a rectangle is a cell's shading, no rule: filled, not stroked (``stroke`` false), wider and
    taller than a rule is thick. A slide table shades its head row and label column and draws no vertical
    rule: the shading's sides bound no cell."""
    return rect.get("stroke") is False and min(rect["width"], rect["height"]) > SHADE_MIN


def _framed(rects: list[Obj]) -> set[int]:
    """Indexes of the fills that draw a frame: a filled rectangle and another one just inside it, every side
    less than a rule's thickness (:data:`SHADE_MIN`) in (a box's border drawn as a dark fill with the paper's
    fill over it, as HWP prints a framed text box): their sides are rules, no cell's shading."""
    fills = sorted((k for k, r in enumerate(rects) if shading(r)), key=lambda k: rects[k]["x0"])
    out: set[int] = set()
    for n, a in enumerate(fills):
        ra = rects[a]
        for b in fills[n + 1 :]:
            rb = rects[b]
            if rb["x0"] - ra["x0"] >= SHADE_MIN:
                break
            inner, outer = (ra, rb) if ra["x0"] > rb["x0"] else (rb, ra)
            insets = (
                inner["x0"] - outer["x0"],
                outer["x1"] - inner["x1"],
                inner["top"] - outer["top"],
                outer["bottom"] - inner["bottom"],
            )
            if all(0.0 < d < SHADE_MIN for d in insets):  # strictly inside: a shading drawn twice is no frame
                out.update((a, b))
    return out


def _ruled_shadings(page: PageModel) -> set[int]:
    """Indexes of the shadings each of whose two sides meets a drawn vertical rule (a line, a stroked
    rectangle's side, a curve segment) along more than a rule's thickness: a shaded cell of a ruled table,
    whose sides and edges close the cell where the table leaves a rule out (a head cut by the page's foot).
    A slide table's shading, with no vertical rule at its sides, stays no rule."""
    verticals = [(e["x0"], e["top"], e["bottom"]) for e in page.lines if e["x1"] - e["x0"] < SHADE_MIN]
    verticals += [
        (x, r["top"], r["bottom"]) for r in page.rects if not shading(r) for x in (r["x0"], r["x1"])
    ]
    verticals += [
        (ax, min(ay, by), max(ay, by))
        for c in page.curves
        for (ax, ay), (bx, by) in zip(c["pts"], c["pts"][1:], strict=False)
        if ax == bx
    ]

    def drawn(x: float, top: float, bottom: float) -> bool:
        cover = sum(
            max(0.0, min(b, bottom) - max(t, top)) for vx, t, b in verticals if abs(vx - x) <= SHADE_MIN / 2
        )
        return cover > SHADE_MIN

    return {
        k
        for k, r in enumerate(page.rects)
        if shading(r) and drawn(r["x0"], r["top"], r["bottom"]) and drawn(r["x1"], r["top"], r["bottom"])
    }


def _open_foot(page: PageModel, r: Obj) -> bool:
    """Whether a ruled shading's bottom closes no cell: the vertical rules at both its sides are drawn on past
    it and no horizontal rule is drawn along it (a label cell a page break cut, its shading painted over its
    first row only, the cell going on below unruled): the cell goes on."""

    def on(x: float) -> bool:
        return any(
            abs(e["x0"] - x) <= SHADE_MIN / 2
            and e["x1"] - e["x0"] < SHADE_MIN
            and e["top"] <= r["bottom"] + SHADE_MIN / 2
            and e["bottom"] > r["bottom"] + SHADE_MIN
            for e in page.lines
        )

    ruled = any(
        abs(e["top"] - r["bottom"]) <= SHADE_MIN / 2
        and e["bottom"] - e["top"] < SHADE_MIN
        and min(e["x1"], r["x1"]) - max(e["x0"], r["x0"]) > SHADE_MIN
        for e in page.lines
    ) or any(
        not shading(o)
        and abs(y - r["bottom"]) <= SHADE_MIN / 2
        and min(o["x1"], r["x1"]) - max(o["x0"], r["x0"]) > SHADE_MIN
        for o in page.rects
        for y in (o["top"], o["bottom"])
    )
    return not ruled and on(r["x0"]) and on(r["x1"])


def edges_of(page: PageModel, *, shadings: bool = True) -> list[Obj]:
    """Ruling edges of a page: one per line, four per rectangle (none of a shading's without ``shadings``:
    :func:`shading`), one per curve segment.

    pdfplumber's rules: a line is horizontal when its top equals its bottom (else vertical);
    a curve segment is vertical or horizontal when its ends share x or y, else it has no
    orientation.
    """
    edges = [{**line, "orientation": "h" if line["top"] == line["bottom"] else "v"} for line in page.lines]
    ruled = set() if shadings else _ruled_shadings(page)
    framed = set() if shadings else _framed(page.rects) | ruled
    open_feet = {k for k in ruled if _open_foot(page, page.rects[k])}
    for k, r in enumerate(page.rects):
        x0, x1, top, bottom = r["x0"], r["x1"], r["top"], r["bottom"]
        w, h = r["width"], r["height"]
        if not shadings and shading(r) and k not in framed:
            continue
        common = {"object_type": "rect_edge"}
        edges.append(
            {
                **common,
                "x0": x0,
                "x1": x1,
                "top": top,
                "bottom": top,
                "width": w,
                "height": 0,
                "orientation": "h",
            }
        )
        if k not in open_feet:
            edges.append(
                {
                    **common,
                    "x0": x0,
                    "x1": x1,
                    "top": top + h,
                    "bottom": bottom,
                    "width": w,
                    "height": 0,
                    "orientation": "h",
                }
            )
        edges.append(
            {
                **common,
                "x0": x0,
                "x1": x0,
                "top": top,
                "bottom": bottom,
                "width": 0,
                "height": h,
                "orientation": "v",
            }
        )
        edges.append(
            {
                **common,
                "x0": x1,
                "x1": x1,
                "top": top,
                "bottom": bottom,
                "width": 0,
                "height": h,
                "orientation": "v",
            }
        )
    for c in page.curves:
        for (ax, ay), (bx, by) in zip(c["pts"], c["pts"][1:], strict=False):
            edges.append(
                {
                    "object_type": "curve_edge",
                    "x0": min(ax, bx),
                    "x1": max(ax, bx),
                    "top": min(ay, by),
                    "bottom": max(ay, by),
                    "width": abs(ax - bx),
                    "height": abs(ay - by),
                    "orientation": "v" if ax == bx else ("h" if ay == by else None),
                }
            )
    return edges


def dedupe_chars(chars: list[Obj], tolerance: float = 1.0) -> list[Obj]:
    """Characters without the copies drawn again at (nearly) the same place (fake bold).

    pdfplumber's rule: characters of the same text, font and size whose tops and then x0s
    cluster within ``tolerance`` are one character, the first by position kept; the
    survivors keep their drawing order; a survivor of copies is marked (:data:`DRAWN_OVER`).
    """
    groups: dict[tuple[Any, ...], list[int]] = {}
    for k, c in enumerate(chars):
        groups.setdefault((c["upright"], c["text"], c["fontname"], c["size"]), []).append(k)
    keep: list[int] = []
    merged: set[int] = set()
    for members in groups.values():
        for by_top in _clusters(members, lambda k: chars[k]["top"], tolerance):
            for by_x in _clusters(by_top, lambda k: chars[k]["x0"], tolerance):
                first = min(by_x, key=lambda k: (chars[k]["top"], chars[k]["x0"], k))
                keep.append(first)
                if len(by_x) > 1:
                    merged.add(first)
    return [{**chars[k], DRAWN_OVER: True} if k in merged else chars[k] for k in sorted(keep)]


def _clusters(members: list[int], key: Callable[[int], float], tol: float) -> list[list[int]]:
    """``members`` grouped by chains of values at most ``tol`` apart (pdfplumber's cluster_list)."""
    values = sorted({key(k) for k in members})
    group_of: dict[float, int] = {}
    last: float | None = None
    n = -1
    for v in values:
        if last is None or v > last + tol:
            n += 1
        group_of[v] = n
        last = v
    out: list[list[int]] = [[] for _ in range(n + 1)]
    for k in members:
        out[group_of[key(k)]].append(k)
    return out
