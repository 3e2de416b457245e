"""A funding head line printing the table's unit in its corner cell, in brackets amid the head's words.

A dump (or a typed table read as lines) prints a corner cell holding the unit on the head's line:
``구분 ❲단위 : 억원❳ 계 국비 도비 시군비 민자``. The funding reader sets every line stating a unit apart as
the unit's line, so the head was lost with it and the rows were read under no head (nulled). The unit
statement in its bracket pair is taken out of such a line, the head's words kept; the unit itself is
the section's, read from every line before (``find_unit``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import CLOSE_BRACKETS, OPEN_BRACKETS
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import find_unit
from pledgecard.normalize.text import fold

_BRACKETED = re.compile(
    rf"\s*[{re.escape(OPEN_BRACKETS)}]([^{re.escape(OPEN_BRACKETS + CLOSE_BRACKETS)}]*)"
    rf"[{re.escape(CLOSE_BRACKETS)}]\s*"
)


def head_without_unit(line: Line) -> Line | None:
    """``line`` with its bracketed unit statement taken out when words stand on both sides of it (a head's
    corner and its columns); None for a line that is no such head (a unit line, a sentence)."""
    text = fold(line.full_text)
    for m in _BRACKETED.finditer(text):
        if not find_unit(m.group(1)) or find_unit(m.group(1)) != find_unit(text):
            continue
        before, after = text[: m.start()].strip(), text[m.end() :].strip()
        figures = [t for t in f"{before} {after}".split() if any(ch.isdigit() for ch in t)]
        if (
            before
            and after
            and not find_unit(f"{before} {after}")
            and all(current().year_re.search(t) for t in figures)
        ):
            # a head's words (a year's head among them), never a row's figures
            return replace(line, text=f"{before} {after}", printed=None)
    return None


def heads_without_unit(items: list[Item]) -> list[Item]:
    """``items`` with every head line printing the unit amid its words as the head alone."""
    return [(head_without_unit(it) or it) if isinstance(it, Line) else it for it in items]
