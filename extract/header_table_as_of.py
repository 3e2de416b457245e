"""The reporting point a card's header table states in a label cell and the value cell beside it
(``보고기준일 | 2024. 12. 31.``), read as the line a text dump prints of the two (``보고기준일 2024. 12. 31.``).

Class fixed (crossbred 6339, PDF / HWPX / HWP): blocks of the achievements under headings of the section glyph
(``□ 광역철도 지원사업`` after an empty ``□ 추진실적``), the card's reporting point printed only in its header
table: no reporting point known, the dated blocks could not be told from plans and were left unread (achievements
0, 0.536; the text dump, printing the pair on a line, read them). Only a label naming the reporting point gives
it (review A, finding 2: extract/labelled_as_of.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.labelled_as_of import as_of_label, reporting_text


def table_reporting_point(table: Table, reporting_date: Callable[[str], dict[str, Any] | None]) -> str | None:
    """The end of the first reporting point ``reporting_date`` reads in the value cell beside a label cell naming
    the reporting point (:func:`~pledgecard.extract.labelled_as_of.as_of_label`; the value as the header section
    reads it, :func:`~pledgecard.extract.labelled_as_of.reporting_text`), None where none does: a date beside any
    other label (a budget's or a target's base year, ``2023년 기준``) is that field's."""
    for row in table.cell_grid():
        cells = [c for k, c in enumerate(row) if c is not None and (k == 0 or row[k - 1] is not c)]
        for label, value in zip(cells, cells[1:], strict=False):
            text = " ".join(value.text.split())
            d = reporting_date(reporting_text(text)) if text and as_of_label(label.text) else None
            if d is not None and d.get("end"):
                return str(d["end"])
    return None
