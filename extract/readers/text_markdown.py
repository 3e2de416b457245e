"""A card exported as Markdown text (``# title``, ``## 1. 사업개요``, ``> 작성기준일: …``, ``**label** : value``): its
markup taken off, so the headings, header fields and bullets are read as a plain dump prints them.

The class fixed: a card a 구 exported from a wiki or a note tool as Markdown (baramgyeol-district-5-4), every
heading opening with ``#`` marks, its labels in ``**`` emphasis and its as-of line a ``>`` quote, read as no
section at all (blind 0.083). Markdown is told by its shape, not by any word: two lines or more opening at the
margin with one to six ``#`` and a space before their text (ATX headings), or one such line over a pipe table's
rule line (``|---|``). Then, on every line: the heading marks off (the heading's text kept at the margin), the
emphasis marks off where they pair (``**공약명**``, ``__주요내용__``), and a ``>`` quote mark opening a line off
(a blockquote; a run of quoted lines, an e-mail's quoted card, is text_quoted's), and a list item's ``*`` or
``+`` bullet read as the ``-`` bullet Markdown makes it equal to (an HTML-to-text export prints ``  * item``; a
card's own ``*`` is a footnote's mark, so left as it is a Markdown list item was read as a note, the overview's
period and budget with it: haneul2-district-web-4-8). Pipe tables and ``-`` bullets are the text reader's already. The lines keep their places and number, so every line number read from the text
still points at the dump's own line.
"""

from __future__ import annotations

import re

from pledgecard.extract.readers.text_web_pages import ATX_HEADING, chrome_off

MIN_HEADINGS = 2  # ATX heading lines: a Markdown text, not one line that happens to open with #
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_QUOTE = re.compile(r"^>[ \t]?")
# a list item's ``*`` / ``+`` bullet (html2text's ``  * item``)
_STAR_ITEM = re.compile(r"^([ \t]*)[*+](?=[ \t]+\S)")


def is_markdown(lines: list[str]) -> bool:
    """Whether ``lines`` are a Markdown text: ``MIN_HEADINGS`` ATX headings or more, or one with a pipe table's
    rule line."""
    headings = sum(1 for x in lines if ATX_HEADING.match(x))
    return headings >= MIN_HEADINGS or (headings >= 1 and any(_RULE.match(x) for x in lines))


def unmarked_line(line: str) -> str:
    """One line of a Markdown text with its heading marks, paired emphasis and opening quote mark off."""
    line = ATX_HEADING.sub("", line)
    line = _QUOTE.sub("", line)
    line = _STAR_ITEM.sub(r"\1-", line)
    return _STRONG.sub(r"\2", line)


def unmarked(text: str) -> str:
    """``text`` with its Markdown markup off line by line (:func:`unmarked_line`) where it is a Markdown text
    (:func:`is_markdown`); any other text as it is."""
    lines = text.split("\n")
    if not is_markdown(lines):
        return text
    return "\n".join(unmarked_line(x) for x in chrome_off(lines))  # a site's pages: its chrome off first
