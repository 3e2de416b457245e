"""A heading left alone at the foot of a page's left pane, its body atop the next page (session 45, helper famleft;
bitsaem-city 120049 / 120062 PDF).

A card laid out in two panes side by side (a borderless layout table) is read pane by pane: the left pane, then
the right one. Where the left pane's last section heading fits on the page and its body (a schedule table) does not,
the heading ends the left pane and its body opens the next page; read left pane then right pane, the body comes
after the right pane's last section and is read as that section's. A numbered heading that ends the left pane, with
a heading of its frame opening the right pane (each pane opens its own sections: the heading's body is not at the
right pane's top, as it would be where the text runs on from column to column), is read last on its page, just
before the next page's first item, its body's.

Only on proof that both lines are SECTION headings (session 45, helper mendfl): each a short Hangul title (no
figure, no colon) the vocabulary names as a section. A numbered plan item ending the left pane (``2. 준공 및
개관 : 2026. 12월``) or a numbered list running on from column to column (``2)`` left, ``3)`` right) shares the
headings' numbering frame but is body text: moved, it was read as the right pane's last section's item (a plan
dated as an achievement) -- the base order stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.heading_line_shape import hangul_title, shape_of
from pledgecard.extract.labels import section_of
from pledgecard.extract.readers.pdf_line_chars import Line
from pledgecard.extract.readers.pdf_tables import PageTable

Item = Line | PageTable


def _frame(it: Item) -> str | None:
    """The frame of ``it``'s numbered SECTION heading (``❖ 5) 추진실적``: ``❖d)``): a short Hangul title the
    vocabulary names as a section; None for a table, a body line or an item numbered like the headings."""
    if not isinstance(it, Line):
        return None
    shape = shape_of(it.full_text)
    if shape is None or shape.number is None:
        return None
    return shape.frame if hangul_title(shape.title) and section_of(shape.title) is not None else None


def pane_heading_last(ordered: list[Item], left: Sequence[Item], right: Sequence[Item]) -> list[Item]:
    """``ordered`` (a page's items in reading order) with the left pane's last item put last where it is a numbered
    heading with nothing under it in its pane, a heading of its frame opening the right pane (see the module's
    doc); ``ordered`` itself otherwise."""
    if not left or not right or not ordered or ordered[-1] is not right[-1]:
        return ordered
    last = left[-1]
    frame = _frame(last)
    if frame is None or _frame(right[0]) != frame or any(it is last for it in right):
        return ordered
    return [it for it in ordered if it is not last] + [last]
