"""The unit of a funding table that prints none of its own: the card's one unit line elsewhere or
the overview budget's unit; where they differ, the one under which the table's total is the
overview budget's total (a budget printed ``194억2천만원`` over a table in 백만원 read the table 100x
too large when the budget's unit came first)."""

from __future__ import annotations

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.base import SectionContext
from pledgecard.extract.sections.funding import extract_funding


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


TABLE = (
    "구분 총사업비 2024년 2025년",
    "계 19,420 9,420 10,000",
    "국비 4,510 2,000 2,510",
    "시비 14,910 7,420 7,490",
)


def _ctx(card_unit: str | None, budget_unit: str, total: int) -> SectionContext:
    return SectionContext(
        record={"overview": {"budget": {"unit": budget_unit, "total_krw": total}}}, card_unit=card_unit
    )


@pytest.mark.parametrize(
    ("card_unit", "budget_unit", "unit"),
    [
        (
            "백만원",
            "억원",
            "백만원",
        ),  # the budget in words (194억2천만원), the table in 백만원 per the card's unit line
        ("천원", "백만원", "백만원"),  # the card's one unit line is another table's: the totals decide
    ],
)
def test_the_unit_under_which_the_table_adds_up_to_the_budget(
    card_unit: str, budget_unit: str, unit: str
) -> None:
    result = extract_funding(_lines(*TABLE), _ctx(card_unit, budget_unit, 19_420_000_000))
    funding = result.value["funding"]
    assert funding["unit"] == unit
    assert funding["rows"][0]["amounts_krw"] == [19_420_000_000, 9_420_000_000, 10_000_000_000]


def test_the_sections_own_unit_line_decides() -> None:
    result = extract_funding(_lines("(단위 : 억원)", *TABLE), _ctx("백만원", "백만원", 19_420_000_000))
    assert result.value["funding"]["unit"] == "억원"
