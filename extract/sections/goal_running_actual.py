"""A goal table's only actual column headed as a running total, under several years: no year's actual proven.

A table with a year column or year row groups may print no actual of the year but the running total to date
(``연도 | 사업명 | 목표 | 누계실적``, ``실적(누계)``, ``누적실적``: a ``[goals_running_totals]`` word in the actual's
head, no plain actual beside it). Read as it stands, each row's total to date becomes that year's actual: a silent
wrong figure from the second year on (the first year's coincides only when nothing was done before the table's
first year, which the card does not print). A running total is the year's actual to date only where the table is
one year's (every goal of one year, a single-year card's 누계 being the year's actual so far); over several years
the actuals are left null with a finding (:func:`running_actual_finding`), their cells' text not read as actuals.
A text dump's head line is judged so too (:func:`running_only_head`: every actual head of the line a running total).
A running total naming the year's own period (``당해연도 누계실적``, ``실적(연간 누계)``: ``[goals_running_totals]
within_year``) is that year's actual to date, read as such (:func:`within_year_total`).
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import goals_finding
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_whole_column import other_period_head, running_total
from pledgecard.extract.vocabulary import current, key


def running_actual_unproven(actual_head: str | None, years: list[int | None]) -> bool:
    """True when the actual column's head (``None``: no actual column) names a running total and the goals read
    stand under two years or more (``years``: each goal's year)."""
    return (
        actual_head is not None
        and running_total(actual_head)
        and not within_year_total(actual_head)
        and len({y for y in years if y}) >= 2
    )


def within_year_total(head: str) -> bool:
    """A running-total head naming the year's own period (``당해연도 누계실적``, ``실적(연간 누계)``: a
    ``[goals_running_totals] within_year`` word): the total within the year, that year's actual to date."""
    k = key(head)
    return any(key(w) and key(w) in k for w in current().words("goals_running_totals", "within_year"))


def running_only_head(head: str) -> str | None:
    """A text dump's goal head line (its words one space apart) whose every actual head (another period's aside)
    names a running total (``누계실적``, ``누계 실적``: the word before the actual's a running-total word of no
    kind): that head's words, else None."""
    toks = head.split()
    found: list[str] = []
    for j, t in enumerate(toks):
        if header_words_kind(t) != "actual" or other_period_head(t):
            continue
        if running_total(t):
            found.append(t)
        elif j and header_words_kind(toks[j - 1]) is None and running_total(toks[j - 1]):
            found.append(toks[j - 1] + t)
        else:
            return None  # a plain actual: the year's
        before = [x for x in toks[max(0, j - 2) : j] if header_words_kind(x) in (None, "year")]
        if within_year_total("".join(before) + t):
            return None  # 당해연도 누계실적, 연간 누계 실적: the year's own total to date, its actual
    return found[0] if found else None


def head_lines_text(texts: list[str]) -> str:
    """The words of a dump's goal head printed a cell a line (hwpx-text-extract, ``세부사업`` / ``목표`` / ``누계실적``
    each a line): the lines before the first holding a digit (a year, a figure), joined."""
    k = next((i for i, t in enumerate(texts) if any(ch.isdigit() for ch in t)), len(texts))
    return " ".join(texts[:k])


def running_actual_finding(where: Source | None, first: int, goals: list[int]) -> dict[str, Any]:
    """The finding that a table's goals were read with no actual: its only actual column is a running total and its
    goals stand under several years (``goals``: their indexes in the table's goals)."""
    return goals_finding(
        "extract.goal_actual_running_total",
        "the goal table's only actual column is headed as a running total and its goals stand under two years or "
        "more: the total to date is no year's actual, so the goals' actuals are left null",
        where,
        first,
        goals,
    )
