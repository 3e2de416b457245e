"""Running footers that close a dump's pages with the page number bare after their words.

A presentation exported to text (or any document whose footer prints the issuer's name and the slide
number at the page's foot, ``달래시    4``) closes every page with the same words and the page number,
no dashes around it (``- 4 -`` is :func:`text_lines._footer_number`'s), no total after it
(``1/3`` is :func:`text_lines.footers_of_total`'s). Such lines cut the dump into its pages as a page
number does, and the running lines are then found at the pages' edges.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from pledgecard.extract.markers import split_marker

_TAIL_NUMBER = re.compile(r"^(\S.*?\D)\s+(\d{1,3})$")
MIN_FOOTERS = (
    3  # the fewest footers that count the pages (two lines of words and a figure may agree by chance)
)
PAGE_LINES = 3  # the fewest non-blank lines between two footers (a last page may hold little)


class _Line(Protocol):
    @property
    def blank(self) -> bool: ...

    @property
    def text(self) -> str: ...

    @property
    def page(self) -> int: ...


def footers_counting(lines: Sequence[_Line]) -> set[int]:
    """Lines closing the pages with the same words, then the page number (``달래시  3``): at least
    ``MIN_FOOTERS`` lines whose words before the number are the same, the numbers counting up by one
    (from 1, or from 2 when a title page printed none), at least ``PAGE_LINES`` non-blank lines apart
    (a table's rows, ``1차 1`` over ``1차 2``, stand together); no line opening with an item's marker (a
    bulleted item ending in a figure, ``◦ 항목 3``, is the body's, whatever its page); in a dump with form feeds,
    each line the last of its page (:func:`_page_ends`: the same words and a figure amid a page are the body's)."""
    runs: dict[str, list[tuple[int, int]]] = defaultdict(list)
    paged = any(ln.page != lines[0].page for ln in lines)
    ends = _page_ends(lines) if paged else [True] * len(lines)
    for k, ln in enumerate(lines):
        if (
            not ln.blank
            and (m := _TAIL_NUMBER.match(" ".join(ln.text.split())))
            and split_marker(ln.text)[0] is None
            and ends[k]
        ):
            runs[m.group(1)].append((k, int(m.group(2))))
    out: set[int] = set()
    for found in runs.values():
        numbers = [n for _, n in found]
        if (
            len(found) < MIN_FOOTERS
            or numbers[0] not in (1, 2)
            or numbers != list(range(numbers[0], numbers[0] + len(found)))
        ):
            continue
        shown = [
            sum(1 for ln in lines[a + 1 : b] if not ln.blank)
            for (a, _), (b, _) in zip(found, found[1:], strict=False)
        ]
        if min(shown) >= PAGE_LINES - 1:
            out.update(k for k, _ in found)
    return out


def _page_ends(lines: Sequence[_Line]) -> list[bool]:
    """Whether each line may close its page in a dump with form feeds: no line prints after it on its form
    feed's page (the next non-blank line on another page, or none); found in one pass from the end."""
    out = [False] * len(lines)
    nxt: int | None = None  # the page of the next non-blank line
    for k in range(len(lines) - 1, -1, -1):
        out[k] = nxt is None or nxt != lines[k].page
        if not lines[k].blank:
            nxt = lines[k].page
    return out
