"""A card's title line printed amid its body, not above its header: pdftotext's default order of a landscape page
set in two newspaper columns (binnae-city) prints the title set over the left column after the section headings
stacked in the right one, between a funding table's head and its heading; the header read no kind.

The title is taken from the body only where the print proves it the card's: the header read none, and the card's
lines name a card's title (:func:`labels.is_title`) exactly once. A title printed again at a page's edge is a
running header (the page furniture drops it; one left amid a page's text is printed twice): never taken."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.headings import split_kind_date
from pledgecard.extract.labels import is_title, title_without_box
from pledgecard.extract.layout import Item, Line
from pledgecard.normalize.text import fold

_BRACKETS = "《》<>[]【】 "  # what frames a title line (as the header's own title reading strips it)


def title_amid(header: dict[str, Any], prov: dict[str, Any], items: list[Item]) -> None:
    """Fill the header's unread kind from the one title line the card prints amid its body (the module's
    docstring); a card naming a title twice, or none, is left as read."""
    if header.get("kind") is not None:
        return
    titles = [it for it in items if isinstance(it, Line) and len(it.full_text) <= 60 and is_title(it.full_text)]
    if len(titles) != 1:
        return
    kind, _ = split_kind_date(fold(title_without_box(titles[0].full_text).strip(_BRACKETS)))
    if kind:
        header["kind"] = kind
        prov["header.kind"] = titles[0].source
