"""Where a card starts whose header names neither the pledge nor its 관리번호 and whose title line carries no
kind word: the card's title (``연빛군 민선8기 군수 공약사업 추진상황``) over the pledge's own line (``[9-37] 어르신 돌봄
…``), the reporting date perhaps between, then the header's label lines (``주관부서 … 담당자 …``). Neither a title
line (``… 관리카드``) nor a 공약명 / 관리번호 label starts such a card; the pledge's line right above its header does
(:func:`pledgecard.extract.card_split.split_cards` reads the title line above it by :func:`_untitled_start`)."""

from __future__ import annotations

from collections.abc import Callable

from pledgecard.extract.document import Table
from pledgecard.extract.headings import reporting_date
from pledgecard.extract.labels import header_field_of
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.header_bare_date import bare_date_line
from pledgecard.extract.sections.header_fields import numbered_pledge

DATE_LINES = 2  # reporting-date lines printed between the pledge's line and its header, at most
TABLE_FIELDS = 2  # the header fields a table's cells name for it to be the header (주관부서 | … | 담당자 | …)


def _header_table(it: Item) -> bool:
    """A table of the header's label | value cells: two or more header fields among its cells' labels."""
    return (
        isinstance(it, Table)
        and len({header_field_of(c.text.replace("\n", " ")) for c in it.cells} - {None}) >= TABLE_FIELDS
    )


def opens_with_pledge_line(items: list[Item], i: int, header_line: Callable[[Item], bool]) -> bool:
    """Whether item ``i`` is a pledge's own line (``[9-37] …``: :func:`numbered_pledge`) with the header's
    label lines right under it (``header_line``) or a table of its label | value cells, a reporting date or two
    (``(2025. 2/4분기 현재)``) between."""
    it = items[i]
    if not isinstance(it, Line) or numbered_pledge(it) is None:
        return False
    k = i + 1
    while (
        k < len(items)
        and k - i <= DATE_LINES
        and isinstance(items[k], Line)
        and (reporting_date(items[k].full_text) or bare_date_line(items[k].full_text))
    ):
        k += 1
    return k < len(items) and (header_line(items[k]) or _header_table(items[k]))
