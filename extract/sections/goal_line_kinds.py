"""A pdf2txt goal table's lines told apart by kind (goal_projects_amid, goal_cut_groups): a value line holds a
figure or is a dash, a project line holds neither. A line whose digit is glued after a letter (``제2캠핑장 조성``,
``A3 구간``) is of no kind the text proves: a name's ordinal and a figure look alike there, and a worded target
(``기본계획 수립``) would take its place among the project lines with the counts still holding; where such a line
is printed the kinds do not tell the lines apart (the readers read nothing). Nor where a project line stands
right before a line read as an actual or a rate (:func:`projects_before_targets`): a name opening with a figure
(``2단계 캠핑장 조성``) and a worded target beside it take each other's kinds."""

from __future__ import annotations

import re

from pledgecard.normalize.text import is_dash

_GLUED_DIGIT = re.compile(r"[^\W\d_]\d")  # a letter then a digit in one word


def figure_or_dash(text: str) -> bool:
    """The line holds a digit or is a dash (a value line's kind)."""
    return any(ch.isdigit() for ch in text) or is_dash(text)


def kind_unsure(text: str) -> bool:
    """The line's digit is glued after a letter: a name's ordinal or a figure, the text does not tell."""
    return _GLUED_DIGIT.search(text) is not None


def projects_before_targets(
    order: list[int], projects: list[int], pairs: list[tuple[int, int | None]]
) -> bool:
    """Every project line of ``order`` (the lines in print order) printed right before a line read as a target,
    before another project line (a name wrapped), or between a row's target and its actual (the measure words of
    its actual's cell wrapped: ``공정률 70%`` / ``공정률`` / ``62%``): a box prints a row's project over its target,
    and a project line before another row's actual or a rate may be a worded target (``기본계획 수립``) whose row's
    project, a name opening with a figure (``2단계 캠핑장 조성``), was counted a value line (``pairs``: the rows'
    target and actual lines)."""
    targets = {t for t, _ in pairs}
    rows = {(t, a) for t, a in pairs if a is not None}
    at = {k: j for j, k in enumerate(order)}
    for k in projects:
        j = at[k]
        nxt = order[j + 1] if j + 1 < len(order) else None
        if nxt is None or not (nxt in targets or nxt in projects or (j > 0 and (order[j - 1], nxt) in rows)):
            return False
    return True
