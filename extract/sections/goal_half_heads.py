"""A goal table of one year's halves (상반기 | 하반기, then the year's total), read as a quarter table is.

The class of card fixed: a per-period goal table (an indicator's plan row and actual row, one figure a period and
their total last) whose periods are the year's two halves, not its quarters, was no quarter table
(:mod:`goal_quarters` took only ``1/4분기`` .. heads), so no reader took it: its goals null, the rows kept as text
with a finding. A head cell naming a half as its whole text (the vocabulary's ``[date_words]`` first_half /
second_half words before its half word: 상반기, 하반기, 전반기) is a period head numbered 1 or 2; a head mixing halves
and quarters is neither. The total is read only where the periods' figures sum to it (:func:`goal_quarters._goal`).
"""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, current


def _half_re(v: Vocabulary) -> re.Pattern[str]:
    first = v.alternation("date_words", "first_half")
    second = v.alternation("date_words", "second_half")
    half = v.alternation("date_words", "half")
    return re.compile(rf"^(?:(?P<first>{first})|(?P<second>{second}))\s*(?:{half})$")


def half_head(text: str) -> int | None:
    """The half (1 or 2) a head cell names as its whole text (``상반기``, ``하 반 기``), else None."""
    m = current().build(_half_re).match(text.replace(" ", ""))
    return None if m is None else 1 if m.group("first") else 2
