"""The unit line over an outreach table: ``(단위 : 회)`` printed above the channels' table.

Class fixed: an outreach section whose table was read left its unit line unplaced (doc-byeori-province-4-2, a
PDF: ``(단위 : 회)`` right-aligned over the 계 | 간담회·설명회 | ... grid, in ``unparsed``). A line that is wholly a
unit statement whose unit is a counter word (the vocabulary's ``[money] unit_label`` words, then a word of
``[counters]``) states the counts' unit: it is placed as ``outreach.unit``, not left over.
"""

from __future__ import annotations

import re

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.vocabulary import Vocabulary, alternation, current


def _unit_statement(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"^[(（\[<]?\s*(?:{alternation(v.words('money', 'unit_label'))})\s*[:：]?\s*"
                      rf"(?P<unit>{alternation(v.words('counters'))})\s*[)）\]>]?$")


def counter_unit(text: str) -> str | None:
    """The counter word a line wholly stating a unit names (``(단위 : 회)`` -> ``회``), or None."""
    m = current().build(_unit_statement).match(text.strip())
    return m.group("unit") if m else None


def unit_lines_apart(rest: list[Item], outreach: dict | None) -> list[Item]:
    """``rest`` without the unit lines stating the counts' unit; ``outreach['unit']`` set from the first
    when the table named none."""
    if not outreach:
        return rest
    out: list[Item] = []
    for it in rest:
        unit = counter_unit(it.full_text) if isinstance(it, Line) else None
        if unit is None:
            out.append(it)
        elif not outreach.get("unit"):
            outreach["unit"] = unit
    return out
