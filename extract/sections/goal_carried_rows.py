"""Rows below a goal row read late carry its merged cells (session 34, helper struck; mutant 4352 txt, dasi-county).

A dump printing a goal table a row a line prints a merged project / 추진내용 cell once, on its first row; the rows
below print neither. Where the first row is one the column reader could not fix (its cells out of the reader's order,
read afterwards by :mod:`goal_spaced_rows`), the rows below were read before it and carried nothing: their project
and detail null. Each row so read late hands its project and detail down to the rows right below it that print
neither, each a year after the one above (the table's merged-cell structure, as :mod:`goal_rows` carries them).
A late row whose own 추진내용 is unread (a 추진내용 and a 비고 run together) hands down its project alone, the rows
below keeping their 추진내용 null (session 36, helper txtmut3; mutant 4604 txt).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pledgecard.extract.sections.goal_rows import GoalRow


def carried_below(rows: Sequence[GoalRow], late: Sequence[GoalRow], unread: Sequence[int]) -> list[GoalRow]:
    """``rows`` (in line order) with the rows right below each ``late`` row (a row read after the others), printing
    no project and no 추진내용 and each a year after the row above, given the late row's project and detail; a line
    left unread between them ends the run (what it carries is not known)."""
    out = list(rows)
    late_lines = {
        r.line for r in late if r.project
    }  # a late row whose 추진내용 is unread hands its project down alone
    blocked = set(unread)
    for k, r in enumerate(out):
        if r.line not in late_lines:
            continue
        above = r
        for j in range(k + 1, len(out)):
            below = out[j]
            if (
                below.project is not None
                or below.detail is not None
                or above.year is None
                or below.year is None
                or below.year != above.year + 1
                or any(above.line < u < below.line for u in blocked)
                or any(above.line < x.line < below.line for x in out)
            ):
                break
            out[j] = replace(below, project=r.project, detail=r.detail)
            above = out[j]
    return out
