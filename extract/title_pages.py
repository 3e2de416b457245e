"""A title page over a card's header (a presentation's title slide) titling a card printed without a title line.

A card made as slides opens with a title slide: the pledges' line (``달래시 민선8기 시장 공약사업 추진현황``, no
kind word), the pledge, the deck's title, the as-of line, the department; the header follows on the next slide,
no title line over it. The topmost of that short run of plain lines is the card's title line when it names the
pledges and a line under it restates the pledge the header names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pledgecard.normalize.text import fold

COVER_LINES = 6  # the most lines a title page (a cover slide) prints above the card's header


def title_page_top(
    items: Sequence[Any],
    k: int,
    lo: int,
    dropped: set[int],
    pledge: str,
    *,
    plain: Callable[[Any], bool],
    names: Callable[[Any], bool],
) -> int | None:
    """The item starting a title page over the header: the topmost of a run of at most ``COVER_LINES``
    ``plain`` lines (no marker, no header label, no heading) ending at item ``k`` (right above the header),
    when it ``names`` the pledges and a line under it restates the ``pledge`` the header names (a title page
    names its pledge); None otherwise (a longer run of plain lines is body text; a run of one no page)."""
    run: list[int] = []
    while k >= lo and k not in dropped and len(run) < COVER_LINES:
        if not plain(items[k]):
            break
        run.append(k)
        k -= 1
    if k >= lo and k not in dropped and len(run) == COVER_LINES and plain(items[k]):
        return None  # more plain lines than a title page prints: body text
    top = next((j for j in reversed(run) if names(items[j])), None) if len(run) > 1 else None
    key = "".join(pledge.split())
    if top is None or not key or not any(key in "".join(fold(items[j].text).split()) for j in run if j > top):
        return None
    return top
