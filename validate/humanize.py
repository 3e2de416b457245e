"""Figures and dates as people write them, for the report.

>>> amount(20209000000, "원")
'20,209,000,000원'
>>> interval("2026-S1/..")
'2026년 1학기~'
>>> interval("2026-H1/.."), interval("2023-S2/2024-S1")
('2026년 상반기~', '2023년 2학기~2024년 1학기')
>>> interval("2025-H1/2027-H2")
'2025년 상반기~2027년 하반기'
>>> interval("2024-Q4"), interval("2024-09"), interval("2024-09-03"), interval("../2024")
('2024년 4분기', '2024년 9월', '2024년 9월 3일', '~2024년')
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from pledgecard.validate.wording import table, word

_POINT = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])|S(?P<s>[12])))?$"
)


@lru_cache(maxsize=4096)  # a batch's cards share their dates: each label worded once
def point(label: str) -> str:
    """One date label (``2024``, ``2024-09``, ``2024-09-03``, ``2024-Q4``, ``2024-H1``, ``2024-S2``)
    in Korean; anything else unchanged."""
    m = _POINT.match(label.strip())
    if not m:
        return label
    out = f"{m['y']}{word('dates', 'year')}"
    if m["m"]:
        out += f" {int(m['m'])}{word('dates', 'month')}" + (
            f" {int(m['d'])}{word('dates', 'day')}" if m["d"] else ""
        )
    elif m["q"]:
        out += f" {m['q']}{word('dates', 'quarter')}"
    elif m["h"]:
        out += f" {table('dates')['halves'][m['h']]}"
    elif m["s"]:
        out += f" {m['s']}{word('dates', 'semester')}"
    return out


def interval(label: Any) -> Any:
    """A date label or interval (``A/B``, ``A/..``, ``../B``) as people write it; non-strings unchanged."""
    if not isinstance(label, str) or not label:
        return label
    if "/" not in label:
        return point(label)
    start, _, end = label.partition("/")
    a = "" if start in ("", "..") else point(start)
    b = "" if end in ("", "..") else point(end)
    return f"{a}~{b}"


def amount(value: Any, unit: str | None = None) -> Any:
    """A number with thousands separators and its unit; other values unchanged.

    >>> amount(1234.5, "명"), amount(None), amount("x")
    ('1,234.5명', None, 'x')
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}{unit or ''}"


_LABEL = re.compile(r"^(?:\.\.|\d{4}(?:-[\dQHS][\d-]*)?)(?:/(?:\.\.|\d{4}(?:-[\dQHS][\d-]*)?))?$")


def looks_like_date(text: str) -> bool:
    """Whether ``text`` is a date label or interval label.

    >>> looks_like_date("2024-Q4/.."), looks_like_date("a date"), looks_like_date("2024")
    (True, False, True)
    """
    return bool(_LABEL.match(text))
