"""Vertical text on an upright page: a label drawn turned a quarter (a narrow table cell whose
section label reads bottom to top, or top to bottom) is laid flat before the page is read.

Each run of turned characters, drawn one after the other down or up one column of the page, becomes
a row of upright characters in the order they were drawn (their reading order), placed over the
run's own box (at its middle height, across its width), so that the cell holding the label reads
it as one line, in reading order, where a character-by-character reading would stack or reverse it.
A page whose text mostly lies on its side is turned whole instead (``pdf_turn``).
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.readers.pdf_lines import char_size
from pledgecard.extract.readers.pdf_page import Obj

COLUMN_TOL = 0.5  # a run's characters stand within this share of their size of one another across
STEP_MAX = 2.0  # and follow one another within this many sizes along the column


def _centre(c: Obj) -> tuple[float, float]:
    return (float(c["x0"]) + float(c["x1"])) / 2, (float(c["top"]) + float(c["bottom"])) / 2


def goes_on(prev: Obj, c: Obj) -> bool:
    """Whether turned character ``c`` follows ``prev`` along one column (across within :data:`COLUMN_TOL`, along
    within :data:`STEP_MAX` of their size)."""
    (px, py), (cx, cy) = _centre(prev), _centre(c)
    size = max(char_size(prev), char_size(c))
    return abs(cx - px) <= COLUMN_TOL * size and abs(cy - py) <= STEP_MAX * size


def _flat(run: Sequence[Obj]) -> list[Obj]:
    """The run as upright characters in drawn order, side by side across the run's width at its
    middle height (each as tall as the run is wide)."""
    x0 = min(float(c["x0"]) for c in run)
    x1 = max(float(c["x1"]) for c in run)
    mid = (min(float(c["top"]) for c in run) + max(float(c["bottom"]) for c in run)) / 2
    thick = max(x1 - x0, 1.0)
    step = thick / len(run)
    return [
        {
            **c,
            "upright": True,
            "x0": x0 + k * step,
            "x1": x0 + (k + 1) * step,
            "top": mid - thick / 2,
            "bottom": mid + thick / 2,
        }
        for k, c in enumerate(run)
    ]


def lay_flat(chars: Sequence[Obj]) -> list[Obj]:
    """``chars`` with every run of turned characters laid flat (:func:`_flat`), in its place in the
    drawing order; upright characters as they are."""
    out: list[Obj] = []
    run: list[Obj] = []
    for c in chars:
        if c.get("upright", True):
            if run:
                out += _flat(run)
                run = []
            out.append(c)
            continue
        if run and not goes_on(run[-1], c):
            out += _flat(run)
            run = []
        run.append(c)
    if run:
        out += _flat(run)
    return out


def has_turned(chars: Sequence[Obj]) -> bool:
    """Whether any printed character is drawn turned."""
    return any(not c.get("upright", True) and str(c.get("text", "")).strip() for c in chars)
