"""The unit line over an outreach table: ``(단위 : 회)`` printed above the channels' table.

Class fixed: an outreach section whose table was read left its unit line unplaced (doc-byeori-province-4-2, a
PDF: ``(단위 : 회)`` right-aligned over the 계 | 간담회·설명회 | ... grid, in ``unparsed``). A line standing right
over the table read that is wholly a unit statement whose unit is a counter word (the vocabulary's ``[money]
unit_label`` words, then a word of ``[counters]``) states the counts' unit: it is placed as ``outreach.unit``, not
left over. A unit line standing elsewhere in the section (over another table after it) is not the counts'.
A table naming no unit has the default one (``회``) until the line over it names another (``(단위: 건)`` over an
outreach table across, doc-saebyeol-district-4: the line was left unparsed and the unit read 회); a table
printing its own counter (heads ``간담회(회)``, cells ``4회``) keeps it, a contradicting line over it stays unparsed.
"""

from __future__ import annotations

import re

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.outreach_words import default_unit
from pledgecard.extract.vocabulary import Vocabulary, alternation, current


def _unit_statement(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(
        rf"^[(（\[<]?\s*(?:{alternation(v.words('money', 'unit_label'))})\s*[:：]?\s*"
        rf"(?P<unit>{alternation(v.words('counters'))})\s*[)）\]>]?$"
    )


def _bracketed_counter(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"[(（\[]\s*(?:{alternation(v.words('counters'))})\s*[)）\]]$")


def names_its_counter(text: str) -> bool:
    """Whether a cell ends by naming a counter in brackets (``실적(회)``): the counts' row label naming their unit."""
    return current().build(_bracketed_counter).search(text.strip()) is not None


def _counted(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"\d\s*(?:{alternation(v.words('counters'))})$")


def prints_its_unit(table: Item) -> bool:
    """Whether a table's cells name the counts' counter themselves: a head naming it in brackets (``간담회(회)``) or a
    count printed with it (``4회``). Such a table's unit is its own, whatever line stands over it."""
    cells = getattr(table, "cells", None) or []
    return any(names_its_counter(c.text) or current().build(_counted).search(c.text.strip()) for c in cells)


def counter_unit(text: str) -> str | None:
    """The counter word a line wholly stating a unit names (``(단위 : 회)`` -> ``회``), or None."""
    m = current().build(_unit_statement).match(text.strip())
    return m.group("unit") if m else None


def unit_line_over(items: list[Item], table: Item, outreach: dict | None) -> list[Item]:
    """``items`` without ``table`` (the outreach table read) and without the unit line standing right over it,
    which states the counts' unit: ``outreach['unit']`` set from it when the table named none. A unit line
    anywhere else in the section (``(단위 : 명)`` over a participants' table printed after it) is another
    table's and stays in the rest."""
    k = next(i for i, it in enumerate(items) if it is table)
    above = items[k - 1] if k > 0 else None
    unit = counter_unit(above.full_text) if isinstance(above, Line) else None
    # (a table naming no unit got the default one, 회: the line over it says which: doc-saebyeol-district-4's 건)
    if (
        not outreach
        or unit is None
        or outreach.get("unit") not in (None, unit, default_unit())
        or (outreach.get("unit") != unit and prints_its_unit(table))
    ):
        return [x for x in items if x is not table]
    outreach["unit"] = unit
    return [x for x in items if x is not table and x is not above]
