"""A goal row's target, actual and rate cells run together into its target text (``청년농업 지 원사업
3.1km 2.9km 94%``): a layout dump that left the goal table unread (a wrapped head cell) hands the row to
the free-text goal reader as one line from its year to its status, and everything before the status was
taken for the target.

Where the head names an actual column and a rate column (vocabulary ``[goals_columns]`` actual and
rate), the row's text before the status ends with a rate (``94%``) and, before it, two figure cells
(a figure with its unit, after words of their own: ``공정률 70% 공정률 38%``), and the rate agrees with
the actual over the target (within two points), the two figure cells are the target and the actual.
The target keeps the words before its figure only where the actual prints the same words before its
own (the cells' one shape); other words before it (a wrapped project cell's pieces) are no target.
Anything else is left as it was."""

from __future__ import annotations

import re

from pledgecard.extract.sections.goal_head_words import header_kinds
from pledgecard.extract.sections.goal_values import RATE, value_token
from pledgecard.extract.sections.goal_whole_column import other_period_head, running_total
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.counts import parse_number


def _names(head: str, kind: str) -> bool:
    h = key(head)
    return any(key(w) in h for w in current().words("goals_columns", kind))


def run_cells(target: str, head: str) -> tuple[str, str] | None:
    """(target, actual) parted from a target text holding the target, actual and rate cells, or None."""
    if not (_names(head, "actual") and _names(head, "rate")):
        return None
    toks = target.split()
    if len(toks) < 3 or not (rate := RATE.match(toks[-1])):
        return None
    value = current().build(value_token)
    figs = [i for i, t in enumerate(toks[:-1]) if value.fullmatch(t)]
    if len(figs) < 2 or figs[-1] != len(toks) - 2:
        return None
    ti, ai = figs[-2], figs[-1]
    tm, am = value.fullmatch(toks[ti]), value.fullmatch(toks[ai])
    assert tm is not None and am is not None
    if tm.group(2) != am.group(2):
        return None
    tv, av = parse_number(tm.group(1)), parse_number(am.group(1))
    if not tv or av is None or abs(100 * av / tv - float(rate.group(1))) > 2:
        return None
    words = toks[ti + 1 : ai]  # the actual's words before its figure
    if words and toks[max(ti - len(words), 0) : ti] != words:
        return None  # words between the cells the target does not print: whose they are is unknown
    lead = toks[ti - len(words) : ti] if words else []
    return re.sub(r"\s+", " ", " ".join([*lead, toks[ti]])), " ".join([*words, toks[ai]])


def pair_cells(target: str, head: str) -> tuple[str, str] | None:
    """(target, actual) of a target text that is two figure cells of one unit and nothing else (``10개소 8개소``),
    under a head line whose figure columns are the target's then the actual's (``세부사업 목표 실적 추진상황``: no
    rate, baseline or other figure column a cell could be); None else (session 44, leftovers5: the pair read as
    the target's text, both figures lost, no finding)."""
    toks = target.split()
    value = current().build(value_token)
    if len(toks) != 2 or not all(value.fullmatch(t) for t in toks):
        return None
    tm, am = value.fullmatch(toks[0]), value.fullmatch(toks[1])
    if tm is None or am is None or tm.group(2) != am.group(2):
        return None
    for line in head.splitlines():
        kinds = header_kinds(line)
        if kinds is None or "status" not in kinds:
            continue
        before = [k for k in kinds[: kinds.index("status")] if k not in ("year", "project")]
        return (toks[0], toks[1]) if before == ["target", "actual"] and _year_pair_head(line) else None
    return None


def _year_pair_head(line: str) -> bool:
    """A head line whose target and actual are the year's own: no running total (누계실적, 실적(누계):
    ``[goals_running_totals]``), no other period (전년실적: ``[goals_other_period]``), no whole-term target (최종목표:
    ``[goals_final_column]``) -- the table readers null or leave out such columns; two cells read under them as the
    year's target and actual would be silent wrong figures (session 44, review of leftovers5 c1)."""
    k = key(line)
    final = any(key(w) and key(w) in k for w in current().words("goals_final_column", "words"))
    return not (running_total(line) or other_period_head(line) or final)


def cells_run(target: str, head: str) -> bool:
    """Whether a row's text before its status, read as its target, holds two figure cells or more under a head
    naming an actual column (``주민 토론회 개최 2회 1회 50%`` under ``목표 실적 목표대비``): the row's cells run
    together, the target's and the actual's among them, and neither :func:`run_cells` nor :func:`pair_cells` parted
    them: no text of it is the target's (session 44, leftovers5: the whole row read as the target text)."""
    value = current().build(value_token)
    return _names(head, "actual") and sum(1 for t in target.split() if value.fullmatch(t)) >= 2
