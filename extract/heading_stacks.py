"""Section headings a dump printed stacked, one right under another with nothing between them, in
falling order (``▩ 3. 추진실적`` / ``▩ 2. 재원 투자계획`` / ``▩ 1. 사업개요``): section labels drawn turned
or set in a column of their own, which ``pdftotext`` prints apart from the text beside them, in an
order of its own. The text printed right after such a stack goes on from the page's last section
before it (the labels' column closes the page; the next page's text continues its last section), so
it belongs to the stack's highest-numbered section, not to the one printed last. A stack in rising
order (1, 2, 3) already leaves the text with its last heading, its highest; a stack of headings of
two numbering styles, or with an unnumbered one, is left as printed. A stack whose numbers skip (``▩ 5. 시민 소통``
/ ``▩ 3. 추진실적``: a turned label kept whole beside its rows, printed after the next page's labels) tells no
page of its own: there the text goes to the stack's section it reads as by its content (dated items under a dated
block heading: the achievements), the highest where it reads as none of them. Where a dump tells the headings'
lines, they stack only if printed one right under another in the file (at most a blank line between):
headings the layout reader set apart from where they were printed (a turned label moved above its
table, ``text_margin_labels``) already stand with their own text.
"""

from __future__ import annotations

from types import EllipsisType
from typing import TYPE_CHECKING, Protocol

from pledgecard.extract.content_kinds import kind_by_content, sections_as_of
from pledgecard.extract.document import Source
from pledgecard.extract.heading_numbers import heading_number
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import Line

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pledgecard.extract.layout import Item


class SectionLike(Protocol):
    """A card's section as the heading steps see it (extract/cards.py's sections)."""

    name: str | None
    heading: str | None
    items: list[Item]
    at: Source | None
    opened_by: str | None


def _number(sec: SectionLike) -> tuple[str, int] | None:
    got = heading_number(sec.heading) if sec.name and sec.heading else None
    return (got[0], got[1]) if got else None


def _printed_under(a: SectionLike, b: SectionLike) -> bool:
    """Whether ``b``'s heading was printed right under ``a``'s (at most a blank line between), or the
    format tells no lines (PDF, HWP: the order is the reading order)."""
    if a.at is None or b.at is None or a.at.line_start is None or b.at.line_start is None:
        return True
    return 0 < b.at.line_start - (a.at.line_end or a.at.line_start) <= 2


def stacked_headings(sections: Sequence[SectionLike], as_of: str | None | EllipsisType = ...) -> None:
    """Give the items after a falling stack of numbered headings to the stack's highest-numbered section.
    ``as_of``: the card's reporting point (:func:`~content_kinds.sections_as_of`, the card's builder reads it
    once), read from ``sections`` where not given."""
    if as_of is ...:
        as_of = sections_as_of(
            list(sections)
        )  # the card's reporting point: work dated after it is no achievement
    i = 1
    while i < len(sections):
        j, first = i, _number(sections[i])
        prev = first
        while (
            prev is not None
            and first is not None
            and j + 1 < len(sections)
            and not sections[j].items
            and (n := _number(sections[j + 1])) is not None
            and n[0] == first[0]
            and n[1] < prev[1]
            and _printed_under(sections[j], sections[j + 1])
        ):
            j, prev = j + 1, n
        if j > i and not sections[i].items:
            owner = _owner(sections[i : j + 1], as_of)
            if owner is not sections[j]:
                owner.items, sections[j].items = sections[j].items, []
        i = j + 1


def _owner(stack: Sequence[SectionLike], as_of: str | None = None) -> SectionLike:
    """The section of a falling stack the text after it goes to: the highest-numbered where the numbers run
    one by one (a page's labels printed together: the text goes on from that page's last section), else the one
    the text reads as by its content (dated work after the card's reporting point ``as_of`` is plans, not
    achievements), the highest where it reads as none of the stack's."""
    numbers = [n[1] for s in stack if (n := _number(s)) is not None]
    if all(a - b == 1 for a, b in zip(numbers, numbers[1:], strict=False)):
        return stack[0]
    kind = kind_by_content(stack[-1].items, taken=set(), as_of=as_of, after=[])
    return next((s for s in stack if kind is not None and s.name == kind), stack[0])


def dated_block_after_stack(sections: Sequence[SectionLike]) -> None:
    """A dated block heading of a section (``○ 그간 추진실적 ('24. 4/4분기 누계)``) read as a heading of its
    own while that section's heading stands earlier with nothing under it (its label printed in a stack of
    labels before the text beside them): the block's heading goes back to the head of its items, where the
    section's reader reads the block and its date."""
    for k, sec in enumerate(sections):
        if (
            not sec.name
            or not sec.heading
            or not any(s.name == sec.name and not s.items for s in sections[:k])
        ):
            continue
        g = parse_group_heading(sec.heading)
        if g is not None and g[1] is not None and section_of(g[0]) == sec.name:
            sec.items.insert(0, Line(text=sec.heading, marker=None, indent=0, source=sec.at or Source()))
