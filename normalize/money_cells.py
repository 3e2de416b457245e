"""A table cell's printed figure, exactly (no unit applied, no rounding)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from pledgecard.normalize.text import DASHES, fold_fullwidth

#: The minus signs a table cell's figure may open with (``△1,200``, ``▲5``, ``-3``, ``−3``).
SIGNS = "△▲-−"


@cache
def _figure(signs: str, decimals: bool, unit_after: bool) -> re.Pattern[str]:
    sign = f"([{re.escape(signs)}]?)" if signs else "()"
    fraction = r"(\.\d+)?" if decimals else "()"
    # a unit or a note may follow the figure, not a digit, nor a point, comma, slash, colon, tilde or
    # hyphen and a digit (``1.5``, ``1,234.5``, ``3/4``, ``2~3``): the whole run is the figure or the cell is
    # none, never a shorter run of its digits (``12.5`` is not 1, ``10/20`` not 1)
    end = r"(?!\d|\s*[.,/:~-]\s*\d)" if unit_after else r"\Z"
    return re.compile(rf"^{sign}(\d{{1,3}}(?:,\d{{3}})+|\d+){fraction}{end}")


def cell_figure(
    text: str,
    *,
    dash_is_zero: bool = True,
    blank_is_zero: bool = False,
    signs: str = SIGNS,
    decimals: bool = True,
    unit_after: bool = False,
) -> Decimal | None:
    """A table cell's printed figure exactly, as a :class:`~decimal.Decimal` (no unit applied, no
    rounding: sums are checked as printed); None for anything else. The cell's spaces are collapsed;
    thousands are grouped by commas in threes or not at all (``1,234``, ``1234``; ``12,34`` is none).

    ``dash_is_zero``: a dash alone (:data:`DASHES`) is 0; ``blank_is_zero``: an empty cell is 0;
    ``signs``: the minus signs the figure may open with (``""``: none); ``decimals``: a fraction
    after a point is read; ``unit_after``: the figure only leads the cell, a unit or a note may follow
    it (``8회``, ``5(설명회)``)."""
    t = fold_fullwidth(" ".join(text.split()))  # １，２５０ (fullwidth mode) reads as 1,250, never as 1
    if not t:
        return Decimal(0) if blank_is_zero else None
    if t in DASHES:
        return Decimal(0) if dash_is_zero else None
    m = _figure(signs, decimals, unit_after).match(t)
    if m is None:
        return None
    v = Decimal(m.group(2).replace(",", "") + (m.group(3) or ""))
    return -v if m.group(1) else v
