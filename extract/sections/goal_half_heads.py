"""A goal table of one year's halves (상반기 | 하반기, then the year's total), read as a quarter table is.

The class of card fixed: a per-period goal table (an indicator's plan row and actual row, one figure a period and
their total last) whose periods are the year's two halves, not its quarters, was no quarter table
(:mod:`goal_quarters` took only ``1/4분기`` .. heads), so no reader took it: its goals null, the rows kept as text
with a finding. A head cell naming a year's half as its whole text (the vocabulary's ``[goals_quarter_table]``
year_first_half / year_second_half words before ``[date_words]`` half: 상반기, 하반기) is a period head numbered 1 or
2; a head mixing halves and quarters is neither. A term's halves (전반기 | 후반기 of 민선8기, 2022.7.~2026.6.) are no
year's: no period head, so a term's totals are never filed as one year's target. The total is read only where the
periods' figures sum to it (:func:`goal_quarters._goal`); the card's year stands in for the table's only where its
title says nothing of a term (:func:`speaks_of_term`).
"""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.dates import find_dates


def _half_re(v: Vocabulary) -> re.Pattern[str]:
    first = v.alternation("goals_quarter_table", "year_first_half")
    second = v.alternation("goals_quarter_table", "year_second_half")
    half = v.alternation("date_words", "half")
    return re.compile(rf"^(?:(?P<first>{first})|(?P<second>{second}))\s*(?:{half})$")


def half_head(text: str) -> int | None:
    """The year's half (1 or 2) a head cell names as its whole text (``상반기``, ``하 반 기``), else None."""
    m = current().build(_half_re).match(text.replace(" ", ""))
    return None if m is None else 1 if m.group("first") else 2


def _term_re(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(v.alternation("goals_quarter_table", "term_words"))


def speaks_of_term(text: str) -> bool:
    """Whether a title line speaks of a term, not a year: a term word (``민선8기 임기``) or a printed span of
    dates over more than one year (``2022.7.~2026.6.``)."""
    if current().build(_term_re).search(text):
        return True
    for _span, _raw, d in find_dates(text):
        start, end = str(d.get("start") or ""), str(d.get("end") or "")
        if start[:4].isdigit() and end[:4].isdigit() and start[:4] != end[:4]:
            return True
    return False
