"""A month opening an achievement inside its block's year (``《 2021년 》`` over ``○ 2021. 4. 반도체 소재 관련 현장 건의
13건 검토``): the item's date, not its subject. Elsewhere a month or a year opening an item may be what it is about
(``2024년 예산 확보``) and only a day is taken; a block that dates its items by a year and an item opening with a
month of that year shows the month is when it happened. The class fixed: crossbred 6311 (PDF, HWPX, HWP and the
text dump), the item's date null and the date left in its text."""

from __future__ import annotations

from typing import Any


def month_in_block_year(date: dict[str, Any], block: dict[str, Any] | None) -> bool:
    """Whether ``date`` (a parsed date opening an item) is a month lying inside ``block``, its block's reporting
    point, a year."""
    if block is None or block.get("precision") != "year" or date.get("precision") != "month":
        return False
    start, end = date.get("start"), date.get("end")
    return bool(
        start
        and end
        and block.get("start")
        and block.get("end")
        and block["start"] <= start
        and end <= block["end"]
    )
