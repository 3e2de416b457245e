"""A cover page read into a card's header area: a report's front page (the government, a display title such
as a progress report's, the pledge in brackets, the month, the department) bound before the card, with the
card's title line printed above it (a report's first page may print it there), so the cover's lines stand
between the title line and the header. Its words are no header values: a display title that happens to
hold a label's word (a report title naming the status label) would give that label its last word.

Told by structure alone, never by its words: the header area's pages before the first page holding a table
or a line opening with a header label, each holding neither (a page of its own of display lines: a cover,
or what is left of a contents page). A page is the item's own (PDF, HWP, HWPX) or, for a text dump, the one
its line numbers fall on (:attr:`~pledgecard.extract.document.Document.page_starts`). Nothing is told
where a page is not known, nor when the whole header area stands on one page. The card's title line is
never a cover's line (it is read as the card's kind), nor an untitled first line that titles it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from pledgecard.extract.document import Source, Table
from pledgecard.extract.labels import is_title, opens_with_label, untitled_title
from pledgecard.extract.layout import Item, Line


def page_of(source: Source, page_starts: Sequence[int] = ()) -> int | None:
    """The page ``source`` stands on: its own, else the text dump's page its first line falls on."""
    if source.page is not None:
        return source.page
    if page_starts and source.line_start is not None:
        return 1 + bisect_right(list(page_starts), source.line_start)
    return None


def cover_items(items: Sequence[Item], page_starts: Sequence[int] = ()) -> set[int]:
    """The indexes of the lines of ``items`` (a card's header area) that stand on cover pages."""
    pages = [page_of(it.source, page_starts) for it in items]
    if not items or any(p is None for p in pages) or len(set(pages)) < 2:
        return set()
    header_page = next(
        (
            p
            for it, p in zip(items, pages, strict=True)
            if isinstance(it, Table) or (isinstance(it, Line) and opens_with_label(it.full_text.strip()))
        ),
        None,
    )
    if header_page is None:
        return set()
    return {
        k
        for k, (it, p) in enumerate(zip(items, pages, strict=True))
        if p is not None
        and p < header_page
        and isinstance(it, Line)
        and not is_title(it.full_text)
        and not (k == 0 and untitled_title(it.text))
    }
