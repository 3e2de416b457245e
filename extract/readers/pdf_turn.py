"""Pages printed on their side: a landscape card drawn turned on a portrait page without ``/Rotate``.

(A page turned by ``/Rotate`` is turned by the engines already.) When most of a page's
characters are not upright, the page model is turned a quarter so that they are: characters and
path pieces alike, in pdfplumber's conventions (top-left origin). Which way follows from the
direction the text runs: upwards (the content was turned counter-clockwise) or downwards.

A page turned by its content transform (``cm``: the whole page drawn turned, the text matrices upright)
has characters the engines call upright (they judge a glyph by its text matrix alone), but its text runs
down or up the page: most next glyphs of a word stand under or over each other, not beside. Such a page is
turned the same way, by the direction its glyphs run.
"""

from __future__ import annotations

from collections.abc import Callable

from pledgecard.extract.readers.pdf_page import Obj, PageModel

SIDEWAYS_SHARE = 0.5  # more non-upright printed characters than this: the page lies on its side
NEXT_GLYPH = 1.5  # a glyph's next within this many type sizes: the two stand in one word (beside or stacked)
MIN_STEPS = 20  # next glyphs needed to judge the way a page's text runs
MIN_RUN = (
    7  # glyphs stacked in a run, at least, for its steps to count (a line of a sentence; a label set a glyph
)
# a line holds a few, up to six)
RUN_SWAY = 0.5  # a glyph stacked on the last: its left edge within this many type sizes of the last's
RUN_GAP = 3.0  # and this many sizes under or over it at most (a space between words goes on with the run)
TURNED_SHARE = 0.8  # of the steps within words, at least this share stacked in long runs: the page is turned

Point = Callable[[float, float], tuple[float, float]]


def direction(page: PageModel) -> int:
    """+1: text runs up the page (turn it clockwise), -1: down (counter-clockwise), 0: upright."""
    printed = [c for c in page.chars if str(c.get("text", "")).strip()]
    side = [c for c in printed if not c.get("upright", True)]
    if not printed:
        return 0
    if len(side) <= SIDEWAYS_SHARE * len(printed):
        return _runs_across(printed)
    votes = 0
    for a, b in zip(side, side[1:], strict=False):
        dy = float(b["top"]) - float(a["top"])
        if abs(dy) > abs(float(b["x0"]) - float(a["x0"])) and abs(dy) < 3 * max(float(a["size"] or 0), 1.0):
            votes += 1 if dy < 0 else -1
    return 0 if votes == 0 else (1 if votes > 0 else -1)


def _runs_across(printed: list[Obj]) -> int:
    """The way the text of glyphs all called upright runs (:func:`direction`): 0 unless most next glyphs of a word
    stand stacked in long runs (lines of a sentence, no label set a glyph a line beside short entries), then +1
    up the page, -1 down it (a page turned by its content transform)."""
    steps, up, down = _stacked_steps(printed)
    if steps < MIN_STEPS or up + down < TURNED_SHARE * steps or up == down:
        return 0
    return 1 if up > down else -1


def _stacked_steps(printed: list[Obj]) -> tuple[int, int, int]:
    """The steps within a word between next glyphs, and of them those stacked upwards and downwards in runs of
    ``MIN_RUN`` glyphs or more (a run goes on across a space: a glyph under or over the last, a few sizes on)."""
    if not printed:
        return 0, 0, 0
    steps = 0
    stacked = [0, 0]  # up, down
    run_way, run_glyphs, run_steps = 0, 1, 0
    for a, b in zip(printed, [*printed[1:], None], strict=True):
        size = max(float(a.get("size") or 0.0), 1.0)
        dx = float(b["x0"]) - float(a["x0"]) if b is not None else 0.0
        dy = float(b["top"]) - float(a["top"]) if b is not None else 0.0
        near = b is not None and dx * dx + dy * dy <= (NEXT_GLYPH * size) ** 2
        steps += near
        way = (
            (-1 if dy < 0 else 1)
            if b is not None and abs(dx) < RUN_SWAY * size < abs(dy) < RUN_GAP * size
            else 0
        )
        if way and way == run_way:
            run_glyphs, run_steps = run_glyphs + 1, run_steps + near
            continue
        if run_way and run_glyphs >= MIN_RUN:
            stacked[run_way > 0] += run_steps
        run_way, run_glyphs, run_steps = way, 2 if way else 1, int(near) if way else 0
    return steps, stacked[0], stacked[1]


def upright(page: PageModel) -> PageModel:
    """The page turned so that its text reads left to right (the page itself when it does)."""
    way = direction(page)
    if way == 0:
        return page
    w, h = float(page.width), float(page.height)
    # clockwise: (x, t) -> (h - t, x); counter-clockwise: (x, t) -> (t, w - x)
    point: Point = (lambda x, t: (h - t, x)) if way > 0 else (lambda x, t: (t, w - x))
    return PageModel(
        number=page.number,
        width=h,
        height=w,
        chars=[turn_box(c, point, upright=True) for c in page.chars],
        lines=[turn_box(o, point) for o in page.lines],
        rects=[turn_box(o, point) for o in page.rects],
        curves=[turn_curve(o, point) for o in page.curves],
        turned=way,
    )


def _corners(o: Obj, point: Point) -> tuple[float, float, float, float]:
    (ax, at), (bx, bt) = point(float(o["x0"]), float(o["top"])), point(float(o["x1"]), float(o["bottom"]))
    return min(ax, bx), max(ax, bx), min(at, bt), max(at, bt)


def turn_box(o: Obj, point: Point, *, upright: bool | None = None) -> Obj:
    x0, x1, top, bottom = _corners(o, point)
    out = {**o, "x0": x0, "x1": x1, "top": top, "bottom": bottom}
    if "width" in o:
        out["width"], out["height"] = x1 - x0, bottom - top
    if upright is not None and not o.get("upright", True):
        out["upright"] = upright
    return out


def turn_curve(o: Obj, point: Point) -> Obj:
    out = turn_box(o, point)
    out["pts"] = [point(float(x), float(t)) for x, t in o.get("pts", [])]
    return out
