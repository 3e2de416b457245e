"""Ruling lines of a PDF page -> table grids (cell bboxes), with the edges real cards leave out.

Tables are found from ruling lines (:mod:`pdf_ruling`, pdfplumber's ``lines`` strategy, run on
the edges of either engine's :class:`PageModel`). Two kinds of edges are
supplied before that: the outer left/right borders of tables drawn without them (government
cards often are; the lines strategy would lose their first and last columns), and the rule
that closes a table cut open by a page break. A box around text (one cell) is kept as a frame.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from pledgecard.extract.readers.pdf_page import PageModel
from pledgecard.extract.readers.pdf_ruling import BBox, Ruling, RulingSettings, bbox_of, find_cells

SETTINGS = RulingSettings(
    snap_x=3, snap_y=3, join_x=3, join_y=3, intersection_x=3, intersection_y=3, edge_min_length=3
)
MARGIN_SHARE = 0.15  # rules cut open by a page break end this close to the page's top or bottom
MAX_FRAME_SHARE = 0.33  # a box taller than this share of the page is a page border, not a frame
EDGE_TOL = 2.0  # points: two edges closer than this are the same grid line
JOIN_TOL = 1.0  # points: rule segments this close are one rule
END_TOL = 1.0  # points: vertical rules of one table end within this of each other
GAP_ROW = 6.0  # points: a row this thin holds no line of text (the white between two tables)


def cluster(values: Iterable[float], tol: float = EDGE_TOL) -> list[float]:
    """Distinct positions: sorted values closer than ``tol`` merged into their mean."""
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= tol:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


def nearest(edges: Sequence[float], v: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - v))


def contains(outer: BBox, inner: BBox, tol: float = 1.0) -> bool:
    return (
        outer[0] - tol <= inner[0]
        and outer[1] - tol <= inner[1]
        and inner[2] <= outer[2] + tol
        and inner[3] <= outer[3] + tol
    )


def _coverage(verticals: Sequence[dict[str, Any]], x: float, top: float, bottom: float) -> float:
    """How much of ``top``..``bottom`` the vertical edges at ``x`` cover (points)."""
    spans = sorted(
        (max(e["top"], top), min(e["bottom"], bottom))
        for e in verticals
        if abs(e["x0"] - x) <= EDGE_TOL and e["bottom"] > top and e["top"] < bottom
    )
    covered, reach = 0.0, top
    for a, b in spans:
        if b > reach:
            covered += b - max(a, reach)
            reach = b
    return covered


def _outer_edges(page: PageModel, tables: Sequence[tuple[BBox, list[BBox]]]) -> list[dict[str, Any]]:
    """Full-height outer borders for tables whose horizontal rules run past their side borders.

    Tables drawn without outer left/right borders (or with them only on shaded header cells)
    would otherwise lose their first and last columns.
    """
    edges = page.rules
    rules = [e for e in edges if e["orientation"] == "h" and e["width"] >= 3]
    verticals = [e for e in edges if e["orientation"] == "v"]
    extra: list[dict[str, Any]] = []
    for bbox, _ in tables:
        x0, top, x1, bottom = bbox
        own = [
            e
            for e in rules
            if top - EDGE_TOL <= e["top"] <= bottom + EDGE_TOL and e["x1"] >= x0 - 1 and e["x0"] <= x1 + 1
        ]
        if len(own) < 2:
            continue
        for x in (min(e["x0"] for e in own), max(e["x1"] for e in own)):
            if x0 + EDGE_TOL < x < x1 - EDGE_TOL:
                continue  # rules that end inside the table (a nested table's) add no border
            reaching = sum(1 for e in own if e["x0"] - EDGE_TOL <= x <= e["x1"] + EDGE_TOL)
            if reaching >= 2 and _coverage(verticals, x, top, bottom) < 0.95 * (bottom - top):
                extra.append(
                    {
                        "object_type": "outer_edge",
                        "orientation": "v",
                        "x0": x,
                        "x1": x,
                        "top": top,
                        "bottom": bottom,
                        "width": 0,
                        "height": bottom - top,
                    }
                )
    return extra


Spans = tuple[tuple[float, float], ...]  # x ranges a horizontal rule covers, left to right


def ruled_spans(rules: Sequence[dict[str, Any]], y: float) -> Spans:
    """The stretches the horizontal rules at height ``y`` cover, touching segments joined."""
    spans: list[list[float]] = []
    for e in sorted((e for e in rules if abs(e["top"] - y) <= END_TOL), key=lambda e: e["x0"]):
        if spans and e["x0"] <= spans[-1][1] + JOIN_TOL:
            spans[-1][1] = max(spans[-1][1], e["x1"])
        else:
            spans.append([e["x0"], e["x1"]])
    return tuple((a, b) for a, b in spans)


def ruled(spans: Spans, x0: float, x1: float) -> bool:
    """Whether one rule of ``spans`` runs from ``x0`` to ``x1`` (a cell's top or bottom is drawn)."""
    return any(a <= x0 + EDGE_TOL and b >= x1 - EDGE_TOL for a, b in spans)


def _ends_page(page: PageModel, y: float, x0: float, x1: float, spans: Spans) -> bool:
    """Whether nothing is printed or drawn below ``y`` on the page but in its foot margin (a page number, a
    running footer) and under the table's unruled stretches between ``x0`` and ``x1`` (a cut cell's text
    spilling past the cut): a table ending there was cut by the page break, even far above the margin (a row
    too tall for the rest of the page moved to the next, a cell spanning it cut where it opens)."""
    foot = (1 - MARGIN_SHARE) * float(page.height)

    def spilled(c: dict[str, Any]) -> bool:
        mid = (c["x0"] + c["x1"]) / 2
        return x0 < mid < x1 and not any(a <= mid <= b for a, b in spans)

    return not any(e["bottom"] > y + EDGE_TOL and e["top"] < foot for e in page.rules) and not any(
        c["bottom"] > y + EDGE_TOL and c["top"] < foot and not spilled(c) for c in page.chars
    )


OpenEnd = tuple[
    float, Spans, float, float
]  # an open edge's y, its ruled stretches, and the x extent of its verticals


def _open_ends(page: PageModel) -> tuple[list[dict[str, Any]], list[OpenEnd]]:
    """Closing rules for tables cut open by a page break, and the y and ruled stretches of each.

    A row split over two pages is often drawn without its bottom rule on the first page and
    without its top rule on the next: vertical rules end (or start) together near the page's
    bottom (or top) with no horizontal rule across them, or across some of them only (a merged
    cell that goes on while the cells beside it end). Vertical rules that go on past ``y``
    (rows drawn one by one, a merged cell between them) mark no open end.
    """
    height = float(page.height)
    edges = page.rules
    rules = [e for e in edges if e["orientation"] == "h"]
    verticals = [e for e in edges if e["orientation"] == "v" and e["height"] >= 3]
    extra: list[dict[str, Any]] = []
    ends: list[OpenEnd] = []
    for key, other, near in (
        ("top", "bottom", lambda y: y < MARGIN_SHARE * height),
        ("bottom", "top", lambda y: y > height / 2),
    ):
        ys = cluster((e[key] for e in verticals if near(e[key])), END_TOL)
        ending = {y: [e["x0"] for e in verticals if abs(e[key] - y) <= END_TOL] for y in ys}
        cut = [y for y in ys if _cut_open(page, verticals, rules, (key, other), y, ending[y])]
        for y in ys:
            xs = [x for x in ending[y] if not _ruled_across(verticals, x, y, key, cut)]
            end = _cut_open(page, verticals, rules, (key, other), y, xs)
            if end is not None:
                extra.append(
                    {
                        "object_type": "open_edge",
                        "orientation": "h",
                        "x0": end[2],
                        "x1": end[3],
                        "top": y,
                        "bottom": y,
                        "width": end[3] - end[2],
                        "height": 0,
                    }
                )
                ends.append(end)
    return extra, ends


def _cut_open(
    page: PageModel,
    verticals: Sequence[dict[str, Any]],
    rules: Sequence[dict[str, Any]],
    keys: tuple[str, str],
    y: float,
    xs: Sequence[float],
) -> OpenEnd | None:
    """The open end at ``y`` of the verticals at ``xs`` ending there (``keys``: the end they share, ``top`` or
    ``bottom``, and the other), or None: fewer than two, one of them starting again there (rows drawn one by one),
    a bottom far above the page's foot with more of the page printed below, or every stretch between them ruled."""
    key, other = keys
    if len(xs) < 2 or any(
        abs(e[other] - y) <= EDGE_TOL and any(abs(e["x0"] - x) <= EDGE_TOL for x in xs) for e in verticals
    ):
        return None
    x0, x1 = min(xs), max(xs)
    spans = ruled_spans(rules, y)
    if (
        key == "bottom"
        and y <= (1 - MARGIN_SHARE) * float(page.height)
        and not _ends_page(page, y, x0, x1, spans)
    ):
        return None
    cols = cluster(xs)
    if all(ruled(spans, u, v) for u, v in zip(cols, cols[1:], strict=False)):
        return None
    return y, spans, x0, x1


SLIVER = 5.0  # points: lower than any line of text (a row that high is a sliver; a rule drawn on that little
# past where the others end is a sliver's side)


def _ruled_across(
    verticals: Sequence[dict[str, Any]], x: float, y: float, key: str, cut: Sequence[float]
) -> bool:
    """Whether a vertical rule at ``x`` is drawn on across ``y``, a line's height or more past it the way the table
    would go on (``key`` ``bottom``: down; ``top``: up), to where the table is cut open (``cut``: the open ends of
    the page's verticals; a merged cell's side, a shaded label cell's, going on past where the rules of the cells
    beside it end, to the page break that cuts the row below them): the table is not cut open at ``y``, but
    there. A rule going on by a sliver (a head cell cut a hair below its first row) leaves the open edge where it
    was; so does one whose cell is closed further on with the table cut nowhere there (a merged label cell drawn
    whole above the break though the row it spans beside the one above goes on on the next page)."""
    if key == "bottom":
        return any(
            abs(e["x0"] - x) <= EDGE_TOL
            and e["top"] < y - EDGE_TOL
            and e["bottom"] > y + SLIVER
            and any(abs(e["bottom"] - c) <= END_TOL for c in cut)
            for e in verticals
        )
    return any(
        abs(e["x0"] - x) <= EDGE_TOL
        and e["bottom"] > y + EDGE_TOL
        and e["top"] < y - SLIVER
        and any(abs(e["top"] - c) <= END_TOL for c in cut)
        for e in verticals
    )


@dataclass(slots=True)
class Grid:
    """A ruled table (or a frame) found on a page, before its cells are filled."""

    bbox: BBox
    cells: list[BBox]
    # At an edge cut open by a page break (its top: cells continued from the previous page; its
    # bottom: cells that go on on the next page), the stretches still ruled; None elsewhere.
    open_top: Spans | None = None
    open_bottom: Spans | None = None
    # An open-sided table (pdf_open_tables) the page break cut: its rows above its first rule go on
    # from the previous page (cut_above); its rows run to the page's end or it is a head whose body
    # the next page prints (cut_below, head_only).
    cut_above: bool = False
    cut_below: bool = False
    head_only: bool = False
    open_sided: bool = False  # rebuilt from its text between horizontal rules (pdf_open_tables)


def moved(grid: Grid, scale: float = 1.0, dx: float = 0.0) -> Grid:
    """``grid`` moved right by ``dx`` then scaled by ``scale`` (x to ``(x + dx) * scale``, y to ``y * scale``): its
    box, cells and the ruled spans of its open edges (a grid found in pixels, on a part of a sheet, or a sheet's
    grid on one of its halves)."""

    def box(b: BBox) -> BBox:
        return ((b[0] + dx) * scale, b[1] * scale, (b[2] + dx) * scale, b[3] * scale)

    def spans(s: Spans | None) -> Spans | None:
        return None if s is None else tuple(((a + dx) * scale, (b + dx) * scale) for a, b in s)

    return replace(
        grid,
        bbox=box(grid.bbox),
        cells=[box(c) for c in grid.cells],
        open_top=spans(grid.open_top),
        open_bottom=spans(grid.open_bottom),
    )


def _spans_at(ends: Sequence[OpenEnd], y: float, x0: float, x1: float) -> Spans | None:
    """The ruled stretches of the open edge at ``y`` whose verticals lie across ``x0`` .. ``x1`` (a table's): a
    table beside it on the page (a column apart) ending at about that height is not cut open by it."""
    return next(
        (
            spans
            for at, spans, a, b in ends
            if abs(at - y) <= EDGE_TOL and a < x1 - EDGE_TOL and b > x0 + EDGE_TOL
        ),
        None,
    )


def _keep_apart(page: PageModel, closing: Sequence[dict[str, Any]]) -> RulingSettings:
    """A vertical snap tolerance that keeps each closing rule apart from other rules close to it.

    A nested table ending just above a cut-open outer table would otherwise be snapped onto
    (or meet) the outer table's closing rule and be merged into its grid.
    """
    ys = [e["top"] for e in closing]
    near = [abs(v - y) for e in page.rules for v in {e["top"], e["bottom"]} for y in ys]
    near = [d for d in near if END_TOL < d <= SETTINGS.snap_y]
    if not near:
        return SETTINGS
    tol = max(min(near) - 0.25, END_TOL)
    return replace(SETTINGS, snap_y=tol, intersection_y=tol)


def find_grids(page: PageModel) -> list[Grid]:
    """Every ruled table on ``page``, boxes around text (frames) included.

    Single-cell groups are no tables; a small box with no table inside (a frame) is kept
    here as a one-cell grid so that its lines form a context of their own (indent levels
    relative to the box).
    """
    if not page.rules:
        return []
    closing, open_ends = _open_ends(page)
    settings = _keep_apart(page, closing)
    found: Ruling = find_cells(page.rules, settings, closing)
    extra = _outer_edges(page, found.tables)
    if extra:
        found = find_cells(page.rules, settings, closing + extra)
    grids = [
        Grid(
            bbox,
            without_thin_bands(bbox, cells),
            open_top=_spans_at(open_ends, bbox[1], bbox[0], bbox[2]),
            open_bottom=_spans_at(open_ends, bbox[3], bbox[0], bbox[2]),
        )
        for bbox, part in found.tables
        for bbox, cells in split_stacked(bbox, part)
    ]
    in_tables = {c for _, cells in found.tables for c in cells}
    for box in found.cells:
        if box in in_tables or box[3] - box[1] > MAX_FRAME_SHARE * float(page.height):
            continue  # a page-sized box (border, background) is no frame: its text stays running text
        if not any(contains(box, g.bbox) for g in grids):
            grids.append(Grid(box, [box]))
    return grids


def without_thin_bands(bbox: BBox, cells: Sequence[BBox]) -> list[BBox]:
    """``cells`` without a band across the whole grid at its top or bottom too thin to hold a line of text
    (:data:`GAP_ROW`): the short straight pieces of a rounded box's corner arcs (a text box drawn as a
    rounded rectangle) cut such a band off its frame; the cells under (over) it reach the edge."""
    x0, y0, x1, y1 = bbox
    out = list(cells)
    for top in (True, False):
        edge = y0 if top else y1
        band = [b for b in out if abs((b[1] if top else b[3]) - edge) <= EDGE_TOL]
        if len(band) != 1 or len(out) == 1:
            continue
        b = band[0]
        if b[3] - b[1] >= GAP_ROW or abs(b[0] - x0) > EDGE_TOL or abs(b[2] - x1) > EDGE_TOL:
            continue
        cut = b[3] if top else b[1]
        out = [
            (c[0], edge, c[2], c[3])
            if top and abs(c[1] - cut) <= EDGE_TOL
            else (c[0], c[1], c[2], edge)
            if not top and abs(c[3] - cut) <= EDGE_TOL
            else c
            for c in out
            if c is not b
        ]
    return out


def split_stacked(bbox: BBox, cells: Sequence[BBox]) -> list[tuple[BBox, list[BBox]]]:
    """One grid as the tables it stacks: two tables printed a few points apart, their outer borders
    joined across the gap (rule segments that close are one rule), are one grid whose row between
    them is a single cell as wide as the grid and too thin to hold a line (:data:`GAP_ROW`). It is
    split there when the tables above and below rule other columns (neither's column edges a subset
    of the other's: a double rule under a table's head keeps its columns)."""
    x0, _, x1, _ = bbox
    for gap in sorted(cells, key=lambda b: b[1]):
        if gap[3] - gap[1] >= GAP_ROW or abs(gap[0] - x0) > EDGE_TOL or abs(gap[2] - x1) > EDGE_TOL:
            continue
        above = [b for b in cells if b[3] <= gap[1] + EDGE_TOL and b is not gap]
        below = [b for b in cells if b[1] >= gap[3] - EDGE_TOL and b is not gap]
        if not above or not below or len(above) + len(below) + 1 != len(cells):
            continue
        up, down = _inner_xs(above, x0, x1), _inner_xs(below, x0, x1)
        if subset(up, down) or subset(down, up):
            continue
        return [(bbox_of(above), above), *split_stacked(bbox_of(below), below)]
    return [(bbox, list(cells))]


def _inner_xs(cells: Sequence[BBox], x0: float, x1: float) -> list[float]:
    return [x for x in cluster(v for b in cells for v in (b[0], b[2])) if x0 + EDGE_TOL < x < x1 - EDGE_TOL]


def subset(xs: Sequence[float], of: Sequence[float], tol: float = EDGE_TOL) -> bool:
    """Whether every edge of ``xs`` is one of ``of`` (within ``tol``)."""
    return all(any(abs(x - y) <= tol for y in of) for x in xs)
