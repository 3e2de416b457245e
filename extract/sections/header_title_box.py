"""A card's title printed without a kind word in a borderless one-row table beside an empty box.

Cards set their title line in a one-row table beside a stamp or approval box (the title's cell, then a box left
empty). A title with its kind word (``… 관리카드``) was read from such a cell; one printed without it (``가지군
민선8기 군수 공약 실천계획``: :func:`labels.untitled_title`) titles a card only where it opens the card and no
other line or cell prints a title (:func:`header_lines.untitled_first`), and that rule looked at lines alone: the
cell's title was lost (mutant 3331: the kind null in PDF, HWPX and HWP). The table's one printed cell is such a
line.
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.labels import unlabelled_title


def untitled_box_title(table: Table) -> Cell | None:
    """The one printed cell of a one-row table when it may title a card without a kind word (short, naming the
    pledges, no sentence, no label opening it); None otherwise."""
    if table.n_rows != 1:
        return None
    printed = [c for c in table.cells if c.text.strip()]
    if len(printed) != 1:
        return None
    text = printed[0].text.replace("\n", " ")
    if not unlabelled_title(text):
        return None
    return printed[0]
