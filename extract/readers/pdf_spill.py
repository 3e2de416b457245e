"""Text of merged cells cut by a page break, printed past the open edge of their table.

A merged cell that a page break cuts in two is drawn open at the cut, but its text is laid
out for the whole cell: part of it can be printed below the last rule of the first part (or
above the first rule of the second). Such lines sit right against the open edge, inside the
open columns only; they are given back to the cell of their column.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence

from pledgecard.extract.readers.pdf_lines import Char, char_size, group_rows

MAX_LINE_GAP = 0.8  # x font size: a wider gap ends the text that belongs to the cut cells


def spilled_text(
    chars: Sequence[Char], *, edge: float, below: bool, xs: Sequence[float], owners: Mapping[int, int]
) -> dict[int, list[Char]]:
    """Characters printed past a table edge that belong to its open cells, by cell index.

    ``edge`` is the table's open edge (its bottom when ``below``, else its top), ``xs`` its
    column edges and ``owners`` maps each open column to the index of the cell at that edge.
    Rows of characters are taken outward from the edge while each follows the previous at
    line spacing and has every printed character inside an open column.
    """
    beyond = [c for c in chars if _middle(c) > edge] if below else [c for c in chars if _middle(c) < edge]
    rows = group_rows(beyond)
    if not below:
        rows.reverse()
    claimed: dict[int, list[Char]] = {}
    reach = edge
    for row in rows:
        printed = [c for c in row if not c["text"].isspace()]
        if not printed:
            continue
        top = min(float(c["top"]) for c in printed)
        bottom = max(float(c["bottom"]) for c in printed)
        size = sorted(char_size(c) for c in printed)[len(printed) // 2]
        if (top - reach if below else reach - bottom) > MAX_LINE_GAP * size:
            break
        cells = [owners.get(bisect_right(xs, (float(c["x0"]) + float(c["x1"])) / 2) - 1) for c in row]
        if any(k is None for k, c in zip(cells, row, strict=True) if not c["text"].isspace()):
            break
        for k, c in zip(cells, row, strict=True):
            if k is not None:
                claimed.setdefault(k, []).append(c)
        reach = bottom if below else top
    return claimed


def _middle(c: Char) -> float:
    return (float(c["top"]) + float(c["bottom"])) / 2
