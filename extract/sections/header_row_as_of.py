"""The reporting point a header table states on a row of its own (``(2025. 6. 30. 기준)``).

A card kept as a spreadsheet (extract/readers/text_sheet.py) is one table, its header area rows of it: the
as-of line a document prints under its title (``(2025. 6. 30. 기준)``, set right) is there a row whose one
text is that date, read by the header as the line it is in a document, not as a label or a value."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.normalize.text import fold


def row_reporting_dates(items: Iterable[object], reporting_date: Callable[[str], dict[str, Any] | None]
                        ) -> list[dict[str, Any]]:
    """The reporting points ``reporting_date`` reads in rows of the tables among ``items`` whose cells hold
    one text alone."""
    out: list[dict[str, Any]] = []
    for t in items:
        if not isinstance(t, Table):
            continue
        for row in t.cell_grid():
            texts = {fold(c.text) for c in row if c is not None and c.text.strip()}
            if len(texts) == 1 and (d := reporting_date(texts.pop())) is not None:
                out.append(d)
    return out
