"""A row group whose only line at the left edge is a lone first cell between full rows.

Class fixed: ``pdftotext -layout`` centres a first-column cell that spans rows (a project over its years)
on its own line between them when the rows print no blank line apart (doc-byeori-province-4-2's goal table:
``2023  수료 30명 ...`` / ``청년 창업 교육`` / ``2024  수료 60명(누계) ...``); read as one row whose cells
wrapped, the two years' targets were joined into one goal. Lines that each print a whole row but its first
cell, one under the other cell for cell, each opening with a value keyed by its year or count, are rows of
their own: they anchor the rows, and the lone line is the cell centred on them.
"""

from __future__ import annotations

from pledgecard.extract.readers.text_cells import overlaps
from pledgecard.extract.readers.text_lines import TLine


def _keyed(text: str) -> bool:
    return bool(text) and (text[0].isdigit() or text[0] in "'’‘＇")


def lone_lead_anchors(group: list[TLine], starts: list[int], wide: bool) -> list[int] | None:
    """The lines anchoring the rows of ``group`` when its one line at the left edge (``starts``) is a
    lone cell with rows above and below it that fill every other column alike; None otherwise."""
    if len(starts) != 1 or len(group[starts[0]].segs) != 1:
        return None
    lead = starts[0]
    others = [k for k in range(len(group)) if k != lead]
    if len(others) < 2 or not (others[0] < lead < others[-1]):
        return None
    first = group[others[0]].segs
    if len(first) < 3 or group[lead].segs[0].span(wide)[1] > first[0].span(wide)[0]:
        return None  # the lone cell ends before the rows' first cell starts: a column of its own
    for k in others:
        segs = group[k].segs
        if len(segs) != len(first) or not _keyed(segs[0].text):
            return None
        if not all(overlaps(*a.span(wide), *b.span(wide)) for a, b in zip(first, segs, strict=True)):
            return None
    return others
