"""A text dump's goal table whose project column stands before its year column, turned year first before its rows
are read.

A table may print the project first and its years under it (``세부사업 | 연도 | 목표 | 실적 | 추진상황``, the
project's cell spanning its years). A dump prints the project's words on the project's first row only, before that
row's year cell, so the row reader, which reads a year column's rows from their year cell on (``연도 | 세부사업``),
left the rows unread. Here, where the head line prints a project head right before a year head (every other head
word of a column kind), the year's head and each row's year cell stand first: the year cell is the row's first
token printing a year alone, before any figure, dash or status of the row; a row printing no year cell (a wrapped
piece) stays as it is. The rows' cells are otherwise untouched. A project name may print a year itself (``2030
수소도시 기반 조성 2023 ...``): where a row prints two tokens of a year alone before its figures, which is the year
cell is not shown, so the row, and the project's rows after it (rows opening on their year cell), are refused
(:func:`unsure_finding`) rather than read under a year the name printed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pledgecard.extract.findings import goals_unrecovered
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


_UNSURE = -1


def _year_token(words: list[str]) -> int | None:
    """The index of a row's year cell: its token printing a year alone, before its first figure (a year opening
    the row aside, figure_tokens' own) and its status; None when there is none; ``_UNSURE`` when two tokens there
    print a year alone (a project name printing a year: which is the year cell is not shown), or when the row's year
    stands after a figure of its name (``수소 충전소 2 단계 구축 2024 ...``)."""
    figures = figure_tokens(words)
    spans = status_spans(words)
    end = min([*figures, *(a for a, _ in spans), len(words)])
    years = [j for j in range(end + 1 if end < len(words) else end) if year_cell_of(words[j]) is not None]
    if len(years) > 1:
        return _UNSURE
    if not years and figures and spans and any(year_cell_of(w) is not None for w in words[end : spans[0][0]]):
        return (
            _UNSURE  # a goal row whose year stands after a figure (a name's figure, 2 단계): not shown apart
        )
    return years[0] if years else None


def unsure_finding(lines: list[Line]) -> dict[str, Any]:
    """The finding at ``goals`` that rows of a project-first table do not show their year cell apart."""
    return goals_unrecovered(
        "goals",
        "a row of the goal table (project before year) prints two years before its figures, or its year after a "
        "figure of the project's name: which is the row's year is not shown, so the row and its project's rows "
        "are not read",
        source=lines[0].source if lines else None,
        observed={"project_year_unsure": True},
    )


def year_first(lines: list[Line]) -> list[Line]:
    """``lines`` with the goal table's year head and its rows' year cells first (see the module); the lines as they
    are when the head prints no project head right before its year head."""
    return year_first_refused(lines)[0]


def year_first_refused(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """:func:`year_first`'s lines, and the rows refused (a year the row does not show which: the row and its
    project's following rows, those opening on their year cell or printing none)."""
    head = _head_at(lines)
    if head is None:
        return lines, []
    k, at = head
    toks = lines[k].full_text.split()
    out = [
        *lines[:k],
        replace(lines[k], text=" ".join([toks[at], *toks[:at], *toks[at + 1 :]]), printed=None),
    ]
    refused: list[Line] = []
    run = False  # the rows since an unsure row, none of them a project's first row yet
    for line in lines[k + 1 :]:
        words = line.full_text.split()
        y = _year_token(words)
        run = y == _UNSURE or (run and (y is None or y == 0))
        if run:
            refused.append(line)  # the unsure row, or its project's next row (no project cell of its own)
            continue
        if y is None or y == 0:
            out.append(line)
            continue
        out.append(
            replace(line, text=" ".join([words[y], *words[:y], *words[y + 1 :]]), marker=None, printed=None)
        )
    return out, refused
