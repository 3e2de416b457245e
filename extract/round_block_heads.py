"""Block headings a card frames in round brackets (``( 기 추진실적 )('24. 3/4분기 누계)``, ``( '24. 4/4분기 현재
)``): where the card so frames its dated block headings, a line framed the same way whose title names another known
section (``( 목표 달성 )`` after the achievements' blocks) heads that section, as a square-framed one
(``[ 목표 달성 ]``) does on any card. A round-framed line on a card that frames no dated block so is a note or an
item's remark, never a heading."""

from __future__ import annotations

import re

from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import Line

# a line opening with a round-framed body (its date in a second frame after it, or none)
_ROUND = re.compile(r"^[(（]\s*(?P<body>[^()（）]+?)\s*[)）]")
_ALONE = re.compile(r"^[(（]\s*(?P<body>[^()（）]+?)\s*[)）]$")


def round_dated_heads(lines: list[tuple[int, Line]]) -> bool:
    """Whether the card frames its dated block headings in round brackets: an unmarked line opening with a
    round-framed body that :func:`~pledgecard.extract.headings.parse_group_heading` reads with its reporting
    date, two such lines or more."""
    found = 0
    for _, it in lines:
        if it.marker is not None or not _ROUND.match(it.full_text.strip()):
            continue
        group = parse_group_heading(it.full_text)
        if group is not None and group[1] is not None:
            found += 1
    return found >= 2


def round_heading(it: object, current: str | None) -> str | None:
    """The known section an unmarked line framed whole in round brackets names (``( 목표 달성 )``), other than
    ``current``; None for any other line."""
    if not isinstance(it, Line) or it.marker is not None or current is None:
        return None
    m = _ALONE.match(it.full_text.strip())
    if m is None:
        return None
    name = section_of(m.group("body"))
    return name if name is not None and name != current else None
