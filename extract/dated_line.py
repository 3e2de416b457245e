"""A line read as an item whose date is printed apart from it: a schedule's plan dated by the head over its
marks, a log table's row dated by the year and month cells spanning its rows (a dump prints each once, on
lines of their own). The provenance of the item's date is ``date_source``, its item's the line's own."""

from __future__ import annotations

from dataclasses import dataclass

from pledgecard.extract.document import Source
from pledgecard.extract.layout_lines import Line


@dataclass(slots=True)
class DatedLine(Line):
    """A line and where its date is printed (``None``: not known). A log row whose year or month cell is printed
    on its own line (a date cell beside the row's cell) has that line as its date's place too."""

    date_source: Source | None = None


def date_source_of(item: object) -> Source | None:
    """Where the date of ``item`` (a line read as an item) is printed when apart from it, else ``None``."""
    return item.date_source if isinstance(item, DatedLine) else None
