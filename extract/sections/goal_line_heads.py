"""Goal lines (:mod:`goal_lines`) under a numbered project heading, their status an outcome word in brackets.

Class fixed (saeteo-city-7-6, a text dump with no table: ``가. 수변 쉼터 조성`` over ``○ 2024년 목표: 4개소 / 실적: 4개소
(달성)`` lines): a project names its year lines from the line over them when that line opens with a bullet glyph
(``○ 급식소 운영 확대``); one numbered as an item (``가.``, ``1.``, ``(1)``) named none, every goal left with no
project. A line whose numbering :func:`~pledgecard.extract.markers.split_marker` takes off names the project as a
bulleted one does (its words after the numbering, no figure among them). And the bracketed word closing such a line
was a status only when a progress word (``[status]``: 추진중, 미착수); whether the target was met (``(달성)``) stayed
in the actual (``4개소 (달성)``): the outcome words are vocabulary ``[goal_outcomes]``.
"""

from __future__ import annotations

from pledgecard.extract.markers import ARROW_MARKERS, split_marker
from pledgecard.extract.vocabulary import current, key


def numbered_head(line: str) -> str | None:
    """The words of a line opening with an item's numbering (``가. 수변 쉼터 조성`` -> ``수변 쉼터 조성``), no figure
    among them; None for any other line (a glyph's bullet included: :mod:`goal_lines` reads those)."""
    marker, rest = split_marker(line)
    if (
        marker is None
        or marker in ARROW_MARKERS
        or not any(ch.isalnum() for ch in marker)
        or not (marker.endswith((".", ")")) or marker.startswith("("))
    ):  # numbering, no letter bullet (ㅇ)
        return None
    rest = rest.strip()
    return rest if rest and not any(ch.isdigit() for ch in rest) else None


def outcome_word(text: str) -> bool:
    """Whether ``text`` is an outcome word of ``[goal_outcomes]`` (``달성``), as the whole text."""
    return key(text) in {key(w) for w in current().words("goal_outcomes")}
