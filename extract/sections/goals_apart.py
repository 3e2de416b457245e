"""A goal matrix a dump printed under another section's heading: pdfminer.six's ``pdf2txt.py`` prints a
column of turned (or one syllable a line) section labels as a stack of headings with nothing between them,
and the text beside them after the stack, under its last heading. The goals section then holds nothing;
a later section holds the goal matrix printed column by column
(:func:`~pledgecard.extract.sections.goal_column_runs.goal_column_run_lines`). That matrix's lines, its
head's parts and its cells, read by their own content (every cell placed where exactly one way of running
them holds), move to the goals section; nothing moves unless the matrix reads whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgecard.extract.layout import Line
from pledgecard.extract.section_items import SectionItems
from pledgecard.extract.sections.goal_column_runs import goal_column_run_lines

if TYPE_CHECKING:
    from collections.abc import Sequence


def goals_printed_apart(sections: Sequence[SectionItems]) -> None:
    """Move a goal matrix printed under a later section's heading to the empty goals section."""
    empty = [s for s in sections if s.name == "goals" and not s.items]
    if len(empty) != 1:
        return
    for sec in list(sections)[list(sections).index(empty[0]) + 1 :]:
        at = [k for k, it in enumerate(sec.items) if isinstance(it, Line) and it.full_text.strip()]
        got = goal_column_run_lines([sec.items[k].full_text.strip() for k in at])  # type: ignore[union-attr]
        if got is None:
            continue
        lo, hi = at[min(got.used)], at[max(got.used)]
        empty[0].items.extend(sec.items[lo : hi + 1])
        del sec.items[lo : hi + 1]
        return
