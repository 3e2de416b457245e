"""Section headings a dump printed stacked, one right under another with nothing between them, in
falling order (``▩ 3. 추진실적`` / ``▩ 2. 재원 투자계획`` / ``▩ 1. 사업개요``): section labels drawn turned
or set in a column of their own, which ``pdftotext`` prints apart from the text beside them, in an
order of its own. The text printed right after such a stack goes on from the page's last section
before it (the labels' column closes the page; the next page's text continues its last section), so
it belongs to the stack's highest-numbered section, not to the one printed last. A stack in rising
order (1, 2, 3) already leaves the text with its last heading, its highest; a stack of headings of
two numbering styles, or with an unnumbered one, is left as printed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from pledgecard.extract.heading_numbers import heading_number

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pledgecard.extract.layout import Item


class _Section(Protocol):
    name: str | None
    heading: str | None
    items: list[Item]


def _number(sec: _Section) -> tuple[str, int] | None:
    got = heading_number(sec.heading) if sec.name and sec.heading else None
    return (got[0], got[1]) if got else None


def stacked_headings(sections: Sequence[_Section]) -> None:
    """Give the items after a falling stack of numbered headings to the stack's highest-numbered section."""
    i = 1
    while i < len(sections):
        j, first = i, _number(sections[i])
        while first is not None and j + 1 < len(sections) and not sections[j].items \
                and (n := _number(sections[j + 1])) is not None and n[0] == first[0] \
                and n[1] < _number(sections[j])[1]:  # type: ignore[index]
            j += 1
        if j > i and not sections[i].items:
            sections[i].items, sections[j].items = sections[j].items, []
        i = j + 1
