"""A goal cell listing two quantities, each counted after its own noun (``자전거 2,500대 대여소 250개소``).

A target or actual cell printing two things counted (a cell of two lines, a quantity a line, run into one
text by the reader) gives no one figure: which of them is the row's target is not printed, so its value is
null (the schema's "not a single number"), never the one a unit list happens to know (``250개소`` read for
a row whose first count ``2,500대`` is in a counter of :data:`goals_unit_cells`), never the last. A figure
opening the cell before a word (``3대 핵심분야 51명``: a modifier) or glued to a bracket (``신설(56명 운영)``) names no count
of its own and is not counted. Fixes hand-made gaon-special-city-1-12's 2025 goal (target 250, actual 180
read from the cell's second line; ``1,700대 180개소`` the actual).
"""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, alternation, current
from pledgecard.normalize.counts import STRICT_NUMBER
from pledgecard.normalize.text import fold

_NUMBER = STRICT_NUMBER  # a figure as printed


def _listed_re(v: Vocabulary) -> re.Pattern[str]:
    counters = alternation([*v.words("counts", "units"), *v.words("goals_unit_cells", "units")])
    count = rf"(?:{_NUMBER})(?:{counters})"
    # after a word of its own, or opening the cell with no word after it (``1,700대 180개소``; ``3대 핵심분야``: none)
    return re.compile(rf"(?<=\S\s){count}(?!\w)|^{count}(?=\s*$|\s+\d)")


def listed_counts(text: str | None) -> int:
    """How many quantities ``text`` counts after a word of its own (``'자전거 2,500대 대여소 250개소'`` -> 2,
    ``'3대 핵심분야 51명'`` -> 1)."""
    return len(current().build(_listed_re).findall(fold(text or "")))


def _bracketed_re(v: Vocabulary) -> re.Pattern[str]:
    counters = alternation([*v.words("counts", "units"), *v.words("goals_unit_cells", "units")])
    # a bracket holding one count alone, set a space apart from the words before it
    return re.compile(rf"(?:^|\s)\((?:{_NUMBER})({counters})\)(?=\s|$)")


def lists_counts(text: str | None) -> bool:
    """Whether ``text`` lists two quantities or more, each after its own word: no single figure. A count in a
    bracket of its own beside a count outside it (``아이돌봄 기업 지원 46개 (50개)``: a row's target and actual cells
    a layout dump ran together after a page break, geurim-city 78005) is two quantities too (of one counter), and so are two such brackets: which is the target is not printed (a count
    glued to its words, ``기업 지원(50개)``, is the cell's one count)."""
    folded = fold(text or "")
    bracketed = current().build(_bracketed_re)
    m = bracketed.search(folded)
    rest = bracketed.sub(" ", folded)
    # two brackets each holding a count alone, words between them (``교육생 양성 (15명) 실시설계 완료 협약 체결
    # (15건)``: two cells' lines a layout dump ran into one cell over a page break, dallae-city 84001 body-layout):
    # two quantities, neither proven the row's
    if len(bracketed.findall(folded)) >= 2:
        return True
    # (of the same counter: ``62건 (138%)`` is a count and its rate)
    if m and listed_counts(rest) >= 1 and re.search(rf"(?:{_NUMBER}){re.escape(m.group(1))}(?!\w)", rest):
        return True
    return listed_counts(text) >= 2
