"""A funding table's total (and after-term) heads a box-grouping dump printed before the years' heads while their
columns stand after the years: pdfminer.six's ``pdf2txt.py`` prints a head cell spanning the head's two rows (합계,
임기 후) as a box of the head's top row, before the years printed under their spanning head (연도별 투자 실적 및
계획), so the reader orders the columns ``합계 | 2022 | ... | 2028`` for a table printed ``2022 | ... | 2028 | 합계``.

The other order the print leaves: the columns of those kinds heading the table, before its first year, moved after
its last period column, in their printed order. Which order the table has the dump does not print; its sums tell:
the figures are placed (:func:`funding_sum_search.place_by_sums`) under the other order only where they hold under
the read one in no way, and the other order then places them in exactly one way (iseul-county 13, saetbyeol-county
13, yeoul-county 13, dasol-province 12, narae-city 13 pdf2txt)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.sections.funding_proof import sum_axes
from pledgecard.extract.sections.funding_sum_search import GridSums

_MOVED = ("total", "after_term")  # the kinds of a head cell spanning the head's rows printed before the years
_YEAR = "year"


def heads_after_years(columns: list[dict[str, Any]]) -> list[int] | None:
    """The columns' order with the leading total / after-term columns moved after the periods (indexes into
    ``columns``), or None where no such column leads the table or the years are not all after them."""
    kinds = [c.get("kind") for c in columns]
    lead = 0
    while lead < len(kinds) and kinds[lead] in _MOVED:
        lead += 1
    if lead == 0 or lead == len(kinds) or kinds[lead] != _YEAR:
        return None
    if any(k in _MOVED for k in kinds[lead:]):
        return None  # a total or after-term column stands among the years too: not the head's top row alone
    return [*range(lead, len(kinds)), *range(lead)]


def sums_of(columns: list[dict[str, Any]], rows: list[dict[str, Any]]) -> GridSums:
    """The sums the table prints under ``columns``' order (funding_print_boxes' reading of its axes)."""
    total_col, periods, total_row = sum_axes(columns, rows)  # type: ignore[arg-type]
    if total_col is not None and len(periods) + 1 != len(columns):
        total_col = None  # a column of another kind (a share): no row's sum known
    return GridSums(len(rows), len(columns), total_col, tuple(periods), total_row)
