"""Channels a table prints down its first column whose label names no known channel (``교원 연수``).

Mutant 3286 (dasan-edu, an education office's card): the channel table ``구 분 | 횟수 | 특이사항`` printed
``계``, the four known channels and ``교원 연수`` a row each, every count a dash; the rows were told apart
from the head rows by their label naming a channel or the total, so ``교원 연수`` was taken for a head row
and dropped (outreach 0.833). Below the first channel row, a row whose label is a word (no figure, no note
mark) and whose other cells hold a count, a dash or nothing is a channel too: an unknown one is "other", as
a channel head elsewhere is.

Such a row is a channel only where the table's printed total proves it (review A: ``누적 참여인원 | 1,250``
under a total of 5 read as an 'other' channel of 1,250): the channels' counts with it add up to the total row's
in a column, and the row adds a count there, or the table is wholly nil (every count a dash or 0, the total's
too: 3286). A table printing no total proves no unknown row a channel: it is left out. A nil row (a dash or 0)
adds nothing to prove: it is a channel where a named row (a channel or the total) follows it in the table and the
total proves the others (txt mutant 4545: ``교원 연수 -`` between 언론보도 and ``계 144회``; the whole table was
unread, outreach 0.0). A row whose label names a measure (vocabulary ``[outreach_rows] measure_words``: ``누적
참여인원 -``, 참석인원, 비고) is never a channel, a dash there no channel of 0 (review d, finding 2).
"""

from __future__ import annotations

import re

from pledgecard.extract.markers import is_note, split_marker
from pledgecard.extract.sections.outreach_words import (
    category_of,
    count_cell,
    is_total_label,
    is_value_line,
    names_measure,
)
from pledgecard.normalize.text import DASHES

_SYLLABLE = re.compile("[\uac00-\ud7a3]")  # a Hangul syllable


def named_row(row: list[str]) -> bool:
    """A row naming a known channel or the total in its first cell."""
    return bool(category_of(row[0]) or is_total_label(row[0]))


def _unnamed_channel(row: list[str]) -> bool:
    label = row[0].strip()
    if not label or any(ch.isdigit() for ch in label) or not _SYLLABLE.search(label):
        return False
    if is_note(split_marker(label)[0]) or is_note(label[0]):  # a note under the table
        return False
    if names_measure(
        label
    ):  # 누적 참여인원, 참석인원, 비고: a measure beside the channels, never one (review d)
        return False
    cells = [c.strip() for c in row[1:]]
    return any(is_value_line(c) or c in DASHES for c in cells if c)


def _column(rows: list[list[str]], k: int) -> list[int] | None:
    """Column ``k``'s counts of ``rows`` (a dash 0), None where a cell holds none."""
    got = [count_cell(r[k].strip())[0] if k < len(r) else None for r in rows]
    return None if None in got else got  # type: ignore[return-value]


def _proven(named: list[list[str]], unnamed: list[list[str]], enclosed: list[bool] | None = None) -> bool:
    """Whether the printed total proves the unnamed rows channels (see the module); ``enclosed`` tells, row by
    row of ``unnamed``, whether a named row follows it in the table (a nil row there is one of its rows)."""
    totals = [r for r in named if is_total_label(r[0])]
    if len(totals) != 1:
        return False
    channels = [r for r in named if r is not totals[0]]
    width = min(len(r) for r in [*named, *unnamed])
    nil = not any(count_cell(r[k].strip())[0] for r in [*named, *unnamed] for k in range(1, width))
    for k in range(1, width):
        total, known, extra = _column(totals, k), _column(channels, k), _column(unnamed, k)
        if total is None or known is None or extra is None or total[0] != sum(known) + sum(extra):
            continue
        if (
            all(extra)
            or nil
            or (enclosed is not None and all(x or inside for x, inside in zip(extra, enclosed, strict=True)))
        ):
            return True
    return False


def channel_rows(grid: list[list[str]]) -> list[list[str]]:
    """The rows of a channel-a-row table that are channels or the total: those naming one, and below the first
    of them those labelled by a word over a count or a dash (an unknown channel) where the total proves them."""
    first = next((i for i, r in enumerate(grid) if named_row(r)), len(grid))
    named = [r for r in grid if named_row(r)]
    at = [i for i, r in enumerate(grid) if not named_row(r) and i > first and _unnamed_channel(r)]
    unnamed = [grid[i] for i in at]
    # a nil row (``교원 연수 -``) adds nothing to the total: it is one of the table's channels only where a named
    # row (a channel or the total) follows it, the total proving the counts of the rows that add one
    enclosed = [any(named_row(r) for r in grid[i + 1 :]) for i in at]
    if unnamed and not _proven(named, unnamed, enclosed):
        unnamed = []
    return [r for r in grid if named_row(r) or any(r is u for u in unnamed)]
