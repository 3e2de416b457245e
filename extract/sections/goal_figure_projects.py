"""A goal row whose project cell would be one figure with its unit (session 41, helper txtgoals3; txt mutants 4501,
4514): a card marking its revised target struck through prints the superseded figure before the one in force
(``90호 122호 공급``), and a text dump keeps no strikeout. On a row under a merged project cell (nothing printed
before the target's words) the row parser took the struck figure for the row's project (``90호``): a silent wrong
project, carried to the rows below.

A figure with its unit names no project (:func:`goal_values.figure_alone`): where the words a row's cut gives its
project are one such figure and the target opens with a figure of the same unit, both figures are the target cell's
(the project cell printed empty, carried from the row above as any merged cell), and the revised-target reader
(:mod:`pledgecard.extract.struck_goals`) keeps the figure the row's rate proves, else the target's value null with
its finding.

The move is made only on a row then read: by the row reader (no rate printed, or one agreeing with the target cell
whole) or by the spaced-row reader (a text dump's line printed single-spaced: its rate proves one of the figures,
:mod:`goal_spaced_rows`); elsewhere (a PDF's, an HWP's line, no print kept) the row is
read as before the move, and a project cell that is figures with their units alone is no project: the project null
with ``extract.project_unread`` (:func:`figures_alone`; review of h-txtgoals3 c5, c6, c7: such a row lost whole, or
``2개소`` / ``40호`` read as the row's project)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pledgecard.extract.sections.goal_values import figure_alone, value_token
from pledgecard.extract.vocabulary import current


def figures_alone(words: Sequence[str]) -> bool:
    """Whether a row's project words are figures with their units and nothing else (``40호``, ``2개소``, ``40호
    59호``): no project's name."""
    return bool(words) and all(figure_alone(w) for w in words)


def figure_project_starts(
    rests: Mapping[int, Sequence[str]], starts: Mapping[int, int], readable: frozenset[int]
) -> dict[int, int]:
    """``starts`` (a row's line -> the index of its ``rests`` words the target opens at) with each row whose project
    words are one figure with its unit, the target opening with a figure of the same unit, starting its target at
    its first word instead, on the rows at ``readable`` only (the rows read so)."""
    value = current().build(value_token)
    out = dict(starts)
    for line, k in starts.items():
        words = rests.get(line) if line in readable else None
        if not words or k != 1 or k >= len(words) or not figure_alone(words[0]):
            continue
        lead, first = value.match(words[0]), value.match(words[k])
        if lead is not None and first is not None and lead.group(2) == first.group(2):
            out[line] = 0
    return out
