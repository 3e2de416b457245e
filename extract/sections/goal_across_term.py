"""A years-across goal table's TERM-TOTAL column in a text dump: a column beside the years (before them or after them)
whose head spans both rows of a two-row head (``구분 | 연도별 목표 및 실적 | 임기 계`` over ``2024년 2025년 2026년``)
and whose cells sum the project's years (``15개소``). The years' line prints no cell of it, so a row prints one cell
more than the years: read as the years' cells, the total would be taken for a year's figure (haru-city 122030: a
project with no 2026 goal, its term total ``15개소`` read as 2026's target and actual). Its head is a total word
(``[goals_term_column] total``) after an optional term word or period (``임기 계``, ``2023~2026 합산``, a period in
brackets after it, ``계('23~'26)``), standing at the head row's end (after the years) or right after its first word
(before them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pledgecard.extract.vocabulary import current, key

_JOIN = r"[~〜～\-]"  # the mark joining a period's two years


@dataclass(frozen=True)
class TermColumn:
    """Where the term total's column stands (``first``: before the years, else after them) and the head row's text
    without its head (the heading spanning the years, with the first columns' head)."""

    first: bool
    rest: str


def term_head(text: str) -> bool:
    """Whether ``text`` is a term total's head (see the module)."""
    vocab = current()
    totals = "|".join(re.escape(key(w)) for w in vocab.words("goals_term_column", "total"))
    terms = "|".join(re.escape(key(w)) for w in vocab.words("goals_term_column", "term"))
    year = vocab.year_plain
    period = rf"(?:{year}){_JOIN}(?:{year})"
    pattern = rf"(?:{terms}|{period})?(?:{totals})(?:\({period}\))?"
    return re.fullmatch(pattern, key(text)) is not None


def term_column(above: str | None) -> TermColumn | None:
    """The term total column a two-row head's first row (``above`` the years' line) names: its head the row's last
    words (the column after the years) or the words right after its first word (before them), leaving words of the
    spanning heading; None when it names none."""
    words = (above or "").split()
    if len(words) < 3:
        return None
    for m in range(2, len(words)):  # the row's last words: the longest head first
        if term_head(" ".join(words[m:])):
            return TermColumn(False, " ".join(words[:m]))
    for m in range(len(words) - 1, 1, -1):
        if term_head(" ".join(words[1:m])):
            return TermColumn(True, " ".join([words[0], *words[m:]]))
    return None
