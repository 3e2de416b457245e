"""A heading left alone at the foot of a page's left pane, its body atop the next page (session 45, helper famleft;
bitsaem-city 120049 / 120062 PDF).

A card laid out in two panes side by side (a borderless layout table) is read pane by pane: the left pane, then
the right one. Where the left pane's last section heading fits on the page and its body (a schedule table) does not,
the heading ends the left pane and its body opens the next page; read left pane then right pane, the body comes
after the right pane's last section and is read as that section's. A numbered heading that ends the left pane, with
a heading of its frame opening the right pane (each pane opens its own sections: the heading's body is not at the
right pane's top, as it would be where the text runs on from column to column), is read last on its page, just
before the next page's first item, its body's.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.heading_line_shape import shape_of
from pledgecard.extract.readers.pdf_line_chars import Line
from pledgecard.extract.readers.pdf_tables import PageTable

Item = Line | PageTable


def _frame(it: Item) -> str | None:
    """The frame of ``it``'s numbered heading shape (``❖ 5) ...``: ``❖d)``), None for a table or no such line."""
    if not isinstance(it, Line):
        return None
    shape = shape_of(it.full_text)
    return shape.frame if shape is not None and shape.number is not None else None


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
