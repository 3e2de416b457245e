"""A PDF box widened to the ink it holds: a cell's text may run past its rules (a revised figure ``26,156 →
26,115`` in a narrow cell, a unit word past the table's edge), a heading wrapped under a shorter first line
may start left of it. A source's box covers its glyphs across (their ``x0`` .. ``x1``), so a crop of it
shows them whole; its height stays the rules' (a row as tall as its own row)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pledgecard.extract.geometry import BBox as Box


def _across(part: Any) -> tuple[float, float] | None:
    """A part's left and right ends: a box's, a line's box (``Line.bbox``: from its ink's left end, a wrapped
    line set further left than its first), or its ``x0``/``x1``."""
    if isinstance(part, tuple | list) and len(part) == 4:
        return float(part[0]), float(part[2])
    box = getattr(part, "bbox", None)
    if isinstance(box, tuple) and len(box) == 4:
        return float(box[0]), float(box[2])
    x0, x1 = getattr(part, "x0", None), getattr(part, "x1", None)
    return (float(x0), float(x1)) if isinstance(x0, int | float) and isinstance(x1, int | float) else None


def inked(box: Box | None, parts: Iterable[Any]) -> Box | None:
    """``box`` widened to cover the left and right ends of ``parts`` (lines with ``x0``/``x1``, or boxes); the
    box itself where they lie inside it, ``None`` for no box.

    >>> inked((10.0, 5.0, 50.0, 20.0), [(12.0, 6.0, 53.5, 18.0)])
    (10.0, 5.0, 53.5, 20.0)
    >>> inked((10.0, 5.0, 50.0, 20.0), [])
    (10.0, 5.0, 50.0, 20.0)
    """
    if box is None:
        return None
    ends = [e for e in map(_across, parts) if e is not None]
    if not ends:
        return box
    x0, x1 = min(box[0], *(a for a, _ in ends)), max(box[2], *(b for _, b in ends))
    return (round(x0, 2), box[1], round(x1, 2), box[3]) if (x0, x1) != (box[0], box[2]) else box
