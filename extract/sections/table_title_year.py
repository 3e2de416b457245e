"""A year opening an item that titles the table under it is the table's period, not the item's date.

Mutant 3255 (a dated log of achievements, items opening with their dates: ``'23.8.25. 자문회의 개최``): the
last item titled the side table printed under it (``◙ 2023년 예산 집행현황`` over 구분 | 예산액 | 집행액 |
집행률), and the log's rule (any date opening an item is its date) dated it 2023 and cut the year from its
text. A year alone opening a table's title names what the table counts (that year's budget), as a title
of a side table elsewhere does; a day (``'23.8.25.``) is still an event's date.
"""

from __future__ import annotations

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item
from pledgecard.extract.sections.common import picture_table
from pledgecard.normalize.dates import parse_date


def titles_table(items: list[Item], i: int) -> bool:
    """Whether the item after ``items[i]`` is a table of figures or words (no photo box): the item titles it."""
    nxt = items[i + 1] if i + 1 < len(items) else None
    return isinstance(nxt, Table) and not picture_table(nxt)


def table_period(items: list[Item], i: int, head: str) -> bool:
    """Whether ``head``, the date opening ``items[i]``, is the period of the table the item titles (a year
    alone over a table), so no date of the item: its text keeps it."""
    return parse_date(head).get("precision") == "year" and titles_table(items, i)
