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

from pledgecard.extract.sections.goal_subheads import year_head
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


def head_before_term(text: str, printed: str | None) -> tuple[str, str | None] | None:
    """A one-row head ending in a term total's head after its years (``세부사업 구분 2024년 2025년 임기 계``): the head
    and its printed form (space runs kept) without it, the years then ending it; None when it ends in no such head."""
    words = text.split()
    for m in range(max(1, len(words) - 3), len(words)):  # the longest head first
        if year_head(words[m - 1]) is None or not term_head(" ".join(words[m:])):
            continue
        kept = " ".join(words[:m])
        cut = (printed or "").rstrip()
        for w in reversed(words[m:]):
            cut = cut[: len(cut) - len(w)].rstrip() if cut.endswith(w) else ""
        return kept, cut if printed is not None and " ".join(cut.split()) == kept else None
    return None


def term_before_years(words: list[str]) -> TermColumn | None:
    """The term total's column of a one-row head whose words before its years (``세부사업 구분 임기 계``) end in a
    term total's head (standing before the years); None when they do not."""
    for j in range(min(3, len(words) - 1), 0, -1):
        if term_head(" ".join(words[-j:])):
            return TermColumn(True, " ".join(words[:-j]))
    return None
