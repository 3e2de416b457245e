"""An empty cell printed as a dash one space before the next cell of its row (``-       - 미착수``: the rate's
``-`` run into the status): the run reads as a dash-marked bullet item (``- 미착수``), which made the whole line
no row of cells and dropped it from its table (dolbit-city 76002 pdftotext -layout: its ``2025`` goal row under a
blank project cell, read as a text line). :func:`dash_run_cell` tells such a run from a bullet item by the row's
shape: one word after the dash, in a line of four segments or more whose other cells are plain cells (a label
beside a bulleted content is two segments, an item several words)."""

from __future__ import annotations

from collections.abc import Callable

from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_lines import Seg, TLine
from pledgecard.normalize.text import DASHES

ROW_MIN = 4  # segments of a line whose dash run is a cell: a label, a bullet item and more would be fewer


def dash_run_cell(line: TLine, seg: Seg, plain: Callable[[Seg], bool]) -> bool:
    """``seg`` of ``line`` is an empty cell's dash run into one word of the next cell, not a bullet item:
    its marker a dash, one word after it, the line four segments or more, its other cells after the first
    plain cells (``plain``: the caller's test of a cell without bullet or numbering)."""
    marker, body = split_marker(seg.text)
    if marker is None or marker.strip() not in DASHES or not body or len(body.split()) != 1:
        return False
    if len(line.segs) < ROW_MIN or seg is line.segs[0]:
        return False
    return all(plain(s) for s in line.segs[1:] if s is not seg)
