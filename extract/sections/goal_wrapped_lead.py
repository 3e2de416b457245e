"""A goal table's project cell spanning its rows, wrapped over two lines, read as two projects (a text dump of
a 한글 table prints a merged cell's lines from its top row down: ``수변 캠핑장  ’24 …`` / ``조성  ’25 …`` /
``’26 …``): the first line a project of one row, the second a project of the rows below it.

A wrap and a new project look alike; what tells them apart is the table. The first project holds one row
and nowhere else, the second one word (a wrapped cell's tail) and the two rows or more right after it to the
end of its run and nowhere else, and the rows' years run on one by one across the pair (a next project
starts its years again, or shares them with the one above). Then the pair is one cell printed over two lines
and every row of the run holds it whole; a pair not so shaped stays as read."""

from __future__ import annotations

from itertools import pairwise

from pledgecard.record import Goal


def join_wrapped_leads(goals: list[Goal]) -> list[Goal]:
    """``goals`` with each wrapped project (the shape above) joined in place over the rows it spans."""
    projects = [g.get("project") for g in goals]
    i = 0
    while i + 2 < len(goals):
        first, tail = projects[i], projects[i + 1]
        if first is None or tail is None or first == tail or projects.count(first) != 1 or len(tail.split()) != 1:
            i += 1
            continue
        j = i + 1
        while j + 1 < len(goals) and projects[j + 1] == tail:
            j += 1
        years = [g.get("year") for g in goals[i:j + 1]]
        if (j - i < 2 or projects.count(tail) != j - i or any(not isinstance(y, int) for y in years)
                or any(b != a + 1 for a, b in pairwise(years))):  # type: ignore[operator]
            i += 1
            continue
        whole = f"{first} {tail}"
        for k in range(i, j + 1):
            goals[k]["project"] = whole
            projects[k] = whole
        i = j + 1
    return goals
