"""A goal table's project cell spanning its rows, wrapped over two lines, read as two projects (a text dump of
a 한글 table prints a merged cell's lines from its top row down: ``수변 캠핑장  ’24 …`` / ``조성  ’25 …`` /
``’26 …``): the first line a project of one row, the second a project of the rows below it.

A wrap and a new project look alike; what tells them apart is the table. The first project holds one row
and nowhere else, the second one word (a wrapped cell's tail) and the two rows or more right after it to the
end of its run and nowhere else, and the rows' years run on one by one across the pair (a next project
starts its years again, or shares them with the one above). A one-row project over a one-word project of the
years after it is also an ordinary table (``실시설계`` ’24 over ``공사`` ’25, ’26), so the pair is joined only where
the card's header prints the joined words in their order elsewhere (``printed``: its title, ``갈숲천 수변 캠핑장
조성``, or target, ``골목길 보안등 1,200개 스마트 전환`` for ``보안등 스마트`` / ``전환``), and only on a text dump's lines, where a cell wraps so (the class of card fixed: two real projects joined into one never
printed). Then the pair is one cell printed over two lines and every row of the run holds it whole; a pair not
so shaped stays as read."""

from __future__ import annotations

from itertools import pairwise

from pledgecard.extract.vocabulary import key
from pledgecard.record import Goal


def _printed_in_order(words: list[str], printed: list[str]) -> bool:
    """Whether one of the ``printed`` texts holds ``words`` whole (white space aside) or as its words in order."""
    for text in printed:
        if key("".join(words)) in key(text):
            return True
        rest = iter(text.split())
        if all(any(w == p for p in rest) for w in words):
            return True
    return False


def join_wrapped_leads(goals: list[Goal], printed: list[str]) -> list[Goal]:
    """``goals`` with each wrapped project (the shape above) joined in place over the rows it spans, where one
    of the ``printed`` texts holds the joined words in their order (:func:`_printed_in_order`)."""
    projects = [g.get("project") for g in goals]
    i = 0
    while i + 2 < len(goals):
        first, tail = projects[i], projects[i + 1]
        if (
            first is None
            or tail is None
            or first == tail
            or projects.count(first) != 1
            or len(tail.split()) != 1
        ):
            i += 1
            continue
        j = i + 1
        while j + 1 < len(goals) and projects[j + 1] == tail:
            j += 1
        years = [g.get("year") for g in goals[i : j + 1]]
        if (
            j - i < 2
            or projects.count(tail) != j - i
            or any(not isinstance(y, int) for y in years)
            or any(b != a + 1 for a, b in pairwise(years))
        ):  # type: ignore[operator]
            i += 1
            continue
        whole = f"{first} {tail}"
        if not _printed_in_order(whole.split(), printed):
            i += 1
            continue
        for k in range(i, j + 1):
            goals[k]["project"] = whole
            projects[k] = whole
        i = j + 1
    return goals
