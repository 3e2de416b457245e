"""A text dump's goal table with columns of no field of the record, taken out before its rows are read.

A goal table may print, beside the year's target and actual, columns the schema holds no field for: the project's
whole-term target (``총괄목표 | 연차목표``), a running total of a field (``실적 | 누계실적``), a difference of figures
(``전년대비``, ``증감``: a head naming no column kind, over bare signed figures ``+12`` / ``△3``; so too a progress
percent after the actual, right before the status, ``공정률(%)`` over bare ``45``: no actual), and word columns
after the status (``부진사유``: a head naming no column kind). A dump prints a row's cells one space apart, so the
row reader, which needs every head word to name a kind and no kind twice, leaves such a table unread. Here the
extra columns leave the head and every row first, each cell found by its place among the row's figure cells:

- figure columns: the row's figure tokens (a value with its unit, a dash, a bare signed figure) are as many as the
  head's figure columns, or fewer in one run right before the status word (the first columns' cells printed in
  words before them: :func:`_worded_first`, every column to leave among the run's, a dash where its partner is
  worded; only where the words before the run are a project another row of the table prints, with words of its
  own after it: a blank cell, a figure column printing nothing, tells no worded cell), or the row is not shown
  apart (a status row so: no goal read, :func:`unread_finding`);
  a running total's and a whole-term target's cell goes with the words around it that its partner's cell prints
  again (``공정률 47% | 공정률 47%``), a difference's is its token alone;
- the whole-term target (two heads naming a target plainly) is the column whose cells are one figure a project
  (the words before a row's first figure cell naming the project) while the other's differ; not told so (nor
  where the steady one's head names the year's own target, 연차목표): no goal;
- word columns after the status: the row's words after its status word leave with them, and a detail column after
  such a column too (where one cell ends and the next begins is not printed): its detail null.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from pledgecard.extract.findings import goals_unrecovered
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_head_words import column_words, header_words_kind
from pledgecard.extract.sections.goal_values import DASH, figure_cell, status_spans, value_unit
from pledgecard.extract.sections.goal_whole_column import (
    figure_and_unit,
    other_known_head,
    other_period_head,
    rate_or_date_head,
    running_total,
    year_target_head,
)
from pledgecard.extract.vocabulary import current, key

_FIELDS = ("target", "actual", "rate")
SIGNED = re.compile(r"^[+△▲▽-]?\d[\d,]*(?:\.\d+)?$")  # a difference's cell: +12, △3, 0, 1.5


@dataclass(frozen=True)
class _Head:
    """The head line's index, its tokens' kinds, the figure columns (head token indexes, in order), the figure
    columns to drop with their partners (figure-column places), the difference columns (figure-column places),
    and the head tokens to drop after the status (word columns, a detail after them)."""

    at: int
    figures: list[int]
    paired: dict[int, int]  # a dropped figure column's place -> its partner's place (same kind, kept)
    whole: tuple[int, int] | None  # two plain target columns' places (which is whole-term: told by the rows)
    diffs: list[int]
    words_after: bool  # word columns after the status: the row's words after its status word leave
    dropped_heads: set[int]


def _kind(tok: str) -> str | None:
    return header_words_kind(tok)


def _whole_head(tok: str) -> bool:
    """Whether ``tok`` is a head word of a kind whole (``추진상황``), not one holding such a word
    (``공정률(%)추진상황``): two head tokens making one are a spaced head's pieces (추진 상황)."""
    return key(tok) in current().build(column_words)


def _head_at(lines: list[Line]) -> _Head | None:
    """The goal head line with columns of no field (None when there is none)."""
    for k, ln in enumerate(lines):
        toks = ln.full_text.split()
        if len(toks) < 4 or any(value_unit(t) is not None or t[:1].isdigit() for t in toks):
            continue
        kinds = [_kind(t) for t in toks]
        if "status" not in kinds or "target" not in kinds:
            continue
        if any(other_known_head(t) for t in toks) or any(
            other_known_head("".join(toks[j:m]))
            for j in range(len(toks))
            for m in range(j + 2, len(toks) + 1)
        ):
            return None  # a column another reader knows (비고, 최종목표, 당초목표, ...): left to it
        s = kinds.index("status")
        unknown_before = [j for j in range(s) if kinds[j] is None]
        if (
            "actual" not in kinds
            or not all(
                any(kd in _FIELDS for kd in kinds[:j])
                and (
                    any(kd in _FIELDS for kd in kinds[j + 1 : s])
                    or (
                        all(kinds[m] is None for m in range(j, s))
                        and not any(_whole_head(toks[m] + toks[m + 1]) for m in range(j, s))
                    )  # (공정률(%) after the actual, right before the status; not a spaced head's piece, 추진 상황)
                )
                for j in unknown_before
            )
        ):
            continue  # a word of no kind outside the figure heads (a project head of a template's own, a head's
            # piece): not ours to cut
        if any(kinds[j] == "target" and rate_or_date_head(toks[j]) for j in range(len(toks))):
            continue  # a target-worded rate or date head (목표대비(%)): the row reader's to judge, as printed
        if any(kinds[j] in _FIELDS and other_period_head(toks[j]) for j in range(s)):
            continue  # a figure of another period (전년실적, 당분기실적): which is the year's is not ours to tell
        actuals = [j for j in range(s) if kinds[j] == "actual"]
        if "year" in kinds and actuals and all(running_total(toks[j]) for j in actuals):
            continue  # years' rows whose only actual is a running total: no year's actual, not ours to cut
        figures = [j for j in range(s) if kinds[j] in _FIELDS or j in unknown_before]
        if not any(kinds[j] == "target" for j in figures):
            continue  # no target head before the status: a line of words naming kinds (a project, 상황 관리 목표
            # 실적 개선, its 상황 first), no goal head
        paired: dict[int, int] = {}
        for kind in ("target", "actual"):
            named = [j for j in figures if kinds[j] == kind]
            totals = [j for j in named if running_total(toks[j])]
            plain = [j for j in named if j not in totals]
            if totals and len(plain) == 1:
                for j in totals:
                    paired[figures.index(j)] = figures.index(plain[0])
        plain_targets = [
            j
            for j in figures
            if kinds[j] == "target" and not running_total(toks[j]) and not rate_or_date_head(toks[j])
        ]
        whole = None
        if len(plain_targets) == 2:
            whole = (figures.index(plain_targets[0]), figures.index(plain_targets[1]))
        elif len(plain_targets) > 2:
            continue
        after = [j for j in range(s + 1, len(toks)) if kinds[j] is None]
        if not (paired or whole or unknown_before or after):
            continue
        dropped = {figures[p] for p in paired} | set(unknown_before)
        if after:
            dropped |= set(range(after[0], len(toks)))  # the word columns and any detail after them
        return _Head(
            k, figures, paired, whole, [figures.index(j) for j in unknown_before], bool(after), dropped
        )
    return None


def figure_tokens(words: list[str]) -> list[int]:
    """The indexes of a row's figure tokens (a value with its unit, a dash, a bare signed figure), its opening
    year cell aside."""
    return [
        j
        for j, t in enumerate(words)
        if (value_unit(t) is not None or DASH.match(t) or SIGNED.match(t))
        and not (j == 0 and re.fullmatch(r"(19|20)\d\d", t))
    ]


def _span(
    words: list[str], at: list[int | None], old: int, new: int, whole: bool = False
) -> tuple[int, int] | None:
    """The span of the cell at figure place ``old`` with the words around it its partner's cell (place ``new``)
    prints again (a dash alone); None when the two are not of one shape (a unit changed, the partner a dash), but
    for a ``whole``-term target, told by its rows already: its figure with the measure words before it. A place
    printing words (None, :func:`_worded_first`): the cell not told, but a dash of its own beside a worded partner."""
    o, n = at[old], at[new]
    if o is None:
        return None
    if DASH.match(words[o]):
        return o, o + 1  # a dash: nothing printed, the token alone
    if n is None:
        return None  # a figure beside a worded partner: its words around it not told
    if DASH.match(words[n]) or value_unit(words[o]) != value_unit(words[n]):
        if not whole:
            return None
        # a whole-term target of another shape than the year's: its cell the figure and the words before it
        # naming what it measures (공정률 60%)
        lead = next((j for j in (2, 1) if j <= o and figure_cell(" ".join(words[o - j : o + 1]))), 0)
        return o - lead, o + 1
    i, i2 = min(o, n), max(o, n)
    if all(j in at for j in range(i + 1, i2)):
        return (
            o,
            o + 1,
        )  # only other columns' figure cells between the two (전년대비's +3): each cell one token
    mid = words[i + 1 : i2]
    for k in range(len(mid) + 1):
        tail, lead = mid[:k], mid[k:]
        if i - len(lead) < 0 or words[i - len(lead) : i] != lead:
            continue
        if words[i2 + 1 : i2 + 1 + len(tail)] != tail:
            continue
        return o - len(lead), o + 1 + len(tail)
    return None


def _whole_place(rows: list[tuple[list[str], list[int]]], a: int, b: int) -> int | None:
    """Of two plain target places, the whole-term one: its cells one text a project (the words before the row's
    first figure), the other's differing within some project; None when the rows do not tell."""
    by: dict[str, list[tuple[str, str]]] = {}
    last = ""
    for words, at in rows:
        start = 1 if re.fullmatch(r"(19|20)\d\d", words[0]) else 0  # a year column's cell: no project's
        last = " ".join(words[start : at[0]]) or last  # a project printed on its first row only: carried
        by.setdefault(last, []).append((words[at[a]], words[at[b]]))
    steady_a = all(len({x for x, _ in v}) == 1 for v in by.values())
    steady_b = all(len({y for _, y in v}) == 1 for v in by.values())
    several = any(len(v) >= 2 for v in by.values())
    if not several or steady_a == steady_b:
        return None
    whole, year = (a, b) if steady_a else (b, a)
    # the whole term's figures no smaller than the year's of their unit, and in the unit of the year's in some row
    # (a whole-term target of another measure than a year's, 공정률 60% over 204호 공급, stays one)
    matched, figures = False, False
    for words, at in rows:
        if DASH.match(words[at[whole]]):
            continue
        w, y = figure_and_unit(words[at[whole]]), figure_and_unit(words[at[year]])
        if w is None:
            return None
        figures = True
        if y is not None and y[1] == w[1]:
            matched = True
            if y[0] > w[0]:
                return None
    if figures and not matched:
        return None
    return whole


def _worded_first(at: list[int], spans: list[tuple[int, int]], n: int) -> list[int | None] | None:
    """The token index of each of the head's ``n`` figure places in a row printing fewer figure tokens (``at``) than
    figure places: the tokens one run, no word between them nor between the last and the status word, are the last
    places (the first ones cells of words: a milestone target, ``실시설계 완료``, its actual ``행정절차 이행``,
    printed before, where no figure token stands between them); None when the row shows no such thing."""
    if not at or not spans or len(at) >= n or at != list(range(at[0], at[0] + len(at))):
        return None
    if not any(a == at[-1] + 1 for a, _ in spans):
        return None  # words between the last figure and the status: which cell is worded not told
    return [None] * (n - len(at)) + list(at)


def _lead(words: list[str], at: list[int | None]) -> list[str]:
    """A row's words before its first figure token, its opening year cell aside: the project's, with any worded
    figure cells after them."""
    first = next((j for j in at if j is not None), len(words))
    start = 1 if words and re.fullmatch(r"(19|20)\d\d", words[0]) else 0
    return words[start:first]


def without_extra_cells(lines: list[Line]) -> list[Line] | None:
    """``lines`` without the goal table's columns of no field (see the module); the lines as they are when the head
    has none; None when a row's cells are not shown apart.

    A head of no kind printed in two words (``전년대비 증감``) reads as two columns; where no row shows them so but
    every row prints one cell fewer, a signed figure or a dash, in their place, the words are one column's head."""
    head = _head_at(lines)
    if head is None:
        return lines
    out = _without(lines, head)
    if out is None and (joined := _joined_head(lines, head)) is not None:
        return _without(joined, _head_at(joined), exact=True)  # type: ignore[arg-type]
    return out


def _joined_head(lines: list[Line], head: _Head) -> list[Line] | None:
    """``lines`` with the head's adjacent words of no kind among the figure columns (a difference's head printed
    in two words, ``전년대비 증감``) joined into one head word; None when the head has no such words."""
    runs = [d for d in head.diffs if d + 1 in head.diffs and head.figures[d] + 1 == head.figures[d + 1]]
    if not runs:
        return None
    toks = lines[head.at].full_text.split()
    glue = {head.figures[d] for d in runs}  # the head token joined to the one after it
    words: list[str] = []
    for j, t in enumerate(toks):
        if j - 1 in glue and words:
            words[-1] += t
        else:
            words.append(t)
    joined = replace(lines[head.at], text=" ".join(words), marker=None, printed=None)
    return [*lines[: head.at], joined, *lines[head.at + 1 :]]


def _without(lines: list[Line], head: _Head | None, exact: bool = False) -> list[Line] | None:
    """:func:`without_extra_cells` under ``head`` (``exact``: every row prints as many figure cells as the head
    has figure columns, none read with worded cells first)."""
    if head is None:
        return None
    rows: dict[int, tuple[list[str], list[int | None]]] = {}
    short: list[int] = []  # rows read by _worded_first
    for k in range(head.at + 1, len(lines)):
        words = lines[k].full_text.split()
        spans = status_spans(words)
        at = figure_tokens(words)
        if spans:  # the figure cells stand before the status (a dash after it is a word column's)
            first = next((a for a, _ in spans if a > (at[0] if at else -1)), spans[0][0])
            at = [j for j in at if j < first]
        if not spans:
            if len(at) >= 2 and any(value_unit(words[j]) for j in at):
                return None  # figures without a status: a row whose columns are not shown
            continue  # a group's year line, a wrapped piece: the rows' reader judges
        if len(at) != len(head.figures):
            places = None if exact else _worded_first(at, spans, len(head.figures))
            if places is None or head.whole is not None:
                return None
            short.append(k)
            at = places
        rows[k] = (words, at)
    projects = {tuple(_lead(w, a)) for k, (w, a) in rows.items() if k not in short} - {()}
    for k in short:
        words, at = rows[k]
        lead = _lead(words, at)
        # no word cell the project's own words (another row's) leave: a blank cell may be what the missing
        # figure is (a blank actual beside a printed target), not told
        if not any(len(lead) > len(p) and tuple(lead[: len(p)]) == p for p in projects):
            return None
    paired = dict(head.paired)
    if head.whole is not None:
        place = _whole_place(list(rows.values()), *head.whole)
        if place is None or year_target_head(lines[head.at].full_text.split()[head.figures[place]]):
            return None  # untold, or the steady column headed as the year's own target (연차목표): untold too
        paired[place] = head.whole[1] if place == head.whole[0] else head.whole[0]
    toks = lines[head.at].full_text.split()
    dropped = head.dropped_heads | {head.figures[p] for p in paired}
    out = lines[: head.at]
    out.append(
        replace(
            lines[head.at],
            text=" ".join(t for j, t in enumerate(toks) if j not in dropped),
            marker=None,
            printed=None,
        )
    )
    for k in range(head.at + 1, len(lines)):
        if k not in rows:
            out.append(lines[k])
            continue
        words, at = rows[k]
        gone: set[int] = set()
        for old, new in paired.items():
            span = _span(words, at, old, new, whole=head.whole is not None and old not in head.paired)
            if span is None:
                return None
            gone |= set(range(*span))
        for d in head.diffs:
            if (j := at[d]) is None or not (SIGNED.match(words[j]) or DASH.match(words[j])):
                return None
            gone.add(j)
        if head.words_after:
            placed = [j for j in at if j is not None]
            spans = status_spans(words, max(placed) + 1) if placed else []
            if not spans:
                return None
            gone |= set(range(spans[0][1], len(words)))
        out.append(
            replace(
                lines[k],
                text=" ".join(w for j, w in enumerate(words) if j not in gone),
                marker=None,
                printed=None,
            )
        )
    return out


def unread_finding(lines: list[Line]) -> dict[str, Any]:
    """The finding at ``goals`` that a table's rows do not show the cells of its columns of no field apart."""
    return goals_unrecovered(
        "goals",
        "the goal table prints columns of no field of the record (a whole-term target, a running total, a "
        "difference, word notes) and a row does not show which cell is whose: no goal read from it",
        source=lines[0].source if lines else None,
        observed={"extra_columns": True},
    )
