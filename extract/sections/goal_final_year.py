"""A goal table's final-target column that names its year (``최종목표(2026)``): that year's target.

Class fixed (doc-dalgaram-city-6-8, goals ``성과지표 | 단위 | 기준값(2022) | 2023 목표 | 2023 실적 | 2024 목표 | 2024
실적 | 최종목표(2026)``): the column of the whole period's target (``[goals_final_column]``) is no year's goal where
the years' own columns hold the last year's target too; one whose head names its year in brackets, a year after
every year column of the table, is the only target printed for that year, and was dropped with it. Such a column
is read as that year's target, with no actual (none is printed); a final column naming no year, or a year the
table's columns hold, stays unread.

Class fixed (review e: ``2023년 목표 | … | 2025년 목표 | 최종목표(2026)`` with yearly targets 3.9, 3.8, 2.9 and a final 13.5,
the period's sum, read as 2026's target): a final column is a year's target only where it reads as the end of a
running total (:func:`running_final`): in every row the years' targets never fall, the final is no less than the
last of them and is not their sum. A final holding the period's sum (yearly targets that fall, or add up to it)
stays unread.
"""

from __future__ import annotations

import re

from pledgecard.extract.sections.goal_subheads import year_head
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import fold_fullwidth

_FIGURE = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?")
_BRACKETED = re.compile(r"^(?P<word>[^()]+)\((?P<year>[^()]+)\)$")


def final_year(text: str, years: list[int]) -> int | None:
    """The year a final-target head cell names in brackets (``최종목표(2026)``), where it is after every one of
    ``years`` (the table's year columns); None otherwise."""
    m = _BRACKETED.match("".join(text.split()))
    if m is None or key(m["word"]) not in {key(w) for w in current().words("goals_final_column", "words")}:
        return None
    y = year_head(m["year"])
    return y if y is not None and years and y > max(years) else None


def _figure(cell: str) -> float | None:
    text = "".join(fold_fullwidth(cell).split())
    return float(text.replace(",", "")) if _FIGURE.fullmatch(text) else None


def running_final(rows: list[list[str]], targets: list[int], final: int) -> bool:
    """Whether a final-target column (index ``final``) ends each row's running total of the years' targets
    (indices ``targets``): in every row with a final figure, the targets all figures that never fall, the final no
    less than the last and, over two targets or more, not their sum (a final holding the period's sum is no year's)."""
    read = False
    for r in rows:
        if final >= len(r) or not r[final].strip():
            continue
        last = _figure(r[final])
        years = [_figure(r[j]) if j < len(r) else None for j in targets]
        if last is None or not years or any(y is None for y in years):
            return False
        got = [y for y in years if y is not None]
        falls = any(b < a for a, b in zip(got, got[1:], strict=False))
        if falls or last < got[-1] or (len(got) > 1 and abs(sum(got) - last) < 1e-9):
            return False
        read = True
    return read
