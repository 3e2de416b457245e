"""Facts of the whole card: its reporting point (:func:`as_of_date`) and the unit its lines print
(:func:`stated_unit`)."""

from __future__ import annotations

from collections.abc import Iterator

from pledgecard.extract.as_of import card_as_of
from pledgecard.extract.as_of_unread import unread_point
from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line
from pledgecard.normalize.money import find_unit
from pledgecard.normalize.text import fold
from pledgecard.record import Achievement, DateObject


def as_of_date(
    achievements: list[Achievement],
    extra: list[DateObject],
    stated: list[DateObject] | tuple[DateObject, ...] = (),
) -> DateObject | None:
    """The card's as-of date: of its blocks' dates and the others it states, :func:`card_as_of` (one rule
    with the year a section reads from :meth:`SectionContext.as_of_year`), unless a point printed and unread may
    lie after it (:func:`~pledgecard.extract.as_of_unread.unread_point`; ``stated`` the header area's dates)."""
    dates = [a["group_as_of"] for a in achievements if a.get("group_as_of")] + list(extra)
    out: DateObject | None = unread_point(card_as_of(dates), dates, list(stated))
    return out


def _own_lines(items: list[Item]) -> Iterator[str]:
    """The card's lines of text, those of its tables' cells too (a label-left body a dump left
    unread prints the funding's unit line in the cell above the funding table's)."""
    for it in items:
        if isinstance(it, Line):
            yield it.full_text
        elif isinstance(it, Table):
            for c in it.cells:
                yield from c.text.split("\n")


def stated_unit(items: list[Item]) -> str | None:
    """The money unit the card states on lines of their own (``(단위 : 백만원)``), when it states
    exactly one (spacing aside); a card stating two units tells no table's unit by itself."""
    units = {fold(u).replace(" ", ""): u for text in _own_lines(items) for u in [find_unit(text)] if u}
    return next(iter(units.values())) if len(units) == 1 else None
