"""Rows that share their first cells: a line indented past the left edge that prints a whole row
but its first cells (``                2024     25개소     18개소     72%`` under
``어린이보호구역 정비   2023     20개소     20개소    100%``), as a dump prints the rows of a table
whose first column spans them (a project over its years)."""

from __future__ import annotations

from pledgecard.extract.readers.text_cells import overlaps
from pledgecard.extract.readers.text_lines import TLine


def shared_lead_rows(group: list[TLine], starts: list[int], wide: bool) -> list[int]:
    """Lines below a line at the left edge (a row's first line) that start a row of their own: each
    has three segments or more, one under each segment of the row's first line from some column
    on to its last, one for one, and the first of them opens with a digit or a year's apostrophe
    where the cell above it does too (a value keyed by its year or count: a wrapped cell's second
    line neither fills every column nor starts a value under another)."""
    out: list[int] = []
    for k, line in enumerate(group):
        if k in starts or k == 0 or len(line.segs) < 3:
            continue
        top = max((s for s in [*starts, *out] if s < k), default=None)
        edge = max((s for s in starts if s < k), default=None)  # the row at the left edge the lead cells are
        if top is None or edge is None:
            continue
        # (measured against the row at the left edge: a second indented row under the first, 2024 then 2025
        # under a project spanning three years, is a row too)
        above = group[edge].segs
        first = next(
            (j for j, s in enumerate(above) if overlaps(*line.segs[0].span(wide), *s.span(wide))), None
        )
        if first is None or first == 0 or len(above) - first != len(line.segs):
            continue
        if not all(
            overlaps(*a.span(wide), *b.span(wide)) for a, b in zip(above[first:], line.segs, strict=True)
        ):
            continue
        if _keyed(above[first].text) and _keyed(line.segs[0].text) and _between_are_wraps(group, top, k):
            out.append(k)
    return out


def _keyed(text: str) -> bool:
    return bool(text) and (text[0].isdigit() or text[0] in "'’‘＇")


def _between_are_wraps(group: list[TLine], top: int, k: int) -> bool:
    """The lines between the row's first line and ``k`` (wrapped cells of the row above) are fewer
    in segments than ``k``: none of them is itself a full row left unsplit."""
    return all(len(group[m].segs) < len(group[k].segs) for m in range(top + 1, k))
