"""The unit a funding table prints in its cells: where no unit line nor head names one, every amount of the
table's source rows printed with one and the same unit glued after it (``계 5,270백만원 3,220백만원 …``) tells
the table's unit, before the overview budget's (``354억1천만원``) is taken for it.

The class of card fixed: a dump of a table whose cells carry their unit, the card printing no unit line and the
overview's budget told in another unit (mutant 4248's dump, 백만원 cells under a budget in 억원): the table was
read under 억원, the unit wrong, and its rows with blank cells (a dump's wider gaps) went unread, the grouping
of their amounts tried under the budget's unit only (money 0.644). A table with a bare amount among its cells,
or cells of two units, tells no unit this way (the readings before it stand)."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_rows import data_row
from pledgecard.normalize.money_glued import glued_unit
from pledgecard.normalize.text import DASHES


def cells_unit(items: Sequence[Item]) -> str | None:
    """The one unit every amount of the source rows among ``items`` (lines of a dump) prints glued after it;
    None where a row's amount prints none or another, an item is no line, or fewer than two amounts print one.
    A row's words after its amounts (a note column's, ``본예산 반영 예정``) are no amounts."""
    units: set[str] = set()
    seen = 0
    for it in items:
        if not isinstance(it, Line):
            return None
        row = data_row(it.full_text)
        for t in (row or [])[1:]:
            got = glued_unit(t)
            if t in DASHES or got is None:
                continue  # an empty cell, a note's word
            if not got.exact or got.unit is None:
                return None  # a bare amount (its unit the table's, told elsewhere), or a figure and more
            units.add(got.unit)
            seen += 1
    return units.pop() if len(units) == 1 and seen >= 2 else None
