"""A note printed right under a table that is read by another section goes with the table.

Mutant 3268 (haram-district): the goal table printed amid the achievements under a bracketed title no
vocabulary names (``( 성과목표 달성 현황 )``), its footnote under it (``※ 달성률(%) = 실적 ÷ 목표 × 100``): the
table was read by the goals (its content says so) and the note stayed behind, read as a note item of the
last achievement. A note line (``※``, ``*``, ``주1)``) right after such a goal table, before any other line,
annotates the table: it moves where the table moves. (Only a goal table's: a note under a funding or channel
table may state a unit or a count its section's line readers would take for the table's.)

A note line reporting an achievement (review A: ``※ 2025년 목표 70개 중 12개 기업 입주 완료`` left the
achievements) is no note about the table: told by its content, a status word of the vocabulary (``[status]``:
완료, 추진중 ...) or a counted figure (a number and a ``[counters]`` word: 12개), it stays where it was read.
A note defining the table's figures (``※ 달성률(%) = 실적 ÷ 목표 × 100``) holds neither and moves.
"""

from __future__ import annotations

import re

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import is_note
from pledgecard.extract.vocabulary import Vocabulary, alternation, current


def _report(v: Vocabulary) -> re.Pattern[str]:
    """A status word, or a number and a counter word after it."""
    status = [w for words in v.table("status").values() for w in words]
    return re.compile(rf"(?:{alternation(status)})|\d(?:[\d,.]*)\s*(?:{alternation(v.words('counters'))})")


def reports_achievement(text: str) -> bool:
    """Whether a note's text reports work done (a status word, a counted figure): no note about a table."""
    return current().build(_report).search(text.replace(" ", "")) is not None


def table_note(before: str | None, item: Item) -> str | None:
    """The section ``item`` moves to when it is a note line right after a table moved to the goals (``before``
    the section it went to; None when nothing moved just before it, it went elsewhere, or ``item`` is no note
    line)."""
    if before != "goals" or not isinstance(item, Line) or not is_note(item.marker):
        return None
    return None if reports_achievement(item.text) else before
