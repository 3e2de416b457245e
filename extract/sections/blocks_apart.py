"""Blocks of a section a dump printed under another section's heading (``pdftotext`` in its default
mode orders a page's boxes by its own reading order): the achievements' first block, its heading a
dated block name (``◎ 기 추진실적 (2019년 4분기 기준 누계)``), printed at the end of the section before
the achievements' heading, moves to the start of the achievements. So does a line that is nothing but
an as-of date (``<2019. 9월 말 기준>``) closing that section: the first line of the achievements' cell,
printed above the label centred beside it. Where the sections print out of their numbers' order (a turned label
kept whole beside its rows printed after the next page's headings: ``2. 재원 투자계획`` / ``4. 성과목표`` /
``5. 시민 소통`` / ``3. 추진실적``), the section before the achievements is the one numbered right before theirs.
A block stays where printed when the achievements open with a dated block head of their own: it is the section
before's (a plans block ``◎ 2025년 하반기 추진실적 목표 ('25. 6. 기준)`` under ``다. 향후계획``, moved, gave the
card its as-of and the plans' items as achievements: review of h-pdfminer, v_plans_before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgecard.extract.heading_numbers import heading_number
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.section_items import SectionItems
from pledgecard.extract.sections.achievement_blocks_before import opens_own_block
from pledgecard.extract.vocabulary import current, key

if TYPE_CHECKING:
    from collections.abc import Sequence


def _achievement_block(line: Line) -> bool:
    """A block heading of the achievements: a dated block name holding an achievements word."""
    got = parse_group_heading(line.text if line.marker else line.full_text)
    words = [key(w) for w in current().words("as_of", "achievement_group_words")]
    return bool(got and got[1] and any(w in key(got[0]) for w in words))


def _bare_as_of(item: Item) -> bool:
    """A line that is nothing but an as-of date, an as-of word in it (``<2019. 9월 말 기준>``)."""
    if not isinstance(item, Line) or item.marker is not None:
        return False
    got = parse_group_heading(item.full_text)
    words = [key(w) for w in current().words("as_of", "words")]
    return bool(got and got[1] and key(got[0]) == key(got[1]["raw"]) and any(w in key(got[0]) for w in words))


def achievements_printed_before(sections: Sequence[SectionItems]) -> None:
    """The run of items closing the section right before the achievements' (not the header area; past
    the empty sections of headings stacked right above the achievements')
    from its last line that heads an achievements block, when a bulleted line follows that heading
    there and a line closes the run: moved to the start of the achievements (it reads as their
    first block; its table's cells a line with it)."""
    at = next((i for i, s in enumerate(sections) if s.name == "achievements"), None)
    if at is None or at < 2:
        return
    b = at - 1
    while b > 1 and not sections[b].items and sections[b].name is not None:
        b -= 1  # headings stacked right above the achievements' (turned labels printed after their text)
    before = sections[b]
    heads = _block_heads(before)
    numbered = _numbered_before(sections, sections[at]) if not heads else None
    if numbered is not None and numbered is not before and _block_heads(numbered):
        before, heads = numbered, _block_heads(numbered)
    if before.name in (None, "achievements"):
        return
    if not heads:
        if (
            before.items
            and _bare_as_of(before.items[-1])
            and not (sections[at].items and _bare_as_of(sections[at].items[0]))
        ):
            sections[at].items.insert(0, before.items.pop())
        return
    if opens_own_block(sections[at].items) and not _reported_by(before.items[heads[-1]], sections[at].items):
        return  # the achievements open with a dated block of their own: the block before is its section's
    run = before.items[heads[-1] :]
    if not isinstance(run[-1], Line) or not any(
        isinstance(it, Line) and it.marker is not None for it in run[1:]
    ):
        return
    del before.items[heads[-1] :]
    sections[at].items[:0] = run


def _reported_by(head: Item, own: list[Item]) -> bool:
    """Whether the block headed ``head`` reports up to a point at or before the one the achievements' own first
    block heads (``◎ 기 추진실적 (2024년 3분기 누계)`` before ``◎ 2024년 4분기 현재``): a past or cumulative report
    of theirs, printed above their heading, still theirs (mendl3: it stayed in the funding or the overview). A block
    dated after it (a target for a later half: ``('25. 6. 기준)``) or with no reporting point stays where printed."""
    first = next((it for it in own if isinstance(it, Line)), None)
    a, b = _reported_end(head), _reported_end(first)
    return a is not None and b is not None and a <= b


def _reported_end(it: Item | None) -> str | None:
    """The end of the reporting point a dated block heading names (its numbering or glyph kept, or cut), or None."""
    if not isinstance(it, Line):
        return None
    for text in (it.full_text, it.text):
        got = parse_group_heading(text)
        if got is not None and got[1] is not None and got[1].get("end"):
            return str(got[1]["end"])
    return None


def _block_heads(sec: SectionItems) -> list[int]:
    """Where ``sec``'s lines head an achievements block."""
    return [k for k, it in enumerate(sec.items) if isinstance(it, Line) and _achievement_block(it)]


def _numbered_before(sections: Sequence[SectionItems], own: SectionItems) -> SectionItems | None:
    """The section whose heading's number comes right before ``own``'s, in the same numbering style, printed
    before it but not right before it (the sections printed out of their numbers' order)."""
    mine = heading_number(own.heading) if own.heading else None
    if mine is None:
        return None
    for sec in sections[: list(sections).index(own)]:
        got = heading_number(sec.heading) if sec.name and sec.heading else None
        if got is not None and got[0] == mine[0] and got[1] == mine[1] - 1:
            return sec
    return None
