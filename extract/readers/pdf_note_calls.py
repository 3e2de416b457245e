"""A note's call raised after a word or figure in a PDF (a word processor's footnote number, ``13,934¹⁾``).

The call is set in a much smaller type and raised off the line it follows; flattened into the line it
would read as more digits of the figure (``7011)`` for 701 and the call ``1)``). Its characters are
read as superscript forms (``701¹⁾``), which no figure holds: the call stays visible (a note at the
page's foot is matched to it) and apart from the figure (:mod:`pledgecard.extract.figure_marks`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from pledgecard.extract.readers.pdf_lines import char_size

Char = dict[str, Any]

SUPERSCRIPT = str.maketrans("0123456789)", "⁰¹²³⁴⁵⁶⁷⁸⁹⁾")
SMALL = 0.7  # a call's type is at most this share of the type it follows
RAISED = 0.15  # its bottom at least this share of that type's size above the line's bottom
TOUCH = 1.0  # points: the call starts this close to the end of the character it follows
_DIGITS = frozenset("0123456789")
_CALL = frozenset("0123456789)")


def _base(c: Char, by_end: dict[int, list[Char]]) -> Char | None:
    """The character ``c`` directly follows on its line (its end where ``c`` starts, overlapping it)."""
    x0 = float(c["x0"])
    for key in (int(x0) - 1, int(x0), int(x0) + 1):
        for b in by_end.get(key, ()):
            if (
                b is not c
                and abs(float(b["x1"]) - x0) <= TOUCH
                and float(b["top"]) <= float(c["bottom"])
                and float(c["top"]) <= float(b["bottom"])
            ):
                return b
    return None


def _next(cur: Char, first: Char, by_start: dict[int, list[Char]]) -> Char | None:
    """The character of the call's run after ``cur``: a digit or ``)`` in the type of ``first``, touching."""
    x1 = float(cur["x1"])
    for key in (int(x1) - 1, int(x1), int(x1) + 1):
        for d in by_start.get(key, ()):
            if (
                d is not cur
                and d.get("text") in _CALL
                and abs(float(d["x0"]) - x1) <= TOUCH
                and abs(char_size(d) - char_size(first)) < 0.5
                and abs(float(d["bottom"]) - float(first["bottom"])) < 1.0
            ):
                return d
    return None


def raise_calls(chars: Sequence[Char]) -> list[Char]:
    """``chars`` with the note calls among them (one or two digits and a closing parenthesis, small and
    raised right after a character of the line's type) in superscript forms; every other character as it is."""
    by_end: dict[int, list[Char]] = defaultdict(list)
    by_start: dict[int, list[Char]] = defaultdict(list)
    for c in chars:
        by_end[int(float(c["x1"]))].append(c)
        by_start[int(float(c["x0"]))].append(c)
    raised: dict[int, Char] = {}
    for c in chars:
        if c.get("text") not in _DIGITS or id(c) in raised:
            continue
        base = _base(c, by_end)
        if base is None:
            continue
        size = char_size(base)
        if char_size(c) > SMALL * size or float(base["bottom"]) - float(c["bottom"]) < RAISED * size:
            continue  # (a run's later digits follow a small one: never a base of their own type)
        run, cur = [c], c
        while len(run) < 3 and cur.get("text") != ")":
            nxt = _next(cur, c, by_start)
            if nxt is None:
                break
            run.append(nxt)
            cur = nxt
        if cur.get("text") != ")" or len(run) < 2:
            continue
        for d in run:
            raised[id(d)] = {**d, "text": d["text"].translate(SUPERSCRIPT)}
    return [raised.get(id(c), c) for c in chars]
