"""Which unit lines are the funding table's: a unit line applies to the table right under it. A card printing a
second money table (an execution table under a ``※`` note inside the funding section, a side table in 추진실적)
with a unit line of its own (``(단위 : 천원)``) does not tell the funding table's unit by it: the funding table
then printing no unit of its own is proven by the overview budget or its sums, or null, never read in the side
table's unit (1,000x small).

Two places: the funding section's own lines (:func:`unit_texts`: a unit line printed after the funding table's
rows over another table is that table's), and the card's one unit line (:func:`card_unit_of`: printed inside a
section that is neither the header, the overview nor the funding, over lines of that section, it is its table's)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_rows import data_row
from pledgecard.extract.sections.funding_unit_words import figures_print_units
from pledgecard.normalize.money import find_unit


def _text(it: Item) -> str:
    return it.text if isinstance(it, Line) else it.text()


def _holds_rows(it: Item) -> bool:
    """Whether an item is (or holds) a source row of a table: a table, or a line reading as one whose figures are
    bare (a budget sentence printing its amounts with their units, ``국비 13억 8천만원 …``, above the unit line and
    the table, is no row: the unit line under it is the table's)."""
    if isinstance(it, Table):
        return True
    text = _text(it)
    return data_row(text) is not None and not figures_print_units(text)


def _figures(it: Item) -> bool:
    """Whether an item prints a figure (a table's cells or a line holding a digit): a note's words print none."""
    return isinstance(it, Table) or any(ch.isdigit() for ch in _text(it))


def unit_texts(heading: str | None, items: Sequence[Item]) -> list[str]:
    """The heading and the texts of the funding section's items that may state its table's unit: all but a unit
    line printed after the table's first source row with figures printed under it (another table's unit line; one
    printed last, or over a note's words only, is the table's, a reading order putting it after)."""
    first = next((k for k, it in enumerate(items) if _holds_rows(it)), len(items))
    texts = [heading or ""]
    for k, it in enumerate(items):
        text = _text(it)
        if k > first and find_unit(text) and any(_figures(later) for later in items[k + 1 :]):
            continue  # a unit line over a table under the funding table's rows: that table's
        texts.append(text)
    return texts


def card_unit_of(card_unit: str | None, sections: Sequence[Any], own: Sequence[str]) -> str | None:
    """The card's one unit line (``card_unit``) as the funding table's and the overview budget's unit: None where
    every line stating it stands inside a section other than the header (the first), the overview and the
    funding (``own``: those sections' names), with more of that section printed under it (a side table's unit
    line). A unit line a section ends with may be the next section's table's, printed above its heading."""
    if card_unit is None:
        return None
    placed = False
    for i, sec in enumerate(sections):
        items = list(sec.items)
        for k, it in enumerate(items):
            if not isinstance(it, Line) or not find_unit(it.full_text):
                continue
            if i == 0 or sec.name in own or k == len(items) - 1:
                return card_unit
            placed = True
    return None if placed else card_unit
