"""A text dump's goal table whose target or actual head spans the year's periods printed on a head line of their own.

A table may print a field's head over the year's periods and (or not) their total (``실적`` over ``1/4 | 2/4 | 3/4 |
4/4 | 계``; ``상반기 | 하반기``). A dump prints the spanning head on the head line and the sub-heads on the next one,
and every row's period cells among its figure cells, so the row reader took the period figures into the target's
text (``5.5km 1.2 1.0 1.2 0.1``) or read no row. Here the period cells leave the rows first:

- the sub-head line is the periods in order from the first (quarters ``1/4`` .. or ``1분기`` .., or the halves),
  maybe closed by a total word (``[goals_quarter_table] total``);
- the span is the one target or actual head at whose place every row prints the periods as bare figures (or
  dashes): its figure cells are as many as the head's figure columns with the periods (and total) in the span's
  place (a head word of no kind, a year mark, or rows of other widths: the lines left as they are, to the other
  readers); no place or more than one fitting, or a figure row without a status: no goal read (the caller's
  finding);
- with a total the total's cell is the field's where the periods sum to it (or are all blank under a sum's word:
  :func:`.goal_period_totals.total_proven`, as a table's; else no goal read); without one the field is printed nowhere: a dash stands in the row for its cell (nothing printed: an
  actual null, never a period's figure).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_extra_cells import figure_tokens
from pledgecard.extract.sections.goal_half_heads import half_head
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_period_totals import total_proven
from pledgecard.extract.sections.goal_quarters import period_quarter, total_head
from pledgecard.extract.sections.goal_values import DASH, status_spans, year_cell_of

_BARE = re.compile(r"^\d[\d,]*(?:\.\d+)?$")  # a period's cell: a bare figure
_FIGURE_KINDS = ("target", "actual", "rate")


def _period(tok: str) -> tuple[str, int] | None:
    """(``q`` or ``h``, its number) of a sub-head naming a quarter or a half as its whole text, else None."""
    if (q := period_quarter(tok)) is not None:
        return "q", q
    if (h := half_head(tok)) is not None:
        return "h", h
    return None


def sub_head(text: str) -> tuple[int, str | None] | None:
    """(how many periods, the closing total's word or None) of a line printing the year's periods in order from the
    first, maybe closed by a total word; None for any other line."""
    toks = text.split()
    total = toks[-1] if toks and total_head(toks[-1]) else None
    periods = [_period(t) for t in (toks[:-1] if total else toks)]
    if len(periods) < 2 or any(p is None for p in periods):
        return None
    kinds = {p[0] for p in periods if p}
    if len(kinds) != 1 or [p[1] for p in periods if p] != list(range(1, len(periods) + 1)):
        return None
    return len(periods), total


def _row_cells(words: list[str], dated: bool = False) -> list[int] | None:
    """The row's figure tokens before its status (None: no status, the line no goal row); ``dated``: the head names a
    year column, so the row's first figure token printing a year alone is its year cell, no figure (the year after
    the project, ``실증단지 조성 2023 286호 ...``: figure_tokens sets aside a year opening the row only)."""
    spans = status_spans(words)
    if not spans:
        return None
    at = figure_tokens(words)
    if dated and at and year_cell_of(words[at[0]]) is not None and _BARE.match(words[at[0]]):
        at = at[1:]
    first = next((a for a, _ in spans if a > (at[0] if at else -1)), spans[0][0])
    return [j for j in at if j < first]


def without_period_cells(lines: list[Line]) -> list[Line] | None:
    """``lines`` without the goal table's period sub-head line and its rows' period cells (see the module); the
    lines as they are when there is no such head; None when the rows do not show the periods' place."""
    for k in range(len(lines) - 1):
        toks = lines[k].full_text.split()
        kinds = [header_words_kind(t) for t in toks]
        if (sub := sub_head(lines[k + 1].full_text)) is not None and ("target" in kinds or "actual" in kinds):
            break
    else:
        return lines
    n, total = sub
    if any(kd is None for kd in kinds):
        return lines  # a head word of no column kind (a year mark <2023>) may be what spans the periods: not ours
    figures = [j for j, kd in enumerate(kinds) if kd in _FIGURE_KINDS]
    spans = [p for p, j in enumerate(figures) if kinds[j] in ("target", "actual")]
    width = len(figures) - 1 + n + (1 if total else 0)
    rows: dict[int, tuple[list[str], list[int]]] = {}
    for r in range(k + 2, len(lines)):
        words = lines[r].full_text.split()
        at = _row_cells(words, "year" in kinds)
        if at is None:
            if sum(1 for w in words if _BARE.match(w)) >= 2:
                return None  # figures without a status: a row whose cells are not shown
            continue
        if len(at) != width:
            return lines  # the rows print another number of figure cells: the span is none of the fields
        rows[r] = (words, at)
    if not rows:
        return None
    fits = [
        p
        for p in spans
        if all(all(_BARE.match(w[a]) or DASH.match(w[a]) for a in at[p : p + n]) for w, at in rows.values())
        and not all(all(DASH.match(w[a]) for a in at[p : p + n]) for w, at in rows.values())
    ]
    if len(fits) != 1:
        return None
    p = fits[0]
    if total and not all(
        total_proven([w[a] for a in at[p : p + n]], w[at[p + n]], total) for w, at in rows.values()
    ):
        return None  # a total the periods do not sum to: which figure is the year's is not shown
    out = [*lines[:k], replace(lines[k], text=" ".join(toks), marker=None, printed=None)]
    for r in range(k + 2, len(lines)):
        if r not in rows:
            out.append(lines[r])
            continue
        words, at = rows[r]
        # the periods' cells out; with no total the field's cell printed nowhere: a dash in its place (no figure)
        cells = [w for j, w in enumerate(words) if j not in at[p : p + n]]
        if not total:
            cells.insert(at[p], "-")  # (every token before the first period's stays in place)
        out.append(replace(lines[r], text=" ".join(cells), marker=None, printed=None))
    return out
