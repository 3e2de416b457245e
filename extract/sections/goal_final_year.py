"""A goal table's final-target column that names its year (``최종목표(2026)``): that year's target.

Class fixed (doc-dalgaram-city-6-8, goals ``성과지표 | 단위 | 기준값(2022) | 2023 목표 | 2023 실적 | 2024 목표 | 2024
실적 | 최종목표(2026)``): the column of the whole period's target (``[goals_final_column]``) is no year's goal where
the years' own columns hold the last year's target too; one whose head names its year in brackets, a year after
every year column of the table, is the only target printed for that year, and was dropped with it. Such a column
is read as that year's target, with no actual (none is printed); a final column naming no year, or a year the
table's columns hold, stays unread.
"""

from __future__ import annotations

import re

from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.vocabulary import current, key

_BRACKETED = re.compile(r"^(?P<word>[^()]+)\((?P<year>[^()]+)\)$")


def final_year(text: str, years: list[int]) -> int | None:
    """The year a final-target head cell names in brackets (``최종목표(2026)``), where it is after every one of
    ``years`` (the table's year columns); None otherwise."""
    m = _BRACKETED.match("".join(text.split()))
    if m is None or key(m["word"]) not in {key(w) for w in current().words("goals_final_column", "words")}:
        return None
    y = year_head(m["year"])
    return y if y is not None and years and y > max(years) else None
