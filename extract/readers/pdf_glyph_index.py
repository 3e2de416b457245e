"""Glyphs of a page indexed by where they print, so that "is a glyph printed on this row between these two
x positions" is answered without a pass over every glyph of the page (pdf_lost_glyphs.lost_runs asks it once
a lost glyph: over every mapped glyph, a page of 8000 characters half lost took seconds). The class of page
fixed: any text-layer page with some lost glyphs, its cost now about linear in its glyphs."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence

from pledgecard.extract.readers.pdf_page import Obj

BAND = 2.0  # points: the height of one band of the index; a glyph is filed under every band it covers


class GlyphIndex:
    """Glyphs filed by the horizontal bands (:data:`BAND` high) their boxes cover, each band's glyphs in order
    of their left edge."""

    def __init__(self, glyphs: Sequence[Obj]) -> None:
        bands: dict[int, list[tuple[float, float, float]]] = defaultdict(list)
        for c in glyphs:
            top, bottom = float(c["top"]), float(c["bottom"])
            for b in range(math.floor(top / BAND), math.floor(bottom / BAND) + 1):
                bands[b].append((float(c["x0"]), top, bottom))
        self._bands = {b: sorted(v) for b, v in bands.items()}
        self._x0 = {b: [x for x, _, _ in v] for b, v in self._bands.items()}

    def any_between(self, lo: float, hi: float, y: float) -> bool:
        """Whether a glyph whose left edge is in ``[lo, hi)`` prints across the height ``y``."""
        b = math.floor(y / BAND)
        band = self._bands.get(b)
        if not band:
            return False
        xs = self._x0[b]
        return any(top <= y <= bottom for _, top, bottom in band[bisect_left(xs, lo) : bisect_left(xs, hi)])
