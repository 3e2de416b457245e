"""Findings for figures a headless table of dated items prints in a cell of their own, with no unit.

Class fixed (review b's leftover, the sheet path: ``셔틀 차량 추가 구입 | 2026. 6. | 200``): a row's bare figure
in a cell of its own is joined to the item's text (:mod:`.item_dated_rows`), as a card printing it in one cell
would; printed with a unit (``18,420명``) the item's own reading counts it, but a bare number (an amount? a
count?) is read into no field: it is kept in the text as printed and the card says so, never silently."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.findings import finding
from pledgecard.extract.layout import Item
from pledgecard.extract.sections.item_dated_rows import dated_rows
from pledgecard.normalize.dates import is_date
from pledgecard.normalize.text import fold

_BARE = re.compile(r"[0-9][0-9,.]*")  # a figure with no unit after it


def figures_in_text(items: list[Item], section: str) -> list[dict[str, Any]]:
    """One ``extract.figure_in_text`` finding for each row of a headless dated-item table among ``items`` whose
    cell of its own prints a bare figure, joined to the item's text and read into no field."""
    out: list[dict[str, Any]] = []
    for t in items:
        if not isinstance(t, Table) or (rows := dated_rows(t)) is None:
            continue
        for text, _date, r in rows:
            cells = [c for c in t.cell_grid()[r] if c is not None and c.col > 0]
            for c in cells:
                cell = fold(c.text)
                if _BARE.fullmatch(cell) and not is_date(cell):
                    out.append(
                        finding(
                            "extract.figure_in_text",
                            section,
                            f"a {section} row ('{text[:30]}') prints the bare figure '{cell}' in a cell of "
                            f"its own: no unit tells what it counts, it is kept in the item's text and "
                            f"read into no field",
                            observed={"row": text, "figure": cell},
                            source=c.source,
                        )
                    )
    return out
