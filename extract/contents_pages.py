"""A contents page (목차) bound before a card or amid its first pages: a list of entries, each a title,
a dotted leader and the page it starts on (``Ⅰ. 사업개요 ········· 2``). Its titles restate the card's
section headings; read as lines they would open sections of nothing and the real headings below
would restate them. Recognised by structure alone, never by its heading word: two or more entries
in a row (blank lines between them allowed), an entry a line ending in a leader of three or more dots
and a page number, or a line ending in a leader and the next one a leader and the number (a dump
that wrapped the leader), or a title line and the next one wholly a leader and the number. The
entries are left out of the stream the cards are cut from (nothing in them is a card's fact).
"""

from __future__ import annotations

import re

from pledgecard.extract.layout import Item, Line

_DOTS = r"(?:[.·・∙⋅‥…⋯ㆍ‧]\s?){3,}"
_ENTRY = re.compile(rf"\S.*?\s*{_DOTS}\s*\d{{1,3}}$")  # a title, its leader and its page
_TAIL = re.compile(rf"^\s*{_DOTS}\s*\d{{1,3}}$")  # a leader and a page wholly (a wrapped entry's rest)
_OPEN = re.compile(rf"\S.*?\s*{_DOTS}$")  # a title and the leader's start, its page on the next line
_MIN_ENTRIES = 2


def _text(it: Item) -> str | None:
    return it.full_text.strip() if isinstance(it, Line) else None


def _entry_at(items: list[Item], k: int) -> int:
    """How many lines the contents entry starting at ``items[k]`` takes (0: none starts there)."""
    text = _text(items[k])
    if not text:
        return 0
    nxt = _text(items[k + 1]) if k + 1 < len(items) else None
    if _TAIL.match(text):
        return 0  # a wrapped entry's rest, read with the line above
    if nxt is not None and _TAIL.match(nxt) and (_OPEN.match(text) or not _ENTRY.match(text)):
        return 2
    return 1 if _ENTRY.match(text) else 0


def contents_entries(items: list[Item]) -> set[int]:
    """The indexes of the lines of every contents list among ``items``."""
    out: set[int] = set()
    k = 0
    while k < len(items):
        run: list[int] = []
        j = k
        while j < len(items):
            if isinstance(items[j], Line) and not _text(items[j]) and run:
                j += 1  # a blank line between two entries
                continue
            n = _entry_at(items, j)
            if not n:
                break
            run.extend(range(j, j + n))
            j += n
        entries = sum(1 for i in run if not _TAIL.match(_text(items[i]) or ""))
        if entries >= _MIN_ENTRIES:
            out.update(run)
            k = j
        else:
            k += 1
    return out


def without_contents(items: list[Item]) -> list[Item]:
    """``items`` without the lines of any contents list."""
    drop = contents_entries(items)
    return [it for i, it in enumerate(items) if i not in drop] if drop else items
