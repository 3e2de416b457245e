"""Sub-rows indented under a row: a line a little right of the left edge printing a whole row of figures
(``    - 시비    1,080,000    90,000 ...`` under ``지방비    3,600,000    300,000 ...``), as a dump prints a funding
table's part rows set in under their subtotal.

The class fixed: such lines were read as the wrapped rest of the row above, their figures run together in its
cells (``3,600,0001,080,0002,520,000``: samples/handmade/galsup-county-gwan-3, a 광역시 군's 지방비 over its
시비 / 군비). A figure does not wrap, so a line that fills every column of the row above with a figure each, its
label within that row's first column, is a row of its own.
"""

from __future__ import annotations

from pledgecard.extract.readers.text_cells import overlaps
from pledgecard.extract.readers.text_lines import TLine, is_figure

MIN_CELLS = 3  # a label and two figures at least


def indented_figure_rows(group: list[TLine], starts: list[int], wide: bool) -> list[int]:
    """Lines not at the left edge that print as many cells as the row at the edge above them, a label in its
    first column and a whole figure under each of its figures, one for one: rows of their own."""
    out: list[int] = []
    for k, line in enumerate(group):
        edge = max((s for s in starts if s < k), default=None)
        if k in starts or edge is None:
            continue
        above = group[edge].segs
        segs = line.segs
        if len(segs) != len(above) or len(segs) < MIN_CELLS or is_figure(segs[0].text):
            continue
        if not all(is_figure(s.text) for s in segs[1:]) or not all(is_figure(s.text) for s in above[1:]):
            continue
        if segs[0].span(wide)[1] >= above[1].span(wide)[0]:
            continue  # its label reaches into the first figure's column: no label cell
        if all(overlaps(*a.span(wide), *b.span(wide)) for a, b in zip(above[1:], segs[1:], strict=True)):
            out.append(k)
    return out
