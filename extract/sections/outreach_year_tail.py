"""The counts of a channel table printed a cell a line, the run of value lines running on into the next table's
year column (pdftotext's default mode of a page whose tables it prints in blocks of its own: the channel table's
counts ``1`` / ``141`` / ``1``, then a goal table's years ``2023`` / ``2024``): a count is a number of events, a
rising run of bare four-digit years (each the one before plus one, no unit) closing the run is another table's
column, no count. Those lines end the counts; which channel a short run's counts stand under is then not known
(the table's own count of cells decides, as before). One bare year after a run of a printed total and one count a
channel is no count either where the channels' counts add up to that total (``75회`` / ``5`` / ``1`` / ``2`` / ``64`` /
``3`` / ``2021``: the sum proves the run ends before the year)."""

from __future__ import annotations

import re
from collections.abc import Callable

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


def past_the_total(
    values: list[str], channels: int, total_at: int, count: Callable[[str], int | None]
) -> list[str]:
    """``values`` without the bare years printed after a total and one count a channel (``total_at``: the total's
    place among them, 0 first or ``channels`` last) where those counts add up to the total; else as they are."""
    extra = len(values) - channels - 1
    if extra < 1 or any(_year(v) is None for v in values[channels + 1 :]):
        return values
    run = values[: channels + 1]
    counts = [count(v) for k, v in enumerate(run) if k != total_at]
    total = count(run[total_at])
    if total is None or None in counts or sum(c for c in counts if c is not None) != total:
        return values
    return run


__all__ = ["past_the_total", "year_tail"]
