"""Text drawn along an oblique baseline: a watermark or a stamp turned at an angle over the page.

A document system prints its watermark (the office, ``내부검토용``, the print day and time) in large pale
letters turned some tens of degrees across every page, drawn before or after the card. The engines call
such glyphs upright when the turn is the content transform's (``cm``) and give each an upright box, so the
letters land one by one among the card's lines and cells (a figure's cell gains a stray digit, a line a
stray syllable). Such text is no part of the card: found by geometry alone and set aside before the page
is read.

A run is characters drawn one after another whose boxes each step both across and along the page by a
large share of their size, all the steps turned the same oblique way (neither across, as a line runs, nor
down, as vertical text runs): at least :data:`RUN_MIN` of them, set larger than the page's other text (the
median size of its letters, by :data:`SIZE_OVER`): a schedule's marks set in the card's own type in a staircase of
narrow cells (``O`` a month) step obliquely too, and are the card's.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence

from pledgecard.extract.readers.pdf_lines import char_size
from pledgecard.extract.readers.pdf_page import Obj, PageModel

RUN_MIN = 4  # characters in an oblique run, fewer: no watermark (a raised mark, a line's wrap)
ANGLE_MIN = 15.0  # degrees off the nearest axis a step must turn to be oblique
ANGLE_TOL = 8.0  # degrees the steps of one run may differ by
STEP_MAX = 2.5  # a step longer than this many sizes a character drawn ends the run
SIZE_OVER = 1.2  # how much larger than the page's median letter a watermark's letters are set


def _step(a: Obj, b: Obj) -> tuple[float, float] | None:
    """The angle (degrees, -180..180) and length in sizes of the step from ``a``'s box to ``b``'s, or None
    when the two differ in size (no run)."""
    sa, sb = char_size(a), char_size(b)
    if sa <= 0 or sb <= 0 or max(sa, sb) > 1.5 * min(sa, sb):
        return None
    dx = (float(b["x0"]) + float(b["x1"])) / 2 - (float(a["x0"]) + float(a["x1"])) / 2
    dy = float(a["bottom"]) - float(b["bottom"])  # up the page: positive
    return math.degrees(math.atan2(dy, dx)), math.hypot(dx, dy) / max(sa, sb)


def _oblique(angle: float) -> bool:
    off = abs(angle) % 90.0
    return min(off, 90.0 - off) >= ANGLE_MIN


def oblique_runs(chars: Sequence[Obj]) -> list[tuple[int, int]]:
    """(first, end) index ranges of ``chars`` (drawing order) that run along one oblique baseline, each at
    least :data:`RUN_MIN` letters long. Steps are taken from letter to letter (a space's or a stop's box
    is cut to its own shape and would bend the step); the marks between a run's letters go with it."""
    letters = [k for k, c in enumerate(chars) if str(c["text"]).isalnum()]
    runs: list[tuple[int, int]] = []
    start, angle = 0, None
    for n in range(1, len(letters) + 1):
        step = _step(chars[letters[n - 1]], chars[letters[n]]) if n < len(letters) else None
        drawn = letters[n] - letters[n - 1] if n < len(letters) else 1  # the marks between advance it too
        goes_on = (
            step is not None
            and _oblique(step[0])
            and step[1] <= STEP_MAX * drawn
            and (angle is None or abs(step[0] - angle) <= ANGLE_TOL)
        )
        if goes_on and step is not None:
            angle = step[0] if angle is None else angle
            continue
        if n - start >= RUN_MIN and angle is not None:
            runs.append((letters[start], letters[n - 1] + 1))
        start, angle = n, None
    inside = {k for a, b in runs for k in range(a, b)}
    rest = [char_size(chars[k]) for k in letters if k not in inside]
    if not runs or not rest:
        return runs  # (no other text on the page to measure the run's letters against)
    page = statistics.median(rest)
    return [
        (a, b)
        for a, b in runs
        if statistics.median(char_size(c) for c in chars[a:b] if str(c["text"]).isalnum()) > SIZE_OVER * page
    ]


def without_oblique(page: PageModel) -> PageModel:
    """``page`` without the characters of its oblique runs (:func:`oblique_runs`, over its characters printing
    text), the page itself where it has none."""
    printed = [c for c in page.chars if c.get("text")]
    gone = {id(printed[k]) for a, b in oblique_runs(printed) for k in range(a, b)}
    if gone:
        page.chars = [c for c in page.chars if id(c) not in gone]
    return page
