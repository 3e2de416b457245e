"""The suffixes of a header-area line that may state the card's reporting point, found in one pass.

Class fixed: :func:`~pledgecard.extract.content_kinds.reporting_point` tried every suffix after a white space
(``작성기준 2024년 3분기 현재``: the date after a label), folding and parsing each whole: a one-line dump of 16k
words (a flattened paragraph) cost the square of its length and hit the per-file limit. A suffix is kept only
where :func:`~pledgecard.extract.headings.reporting_date` could read it: it opens with a bracket (a framed or
bracketed heading, where the line closes on a bracket), it is short enough for an unframed block heading, or a
date may open it and no figure stands past the date but in the brackets closing the line (a date read whole:
``parse_date`` strips only trailing notes); the others are skipped in constant time each, so the answer is the
same and the cost linear.
"""

from __future__ import annotations

import re

from pledgecard.extract.markers import CLOSE_BRACKETS, OPEN_BRACKETS
from pledgecard.normalize.dates import may_open_date

# what reporting_date and parse_date strip before a date: every bracket, and the wrappers they pair
_BRACKETS = frozenset(OPEN_BRACKETS + CLOSE_BRACKETS + "()（）[]《》<>〈〉【】「」『』")
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
# an unframed block heading is at most this many folded characters (headings.parse_group_heading)
SHORT_HEADING = 30
# characters enough for one date expression and what its pattern looks ahead at
DATE_WINDOW = 120


def _visible_after(text: str) -> list[int]:
    """For each position, how many characters from it on are neither white space nor invisible: a floor of
    the folded suffix's length."""
    out = [0] * (len(text) + 1)
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        out[i] = out[i + 1] + (0 if ch.isspace() or ch in _INVISIBLE else 1)
    return out


def _next_visible(text: str, skipped: frozenset[str] = frozenset()) -> list[int]:
    """For each position, the first position from it on holding a visible character not ``skipped``
    (``len(text)`` if none)."""
    out = [len(text)] * (len(text) + 1)
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        out[i] = out[i + 1] if ch.isspace() or ch in _INVISIBLE or ch in skipped else i
    return out


def _tail_start(text: str) -> int:
    """Where the run of brackets closing ``text`` starts: its bracketed groups (no round bracket inside), closing
    brackets, commas, semicolons and white space, all a date's reader may strip after the date."""
    i = len(text)
    while i > 0:
        ch = text[i - 1]
        if ch in ")）":
            opened = max(text.rfind("(", 0, i - 1), text.rfind("（", 0, i - 1))
            closed = max(text.rfind(")", 0, i - 1), text.rfind("）", 0, i - 1))
            i = opened if opened > closed else i - 1
        elif ch.isspace() or ch in ",;" or ch in _BRACKETS or ch in _INVISIBLE:
            i -= 1
        else:
            break
    return i


def _last_digit_before(text: str) -> list[int]:
    """For each position, the last position before it holding a digit (-1 if none)."""
    out = [-1] * (len(text) + 1)
    for i, ch in enumerate(text):
        out[i + 1] = i if ch.isdigit() else out[i]
    return out


def reporting_suffixes(text: str) -> list[str]:
    """``text``, then its suffixes after each white space (longest first) that may state a reporting date."""
    visible = _visible_after(text)
    first = _next_visible(text)
    body = text.rstrip()
    framed = bool(body) and body[-1] in _BRACKETS  # a framed or bracketed heading closes on its bracket
    tail = _tail_start(text)
    last_digit = _last_digit_before(text)[tail]
    content = _next_visible(text, _BRACKETS)
    out = [text]
    for m in re.finditer(r"\s", text):
        start = m.end()
        head = first[start]
        if visible[start] <= SHORT_HEADING or (framed and head < len(text) and text[head] in _BRACKETS):
            out.append(text[start:])
            continue
        head = content[start]  # past the brackets a reporting date strips before its date
        if last_digit < head + DATE_WINDOW and may_open_date(text[head : head + DATE_WINDOW]):
            out.append(text[start:])
    return out
