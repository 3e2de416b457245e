"""Boxes read in a levelled frame, put back on the page as it is printed.

A searchable scan's page is read level (:mod:`.readers.pdf_scan_layer`): its characters turned about the page's
centre by the angle its image was deskewed by, so that they sit in the cells the deskewed image shows; the reading
(lines, cells, tables) happens in that frame. What the extractor reports, a record's provenance and its findings'
``source_position``, is for a reviewer's tool to crop the page as printed: each box is turned back by the page's
:class:`Levelled` frame (the envelope of its corners turned back, which holds every glyph the levelled box held).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Levelled:
    """A page read turned ``angle`` degrees (counter-clockwise as seen, y down) about the centre of its
    ``width`` x ``height`` points."""

    angle: float
    width: float
    height: float

    def to_page(self, box: Box) -> Box:
        """``box`` (x0, top, x1, bottom in the levelled frame) on the page as printed: its corners turned back,
        their envelope.

        >>> frame = Levelled(90.0, 100.0, 100.0)
        >>> [round(v, 6) for v in frame.to_page((60.0, 40.0, 70.0, 45.0))]
        [55.0, 60.0, 60.0, 70.0]
        >>> Levelled(0.0, 100.0, 100.0).to_page((1.0, 2.0, 3.0, 4.0))
        (1.0, 2.0, 3.0, 4.0)
        """
        if abs(self.angle) < 1e-6:
            return box
        a = math.radians(self.angle)
        cos, sin = math.cos(a), math.sin(a)
        cx, cy = self.width / 2.0, self.height / 2.0
        xs, ys = [], []
        for qx, qy in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
            u, v = qx - cx, qy - cy  # the inverse of pdf_scan_layer.level_chars's turn
            xs.append(cx + u * cos - v * sin)
            ys.append(cy + u * sin + v * cos)
        return (min(xs), min(ys), max(xs), max(ys))


def entry_on_page(entry: Mapping[str, Any], frames: Mapping[int, Levelled]) -> dict[str, Any]:
    """A provenance entry or ``source_position`` (``page``, ``bbox`` as a list) with its box on the page as
    printed (the entry as it is where its page was not read levelled)."""
    page, bbox = entry.get("page"), entry.get("bbox")
    frame = frames.get(page) if isinstance(page, int) else None
    if frame is None or not isinstance(bbox, list | tuple) or len(bbox) != 4:
        return dict(entry)
    return {**entry, "bbox": [round(v, 2) for v in frame.to_page(tuple(float(v) for v in bbox))]}  # type: ignore[arg-type]


def results_on_pages(
    provenance: dict[str, Any], findings: list[dict[str, Any]], frames: Mapping[int, Levelled]
) -> dict[str, Any]:
    """A card's ``provenance`` (record path -> entry) with its boxes on the pages as printed, returned; its
    ``findings``' ``source_position`` turned in place."""
    if not frames:
        return provenance
    for f in findings:
        if isinstance(f.get("source_position"), Mapping):
            f["source_position"] = entry_on_page(f["source_position"], frames)
    return {k: entry_on_page(v, frames) if isinstance(v, Mapping) else v for k, v in provenance.items()}
