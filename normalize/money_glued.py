"""An amount printed with its unit glued after it (``5,270백만원``, ``△190천원``, ``1 720 190천원``'s last group):
the figure it opens with and the unit after it, read one way wherever a table's cells are checked for a unit
(funding_cells_unit: the unit every cell prints; funding_spaced.unit_closed: where a space-grouped amount ends).
The figure's signs are :data:`~pledgecard.normalize.money_cells.SIGNS`; its thousands grouped by commas in threes
or not at all (``12,34백만원`` opens with the figure 12), its decimals after a point."""

from __future__ import annotations

import re
from typing import NamedTuple

from pledgecard.normalize.money_amounts import printed_unit
from pledgecard.normalize.money_cells import SIGNS

FIGURE = re.compile(rf"[{re.escape(SIGNS)}]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?")


class Glued(NamedTuple):
    """A token's leading figure, the unit read after it (None: nothing after it reads as a unit) and whether
    that unit is all that follows the figure (``5백만원`` yes; ``5백만원(추정)`` no)."""

    figure: str
    unit: str | None
    exact: bool


def glued_unit(token: str) -> Glued | None:
    """``token`` split into the figure it opens with and the unit glued after it; None where it opens with no
    figure."""
    m = FIGURE.match(token)
    if m is None:
        return None
    rest = token[m.end() :]
    unit = printed_unit(token) if rest else None
    exact = unit is not None and rest.replace(" ", "") == unit.replace(" ", "")
    return Glued(m.group(0), unit, exact)
