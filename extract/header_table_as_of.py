"""The reporting point a card's header table states in a label cell and the value cell beside it
(``보고기준일 | 2024. 12. 31.``), read as the line a text dump prints of the two (``보고기준일 2024. 12. 31.``).

Class fixed (crossbred 6339, PDF / HWPX / HWP): blocks of the achievements under headings of the section glyph
(``□ 광역철도 지원사업`` after an empty ``□ 추진실적``), the card's reporting point printed only in its header
table: no reporting point known, the dated blocks could not be told from plans and were left unread (achievements
0, 0.536; the text dump, printing the pair on a line, read them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pledgecard.extract.document import Table


def table_reporting_point(table: Table, reporting_date: Callable[[str], dict[str, Any] | None]) -> str | None:
    """The end of the first reporting point ``reporting_date`` reads in a cell or in a cell and the next one of
    its row (a label cell and its value), None where none does."""
    for row in table.cell_grid():
        cells = [c for k, c in enumerate(row) if c is not None and (k == 0 or row[k - 1] is not c)]
        for k, cell in enumerate(cells):
            for text in (cell.text, f"{cell.text} {cells[k + 1].text}" if k + 1 < len(cells) else ""):
                d = reporting_date(" ".join(text.split())) if text.strip() else None
                if d is not None and d.get("end"):
                    return str(d["end"])
    return None
