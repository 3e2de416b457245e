"""Where a card stands in its file: its pages, its source locations, the page furniture around it,
and its lines no section read (``unparsed``)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pledgecard.extract.document import Document, Source
from pledgecard.extract.layout import Item, item_text, linearize
from pledgecard.normalize.text import fold
from pledgecard.record import Unparsed


def source_dict(s: Source) -> dict[str, Any]:
    d = s.to_dict()
    if "bbox" in d and d["bbox"] is not None:
        d["bbox"] = list(d["bbox"])  # type: ignore[arg-type]
    return d


def unparsed_items(section: str | None, items: list[Item]) -> list[Unparsed]:
    out = []
    for it in items:
        text = fold(item_text(it).replace("\n", " "))
        if text:
            out.append({"section": section, "text": text, "location": it.source.describe() or None})
    return out


def furniture(doc: Document, items: list[Item]) -> list[Item]:
    """The page furniture around a card (the running headers and footers a reader kept apart, any
    format): what stands on the card's pages, and what no page is told for (a word processor's
    머리말 / 꼬리말, printed on every page)."""
    if not doc.furniture:
        return []
    first, last = page_span(items)
    numbers = [n for it in items for n in (it.source.line_start, it.source.line_end) if n is not None]
    lines = linearize(replace(doc, blocks=doc.furniture, furniture=[]))
    if numbers:  # a text dump: the furniture amid the card's lines, or just around them
        lo, hi = min(numbers) - _AROUND, max(numbers) + _AROUND
        return [it for it in lines if it.source.line_start is None or lo <= it.source.line_start <= hi]
    return [
        it
        for it in lines
        if it.source.page is None or first is None or last is None or first <= it.source.page <= last
    ]


_AROUND = 5  # lines: a running header right above a card's first line, a footer right below its last


def page_span(items: list[Item]) -> tuple[int | None, int | None]:
    pages = [it.source.page for it in items if it.source.page is not None]
    return (min(pages), max(pages)) if pages else (None, None)


def furniture_lines(doc: Document) -> tuple[int, ...]:
    """The line numbers of a text dump's page furniture dropped (its page numbers, running lines): a page
    break stands there even where the dump prints no form feed."""
    return tuple(sorted({n for b in doc.furniture for n in (b.source.line_start,) if n is not None}))
