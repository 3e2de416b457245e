"""A text dump's goal table with a unit column, a baseline column and a difference column, taken out before its rows
are read.

A performance-indicator table may print, beside the year's target and actual, the unit of the row's figures in a
column of its own after the year (``연도 | 단위``), the indicator's baseline before the target (its figure before the
term: a head naming a field of another period or of a year of its own, ``기준치``, ``기준연도 실적``, ``'22년
실적(기준)``: :func:`.goal_whole_column.other_period_head` / :func:`.goal_whole_column.dated_head`) and the actual
less the target after the actual (a head naming no column kind over bare signed figures, ``증감``: ``+3`` / ``-12``).
A dump prints a row's cells one space apart, so the row reader left the table unread (a unit word and a baseline
figure before the target, a signed figure after the actual). Here those columns leave the head and every row first,
each cell found by its place:

- the unit's cell is the token after the row's year cell (the unit head standing right after the year head): a
  dash or the unit of a figure of the row; the baseline's is the figure token right after it (no word between);
- the row's figure tokens before its status are as many as the head's figure columns (baseline, target, actual,
  difference, rate), the difference's a signed figure or a dash;
- a row not shown so: no goal read (the caller's finding), never a baseline read as a target or an actual; so too a
  row printing its year and figures but no status (a later year not begun: its cells not told apart) and a head
  printing a baseline's head after the target (``목표치 기준연도 실적 실적``): the original lines handed on unread;
- the year's head and each row's year cell stand first after (a project's cell printed before its year on the
  project's first row, ``사업명 | 연도``): the rows read as a year column's.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_extra_cells import SIGNED, figure_tokens
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_values import DASH, status_spans, value_unit, year_cell_of
from pledgecard.extract.sections.goal_whole_column import dated_head, other_period_head
from pledgecard.extract.sections.goal_year_columns import unit_head

_FIELDS = ("target", "actual")


@dataclass(frozen=True)
class _Head:
    at: int  # the head line's index
    toks: list[str]
    unit: int  # the unit head's token
    baseline: tuple[int, int] | None  # the baseline head's tokens (a span)
    diff: int | None  # the difference head's token
    n_figures: int  # the figure columns (baseline, target, actual, difference, rate)
    diff_place: int | None  # the difference's place among them


def _baseline_span(toks: list[str], kinds: list[str | None], target: int) -> tuple[int, int] | None:
    """The tokens of a baseline head before the target head: a token naming another period or a year of its own,
    with the next token when that names a field printed again after it (기준연도 실적 … 실적)."""
    for i in range(target):
        if not (other_period_head(toks[i]) or dated_head(toks[i])):
            continue
        nxt = kinds[i + 1] if i + 1 < len(toks) else None
        if kinds[i] in (None, "year") and nxt in _FIELDS and nxt in kinds[i + 2 :]:  # (기준연도: a year word)
            return i, i + 2
        if kinds[i] is None or kinds[i] in _FIELDS:
            return i, i + 1
    return None


_MISPLACED = _Head(-1, [], -1, None, None, 0, None)  # a baseline head where the rule does not look for it


def _head_at(lines: list[Line]) -> _Head | None:
    for k, ln in enumerate(lines):
        toks = ln.full_text.split()
        if len(toks) < 5 or any(value_unit(t) is not None or t[:1].isdigit() for t in toks):
            continue
        kinds = [header_words_kind(t) for t in toks]
        if not {"status", "target", "actual", "year"} <= set(kinds):
            continue
        units = [j for j, t in enumerate(toks) if unit_head(t)]
        if len(units) != 1 or units[0] == 0 or kinds[units[0] - 1] != "year":
            return None  # a unit column elsewhere: another reader's
        s, target = kinds.index("status"), kinds.index("target")
        baseline = _baseline_span(toks, kinds, target)
        taken = set(range(*baseline)) if baseline else set()
        if any(other_period_head(toks[j]) or dated_head(toks[j]) for j in range(target, s) if j not in taken):
            # a baseline's head after the target: not where its cells are told (review mendf8)
            return _MISPLACED
        actual = next((j for j in range(target, s) if kinds[j] == "actual" and j not in taken), None)
        if actual is None:
            return None
        unknown = [j for j in range(actual + 1, s) if kinds[j] is None]
        if len(unknown) > 1:
            return None
        diff = unknown[0] if unknown else None
        figures = sorted(
            [j for j in range(target, s) if kinds[j] in ("target", "actual", "rate") and j not in taken]
            + ([baseline[0]] if baseline else [])
            + ([diff] if diff is not None else [])
        )
        if baseline and figures[0] != baseline[0]:
            return None
        return _Head(
            k,
            toks,
            units[0],
            baseline,
            diff,
            len(figures),
            figures.index(diff) if diff is not None else None,
        )
    return None


def without_baseline_cells(lines: list[Line]) -> list[Line] | None:
    """``lines`` without the goal table's unit, baseline and difference columns (see the module); the lines as they
    are when the head has a unit column after its year and none of the others, or no unit column; None when a row's
    cells are not shown apart."""
    head = _head_at(lines)
    if head is _MISPLACED:
        return None
    if head is None or (head.baseline is None and head.diff is None):
        return lines
    out = lines[: head.at]
    dropped = {head.unit} | (set(range(*head.baseline)) if head.baseline else set())
    dropped |= {head.diff} if head.diff is not None else set()
    kept = [t for j, t in enumerate(head.toks) if j not in dropped]
    year_head = head.unit - 1
    out.append(
        replace(
            lines[head.at],
            text=" ".join([head.toks[year_head], *(t for j, t in enumerate(kept) if j != year_head)]),
            marker=None,
            printed=None,
        )
    )
    rows = 0
    for k in range(head.at + 1, len(lines)):
        words = lines[k].full_text.split()
        spans = status_spans(words)
        year = next((j for j, w in enumerate(words) if year_cell_of(w) is not None), None)
        if not spans or year is None or year + 1 >= spans[0][0]:
            if any(value_unit(w) for w in words[: spans[0][0] if spans else len(words)]) and spans:
                return None  # figures and a status but no year cell: a row not shown apart
            if year is not None and any(value_unit(w) for w in words):
                return None  # a year and figures but no status (a later year not begun): its cells not told apart
            out.append(lines[k])
            continue
        unit = words[year + 1]
        at = [j for j in figure_tokens(words) if year + 1 < j < spans[0][0]]
        units = {value_unit(words[j]) for j in at} - {None}
        if not (DASH.match(unit) or unit in units) or len(at) != head.n_figures:
            return None
        gone = {year + 1}
        if head.baseline is not None:
            if at[0] != year + 2:
                return None  # words before the baseline's figure: where its cell ends is not shown
            gone.add(at[0])
        if head.diff_place is not None:
            d = at[head.diff_place]
            if not (SIGNED.match(words[d]) or DASH.match(words[d])):
                return None
            gone.add(d)
        rest = [w for j, w in enumerate(words) if j not in gone and j != year]
        # the year cell first, as its head now stands (the project's cell printed before it on a project's first row)
        out.append(replace(lines[k], text=" ".join([words[year], *rest]), marker=None, printed=None))
        rows += 1
    return out if rows else None


def printed_rest(
    goals: list[Any], rest: list[Any], printed: list[Line], based: list[Line]
) -> tuple[list[Any], bool]:
    """The section's ``rest`` with the lines :func:`without_baseline_cells` rewrote (``based``, from ``printed``) as
    printed again, and whether the table went unread: where the rows read no goal, every line of the table is handed
    on as printed (the rewritten lines left out; True: the caller's finding); where goals were read, a rewritten line
    left over is its printed line (session 44, leftovers5: the unit, baseline and difference cells were missing from
    the text handed on, the table's head line gone with no finding)."""
    by_source = {id(p.source): p for p in printed}
    rewritten = {(id(b.source), b.full_text) for b in based if all(b is not p for p in printed)}
    if not goals:
        table = {id(p.source) for p in printed}
        kept = [it for it in rest if not (isinstance(it, Line) and id(it.source) in table)]
        return [*kept, *printed], True
    return [
        by_source[id(it.source)]
        if isinstance(it, Line) and (id(it.source), it.full_text) in rewritten
        else it
        for it in rest
    ], False
