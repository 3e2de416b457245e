"""An item table whose head names two contents, the works done and those planned (``추진시기 추진실적 추진계획``),
printed as one line a row with each content opening with its bullet marker (``2024. 1. ◦ 실적 ◦ 계획``): the row's
two cells were read as one item (the plan glued after the work done). :func:`head_pick` tells which of the head's
two contents is the section's own (item_heads.own_content_pick, as for tables printed one cell a line) and
:func:`own_content` keeps that cell of a row line: its date, the cell's marker and text."""

from __future__ import annotations

from pledgecard.extract.item_heads import head_partitions, own_content_pick
from pledgecard.extract.markers import split_marker


def head_pick(text: str, section: str | None) -> int | None:
    """Of a head line's two content cells (its words parted into cells as a head's), the section's (0 or 1);
    None for a head of one content."""
    for cells in head_partitions(text.split()):
        if len(cells) == 3 and (pick := own_content_pick(cells, section)) is not None:
            return pick
    return None


def own_content(rest: str, pick: int) -> str | None:
    """The ``pick``-th content of a row line's cells after its date (``rest``) where they are two contents each
    opening with the same bullet marker (``◦ A ◦ B``): that cell's marker and text; None for another shape."""
    marker, body = split_marker(rest)
    if marker is None or not body:
        return None
    parts = [p.strip() for p in f" {body} ".split(f" {marker} ")]
    if len(parts) != 2 or not all(parts):
        return None
    return f"{marker} {parts[pick]}"
