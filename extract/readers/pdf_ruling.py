"""Ruling edges -> cells -> tables: the project's one table finder, for the edges of either engine.

The algorithm of pdfplumber's ``lines`` strategy (after Nurminen's thesis and Tabula), kept
step for step so that it finds the same cells: edges closer than the snap tolerance are moved
to their mean position, collinear edges with small gaps are joined, short ones dropped; every
crossing of a vertical and a horizontal edge is a corner; a cell is the smallest rectangle of
corners whose sides are drawn; cells that share a corner form one table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any

from pledgecard.extract.geometry import BBox, bbox_of

Edge = dict[str, Any]
Point = tuple[float, float]


@dataclass(frozen=True, slots=True)
class RulingSettings:
    snap_x: float = 3.0
    snap_y: float = 3.0
    join_x: float = 3.0
    join_y: float = 3.0
    intersection_x: float = 3.0
    intersection_y: float = 3.0
    edge_min_length: float = 3.0
    edge_min_length_prefilter: float = 1.0


@dataclass(frozen=True, slots=True)
class Ruling:
    """Every cell found, and the tables (groups of two cells or more, each with its bbox)."""

    cells: list[BBox]
    tables: list[tuple[BBox, list[BBox]]]


def find_cells(edges: Sequence[Edge], settings: RulingSettings, extra: Sequence[Edge] = ()) -> Ruling:
    """Cells and tables drawn by ``edges`` (the page's) and ``extra`` (edges supplied by the caller)."""
    pre = settings.edge_min_length_prefilter
    v = [e for e in edges if e["orientation"] == "v" and e["height"] >= pre] + [
        e for e in extra if e["orientation"] == "v"
    ]
    h = [e for e in edges if e["orientation"] == "h" and e["width"] >= pre] + [
        e for e in extra if e["orientation"] == "h"
    ]
    merged = _merge(v + h, settings)
    merged = [
        e for e in merged if e["height" if e["orientation"] == "v" else "width"] >= settings.edge_min_length
    ]
    corners = _intersections(merged, settings.intersection_x, settings.intersection_y)
    cells = _cells(corners)
    return Ruling(cells=cells, tables=[(bbox_of(group), group) for group in _tables(cells)])


def _clusters(values: Iterable[float], tol: float) -> dict[float, int]:
    """Cluster number of each distinct value: sorted values chained while at most ``tol`` apart."""
    out: dict[float, int] = {}
    last: float | None = None
    n = -1
    for v in sorted(set(values)):
        if tol == 0 or last is None or v > last + tol:
            n += 1
        out[v] = n
        last = v
    return out


def _snap(edges: list[Edge], key: str, lo: str, hi: str, tol: float) -> list[Edge]:
    """Edges moved so that values of ``key`` within ``tol`` of each other become their mean."""
    group = _clusters((e[key] for e in edges), tol)
    ordered = sorted(edges, key=lambda e: group[e[key]])
    out: list[Edge] = []
    for _, members in groupby(ordered, key=lambda e: group[e[key]]):
        cluster = list(members)
        avg = sum(e[key] for e in cluster) / len(cluster)
        for e in cluster:
            shift = avg - e[key]
            out.append({**e, lo: e[lo] + shift, hi: e[hi] + shift})
    return out


def _resize(e: Edge, key: str, value: float) -> Edge:
    """``e`` stretched to ``value`` at its far end (pdfplumber's arithmetic, to the last bit)."""
    if key == "x1":
        return {**e, "x1": value, "width": value - e["x0"]}
    return {**e, "bottom": value, "height": e["height"] + (value - e["bottom"])}


def _join(edges: Iterable[Edge], orientation: str, tol: float) -> list[Edge]:
    lo, hi = ("x0", "x1") if orientation == "h" else ("top", "bottom")
    ordered = sorted(edges, key=itemgetter(lo))
    joined = [ordered[0]]
    for e in ordered[1:]:
        last = joined[-1]
        if e[lo] <= last[hi] + tol:
            if e[hi] > last[hi]:
                joined[-1] = _resize(last, hi, e[hi])
        else:
            joined.append(e)
    return joined


def _merge(edges: list[Edge], s: RulingSettings) -> list[Edge]:
    if s.snap_x > 0 or s.snap_y > 0:
        edges = _snap([e for e in edges if e["orientation"] == "v"], "x0", "x0", "x1", s.snap_x) + _snap(
            [e for e in edges if e["orientation"] == "h"], "top", "top", "bottom", s.snap_y
        )

    def group(e: Edge) -> tuple[str, float]:
        return ("h", e["top"]) if e["orientation"] == "h" else ("v", e["x0"])

    out: list[Edge] = []
    for (kind, _), members in groupby(sorted(edges, key=group), key=group):
        out.extend(_join(members, kind, s.join_x if kind == "h" else s.join_y))
    return out


Corners = dict[Point, tuple[set[BBox], set[BBox]]]  # corner -> boxes of its vertical, horizontal edges


def _box(e: Edge) -> BBox:
    return (e["x0"], e["top"], e["x1"], e["bottom"])


def _intersections(edges: list[Edge], xtol: float, ytol: float) -> Corners:
    vs = sorted((e for e in edges if e["orientation"] == "v"), key=itemgetter("x0", "top"))
    hs = sorted((e for e in edges if e["orientation"] == "h"), key=itemgetter("top", "x0"))
    out: Corners = {}
    for v in vs:
        for h in hs:
            if (
                v["top"] <= h["top"] + ytol
                and v["bottom"] >= h["top"] - ytol
                and v["x0"] >= h["x0"] - xtol
                and v["x0"] <= h["x1"] + xtol
            ):
                at = out.setdefault((v["x0"], h["top"]), (set(), set()))
                at[0].add(_box(v))
                at[1].add(_box(h))
    return out


def _cells(corners: Corners) -> list[BBox]:
    def connects(p: Point, q: Point) -> bool:
        if p[0] == q[0] and corners[p][0] & corners[q][0]:
            return True
        return p[1] == q[1] and bool(corners[p][1] & corners[q][1])

    points = sorted(corners)
    by_x: dict[float, list[Point]] = {}
    by_y: dict[float, list[Point]] = {}
    for p in points:
        by_x.setdefault(p[0], []).append(p)
        by_y.setdefault(p[1], []).append(p)
    cells: list[BBox] = []
    for pt in points[:-1]:
        below = [q for q in by_x[pt[0]] if q > pt]
        right = [q for q in by_y[pt[1]] if q > pt]
        found = None
        for b in below:
            if not connects(pt, b):
                continue
            for r in right:
                if not connects(pt, r):
                    continue
                corner = (r[0], b[1])
                if corner in corners and connects(corner, r) and connects(corner, b):
                    found = (pt[0], pt[1], corner[0], corner[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def _corners(b: BBox) -> tuple[Point, Point, Point, Point]:
    return ((b[0], b[1]), (b[0], b[3]), (b[2], b[1]), (b[2], b[3]))


def _tables(cells: list[BBox]) -> list[list[BBox]]:
    """Cells grouped into tables by shared corners; groups of one cell dropped, top to bottom."""
    remaining = list(cells)
    corners: set[Point] = set()
    current: list[BBox] = []
    tables: list[list[BBox]] = []
    while remaining:
        before = len(current)
        for cell in list(remaining):
            cc = _corners(cell)
            if not current or any(c in corners for c in cc):
                corners.update(cc)
                current.append(cell)
                remaining.remove(cell)
        if len(current) == before:
            tables.append(list(current))
            corners.clear()
            current.clear()
    if current:
        tables.append(list(current))
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]
