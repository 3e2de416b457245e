"""A goal row whose project cell would be one figure with its unit (session 41, helper txtgoals3; txt mutants 4501,
4514): a card marking its revised target struck through prints the superseded figure before the one in force
(``90호 122호 공급``), and a text dump keeps no strikeout. On a row under a merged project cell (nothing printed
before the target's words) the row parser took the struck figure for the row's project (``90호``): a silent wrong
project, carried to the rows below.

A figure with its unit names no project (:func:`goal_values.figure_alone`): where the words a row's cut gives its
project are one such figure and the target opens with a figure of the same unit, both figures are the target cell's
(the project cell printed empty, carried from the row above as any merged cell), and the revised-target reader
(:mod:`pledgecard.extract.struck_goals`) keeps the figure the row's rate proves, else the target's value null with
its finding."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pledgecard.extract.sections.goal_values import figure_alone, value_token
from pledgecard.extract.vocabulary import current


def figure_project_starts(rests: Mapping[int, Sequence[str]], starts: Mapping[int, int]) -> dict[int, int]:
    """``starts`` (a row's line -> the index of its ``rests`` words the target opens at) with each row whose project
    words are one figure with its unit, the target opening with a figure of the same unit, starting its target at
    its first word instead."""
    value = current().build(value_token)
    out = dict(starts)
    for line, k in starts.items():
        words = rests.get(line)
        if not words or k != 1 or k >= len(words) or not figure_alone(words[0]):
            continue
        lead, first = value.match(words[0]), value.match(words[k])
        if lead is not None and first is not None and lead.group(2) == first.group(2):
            out[line] = 0
    return out
