"""A goal table's column after the years proven a rate by its figures: each row's cell is the row's actuals (their
sum, or the last one when they are cumulative) over its final target, as a percentage to the printed decimals.

Class of card fixed (session 35): a scanned card's rate column headed ``달성률(%)`` stacked a syllable a line, OCR'd
``달성 표 (%)``: no word names it, so the indicator-a-row table (:mod:`.goal_year_columns`) was refused and its
twelve goals went unread (gaeul-county 64030 scan, seed 8). A column its head does not name is no rate by its place
(a 사업비 column stands there too): only its figures prove it one, in every row.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from pledgecard.normalize.counts import parse_number
from pledgecard.normalize.text import fold


def _number(cell: str) -> Decimal | None:
    if parse_number(cell) is None:
        return None
    try:
        return Decimal(fold(cell).replace(",", "").strip())
    except InvalidOperation:
        return None


def _within(printed: Decimal, exact: Decimal) -> bool:
    """Whether ``printed`` is ``exact`` to the printed decimals."""
    exp = printed.as_tuple().exponent
    places = -exp if isinstance(exp, int) and exp < 0 else 0
    return abs(printed - exact) <= Decimal(5) / (Decimal(10) ** (places + 1))


def rate_of_row(row: list[str], rate_col: int, final_col: int, actual_cols: list[int]) -> bool:
    """Whether ``row``'s cell in ``rate_col`` is its actuals' sum, or its last actual, over its final target (%)."""
    rate, final = _number(row[rate_col]), _number(row[final_col])
    if rate is None or final is None or final == 0:
        return False
    actuals = [n for j in actual_cols if (n := _number(row[j])) is not None]
    done = [sum(actuals, Decimal(0)), actuals[-1] if actuals else Decimal(0)]
    return any(_within(rate, d / final * 100) for d in done)


def rate_proven(rows: list[list[str]], rate_col: int, final_col: int, actual_cols: list[int]) -> bool:
    """Whether every one of ``rows`` (a table's indicator rows) proves ``rate_col`` a rate (:func:`rate_of_row`)."""
    return bool(rows) and all(rate_of_row(r, rate_col, final_col, actual_cols) for r in rows)
