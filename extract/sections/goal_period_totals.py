"""A goal table whose target (and actual) head spans the year's periods closed by their total: ``2024년 목표``
over ``상반기 | 하반기 | 계`` (or ``1/4분기`` .. ``4/4분기 | 계``), the actual a column of its own or spanning the same
periods.

The class fixed (session 37, byeori-county and haeoreum-city, from session 36's hand-made cards): a project a row,
each goal's year target printed in the total's sub-column and its parts in the periods' sub-columns. Read as one
spanning group with no field (:func:`goal_table_rows.spanned_header` blanked the sub-columns) the target was lost;
two such groups (목표 and 실적 each over the halves) were no two-row head at all and the sub-head row was read as a
goal (``상반기`` a target). Here every spanning group whose sub-heads are the year's periods in order from its first
(a half: :func:`goal_half_heads.half_head`; a quarter: :func:`goal_quarters.quarter_head`) closed by a total's word
(``[goals_quarter_table] total``) names one column, the total's: it takes the span's text as its head (``2024년
목표``: a target column; ``실적``: the actual), the periods' columns none. The year is the one the spans state (one
year in all, else no such head). The periods' figures are parts of the year's; the total's cell is the figure.
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_half_heads import half_head
from pledgecard.extract.sections.goal_quarters import quarter_head, total_head
from pledgecard.extract.vocabulary import current, year_of


def _runs(top: list[str], below: list[str]) -> list[list[int]]:
    """The spanning groups of a two-row head: runs of columns whose top cell differs from the one below it (a span
    over sub-heads), one run a top text."""
    runs: list[list[int]] = []
    for j in range(len(top)):
        if top[j] == below[j]:
            continue
        if runs and runs[-1][-1] == j - 1 and top[runs[-1][-1]] == top[j]:
            runs[-1].append(j)
        else:
            runs.append([j])
    return runs


def _closed_periods(subs: list[str]) -> bool:
    """Whether sub-heads are a year's periods in order from its first, then their total (``상반기 | 하반기 | 계``)."""
    if len(subs) < 3 or not total_head(subs[-1]):
        return False
    halves = [half_head(s) for s in subs[:-1]]
    quarters = [quarter_head(s) for s in subs[:-1]]
    return halves == [1, 2] or quarters == [1, 2, 3, 4]


def period_total_header(top: list[str], below: list[str]) -> tuple[list[str], int | None] | None:
    """The one-row header of a two-row head whose every spanning group is periods closed by their total (the
    total's column headed by the span's text, the periods' columns empty) and the year the spans state; None for
    any other head."""
    if len(top) != len(below) or top == below:
        return None
    runs = _runs(top, below)
    if not runs or not all(top[r[0]] and _closed_periods([below[j] for j in r]) for r in runs):
        return None
    years = set()
    for r in runs:
        m = current().year_re.search(top[r[0]].replace(" ", ""))
        if m:
            years.add(year_of(m))
    if len(years) > 1:
        return None
    header = ["" if top[j] != below[j] else top[j] for j in range(len(top))]
    for r in runs:
        header[r[-1]] = top[r[0]]
    return header, (years.pop() if years else None)
