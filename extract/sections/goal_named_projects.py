"""Projects a card names as a whole cell in another of its tables: the row label of a table of figures
by its sources (a funding table by 세부사업: ``디지털 교육 인재양성 소계 7,010 1,419 …``), read from the
card's own lines (a text dump prints each table row on a line, its cells one space apart).

A goal row of a dump runs its project, worded target and worded actual together
(``디지털 교육 인재양성 실시설계 완료 행정절차 이행``): where the project ends the goal table alone
may not show. A line elsewhere in the card whose words open with the same words and go on with a
source or total cell (``소계``, ``국비``) before a figure prints those words as one cell of its own:
the label of a project's rows in a table of money by project and source, whole. (A row of figures
under a label alone, ``취업자 13 8 21``, may be any side table's: its label names no project.) So they are a project the card names, and a goal
row that opens with one (and only one) such label has its project cell there, as it has where
another goal row prints the project (:func:`goal_target_cut.project_start`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pledgecard.extract.vocabulary import Vocabulary, current, key
from pledgecard.normalize.text import DASH_CLASS

_FIGURE = re.compile(rf"^(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?$|^{DASH_CLASS}$")


def _cell_words(v: Vocabulary) -> frozenset[str]:
    """The words of a funding table's source or total cell (``소계``, ``국비``; no one-letter
    abbreviation of a budget line)."""
    return frozenset(key(w) for words in v.table("funding_sources").values() for w in words)


def row_label(words: list[str]) -> tuple[str, ...] | None:
    """The label cell opening a row of money by project and source (``디지털 교육 인재양성 | 소계 |
    7,010 | …``): the words before a source or total cell followed by a figure; None when the row is
    no such row, or opens with its source cell or a figure (no label of its own)."""
    cells = current().build(_cell_words)
    for k in range(1, len(words)):
        if _FIGURE.match(words[k - 1]) or key(words[k - 1]) in cells:
            return None  # a figure or a source cell among the label's words: not a label run
        rest = words[k:]
        if key(rest[0]) in cells and len(rest) > 1 and _FIGURE.match(rest[1]):
            return tuple(words[:k])
    return None


def named_projects(card_lines: Iterable[str], table_lines: Iterable[str]) -> set[tuple[str, ...]]:
    """The row labels (:func:`row_label`) the card's lines print outside the goal table (its own
    lines, ``table_lines``, left out), as words."""
    own = {" ".join(t.split()) for t in table_lines}
    out: set[tuple[str, ...]] = set()
    for line in card_lines:
        words = line.split()
        if " ".join(words) in own:
            continue
        if (label := row_label(words)) is not None:
            out.add(label)
    return out
