"""Numbered section labels a text dump printed a word a line: a section label drawn turned (or set in
a narrow column of its own) that ``pdftotext -raw`` prints apart from the page's text, its marker
glyph, its number and its words each on a line (``▩`` / ``2.`` / ``재원`` / ``투자계획``).

:func:`join_word_labels` puts such a label back on one line, at its first line: a lone heading number
(``2.``, ``Ⅲ.``; a lone symbol glyph right above it taken as its marker), then up to
:data:`MAX_WORDS` lines of one or two words each (no heading number of their own), of which the longest run from the first that names a
section the vocabulary knows is the label's title. A number whose next lines name no section stays
as printed (a table's cells).
"""

from __future__ import annotations

from pledgecard.extract.heading_numbers import heading_number, lone_heading_number
from pledgecard.extract.labels import section_of
from pledgecard.extract.readers.text_lines import TLine, retext

MAX_WORDS = 4  # lines of a label's title
MAX_LINE_WORDS = 2  # words on each


def _number(text: str) -> bool:
    """A lone heading number (``2.``, ``Ⅲ.``, ``(1)``); a bare figure (``6``) is a table's cell."""
    return bool(text) and " " not in text and not text.isdigit() and lone_heading_number(text)


def _word(text: str) -> bool:
    """A line that may be a piece of a label's title: one or two words, no heading number of its own."""
    return 0 < len(text.split()) <= MAX_LINE_WORDS and not _number(text) and heading_number(text) is None


def _glyph(text: str) -> bool:
    return len(text) == 1 and not text.isalnum() and not text.isspace()


def _shown(lines: list[TLine], k: int, n: int) -> list[int]:
    """The next ``n`` non-blank lines from ``k`` on ``k``'s page."""
    out: list[int] = []
    i = k
    while i < len(lines) and len(out) < n and lines[i].page == lines[k].page:
        if lines[i].text.strip():
            out.append(i)
        i += 1
    return out


def join_word_labels(lines: list[TLine]) -> list[TLine]:
    """``lines`` with every numbered section label printed a word a line on one line."""
    out = list(lines)
    for k in range(len(out)):
        text = out[k].text.strip()
        if not _number(text):
            continue
        words: list[int] = []
        for i in _shown(out, k + 1, MAX_WORDS):
            if not _word(out[i].text.strip()):
                break
            words.append(i)
        title = next(
            (
                m
                for m in range(len(words), 0, -1)
                if section_of(" ".join(out[i].text.strip() for i in words[:m])) is not None
            ),
            0,
        )
        if not title:
            continue
        above = [i for i in range(k - 1, -1, -1) if out[i].text.strip()][:1]
        run = (
            [above[0]]
            if above and _glyph(out[above[0]].text.strip()) and out[above[0]].page == out[k].page
            else []
        ) + [k, *words[:title]]
        label = " ".join(out[i].text.strip() for i in run)
        retext(out, run, label)
    return out
