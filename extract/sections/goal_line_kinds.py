"""A pdf2txt goal table's lines told apart by kind (goal_projects_amid, goal_cut_groups): a value line holds a
figure or is a dash, a project line holds neither. A line whose digit is glued after a letter (``제2캠핑장 조성``,
``A3 구간``) is of no kind the text proves: a name's ordinal and a figure look alike there, and a worded target
(``기본계획 수립``) would take its place among the project lines with the counts still holding; where such a line
is printed the kinds do not tell the lines apart (the readers read nothing)."""

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
