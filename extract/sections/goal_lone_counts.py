"""A goal's figure counted in a word that running text uses otherwise too (``120실``, ``2대``, ``40면``: the
counters of vocabulary ``[goals_unit_cells]``, no count in ``3대 핵심분야``) read where the goal's cell proves it a
count: the cell is that figure and its counter alone (``120실`` | ``142실``), or (a target) it closes with the
figure counted in the very counter its row's actual cell is alone (``시범 2대`` | ``2대``) and prints no other
figure (``'24년 2대, '25년 3대``, ``총 120실 중 신규 20실``: no target, null, never the last figure). Fixes the goal tables
of cards counting rooms, vehicles or sites (hand-made doc-hanbyeol-edu-2-6's ``120실``), whose figures were null.
"""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, alternation, current
from pledgecard.normalize.counts import parse_number
from pledgecard.normalize.text import fold
from pledgecard.record import Goal

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # a figure as printed, digits only (no OCR confusion)


def _lone_re(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"({_NUMBER})\s*({alternation(v.words('goals_unit_cells', 'units'))})")


def lone_count(text: str | None) -> tuple[int | float | None, str | None]:
    """``'120실'`` -> ``(120, '실')``: a cell that is only a figure and a ``[goals_unit_cells]`` counter; any
    other text (``3대 핵심분야``, ``시범 2대``, ``120``) ``(None, None)``."""
    m = current().build(_lone_re).fullmatch(fold(text or ""))
    return (parse_number(m.group(1)), m.group(2)) if m else (None, None)


def closing_count(text: str | None, unit: str) -> int | float | None:
    """The figure counted in ``unit`` that ``text``'s last word is (``'시범 2대'``, ``'대'`` -> 2; a bound word of
    ``[goals_unit_cells] bounds`` after it aside: ``'80분 이내'``, ``'분'`` -> 80), else None; None too where
    ``unit`` is one of ``[goals_unit_cells] alone`` and other words come before the figure (``참여 어르신 1,200분``:
    the honorific counter of people, no minutes);
    None too where ``text`` prints any other figure (``'24년 2대, '25년 3대``, ``총 120실 중 신규 20실``: which
    figure is the row's target is not shown, so none is read)."""
    folded = fold(text or "")
    if len(re.findall(_NUMBER, folded)) != 1:
        return None
    words = folded.split()
    if len(words) > 1 and words[-1] in current().words("goals_unit_cells", "bounds"):
        words = words[:-1]  # a bound after the figure (80분 이내): the figure closes the target all the same
    if len(words) > 1 and unit in current().words("goals_unit_cells", "alone"):
        return None  # a counter read only as its cell's one word: 80분 (minutes), not 어르신 1,200분 (people)
    m = re.fullmatch(rf"({_NUMBER}){re.escape(unit)}", words[-1]) if words else None
    return parse_number(m.group(1)) if m else None


def counted_figures(text: str, unit: str) -> list[int | float]:
    """The figures ``text`` prints counted in ``unit``, each opening its word (``'8대 운행'``, ``'대'`` -> [8];
    ``'제2대'``: none)."""
    return [
        parse_number(m.group(1)) for m in re.finditer(rf"(?<![^\s(])({_NUMBER}){re.escape(unit)}(?!\w)", text)
    ]


def with_lone_counts(goal: Goal) -> Goal:
    """``goal`` with the figures its cells print alone in a ``[goals_unit_cells]`` counter: the actual's where
    it is one; the target's where it is one, or where it closes with one in the counter of the row's lone actual
    and prints no other figure. Figures already read stay. A target closing in such a counter with no row's
    proof stays null, its figure printed in digit groups or not (``자전거 1,700대``; ``세계 1,000대`` a rank: ranks
    print thousands separators too)."""
    av, actual_unit = lone_count(goal["actual"])
    if goal["actual_value"] is None and av is not None:
        goal["actual_value"] = av
    if goal["target_value"] is None:
        tv, unit = lone_count(goal["target"])
        if tv is None and actual_unit is not None:
            tv, unit = closing_count(goal["target"], actual_unit), actual_unit
        if tv is not None:
            goal.update(target_value=tv, target_unit=unit)
    return goal
