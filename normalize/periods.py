"""A schedule's periods: the sub-columns of its year heads (four quarters ``1/4`` .. ``4/4``, twelve months
``1`` .. ``12``, two halves, numbered in order or named in words under their year), and the date running from
one period to another. Read by the schedule sections (extract/sections/schedule_tables.py) and by the text
readers placing a schedule's head cells (extract/readers/text_html_spans.py).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Any

from pledgecard.extract.vocabulary import current, year_of
from pledgecard.normalize.dates import parse_date
from pledgecard.normalize.text import fold

PERIOD_NUMBER = re.compile(r"\s*(\d{1,2})(?!\d)")
SUBS_A_YEAR = {4: 3, 12: 1, 2: 6}  # sub-columns a year -> months a sub-column


@dataclass(frozen=True, slots=True)
class Period:
    """The ``k``-th of the ``n`` sub-columns of ``year`` and the head texts that printed it."""

    year: int
    n: int
    k: int
    raw: str

    def bounds(self) -> tuple[str, str]:
        step = 12 // self.n
        m1, m2 = step * (self.k - 1) + 1, step * self.k
        last = calendar.monthrange(self.year, m2)[1]
        return f"{self.year}-{m1:02d}-01", f"{self.year}-{m2:02d}-{last:02d}"

    def label(self) -> str:
        if self.n == 4:
            return f"{self.year}-Q{self.k}"
        if self.n == 2:
            return f"{self.year}-H{self.k}"
        return f"{self.year}-{self.k:02d}"


def _precision(n: int) -> str:
    return {4: "quarter", 2: "half"}.get(n, "month")


def span_date(first: Period, last: Period) -> dict[str, Any]:
    """The date object running from ``first``'s period to ``last``'s."""
    start, end = first.bounds()[0], last.bounds()[1]
    if first == last:
        return {"raw": first.raw, "label": first.label(), "start": start, "end": end,
                "precision": _precision(first.n)}
    return {"raw": f"{first.raw} ~ {last.raw}", "label": f"{first.label()}/{last.label()}", "start": start,
            "end": end, "precision": _precision(first.n)}


def year_head(text: str) -> int | None:
    """The year a head prints wholly (``2025년``, ``'25``), else None."""
    m = current().year_re.fullmatch(" ".join(text.split()))
    return year_of(m) if m else None


def periods(years: list[str], subs: list[str]) -> list[Period] | None:
    """The period of every sub-column: ``years`` the year head over each sub-column (a spanning head
    repeated), ``subs`` the sub-column heads; None unless every year's sub-columns are numbered
    1 .. n in order with n four, twelve or two."""
    if not subs or len(years) != len(subs):
        return None
    out: list[Period] = []
    k = 0
    while k < len(subs):
        year = year_head(years[k])
        n = 1
        while k + n < len(subs) and years[k + n] == years[k]:
            n += 1
        if year is None or n not in SUBS_A_YEAR:
            return None
        for i in range(n):
            m = PERIOD_NUMBER.match(subs[k + i])
            if (m is None or int(m.group(1)) != i + 1) and not _named(years[k], subs[k + i], Period(year, n, i + 1, "")):
                return None
            out.append(Period(year, n, i + 1, f"{fold(years[k])} {fold(subs[k + i])}"))
        k += n
    return out


def _named(year: str, sub: str, period: Period) -> bool:
    """Whether a sub-column head names its period in words under its year's head (``상반기`` under
    ``2025년``: the date words read the two together as that period)."""
    if not sub.strip() or any(ch.isdigit() for ch in sub):
        return False
    d = parse_date(f"{fold(year)} {fold(sub)}")
    if d["label"] is None:  # no date (:func:`is_date`)
        return False
    return (d.get("start"), d.get("end")) == period.bounds()
