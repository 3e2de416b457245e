"""A text dump's goal table whose project column stands before its year column, turned year first before its rows
are read.

A table may print the project first and its years under it (``세부사업 | 연도 | 목표 | 실적 | 추진상황``, the
project's cell spanning its years). A dump prints the project's words on the project's first row only, before that
row's year cell, so the row reader, which reads a year column's rows from their year cell on (``연도 | 세부사업``),
left the rows unread. Here, where the head line prints a project head right before a year head (every other head
word of a column kind), the year's head and each row's year cell stand first: the year cell is the row's first
token printing a year alone, before any figure, dash or status of the row; a row printing no year cell (a wrapped
piece) stays as it is. The rows' cells are otherwise untouched.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_extra_cells import figure_tokens
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_values import status_spans, year_cell_of


def _head_at(lines: list[Line]) -> tuple[int, int] | None:
    """(the head line's index, its year head's token index) of the first line whose words all name column kinds, a
    project's right before the year's and a target or an actual among them; None when no line does."""
    for k, line in enumerate(lines):
        toks = line.full_text.split()
        kinds = [header_words_kind(t) for t in toks]
        if None in kinds or not {"target", "actual"} & set(kinds):
            continue
        at = next((j for j in range(1, len(kinds)) if kinds[j] == "year" and kinds[j - 1] == "project"), None)
        return (k, at) if at is not None and kinds.count("year") == 1 else None
    return None


def _year_token(words: list[str]) -> int | None:
    """The index of a row's year cell: its first token printing a year alone, before its first figure (a year opening
    the row aside, figure_tokens' own) and its status; None when there is none."""
    figures = figure_tokens(words)
    spans = status_spans(words)
    end = min([*figures, *(a for a, _ in spans), len(words)])
    return next(
        (j for j in range(end + 1 if end < len(words) else end) if year_cell_of(words[j]) is not None), None
    )


def year_first(lines: list[Line]) -> list[Line]:
    """``lines`` with the goal table's year head and its rows' year cells first (see the module); the lines as they
    are when the head prints no project head right before its year head."""
    head = _head_at(lines)
    if head is None:
        return lines
    k, at = head
    toks = lines[k].full_text.split()
    out = [
        *lines[:k],
        replace(lines[k], text=" ".join([toks[at], *toks[:at], *toks[at + 1 :]]), printed=None),
    ]
    for line in lines[k + 1 :]:
        words = line.full_text.split()
        y = _year_token(words)
        if y is None or y == 0:
            out.append(line)
            continue
        out.append(
            replace(line, text=" ".join([words[y], *words[:y], *words[y + 1 :]]), marker=None, printed=None)
        )
    return out
