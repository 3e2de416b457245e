"""A card's title line printed amid its body, not above its header: pdftotext's default order of a landscape page
set in two newspaper columns (binnae-city) prints the title set over the left column after the section headings
stacked in the right one, between a funding table's head and its heading; the header read no kind.

The title is taken from the body only where the print proves it the card's: the header read none, and the card's
lines name a card's title (:func:`labels.is_title`) exactly once. A title printed again at a page's edge is a
running header (the page furniture drops it; one left amid a page's text is printed twice): never taken.

Only a line of a title's shape is one (:func:`title_line_kind`): no note or bullet mark opening it, the title's
words closing it (before a framed as-of date at most). A note naming the card (``※ 세부내용은 … 관리카드 별첨
참조``), a bullet or a sentence running past the title words (a cover memo's ``붙임 … 관리카드 1부``) is never the
card's kind."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.headings import split_kind_date
from pledgecard.extract.labels import title_match, title_without_box
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import split_marker
from pledgecard.normalize.text import fold

_BRACKETS = "《》<>[]【】 "  # what frames a title line (as the header's own title reading strips it)


def title_amid(header: dict[str, Any], prov: dict[str, Any], items: list[Item]) -> None:
    """Fill the header's unread kind from the one title line the card prints amid its body (the module's
    docstring); a card naming a title twice, or none, is left as read."""
    if header.get("kind") is not None:
        return
    titles = [
        (it, kind)
        for it in items
        if isinstance(it, Line) and len(it.full_text) <= 60 and (kind := title_line_kind(it.full_text))
    ]
    if len(titles) != 1:
        return
    header["kind"] = titles[0][1]
    prov["header.kind"] = titles[0][0].source


def title_line_kind(text: str) -> str | None:
    """The kind a line of a title's shape names (``《연빛군 공약사업 관리카드》 (2025. 6. 30. 기준)`` -> ``연빛군 공약사업
    관리카드``): no mark opens it (``※``, a bullet, a numbering) and the title's words close it once an as-of date
    and an approval box beside it are off; any other line (a note or a sentence naming the title words) None."""
    if split_marker(fold(text).strip())[0] is not None:
        return None
    kind, _ = split_kind_date(fold(title_without_box(text).strip(_BRACKETS)))
    kind = (kind or "").strip(_BRACKETS)
    m = title_match(kind)
    return kind if m is not None and not kind[m.end() :].strip(_BRACKETS) else None
