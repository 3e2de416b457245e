"""A section under a heading naming plans whose body prints a yearly funding table, read as the funding.

Class fixed (a card heading its yearly funding table ``Ⅲ. 연차별 추진계획``, a word the vocabulary also reads as
a plans heading where a schedule follows it): the heading named the section plans, so its money unit line
became a plan (``(단위 : 억원)``) and the card's real plans, under a later plans heading, went unparsed. What
the section is is decided from its body, not the heading's word: a money unit with two or more rows of a source
label and its amounts (or a table the funding reader reads as sources by periods), and no marked item nor other
table (a plan prints as an item), is the funding, where no other section is.
"""

from __future__ import annotations

from pledgecard.extract.card_results import Section
from pledgecard.extract.document import Table
from pledgecard.extract.layout import Line
from pledgecard.extract.roles import lines_are_funding, table_role


def body_is_funding(items: list[object]) -> bool:
    """Whether a section's items print a funding table and nothing else a plans section prints: funding lines
    (a unit line and source rows) or funding tables, no marked line and no other table."""
    lines = [it for it in items if isinstance(it, Line)]
    tables = [it for it in items if isinstance(it, Table)]
    if any(ln.marker is not None for ln in lines) or any(table_role(t) != "funding" for t in tables):
        return False
    return bool(tables) or lines_are_funding(lines)


def plans_as_funding(sections: list[Section]) -> None:
    """Name funding the sections headed as plans whose body is a funding table, where no section is funding."""
    if any(s.name == "funding" for s in sections):
        return
    for sec in sections[1:]:
        if sec.name == "plans" and sec.items and body_is_funding(list(sec.items)):
            sec.name = "funding"
            return
