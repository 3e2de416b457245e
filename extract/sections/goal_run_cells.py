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

from pledgecard.extract.sections.goal_values import RATE, value_token
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
