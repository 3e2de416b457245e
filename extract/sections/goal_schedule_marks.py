"""A schedule (Gantt) table under its periods, told from a goal table by its cells: marks, not figures.

The class fixed: a 추진일정 table (``추진내용 | 구 분 | '25 상반기 .. '26 하반기``, 계획 / 실적 rows of ``●`` under
each task: review a, session 36, c3/gantt.hwpx) read as a years-across goal table once its period heads were read as
years over their periods, each task a goal nobody printed. A cell of marks is told by its characters' Unicode
class (no letter, no figure: ``●``, ``○``, ``■``, ``▲``, ``✓``, ``√``; one rule with schedule_tables'), never by a
list of marks; a dash (punctuation alone) is a cell printed empty, not a mark.
"""

from __future__ import annotations

import unicodedata

from pledgecard.extract.sections.schedule_tables import is_mark as schedule_mark


def is_mark(text: str) -> bool:
    """Whether a cell prints a mark and nothing else: a schedule's mark (:func:`schedule_tables.is_mark`: glyphs none
    of which is a letter or a figure, ``●`` and ``√`` alike) that is not punctuation alone (a dash: printed empty)."""
    chars = [ch for ch in text if not ch.isspace()]
    return schedule_mark(text) and not all(unicodedata.category(ch).startswith("P") for ch in chars)


def marks_a_schedule(rows: list[list[str]], columns: list[int]) -> bool:
    """Whether any of ``rows`` (a table's target rows: a schedule's 계획) prints a mark under one of ``columns`` (its
    period or year columns): a table of marks, a schedule, whose cells say when, not how much; no goal table. A
    status row's marks (``●`` for done) say nothing of it: the caller passes the target rows only."""
    return any(j < len(r) and is_mark(r[j]) for r in rows for j in columns)
