"""Sheets printed n pages a sheet (모아찍기, 2-up): a landscape PDF page holding two portrait pages scaled
down side by side, each with its own running header and page number, a gutter of white between them.

Such a sheet is split into its logical pages before anything else reads it, so that a table going on from
the left half to the right half, or a running header printed on both, is read as across a page break.
The sheet is known from its geometry alone: a band of white runs down the whole sheet near its middle (no
character and no drawn path crosses it), splitting it into two halves of about the same width, and each
half prints its own furniture at the same height as the other: its lowest (or its highest) row of text is
short and stands level with the other half's (page numbers, running headers). A landscape page set in two
columns (a layout table, newspaper columns) prints its page number once, across the middle: no sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from pledgecard.extract.document import Block, Cell, Paragraph, Source, Table
from pledgecard.extract.readers.pdf_newspaper import free_bands
from pledgecard.extract.readers.pdf_page import Obj, PageModel

LANDSCAPE = 1.2  # width over height, at least
MIDDLE = 0.08  # the gutter's middle within this share of the width either side of the sheet's middle
MIN_GUTTER_SHARE = 0.01  # the white band at least this share of the sheet's width
BACKGROUND_SHARE = 0.9  # a path wider than this share of the sheet is its background, no object
LEVEL_TOL = 1.5  # points: two furniture rows at the same height
SHORT_SHARE = 0.6  # a furniture row spans at most this share of its half


@dataclass(slots=True)
class Half:
    """A logical page of a sheet: its model (x measured from the half's left edge) and the half's offset."""

    page: PageModel
    offset: float


def split_sheet(page: PageModel) -> list[Half] | None:
    """``page``'s logical pages, left then right, when it is a sheet of two pages side by side; else None."""
    width, height = float(page.width), float(page.height)
    if width < LANDSCAPE * height:
        return None
    chars = [c for c in page.chars if c.get("text") and not c["text"].isspace()]
    paths = [o for o in (*page.lines, *page.rects, *page.curves) if o["x1"] - o["x0"] < BACKGROUND_SHARE * width]
    boxes = [(float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])) for o in (*chars, *paths)]
    if not chars:
        return None
    mid = _gutter(boxes, width)
    if mid is None:
        return None
    left = [c for c in chars if c["x1"] <= mid]
    right = [c for c in chars if c["x0"] >= mid]
    if not left or not right or not _furniture_level(left, right, mid, width - mid):
        return None
    return [Half(_part(page, 0.0, mid), 0.0), Half(_part(page, mid, width), mid)]


def _gutter(boxes: Sequence[tuple[float, float, float, float]], width: float) -> float | None:
    """The middle of the white band down the whole sheet near its middle, or None."""
    best: tuple[float, float] | None = None
    for a, b in free_bands(boxes):
        centre = (a + b) / 2
        if b - a < MIN_GUTTER_SHARE * width or abs(centre - width / 2) > MIDDLE * width:
            continue
        if best is None or b - a > best[1] - best[0]:
            best = (a, b)
    return None if best is None else (best[0] + best[1]) / 2


def _rows(chars: Sequence[Obj]) -> list[list[Obj]]:
    """The half's characters in rows (a row: characters whose vertical extents overlap), top to bottom."""
    out: list[list[Obj]] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if out and c["top"] < max(x["bottom"] for x in out[-1]) - LEVEL_TOL:
            out[-1].append(c)
        else:
            out.append([c])
    return out


def _furniture_level(left: Sequence[Obj], right: Sequence[Obj], left_width: float, right_width: float) -> bool:
    """Whether the halves' lowest rows, or their highest, stand level and are short: their own page
    numbers or running headers."""
    rows_l, rows_r = _rows(left), _rows(right)

    def short(row: list[Obj], room: float) -> bool:
        return max(c["x1"] for c in row) - min(c["x0"] for c in row) <= SHORT_SHARE * room

    def level(a: list[Obj], b: list[Obj]) -> bool:
        return abs(max(c["bottom"] for c in a) - max(c["bottom"] for c in b)) <= LEVEL_TOL

    return any(level(a, b) and short(a, left_width) and short(b, right_width)
               for a, b in ((rows_l[-1], rows_r[-1]), (rows_l[0], rows_r[0])))


def _shift(o: Obj, dx: float) -> Obj:
    out = {**o, "x0": o["x0"] - dx, "x1": o["x1"] - dx}
    if "pts" in o:
        out["pts"] = [(x - dx, y) for x, y in o["pts"]]
    return out


def _part(page: PageModel, x0: float, x1: float) -> PageModel:
    """The objects of ``page`` whose middle stands in ``[x0, x1)``, moved so that ``x0`` is their left edge."""

    def inside(o: Obj) -> bool:
        return x0 <= (o["x0"] + o["x1"]) / 2 < x1

    return PageModel(
        number=page.number,
        width=x1 - x0,
        height=page.height,
        chars=[_shift(c, x0) for c in page.chars if inside(c)],
        lines=[_shift(o, x0) for o in page.lines if inside(o)],
        rects=[_shift(o, x0) for o in page.rects if inside(o)],
        curves=[_shift(o, x0) for o in page.curves if inside(o)],
    )


def _on_sheet(src: Source, origin: Sequence[tuple[int, float]]) -> Source:
    """``src`` (a logical page's) on its sheet: the sheet's number, the box moved by the half's offset."""
    if src.page is None or not 1 <= src.page <= len(origin):
        return src
    sheet, dx = origin[src.page - 1]
    box = src.bbox
    moved = None if box is None else (box[0] + dx, box[1], box[2] + dx, box[3])
    return replace(src, page=sheet, bbox=moved)


def to_sheets(blocks: Sequence[Block], origin: Sequence[tuple[int, float]]) -> None:
    """Put every source of ``blocks`` (paragraphs, tables, their cells and what the cells hold) read from
    logical pages back on the sheets they were printed on (``origin[k]``: logical page k+1's sheet and x
    offset), each object once."""
    seen: set[int] = set()
    stack: list[Paragraph | Table | Cell] = list(blocks)
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        obj.source = _on_sheet(obj.source, origin)
        if isinstance(obj, Table):
            stack.extend(obj.cells)
        elif isinstance(obj, Cell):
            stack.extend([*obj.paragraphs, *obj.nested, *obj.blocks])
