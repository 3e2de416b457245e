"""A card's title line wrapped in a narrow pane (a page of two panes, the title centred over the left one):
its last words on a line of their own (``물빛시 민선8기 시장 공약사업`` over ``추진상황``), which may be a header
label's word, so read as a label waiting for its value, the header's labels after it read out of step. The line
right under the title, set in the title's own type (size and weight) and centred on the same axis, is the title's
wrap: one title line."""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.labels import is_title
from pledgecard.extract.layout_lines import Item, Line
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.dates import find_dates


def _wraps(title: Line, nxt: Line) -> bool:
    a, b = title.source, nxt.source
    if a.bbox is None or b.bbox is None or a.font is None or b.font is None or a.page != b.page:
        return False
    if abs(a.font.size - b.font.size) > 0.5 or a.font.bold != b.font.bold or nxt.marker is not None:
        return False
    size = a.font.size
    (ax0, _, ax1, abottom), (bx0, btop, bx1, _b) = a.bbox, b.bbox
    centred = abs((ax0 + ax1) / 2 - (bx0 + bx1) / 2) <= 0.25 * size and bx1 - bx0 < ax1 - ax0
    return centred and 0.0 <= btop - abottom <= 0.8 * size


def title_wrap_joined(items: list[Item]) -> list[Item]:
    """``items`` with the title line (the first naming a title, else the card's first line) and its wrapped rest
    (see the module) one line."""
    n = next((k for k, it in enumerate(items) if isinstance(it, Line) and is_title(it.full_text)), 0)
    if n + 1 >= len(items):
        return items
    it, nxt = items[n], items[n + 1]
    if isinstance(it, Line) and isinstance(nxt, Line) and _wraps(it, nxt):
        joined = replace(
            it, text=f"{it.text} {nxt.text}"
        )  # the title line's other facts (heading, printed) kept
        return [*items[:n], joined, *items[n + 2 :]]
    return items


def _title_words(v: Vocabulary) -> re.Pattern[str]:
    """A run of the vocabulary's title words as one word: kinds then a suffix (``관리카드``, ``카드``)."""
    return re.compile(f"(?:{v.alternation('title', 'kinds')})*(?:{v.alternation('title', 'suffix')})?")


def _cut_word(first: str, rest: str) -> bool:
    """Whether the last word of ``first`` and the first of ``rest`` are one title word the wrap cut (``관`` /
    ``리카드``: ``관리카드``), neither a title word on its own."""
    a, b = first.split()[-1:], rest.split()[:1]
    if not a or not b:
        return False
    words = current().build(_title_words)
    return bool(words.fullmatch(a[0] + b[0])) and not words.fullmatch(a[0]) and not words.fullmatch(b[0])


_CLOSERS = (
    ")]}）〕」』】"  # a closing bracket: a clause closed (``(2025. 6. 30. 기준)``, ``(담당: 복지정책과)``)
)


def _whole_clause(text: str) -> bool:
    """Whether a line reads as a clause of its own, no title's cut first part: it closes a bracket, prints a date
    finer than a year (``2025년 하반기``, ``2025. 6. 30.``: a banner's or an as-of line's) or an as-of word."""
    words = text.split()
    if not words or words[-1][-1] in _CLOSERS:
        return True
    if any(d.get("precision") != "year" for _, _, d in find_dates(text)):
        return True
    as_of = current().words("as_of", "words")
    return any(w.startswith(x) for w in words for x in as_of)


def title_cut_joined(items: list[Item]) -> list[Item]:
    """``items`` with each title wrapped under itself mid-word joined before the cards are found: a line naming no
    title whose wrapped rest (set in its type, centred under it: see the module), naming none either, completes
    one, the wrap cutting a vocabulary title word (``… 실천계획 관`` / ``리카드``: glued, no space). No title is
    found on either line alone, so the card would open at its header with its title's lines left before it. A
    line reading as a clause of its own (:func:`_whole_clause`: a banner ``… (2025. 6. 30. 기준)``, a divider
    ``Ⅱ. 복지·보건 분야 공약 (담당: 복지정책과)``) is no title's part, nor a line over a title naming one alone."""
    out: list[Item] = []
    n = 0
    while n < len(items):
        it = items[n]
        nxt = items[n + 1] if n + 1 < len(items) else None
        if (
            isinstance(it, Line)
            and isinstance(nxt, Line)
            and _wraps(it, nxt)
            and not is_title(it.full_text)
            and not is_title(nxt.full_text)
            and not _whole_clause(it.text)
            and _cut_word(it.text, nxt.text)
        ):
            text = f"{it.text}{nxt.text}"
            if is_title(text):
                out.append(replace(it, text=text))
                n += 2
                continue
        out.append(it)
        n += 1
    return out
