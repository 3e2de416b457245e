"""A table printed on its side on an upright page: the band of the page it fills turned to read across.

Class fixed (handmade doc-seorin-city-4-6, three A4 portrait pages whose tables are landscape tables printed
sideways, a quarter turned, under upright headings and text, as archived cards often are): the turned glyphs,
fewer than the page's upright ones, left the page upright (extract/readers/pdf_turn.py turns a whole page on its
side only), and the tables, their cells read a glyph a line, went unread (funding and goals null). Here the
glyphs not upright, when they fill a band across the page that no upright glyph stands in, are the band's: the
band (its glyphs, and the rules and boxes within it) is turned a quarter the way its text runs (up the page:
clockwise), at the band's place, and what the page prints under it moves down by the height the band gains.
"""

from __future__ import annotations

from pledgecard.extract.readers.pdf_page import Obj, PageModel
from pledgecard.extract.readers.pdf_turn import Point, turn_box, turn_curve

MIN_SIDE = 20  # glyphs not upright, at least, to make a turned band
PAD = 6.0  # points: the band's rules may stand this far past its glyphs


def _band(page: PageModel) -> tuple[float, float, float, float] | None:
    """(x0, top, x1, bottom) of the page's turned band: the glyphs not upright, when there are enough of them, not
    all of the page's, and no upright glyph stands between the band's top and bottom."""
    printed = [c for c in page.chars if str(c.get("text", "")).strip()]
    side = [c for c in printed if not c.get("upright", True)]
    if len(side) < MIN_SIDE or len(side) == len(printed):
        return None
    top, bottom = min(float(c["top"]) for c in side), max(float(c["bottom"]) for c in side)
    if any(
        top - PAD < float(c["bottom"]) and float(c["top"]) < bottom + PAD
        for c in printed
        if c.get("upright", True)
    ):
        return None
    x0, x1 = min(float(c["x0"]) for c in side), max(float(c["x1"]) for c in side)
    return x0, top, x1, bottom


def _way(page: PageModel) -> int:
    """+1 when the turned glyphs run up the page, -1 down (0: not told)."""
    side = [
        c for c in page.chars if str(c.get("text", "")).strip() and not c.get("upright", True)
    ]  # as drawn
    votes = 0
    for a, b in zip(side, side[1:], strict=False):
        dy = float(b["top"]) - float(a["top"])
        if abs(float(b["x0"]) - float(a["x0"])) < 1.0 and abs(dy) < 3 * max(float(a.get("size") or 0), 1.0):
            votes += 1 if dy < 0 else -1
    return (votes > 0) - (votes < 0)


def _within(o: Obj, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return (
        float(o["top"]) >= top - PAD
        and float(o["bottom"]) <= bottom + PAD
        and float(o["x1"]) >= x0 - PAD
        and float(o["x0"]) <= x1 + PAD
    )


def _meets(o: Obj, box: tuple[float, float, float, float]) -> bool:
    """Whether a path piece overlaps the box (its edge within a point of it)."""
    x0, top, x1, bottom = box
    return (
        float(o["top"]) <= bottom + 1
        and float(o["bottom"]) >= top - 1
        and float(o["x0"]) <= x1 + 1
        and float(o["x1"]) >= x0 - 1
    )


def upright_band(page: PageModel) -> PageModel:
    """The page with its turned band (:func:`_band`) turned to read across, or the page itself."""
    if page.turned or (found := _band(page)) is None or (way := _way(page)) == 0:
        return page
    pieces = [*page.lines, *page.rects, *page.curves]
    box = found
    for _ in range(
        3
    ):  # the rules crossing the band, and those meeting them (the table's border past its glyphs)
        inside = [o for o in pieces if _meets(o, box)]
        box = (
            min([box[0], *(float(o["x0"]) for o in inside)]),
            min([box[1], *(float(o["top"]) for o in inside)]),
            max([box[2], *(float(o["x1"]) for o in inside)]),
            max([box[3], *(float(o["bottom"]) for o in inside)]),
        )
    x0, top, x1, bottom = box
    if any(c.get("upright", True) and str(c.get("text", "")).strip() and _within(c, box) for c in page.chars):
        return page  # the band's rules reach over upright text: no band of its own
    w, h = x1 - x0, bottom - top
    # clockwise about the band: (x, t) -> (x0 + (bottom - t), top + (x - x0)); counter-clockwise the other way
    point: Point = (
        (lambda x, t: (x0 + bottom - t, top + x - x0))
        if way > 0
        else (lambda x, t: (x0 + t - top, top + x1 - x))
    )
    grow = w - h

    def moved(o: Obj) -> Obj:
        if float(o["top"]) < bottom:
            return o
        out = {**o, "top": float(o["top"]) + grow, "bottom": float(o["bottom"]) + grow}
        if "pts" in o:
            out["pts"] = [(x, t + grow) for x, t in o["pts"]]
        return out

    chars = [turn_box(c, point, upright=True) if _within(c, box) else moved(c) for c in page.chars]
    return PageModel(
        number=page.number,
        width=max(float(page.width), x0 + h),
        height=float(page.height) + grow,
        chars=chars,
        lines=[turn_box(o, point) if _within(o, box) else moved(o) for o in page.lines],
        rects=[turn_box(o, point) if _within(o, box) else moved(o) for o in page.rects],
        curves=[turn_curve(o, point) if _within(o, box) else moved(o) for o in page.curves],
    )
