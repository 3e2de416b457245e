"""A goal table's project group whose targets all open with one word, shown by the group itself: a
row printing its project and a target run together (``2023 차고지 조성 광역철도 교육생 양성(25명) 15명``),
then rows under following years each opening with the same word (``2024 광역철도 기업 지원(60개) -``,
``2025 광역철도 협약 체결(15건) -``): every row of the group splits the same way, its target beginning
at that word. The first row holds the word once, after its first word (the project before it); the rows
after it print their target alone under the project carried from it (a merged project cell), as a row
opening with a word that begins the targets the table splits does (:func:`goal_target_cut._carried_target`).
The word repeated is no proof alone (rows of their own projects may each open with a common word, 노후 /
스마트 / 청년): each row after the first must print as many words as the first row's target from the word
on (a target alone, the same shape), a row printing more (a project and a target) ends the group.

No cut is taken when the word also opens a row outside the group and nowhere else in it (a project
opens with it there, its target not: the table shows no single way to split; a row restating it in its
target after its project, ``문화관광 기반 구축 문화관광 협약 체결(50건)``, splits as the group does), when the first row opens with it or holds it twice, when a row
after the first holds it twice (its project may restate it), when a row's target holds no figure
(a worded target, ``착공``, need not restate anything), or when a year does not follow the one above
(a new group)."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import takewhile

from pledgecard.extract.sections.goal_row_split import RowSplit, split_rate_agrees
from pledgecard.extract.sections.goal_values import FIGURE, is_value_token


def group_word_starts(
    splits: list[RowSplit],
    starts: Mapping[int, int | None],
    merged: set[int],
    gaps: frozenset[int] = frozenset(),
    loose: list[list[str]] | None = None,
) -> dict[int, int]:
    """Target starts (by line) for the groups whose targets all open with one word: the first row's
    at that word, 0 for the rows after it. ``splits``: the table's rows split, in order (a worded row,
    its actual printed without a figure, ends a group); ``starts``: what other rules found (None: not
    shown); ``merged``: rows known to print no project (their start 0); ``gaps``: lines of rows not
    split (one ends a group: what it prints is not known), ``loose`` their words (the year left out)."""
    out: dict[int, int] = {}
    for i, head in enumerate(splits):
        if (
            head.worded
            or starts.get(head.line) is not None
            or head.line in merged
            or head.year is None
            or len(head.rest) < 2
        ):
            continue
        group = _followers(splits[i + 1 :], head, starts, merged, gaps)
        if not group:
            continue
        word = group[0].rest[0]
        at = [k for k, w in enumerate(head.rest) if w == word]
        if len(at) != 1 or at[0] == 0 or is_value_token(word) or FIGURE.search(word):
            continue
        size = (
            len(head.rest) - at[0]
        )  # the first row's target, from the word: the shape the group's targets show
        group = list(takewhile(lambda s, n=size: len(s.rest) == n, group))
        if not group:
            continue  # rows printing more than a target as long as the first row's: their own projects, maybe
        members = {head.line} | {s.line for s in group}
        if any(_opens_once(s.rest, word) for s in splits if s.line not in members) or any(
            _opens_once(w, word) for w in loose or []
        ):
            continue  # the word opens another row's project, no target after it restating it
        if not _holds_figure(head.rest[at[0] :]) or not split_rate_agrees(head, " ".join(head.rest[at[0] :])):
            continue
        out[head.line] = at[0]
        out.update({s.line: 0 for s in group if s.line not in merged})
    return out


def _followers(
    after: list[RowSplit],
    head: RowSplit,
    starts: Mapping[int, int | None],
    merged: set[int],
    gaps: frozenset[int],
) -> list[RowSplit]:
    """The rows right after ``head`` under following years that open with the same word, printed once
    in each, their targets holding a figure (not yet cut, or known to print no project)."""
    group: list[RowSplit] = []
    year, line = head.year, head.line
    for s in after:
        if (
            s.worded
            or s.year is None
            or year is None
            or s.year <= year
            or not s.rest
            or any(line < g < s.line for g in gaps)
            or (group and s.rest[0] != group[0].rest[0])
        ):
            break
        if starts.get(s.line) is not None and s.line not in merged:
            break
        if s.rest.count(s.rest[0]) != 1 or not _holds_figure(s.rest):
            break
        group.append(s)
        year, line = s.year, s.line
    return group


def _opens_once(words: list[str], word: str) -> bool:
    """Whether a row opens with ``word`` and holds it nowhere else (a project opening with it, its
    target not: the table's targets do not all open with it). A row holding it again after its first
    word (``문화관광 기반 구축 문화관광 협약 체결(50건)``) restates it in its target, as the group does."""
    return bool(words) and words[0] == word and words.count(word) == 1


def _holds_figure(target: list[str]) -> bool:
    """Whether a target ends in a figure (``교육생 양성(25명)``, ``정비 구간 5.7km``)."""
    return bool(target) and FIGURE.search(target[-1]) is not None
