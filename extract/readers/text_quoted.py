"""A card pasted into an e-mail and quoted by the reply (every line of it opening with ``>``, nested replies
``> >``): the quote marks taken off, so the card's headings, bullets and table rows are read as printed.

The class fixed: an e-mail body paste whose card is the quoted original (byeolbit-county-3-6). A quote is told
by its shape, not by any word: a run of lines each opening at the margin with ``>``, at least ``MIN_RUN`` of
them, with a quoted blank line (a ``>`` alone) between two of its paragraphs, the quoted runs holding the text's
bulk (a reply quotes the card it answers whole; a card whose bullet is ``>`` may print a bare ``>`` amid a
section's items, a few lines of many: :func:`quote_runs`). The lines keep their places, so
every line number read from the text still points at the dump's own line.

The e-mail's header fields over the body (``보낸사람: …``, ``제목: RE: … 관리카드 제출 (3-6)``; the words are the
vocabulary's ``[mail] headers``) are no part of the card either (:func:`mail_header_lines`): a subject naming the
card would otherwise be read as the card's title line. A run of two or more lines, each a header word and a colon.
"""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, current, key

MIN_RUN = 5  # lines: a quoted card, not one arrow-bulleted item
_QUOTE = re.compile(r"^(?:>[ \t]?)+")  # one or more quote marks at the margin, each with its one space


def _quoted(line: str) -> bool:
    return line.startswith(">")


def _blank_quote(line: str) -> bool:
    """A quoted blank line: quote marks and white space only."""
    return _quoted(line) and not _QUOTE.sub("", line).strip()


def _parted(run: list[str]) -> bool:
    """Whether a quoted blank line parts two quoted paragraphs of the run (quoted text on both sides of it)."""
    return any(
        _blank_quote(x)
        and any(not _blank_quote(y) for y in run[:j])
        and any(not _blank_quote(y) for y in run[j + 1 :])
        for j, x in enumerate(run)
    )


def quote_runs(lines: list[str]) -> list[tuple[int, int]]:
    """The runs (first, last index; 0-based, inclusive) of quoted lines that are a quoted text: ``MIN_RUN`` lines or
    more, a quoted blank line parting two of their paragraphs, and the runs so shaped the text's bulk (as many
    non-blank lines as the text's others, the reply around them and its header): a card bulleting a section's
    items with ``>`` and printing one bare ``>`` between two of them (review 32b: quote-v12, its item after the
    bare ``>`` and its counts lost) quotes a few lines amid a card's many, no text."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        if not _quoted(lines[k]):
            k += 1
            continue
        end = k
        while end + 1 < len(lines) and _quoted(lines[end + 1]):
            end += 1
        if end - k + 1 >= MIN_RUN and _parted(lines[k : end + 1]):
            runs.append((k, end))
        k = end + 1
    quoted = sum(1 for a, b in runs for x in lines[a : b + 1] if not _blank_quote(x))
    rest = sum(1 for x in lines if x.strip() and not _quoted(x))
    return runs if quoted >= rest else []


def unquoted(text: str) -> str:
    """``text`` with the quote marks of every quoted run (:func:`quote_runs`) taken off; other lines as they are."""
    lines = text.split("\n")
    runs = quote_runs(lines)
    if not runs:
        return text
    for a, b in runs:
        for k in range(a, b + 1):
            lines[k] = _QUOTE.sub("", lines[k], count=1)
    return "\n".join(lines)


def _mail_words(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for w in v.words("mail", "headers"))


def _mail_field(text: str) -> bool:
    """A line opening with an e-mail header word and a colon (``제목: …``, ``From: …``)."""
    head, colon, _ = text.strip().partition(":")
    return bool(colon) and key(head) in current().build(_mail_words)


def mail_header_lines(texts: list[str]) -> set[int]:
    """The indexes of the lines in runs of two or more e-mail header fields (:func:`_mail_field`)."""
    out: set[int] = set()
    k = 0
    while k < len(texts):
        end = k
        while end < len(texts) and _mail_field(texts[end]):
            end += 1
        if end - k >= 2:
            out.update(range(k, end))
        k = max(end, k + 1)
    return out
