"""A report's front matter read as a card: the leading cut of a file that names no section before a titled card.

A report file may open with summary pages (a 총괄 table, a list of pledges headed ``연번 | 공약명 | 담당부서 |
...``) and then print the card under its title line. A text dump printing the list's head a cell a line puts
``공약명`` on a line of its own, which opens a card's header; but what it opens names no section at all, and the
card proper follows under its title line. Told by structure alone: the file's first cut starts with no title
line and holds no section heading the vocabulary names, and the next cut starts with a title line and holds
such headings. That first cut is the file's front matter, no card: its figures are the report's, other pledges'.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pledgecard.extract.layout import Item


def without_front_matter(
    cards: list[list[Item]], *, titled: Callable[[Sequence[Item]], bool], named: Callable[[Item], bool]
) -> list[list[Item]]:
    """``cards`` without a first cut that is front matter (see the module's docstring): ``titled`` tells a cut
    opening with a title line, ``named`` an item that is a section heading the vocabulary names (a numbered
    row of a list, ``2 대학 연계 청년 일자리 사업 추진``, is shaped like a heading but names no section)."""
    if (
        len(cards) >= 2
        and not titled(cards[0])
        and not any(map(named, cards[0]))
        and titled(cards[1])
        and any(map(named, cards[1]))
    ):
        return cards[1:]
    return cards
