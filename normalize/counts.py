"""Counts printed in cells: ``146회``, ``1,234명``, ``1(채용박람회)``, ``-``."""

from __future__ import annotations

import re
from functools import lru_cache

from pledgecard.extract.vocabulary import Vocabulary, alternation, builtin, current
from pledgecard.normalize.text import DASHES, fold

__all__ = [
    "COUNT_UNITS",
    "LOOSE_NUMBER",
    "count_note",
    "count_units",
    "looks_like_number",
    "parse_count",
    "parse_number",
    "unreadable_number",
]


def count_units() -> tuple[str, ...]:
    """The counter words in force (the vocabulary's ``[counters]``), longest first where one is
    the prefix of another (개사 before 개)."""
    return current().build(_units)


def _units(v: Vocabulary) -> tuple[str, ...]:
    return tuple(v.words("counters"))


#: The built-in counter words (a user's ``--vocabulary`` may add more: :func:`count_units`).
COUNT_UNITS: tuple[str, ...] = _units(builtin())


def _count_re(v: Vocabulary) -> re.Pattern[str]:
    units = alternation(_units(v))
    return re.compile(
        rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+)\s*(?P<unit>{units})?\s*(?:[(（](?P<note>[^()（）]*)[)）])?"
    )


#: Regex source of a number as printed, OCR look-alikes of 0 and 1 included (``l46``, ``1,2OO``,
#: ``12,3,45``): one whole token, so that a confused token is refused whole, never read in part.
LOOSE_NUMBER = r"(?<![\dOoIl|,.A-Za-z])(?=[\dOoIl|,.]*\d)[\dOoIl|](?:[\dOoIl|]|[,.]+(?=[\dOoIl|]))*+"
#: Regex source of a number as printed, digits only (``1,234``, ``2.5``): the one copy (goal_listed_counts reads it).
STRICT_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_STRICT_NUMBER = re.compile(STRICT_NUMBER)


def parse_number(token: str) -> int | float | None:
    """A number token: ``'1,234'`` -> 1234, ``'2.5'`` -> 2.5; look-alike letters (``l46``),
    misplaced commas (``12,3,45``) or anything else -> ``None``."""
    s = fold(token or "")
    if len(s) > 30 or not _STRICT_NUMBER.fullmatch(s):
        return None
    s = s.replace(",", "")
    return float(s) if "." in s else int(s)


def parse_count(raw: str | None) -> tuple[int | None, str | None]:
    """``'146회'`` -> ``(146, '회')``; ``'1(채용박람회)'`` -> ``(1, None)``; ``'-'`` -> ``(0, None)``.

    Empty or unreadable text gives ``(None, None)``.
    """
    s = fold(raw or "")
    if not s:
        return None, None
    if s in DASHES:
        return 0, None
    m = current().build(_count_re).fullmatch(s)
    if not m or len(m.group("num")) > 20:
        return None, None
    return int(m.group("num").replace(",", "")), m.group("unit")


def count_note(raw: str | None) -> str | None:
    """The parenthesized note of a count cell: ``'1(채용박람회)'`` -> ``'채용박람회'``."""
    m = current().build(_count_re).fullmatch(fold(raw or ""))
    if not m or not m.group("note"):
        return None
    return fold(m.group("note")) or None


def _number_with_unit(v: Vocabulary) -> re.Pattern[str]:
    return _number_with_units((*_units(v), *v.words("counters", "figure_units")))


@lru_cache(maxsize=64)  # a check asks with the same units for every goal of the batch
def _number_with_units(units: tuple[str, ...]) -> re.Pattern[str]:
    alts = alternation(set(units))
    return re.compile(rf"({LOOSE_NUMBER})\s*(?:{alts})")


# characters a printed figure never follows glued (``1#8호``, ``A8호``): a figure after one is part of a token
# that is no figure (the goal values' pattern looks behind for the same characters)
GLUED_TO_FIGURE = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#*@&$.,/_+-")


def unreadable_number(text: str | None, units: tuple[str, ...] | None = None) -> str | None:
    """The first number-with-unit token of ``text`` that cannot be read (``'신설(l56명 운영)'`` ->
    ``'l56'``; a text that is one bare figure, ``'1O0'``, as a whole), or ``None``: for checks that flag a null value whose printed text held a figure.
    ``units``: the unit words a figure may carry (default: the counters and figure units of the vocabulary)."""
    pattern = current().build(_number_with_unit) if not units else _number_with_units(units)
    folded = fold(text or "")
    for m in pattern.finditer(folded):
        if m.start() > 0 and folded[m.start() - 1] in GLUED_TO_FIGURE:  # 1#8호: no figure 8 of its own
            return folded[: m.end(1)].split()[-1]
        return None if parse_number(m.group(1)) is not None else m.group(1)
    bare = fold(text or "")  # a cell printing a bare figure, its unit in the table's head (1O0)
    if looks_like_number(bare) and parse_number(bare) is None:
        return bare
    return None


_LOOK_ALIKE_NUMBER = re.compile(r"[\dOoIl|](?:[\dOoIl|]|[,.]+(?=[\dOoIl|]))*")


def looks_like_number(text: str) -> bool:
    """Whether ``text`` is wholly one figure, its digits perhaps confused with look-alike letters
    (``1,200``, ``1O0``, ``l``: a bare figure as a table cell prints it)."""
    return bool(_LOOK_ALIKE_NUMBER.fullmatch(text.strip()))
