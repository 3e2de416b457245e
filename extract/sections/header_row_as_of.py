"""The reporting point a header table states on a row of its own (``(2025. 6. 30. 기준)``).

A card kept as a spreadsheet (extract/readers/text_sheet.py) is one table, its header area rows of it: the
as-of line a document prints under its title (``(2025. 6. 30. 기준)``, set right) is there a row whose one
text is that date, read by the header as the line it is in a document, not as a label or a value."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.normalize.text import fold


def lone_row_texts(items: Iterable[object]) -> list[str]:
    """The texts of the rows, in the tables among ``items``, whose cells hold one text alone: lines of their own
    in a document, read by the header's one date reader as its lines are (a labelled reporting date first, a
    bare bracketed one only where no labelled one stands)."""
    out: list[str] = []
    for t in items:
        if not isinstance(t, Table):
            continue
        for row in t.cell_grid():
            texts = {fold(c.text) for c in row if c is not None and c.text.strip()}
            if len(texts) == 1:
                out.append(texts.pop())
    return out


def row_reporting_dates(items: Iterable[object], reporting_date: Callable[[str], dict[str, Any] | None]
                        ) -> list[dict[str, Any]]:
    """The reporting points ``reporting_date`` reads in :func:`lone_row_texts`."""
    return [d for text in lone_row_texts(items) if (d := reporting_date(text)) is not None]
