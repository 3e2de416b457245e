"""Page geometry shared by the readers and the sections: boxes ``(x0, top, x1, bottom)`` in PDF points."""

from __future__ import annotations

from collections.abc import Iterable

BBox = tuple[float, float, float, float]


def bbox_of(boxes: Iterable[BBox]) -> BBox:
    """The box around ``boxes`` (one or more).

    >>> bbox_of([(10, 20, 30, 40), (5, 25, 20, 50)])
    (5, 20, 30, 50)
    """
    boxes = list(boxes)
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
