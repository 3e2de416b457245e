"""A goal table's column of first targets (당초목표) beside the revised ones (변경목표), taken out.

A goal table revised since it was first drawn may print each goal's first target before the target in force
(``연도 | 세부사업 | 당초목표 | 변경목표 | 실적 | 달성률 | 추진상황``). Both heads hold a target word
(``[goals_columns] target``); the first holds a word of a superseded figure too (``[revisions] words``: 당초,
변경전, 기존, 종전). The record's target is the one in force: the superseded column is no field of the record,
and reading it as the target is a silent wrong figure (the first head naming a target wins in every reader).

- :func:`superseded_columns` (a real table's head cells): the columns whose head names a superseded target
  while another column's head names a target not superseded; a reader leaves them out as it leaves a final
  target column (최종목표).
- :func:`without_original_cells` (a text dump's lines): the head word and, in every row, the first target's
  cell (its figure and the words around it printing the target's shape again, ``149호 공급 | 186호 공급``,
  ``공정률 42% | 공정률 56%``; a worded target printed twice, ``착공 | 착공``) leave the lines, and the rows
  read as a table without the column. A row showing a status whose first target is not found so makes the
  table unread (None), and so does a row printing two figures or more (a table with no status column): no row
  keeps a figure that may be the superseded one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from pledgecard.extract.findings import goals_unrecovered
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_row_split import is_row_with_status
from pledgecard.extract.sections.goal_values import DASH, value_unit
from pledgecard.extract.vocabulary import current, key


def _superseded_word(head: str) -> str | None:
    """The superseded figure's word a head holds (``당초목표`` -> ``당초``), None when it holds none."""
    k = key(head)
    return next((w for w in current().words("revisions", "words") if key(w) and key(w) in k), None)


def superseded_target(head: str) -> bool:
    """A head naming a superseded target: a word of ``[revisions]`` and, the rest of it, a target word."""
    w = _superseded_word(head)
    if w is None:
        return False
    rest = key(head).replace(key(w), "", 1)
    return bool(rest) and header_words_kind(rest) == "target"


def superseded_columns(header: list[str]) -> set[int]:
    """The columns of a real table's head naming a superseded target beside a target in force."""
    old = {j for j, h in enumerate(header) if superseded_target(h)}
    in_force = [
        j for j, h in enumerate(header) if j not in old and h.strip() and header_words_kind(h) == "target"
    ]
    return old if old and in_force else set()


_FIGURE_KINDS = ("target", "actual", "rate")


@dataclass(frozen=True)
class _Head:
    """A dump's goal head: its line, its superseded target words' places, and its figure columns (target, actual,
    rate heads, in order) with the superseded target's, the target in force's and the rate's places among them."""

    at: int
    old: list[int]
    figures: int
    old_fig: int
    new_fig: int
    rate_fig: int | None


def _head_at(lines: list[Line]) -> _Head | None:
    """The goal table's head line (words only: a line printing a figure or starting with a number is a row or
    prose quoting the head words) and its columns; None when no head names a superseded target beside one in
    force."""
    for k, ln in enumerate(lines):
        toks = ln.full_text.split()
        if any(value_unit(t) is not None or t[:1].isdigit() for t in toks):
            continue
        old = [j for j, t in enumerate(toks) if superseded_target(t)]
        if not old or not any(j not in old and header_words_kind(t) == "target" for j, t in enumerate(toks)):
            continue
        figs = [j for j, t in enumerate(toks) if j in old or header_words_kind(t) in _FIGURE_KINDS]
        new = next(j for j in figs if j not in old and header_words_kind(toks[j]) == "target")
        rate = next((j for j in figs if header_words_kind(toks[j]) == "rate"), None)
        return _Head(
            k,
            old,
            len(figs),
            figs.index(old[0]),
            figs.index(new),
            figs.index(rate) if rate is not None else None,
        )
    return None


def _first_target(toks: list[str], head: _Head) -> tuple[int, int] | None:
    """The span of a row's first target: the figure at the head's superseded column among the row's figure cells
    (figures and dashes, as many as the head's figure columns, the rate's a percent), paired with the figure at
    the column in force (same unit), and the words around it that the other figure prints again (its lead words
    before, its tail after); else, a row printing no figure, a worded cell printed twice in a row (the later
    kept). None when neither is found: a blank cell, a unit changed, a dash at either target."""
    at = [j for j, t in enumerate(toks) if value_unit(t) is not None or DASH.match(t)]
    if any(value_unit(toks[j]) is not None for j in at):
        if len(at) < head.figures:
            return None  # a cell left blank: which figure is whose is not shown
        if head.rate_fig is not None and not (
            DASH.match(toks[at[head.rate_fig]]) or value_unit(toks[at[head.rate_fig]]) == "%"
        ):
            return None
        o, n = at[head.old_fig], at[head.new_fig]
        if DASH.match(toks[o]) or DASH.match(toks[n]):
            return None
        if value_unit(toks[o]) != value_unit(toks[n]) or _tail(toks[o]) != _tail(toks[n]):
            return None
        i, i2 = min(o, n), max(o, n)
        if any(j in at for j in range(i + 1, i2)):
            return None
        mid = toks[i + 1 : i2]
        for k in range(len(mid) + 1):
            tail, lead = mid[:k], mid[k:]
            if i - len(lead) < 0 or toks[i - len(lead) : i] != lead:
                continue
            if toks[i2 + 1 : i2 + 1 + len(tail)] != tail:
                continue
            return o - len(lead), o + 1 + len(tail)
        return None
    for n in range(1, 5):  # a worded target printed twice: 착공 착공
        for s in range(len(toks) - 2 * n + 1):
            cell = toks[s : s + n]
            if cell == toks[s + n : s + 2 * n] and not any(t[:1].isdigit() or DASH.match(t) for t in cell):
                return s, s + n
    return None


def _dashes_and_status(words: list[str]) -> bool:
    """A line opening with two dashes and printing no figure (``- - 미착수``): a row's rest whose cells before
    it (year, project, targets) a dump wrapped onto lines above; nothing of a target in it."""
    return len(words) >= 2 and all(DASH.match(w) for w in words[:2]) and not any(value_unit(w) for w in words)


def _tail(tok: str) -> str:
    """What follows a value token's unit inside the token (``186호`` -> ``""``)."""
    unit = value_unit(tok) or ""
    return tok[tok.find(unit) + len(unit) :] if unit in tok else ""


def without_original_cells(lines: list[Line]) -> list[Line] | None:
    """``lines`` without the first targets' column (see the module); the lines as they are when no head names
    one; None when a row's first target is not found."""
    head = _head_at(lines)
    if head is None:
        return lines
    at, old = head.at, head.old
    toks = lines[at].full_text.split()
    out = lines[:at]
    out.append(
        replace(
            lines[at], text=" ".join(t for j, t in enumerate(toks) if j not in old), marker=None, printed=None
        )
    )
    for ln in lines[at + 1 :]:
        words = ln.full_text.split()
        span = _first_target(words, head)
        if span is None and _dashes_and_status(words):
            out.append(ln)  # a row's rest under its wrapped cells: no target in it, the rows' reader judges
            continue
        if span is None:
            if is_row_with_status(ln.full_text) or sum(value_unit(w) is not None for w in words) >= 2:
                return None  # a row (a status, or a target and an actual printed) whose columns are not shown
            out.append(ln)
            continue
        s, e = span
        out.append(replace(ln, text=" ".join(words[:s] + words[e:]), marker=None, printed=None))
    return out


def original_column_finding(lines: list[Line]) -> dict[str, Any]:
    """The finding at ``goals`` that a table's rows do not show their first target's cell apart: no goal read."""
    return goals_unrecovered(
        "goals",
        "the goal table prints a column of first targets beside the revised ones and a row does not show "
        "which figure is whose: no goal read from it",
        source=lines[0].source if lines else None,
        observed={"superseded_column": True},
    )
