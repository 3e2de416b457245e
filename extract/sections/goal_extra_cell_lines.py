"""A goal table printed a cell a line (hwpx-text-extract, pdftotext -raw) with columns of no field, taken out.

The cell-a-line form of :mod:`.goal_extra_cells`: the head one word a line, each row's cells a line each, a merged
cell printed on its first row only. The columns of no field are a running total beside the field it totals
(``실적 | 누계실적``), a difference of signed figures (a head naming no column kind among the figure columns) and a
word column right after the status (a head naming no column kind after it). A row's figure cells are the lines
right before its status cell, as many as the head's figure columns (a row whose lines there are not all figure
cells is not shown apart: None, no goal read); the running total's is dropped where it has its partner's unit (or
both are dashes), the difference's where it is a signed figure or a dash, and the line right after the status
where the head has a word column there (a row's first line after it, a year, a group or a status, is no such cell:
None). A whole-term target beside the year's is not told here (the rows' projects are printed once): the lines are
left as they are, and the readers leave the table unread.
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_extra_cells import SIGNED
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_values import (
    DASH,
    figure_cell,
    is_status_cell,
    value_unit,
    year_cell_of,
)
from pledgecard.extract.sections.goal_whole_column import other_known_head, running_total

_FIELDS = ("target", "actual", "rate")


def _head(lines: list[str]) -> tuple[int, int] | None:
    """The head's first line and its end (a run of four or more one-word lines naming column kinds, a status and
    a target among them, words of no kind only after the first figure column and never closing the run)."""
    for h in range(len(lines)):
        end = h
        while end < len(lines) and len(lines[end].split()) == 1 and not _cell_value(lines[end]):
            end += 1
        while end > h and header_words_kind(lines[end - 1].strip()) is None:
            end -= (
                1  # a word of no kind closing the run: a row's first cell as likely (a project in one word)
            )
        kinds = [header_words_kind(t) for t in lines[h:end]]
        if end - h >= 4 and "status" in kinds and "target" in kinds and "actual" in kinds:
            s = kinds.index("status")
            if all(_between_fields(kinds[:s], j) for j in range(s) if kinds[j] is None):
                return h, end
    return None


def _between_fields(kinds: list[str | None], j: int) -> bool:
    """A head of no kind at ``j`` standing between two figure heads (target, actual, rate): a difference's column,
    not a piece of a head cut over lines (``(완료/추진중/미착`` after the target)."""
    return any(k in _FIELDS for k in kinds[:j]) and any(k in _FIELDS for k in kinds[j + 1 :])


def _cell_value(text: str) -> bool:
    t = text.strip()
    return bool(value_unit(t) or DASH.match(t) or SIGNED.match(t) or year_cell_of(t) is not None)


def _figure(text: str) -> bool:
    t = text.strip()
    return bool(DASH.match(t) or SIGNED.match(t) or figure_cell(t) or value_unit(t))


def extra_cell_lines(lines: list[str]) -> set[int] | None:
    """The indexes of the lines of the columns of no field (see the module): none when the head has none; None when
    a row's cells are not shown apart."""
    found = _head(lines)
    if found is None:
        return set()
    h, end = found
    heads = [t.strip() for t in lines[h:end]]
    if any(other_known_head(t) for t in heads):
        return set()  # a column another reader knows (비고, 최종목표, 당초목표, ...): left to it
    kinds = [header_words_kind(t) for t in heads]
    s = kinds.index("status")
    figures = [j for j in range(s) if kinds[j] in _FIELDS or kinds[j] is None]
    if not any(kinds[j] == "target" for j in figures):
        return (
            set()
        )  # no target head before the status: no goal head's (a project's words, 상황 관리 목표 실적 개선)
    paired: dict[int, int] = {}
    for kind in ("target", "actual"):
        named = [j for j in figures if kinds[j] == kind]
        totals = [j for j in named if running_total(heads[j])]
        plain = [j for j in named if j not in totals]
        if len([j for j in figures if kinds[j] == "target" and not running_total(heads[j])]) > 1:
            return set()  # a whole-term target beside the year's: not told here
        if totals and len(plain) == 1:
            paired.update({figures.index(j): figures.index(plain[0]) for j in totals})
    diffs = [figures.index(j) for j in figures if kinds[j] is None]
    word_after = s + 1 < len(kinds) and kinds[s + 1] is None
    if not (paired or diffs or word_after):
        return set()
    gone: set[int] = {h + figures[p] for p in paired} | {h + figures[d] for d in diffs}
    if word_after:
        gone.add(h + s + 1)
    n = len(figures)
    for i in range(end, len(lines)):
        if not is_status_cell(lines[i]):
            continue
        cells = list(range(i - n, i))
        if cells[0] < end or not all(_figure(lines[c]) for c in cells):
            return None
        for old, new in paired.items():
            o, w = lines[cells[old]].strip(), lines[cells[new]].strip()
            if not (DASH.match(o) and DASH.match(w)) and (DASH.match(o) or value_unit(o) != value_unit(w)):
                return None
            gone.add(cells[old])
        for d in diffs:
            if not (SIGNED.match(lines[cells[d]].strip()) or DASH.match(lines[cells[d]].strip())):
                return None
            gone.add(cells[d])
        if word_after:
            if (
                i + 1 >= len(lines)
                or year_cell_of(lines[i + 1].strip()) is not None
                or is_status_cell(lines[i + 1])
            ):
                return None
            gone.add(i + 1)
    return gone
