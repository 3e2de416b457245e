"""The achievements' first block a converter printed above the achievements heading, at the tail of the section before.

pdfminer.six's ``pdf2txt.py`` prints a page's text boxes in the order of their top-left corners: where a section's
heading stands centred in a label column left of its content, the content's first lines print before the heading
(dasom-district 13 pdf2txt: the funding rows, then ``◎ 2024년 2분기 현재`` / ``· 주요 추진실적`` / ``- ... : 2024. 6월``
/ ... / ``- 기반조성``, then ``다. 추진실적``, then the block's other items). Read as the funding section's tail, the
block head (the card's reporting point) and its items were lost.

The run is moved to the start of the achievements section where the dump proves it a block of achievements: the
section before (the header's region too, over headings stacked with nothing under them: sanha-county 12 pdf2txt, its
labels set a syllable a line and printed after the text beside them) is no achievements section and closes with
bulleted lines only; the run opens at the first of them that is a glyph-led block head carrying its reporting date
(``◎ 2024년 2분기 현재``: headings.parse_group_heading), two bulleted lines or more after it, one of them an item
ending with its date. Any other shape is left as printed.

The dump must prove the block printed apart from its heading, not a block of the section before that happens to be
dated (an overview's schedule ``◎ 세부 추진일정 ('25. 6. 기준)``, a funding note ``◎ 국비 확보 현황 (...)``, a goals
block: moved, they became achievements and set the card's as_of; review of h-pdfminer, c1/c2): the achievements
section does not open with a dated block head of its own (the moved block's items continue under the heading, or a
table follows: the block is theirs), the run's head is led by a real glyph (not a dash, a middle dot or an asterisk:
items' bullets) and its name is the reporting point alone (``◎ 2024년 2분기 현재``) or names the achievements (the
vocabulary's achievement group words: ``○ 기 추진실적 ('24. 3/4분기 기준)``). A section under a heading no vocabulary
word names (not the header's region, the first) gives nothing: its dated blocks may be its own achievements
(tests/test_unknown_headings.py: 27 family cards with unknown headings lost blocks to the achievements that way)."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.card_heading_checks import dated
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.layout import Line
from pledgecard.extract.section_items import SectionItems
from pledgecard.extract.sections.common import split_trailing_date
from pledgecard.extract.vocabulary import current

ACHIEVEMENTS = "achievements"
MIN_ITEMS = 2  # bulleted lines after the block head
ITEM_BULLETS = frozenset(
    "-\u2010\u2013\u2014\u00b7\u318d\u2219\u22c5*"
)  # items' bullets, no block head's glyph


def _achievements_head(it: Line) -> bool:
    """A glyph-led block head whose name is its reporting point alone or names the achievements."""
    if it.marker is None or it.marker in ITEM_BULLETS:
        return False
    g = parse_group_heading(it.text)
    if g is None or g[1] is None:
        return False
    name, date = g
    if name.replace(" ", "") == str(date.get("raw", "")).replace(" ", ""):
        return True  # the reporting point alone: 2024년 2분기 현재
    return any(w in name.replace(" ", "") for w in current().words("as_of", "achievement_group_words"))


def opens_own_block(items: list) -> bool:
    """Whether the achievements section opens with a dated block head of its own (the block before is not theirs)."""
    first = next((it for it in items if isinstance(it, Line)), None)
    return first is not None and dated(first)


def _block_start(items: list) -> int | None:
    """Where the block of achievements closing ``items`` starts (its dated block head), or None when not proven."""
    k = len(items)
    while k > 0 and isinstance(items[k - 1], Line) and items[k - 1].marker is not None:
        k -= 1  # the bulleted lines closing the section; the block opens at the first dated head among them
    k = next((j for j in range(k, len(items)) if dated(items[j])), len(items))
    rest = items[k + 1 :]
    if len(rest) < MIN_ITEMS or not all(isinstance(it, Line) and it.marker is not None for it in rest):
        return None
    if not any(split_trailing_date(it.text)[1] is not None for it in rest):
        return None
    return k if _achievements_head(items[k]) else None


def achievement_blocks_home(sections: Sequence[SectionItems]) -> None:
    """Move the achievements' block printed at the tail of the section before their heading to the achievements'
    start (in place), where the module's proof holds."""
    for i, sec in enumerate(sections):
        j = i - 1
        while j > 0 and not sections[j].items:
            j -= 1  # headings stacked with nothing under them (labels printed together)
        if sec.name != ACHIEVEMENTS or j < 0:
            continue
        before = sections[j]
        if before.name == ACHIEVEMENTS or any(s.name == ACHIEVEMENTS for s in sections[j:i]):
            continue
        if before.name is None and j > 0:
            continue  # an unknown heading's section (the header's region is the first): its blocks may be its own
        if opens_own_block(sec.items):
            continue  # the achievements' own first block under their heading: the block before is that section's
        k = _block_start(before.items)
        if k is None:
            continue
        run = before.items[k:]
        del before.items[k:]
        sec.items[:0] = run
