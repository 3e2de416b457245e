"""The achievements' first block a converter printed above the achievements heading, at the tail of the section before.

pdfminer.six's ``pdf2txt.py`` prints a page's text boxes in the order of their top-left corners: where a section's
heading stands centred in a label column left of its content, the content's first lines print before the heading
(dasom-district 13 pdf2txt: the funding rows, then ``◎ 2024년 2분기 현재`` / ``· 주요 추진실적`` / ``- ... : 2024. 6월``
/ ... / ``- 기반조성``, then ``다. 추진실적``, then the block's other items). Read as the funding section's tail, the
block head (the card's reporting point) and its items were lost.

The run is moved to the start of the achievements section where the dump proves it a block of achievements: it opens
with a glyph-led block head carrying its reporting date (``◎ 2024년 2분기 현재``: headings.parse_group_heading), the
last such head of the section before, which is no achievements section; every line after it to the section's end is
a bulleted line, two or more, one of them an item ending with its date. Any other shape is left as printed."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.card_heading_checks import dated
from pledgecard.extract.layout import Line
from pledgecard.extract.section_items import SectionItems
from pledgecard.extract.sections.common import split_trailing_date

ACHIEVEMENTS = "achievements"
MIN_ITEMS = 2  # bulleted lines after the block head


def _block_start(items: list) -> int | None:
    """Where the block of achievements closing ``items`` starts (its dated block head), or None when not proven."""
    heads = [k for k, it in enumerate(items) if isinstance(it, Line) and it.marker is not None and dated(it)]
    if not heads:
        return None
    k = heads[-1]
    rest = items[k + 1 :]
    if len(rest) < MIN_ITEMS or not all(isinstance(it, Line) and it.marker is not None for it in rest):
        return None
    if not any(split_trailing_date(it.text)[1] is not None for it in rest):
        return None
    return k


def achievement_blocks_home(sections: Sequence[SectionItems]) -> None:
    """Move the achievements' block printed at the tail of the section before their heading to the achievements'
    start (in place), where the module's proof holds."""
    for before, sec in zip(sections, sections[1:], strict=False):
        if sec.name != ACHIEVEMENTS or before.name in (None, ACHIEVEMENTS):
            continue
        k = _block_start(before.items)
        if k is None:
            continue
        run = before.items[k:]
        del before.items[k:]
        sec.items[:0] = run
