"""The counts of a channel table printed a cell a line, the run of value lines running on into the next table's
year column (pdftotext's default mode of a page whose tables it prints in blocks of its own: the channel table's
counts ``1`` / ``141`` / ``1``, then a goal table's years ``2023`` / ``2024``): a count is a number of events, a
rising run of bare four-digit years (each the one before plus one, no unit) closing the run is another table's
column, no count. Those lines end the counts; which channel a short run's counts stand under is then not known
(the table's own count of cells decides, as before)."""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import current


def _year(text: str) -> int | None:
    """A four-digit year printed bare (``2023``: the vocabulary's year, all digits, no word after it)."""
    t = text.strip()
    m = re.fullmatch(current().year_pattern, t)
    return int(t) if m and m.group("y4") and t.isdigit() else None


def year_tail(values: list[str]) -> int:
    """How many values closing ``values`` are a rising run of two or more bare years a year apart
    (``1 141 1 2023 2024`` -> 2), else 0."""
    n = 0
    while n < len(values) and (y := _year(values[len(values) - 1 - n])) is not None:
        if n and _year(values[len(values) - n]) != y + 1:
            break
        n += 1
    return n if n >= 2 else 0


__all__ = ["year_tail"]
