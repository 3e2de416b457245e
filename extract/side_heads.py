"""The head row of sections told side by side in one table (``그간 추진실적 | 향후 추진계획`` under one
heading naming both, ``추진실적 및 향후계획``), as a text dump prints it: on one line, or a head a line.

A dump prints such a table's cells row by row, each row's left cell then its right one: which of the
lines below stand in which column is not printed. The section splitter (extract/card_sections.py) reads them
all as the first column's section and leaves the others' headings empty (``extract.section_empty``), but
the plans a block's closing lines print dated after every reporting point (extract/side_columns.py); the
heads a page break repeated further down are no item.
"""

from __future__ import annotations

from pledgecard.extract.labels import sections_of
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import FRAMED_LINE


def _bare(item: Item) -> bool:
    """A dump's line with no marker and no frame (not a table cell's heading line, whose reader knows its
    table; not a sub-heading line such as ``< 향후계획 >``, which opens its part under a combined heading)."""
    return (
        isinstance(item, Line)
        and not item.heading
        and item.marker is None
        and bool(item.text)
        and FRAMED_LINE.match(item.text) is None
    )


def _names_one(text: str, name: str) -> bool:
    return sections_of(text) == (name,)


def _row_on_a_line(text: str, names: tuple[str, ...]) -> bool:
    """Whether the words of ``text`` split, in order, into one heading for each of ``names``."""
    words = text.split()

    def fits(i: int, rest: tuple[str, ...]) -> bool:
        if not rest:
            return i == len(words)
        return any(
            _names_one(" ".join(words[i:j]), rest[0]) and fits(j, rest[1:])
            for j in range(i + 1, len(words) + 1)
        )

    return fits(0, names)


def heads_at(flat: list[Item], k: int, names: tuple[str, ...]) -> int:
    """How many items from ``flat[k]`` print the head row naming ``names`` (two or more sections, in
    order): 1 for a line of them all, ``len(names)`` for a head a line; 0 when they print none."""
    if len(names) < 2 or not _bare(flat[k]):
        return 0
    first = flat[k]
    assert isinstance(first, Line)
    if _row_on_a_line(first.text, names):
        return 1
    run = flat[k : k + len(names)]
    if len(run) == len(names) and all(
        _bare(x) and _names_one(x.text, n)  # type: ignore[union-attr]
        for x, n in zip(run, names, strict=True)
    ):
        return len(names)
    return 0
