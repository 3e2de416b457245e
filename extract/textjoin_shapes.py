"""The shapes of a line the text joiner asks about (:mod:`textjoin`): a table row of numbers, a line opening a new
block (a title, a section heading, a header label, a bare block heading), a numbered or titled heading over its
table's unit, a line closing on its date, a padded item-table row."""

from __future__ import annotations

import re

from pledgecard.extract.document import Paragraph
from pledgecard.extract.heading_numbers import heading_number, titleish
from pledgecard.extract.headings import decimal_heading, parse_group_heading
from pledgecard.extract.labels import find_labels, is_title, section_of
from pledgecard.extract.markers import OPEN_BRACKETS
from pledgecard.extract.tagged_headings import tagged_section
from pledgecard.extract.vocabulary import Vocabulary, alternation, current
from pledgecard.normalize.dates import is_date
from pledgecard.normalize.money import without_unit
from pledgecard.normalize.text import fold


def _numeric_token(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"^[△▲\-]?\(?[\d,.]+\)?(?:{alternation(v.words('dates', 'score_units'))})?$")


def looks_tabular(text: str) -> bool:
    """Mostly numbers (a table row such as ``계 220,719 0 42,646``)."""
    toks = text.split()
    if len(toks) < 3:
        return False
    numeric_token = current().build(_numeric_token)
    numeric = sum(1 for t in toks if numeric_token.match(t) or t == "-")
    return numeric * 2 >= len(toks)


def starts_new_block(text: str) -> bool:
    """A card title, a section heading or a header label line never continues the item above."""
    if opens_heading(text):
        return True
    labels = find_labels(text)
    return bool(labels) and labels[0][1] == 0


def opens_heading(text: str) -> bool:
    """A card title, a section heading or a numbered or bare block heading (:func:`starts_new_block`
    without its header labels)."""
    if is_title(text) or section_of(text) is not None or tagged_section(text) is not None:
        return True  # a section's title, bare or after a tag numbering it ([세부사업3] 성과지표 달성 현황)
    hn = heading_number(text)
    if hn is not None and hn[0].startswith(("r", "o")) and titleish(hn[2]):
        return True  # Ⅱ 그동안 한 일, 제2장 돈이 드는 곳: a heading numbered in Roman numerals or as an
        #              ordinal, its title in no vocabulary
    if decimal_heading(text):
        return True  # 3.2 금분기 추진실적 ('24년 1/4분기 현재): a block numbered under its section
    return bare_block(
        text
    )  # 금분기 추진실적 (2023.09. 기준): a block heading printed without marker or number


def bare_block(text: str) -> bool:
    """A block heading with neither marker nor number: a short title closing with a word naming
    achievements (vocabulary ``[as_of] achievement_group_words``: ``금분기 추진실적``) and its
    reporting date in a bracket pair closing the line."""
    g = parse_group_heading(text)
    if not g or not g[1]:
        return False
    name = g[0]
    # the date in brackets closing the line, or the name in brackets opening it and the date after them
    # (【금분기 추진실적】 '24년 1/4분기 현재)
    framed = text.lstrip().startswith(tuple(OPEN_BRACKETS)) and name != fold(text)
    if not (text.rstrip().endswith(tuple(")）]>》〉】")) or framed):
        return False
    return titleish(name) and "".join(name.split()).endswith(
        tuple(current().words("as_of", "achievement_group_words"))
    )


def numbered_section(text: str) -> bool:
    """A numbered heading naming a known section after its glyph (``▩`` + ``2. 재원 투자계획``), or a
    numbered short title closed by its table's unit statement (``2. 돈이 드는 곳 (단위: 백만원)``): a
    heading whatever glyph marks it, never a line that wrapped."""
    hn = heading_number(text)
    if hn is None:
        return False
    bare = without_unit(hn[2])
    return section_of(text) is not None or (bare != hn[2] and titleish(bare))


def titled_unit(text: str) -> bool:
    """A short title closed by its table's unit statement after any glyph (``●`` + ``세부사업별 재원
    투자계획 (단위: 백만원)``): a heading over its table, numbered or not, never a line that wrapped (the
    table's head row under it is no rest of it)."""
    bare = without_unit(text)
    return bare != text and bool(bare) and text.startswith(bare) and titleish(bare)


def closes_on_date(text: str) -> bool:
    """A line closing on a date after a colon (``실시설계 용역 완료 : 2024. 3월``): an item's own."""
    head, sep, tail = text.rpartition(":")
    return bool(sep) and bool(head.strip()) and head.count("(") == head.count(")") and is_date(tail.strip())


def padded_row(p: Paragraph, cols: int) -> bool:
    """Whether ``p`` prints a row of a table of ``cols`` cells, its cells joined with one space: empty
    cells before and after one run of text in a middle cell (`` 창업 연도별 운영 실적 `` under 추진일자 |
    추진내용 | 비고), its spaces and text making the head's cells. A line a paragraph wrapped prints no
    empty cell after it: this one is a row of its own."""
    t = p.printed
    if p.marker is not None or t is None or not t.strip() or "  " in t.strip() or p.lead <= 0:
        return False
    trail = len(t) - len(t.rstrip(" "))
    return trail > 0 and p.lead + 1 + trail == cols
