"""A note printed right under a table that is read by another section goes with the table.

Mutant 3268 (haram-district): the goal table printed amid the achievements under a bracketed title no
vocabulary names (``( 성과목표 달성 현황 )``), its footnote under it (``※ 달성률(%) = 실적 ÷ 목표 × 100``): the
table was read by the goals (its content says so) and the note stayed behind, read as a note item of the
last achievement. A note line (``※``, ``*``, ``주1)``) right after such a goal table, before any other line,
annotates the table: it moves where the table moves. (Only a goal table's: a note under a funding or channel
table may state a unit or a count its section's line readers would take for the table's.)
"""

from __future__ import annotations

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import is_note


def table_note(before: str | None, item: Item) -> str | None:
    """The section ``item`` moves to when it is a note line right after a table moved to the goals (``before``
    the section it went to; None when nothing moved just before it, it went elsewhere, or ``item`` is no note
    line)."""
    return before if before == "goals" and isinstance(item, Line) and is_note(item.marker) else None
