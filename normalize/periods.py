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
        return {
            "raw": first.raw,
            "label": first.label(),
            "start": start,
            "end": end,
            "precision": _precision(first.n),
        }
    return {
        "raw": f"{first.raw} ~ {last.raw}",
        "label": f"{first.label()}/{last.label()}",
        "start": start,
        "end": end,
        "precision": _precision(first.n),
    }


def year_head(text: str) -> int | None:
    """The year a head prints wholly (``2025년``, ``'25``), else None."""
    m = current().year_re.fullmatch(" ".join(text.split()))
    return year_of(m) if m else None


def periods(years: list[str], subs: list[str]) -> list[Period] | None:
    """The period of every sub-column: ``years`` the year head over each sub-column (a spanning head
    repeated), ``subs`` the sub-column heads; None unless every year's sub-columns are numbered
    1 .. n in order with n four, twelve or two. The first year may print only its last periods and the
    last year only its first (a schedule starting or ending mid-year: ``2025년`` over ``4분기`` alone, then
    ``2026년`` over its four), numbered in order, where a year printed whole tells n
    (:func:`_partial_runs`)."""
    if not subs or len(years) != len(subs):
        return None
    runs: list[tuple[int, int]] = []  # (first sub-column, count) of each year's run
    k = 0
    while k < len(subs):
        n = 1
        while k + n < len(subs) and years[k + n] == years[k]:
            n += 1
        runs.append((k, n))
        k += n
    partial = _partial_runs(years, subs, runs)
    out: list[Period] = []
    for j, (k, n) in enumerate(runs):
        year = year_head(years[k])
        if year is None:
            return None
        if j in partial:
            whole, first = partial[j]
            out += [Period(year, whole, first + i, f"{fold(years[k])} {fold(subs[k + i])}") for i in range(n)]
            continue
        if n not in SUBS_A_YEAR:
            return None
        for i in range(n):
            if _number(subs[k + i]) != i + 1 and not _named(
                years[k], subs[k + i], Period(year, n, i + 1, "")
            ):
                return None
            out.append(Period(year, n, i + 1, f"{fold(years[k])} {fold(subs[k + i])}"))
    return out


def _number(sub: str) -> int | None:
    """The number a period cell opens with (``2분기`` -> 2, ``2`` -> 2), None where it prints none: the one
    reader of a period's number (:func:`periods` and :func:`_numbers` both asked PERIOD_NUMBER apart)."""
    m = PERIOD_NUMBER.match(sub)
    return int(m.group(1)) if m is not None else None


def _numbers(subs: list[str]) -> list[int] | None:
    """The numbers of a run of period cells, None unless every cell prints one."""
    nums = [_number(s) for s in subs]
    return None if None in nums else nums  # type: ignore[return-value]


def _partial_runs(
    years: list[str], subs: list[str], runs: list[tuple[int, int]]
) -> dict[int, tuple[int, int]]:
    """The year runs (by index) printing part of their year, each (the periods a year, the first one's number):
    the first run numbered on in order to the year's last period, the last run from its first, fewer than a
    year's periods, where the other runs are each a whole year of one count of periods. A year printed whole
    with more periods proves the count: a last run ``1분기 2분기`` after a year of four is a year's first two
    quarters, not its two halves (class fixed: a quarterly schedule ending at 2026 Q2 read as 2026's half-years;
    and a last run numbered past the year's count, ``1 2 3`` after years of two, read as a third half-year)."""
    if len(runs) < 2:
        return {}
    whole_counts: set[int] = set()
    for j, (k, n) in enumerate(runs):
        nums = _numbers(subs[k : k + n])
        if nums == list(range(1, n + 1)) and n in SUBS_A_YEAR:
            whole_counts.add(n)
        elif j not in (0, len(runs) - 1):
            return {}
    for whole in sorted(whole_counts, reverse=True):
        out = _partial_under(subs, runs, whole)
        if out is not None:
            return out
    return {}


def _partial_under(
    subs: list[str], runs: list[tuple[int, int]], whole: int
) -> dict[int, tuple[int, int]] | None:
    """The partial runs where a year has ``whole`` periods: None unless every middle run is a whole year and each
    end run is a whole year or its part (fewer periods, numbered in order within 1 .. ``whole``)."""
    out: dict[int, tuple[int, int]] = {}
    last = len(runs) - 1
    for j, (k, n) in enumerate(runs):
        nums = _numbers(subs[k : k + n])
        if nums == list(range(1, whole + 1)):
            continue
        if j not in (0, last) or nums is None or n >= whole or nums != list(range(nums[0], nums[0] + n)):
            return None
        if j == 0 and nums[-1] == whole and nums[0] >= 1:
            out[j] = (whole, nums[0])
        elif j == last and nums[0] == 1:
            out[j] = (whole, 1)
        else:
            return None
    return out or None


def _named(year: str, sub: str, period: Period) -> bool:
    """Whether a sub-column head names its period in words under its year's head (``상반기`` under
    ``2025년``: the date words read the two together as that period)."""
    if not sub.strip() or any(ch.isdigit() for ch in sub):
        return False
    d = parse_date(f"{fold(year)} {fold(sub)}")
    if d["label"] is None:  # no date (:func:`is_date`)
        return False
    return (d.get("start"), d.get("end")) == period.bounds()


_PRECISION_SUBS = {"quarter": 4, "half": 2, "month": 12}


def dated_periods(heads: list[str]) -> list[Period] | None:
    """The periods of a schedule's head printed in one row, each cell a whole period with its year (``’25.4Q`` |
    ``’26.1Q`` | …, ``2025. 하반기`` | ``2026. 상반기``): every cell one quarter, half or month (all of one kind) read
    by the date parser, in evenly spaced steps (:func:`_evenly_spaced`); None otherwise (two cells or more). Cells
    printing only a year and a number (``’25.4``) and not evenly spaced as the months the parser reads are read
    as the one other kind (quarters or halves) that makes them consecutive, where exactly one does
    (:func:`_bare_kind`). Class fixed: a Gantt-like schedule under compact quarter heads (doc-haneulbit-city-5-7),
    read as no schedule, its plans lost; and the same heads printed without their ``Q`` (``’25.4 | ’26.1 | …``)
    read as months (April 2025, January 2026), every plan date wrong and no finding (review d, session 37)."""
    if len(heads) < 2:
        return None
    out: list[Period] = []
    for cell in heads:
        date = parse_date(fold(cell)) if cell.strip() else None
        n = _PRECISION_SUBS.get(str((date or {}).get("precision")))
        label, start = (date or {}).get("label"), (date or {}).get("start")
        if n is None or not label or "/" in str(label) or not start or (out and out[0].n != n):
            return None
        year, month = int(str(start)[:4]), int(str(start)[5:7])
        out.append(Period(year, n, (month - 1) // (12 // n) + 1, fold(cell)))
    if _evenly_spaced(out):
        return out
    return _bare_kind(out) if out[0].n == 12 else None


def dated_head_unsure(heads: list[str]) -> bool:
    """Whether a one-row schedule head prints a period with its year in every cell (two or more) that
    :func:`dated_periods` cannot read as one evenly spaced run: a schedule whose dates are unsure."""
    if len(heads) < 2 or dated_periods(heads) is not None:
        return False
    for cell in heads:
        date = parse_date(fold(cell)) if cell.strip() else None
        if str((date or {}).get("precision")) not in _PRECISION_SUBS or "/" in str((date or {}).get("label")):
            return False
    return True


def _evenly_spaced(periods: list[Period]) -> bool:
    """Whether the periods (all of one kind) run forward in one constant step of that kind."""
    idx = [p.year * p.n + p.k - 1 for p in periods]
    steps = {b - a for a, b in zip(idx, idx[1:], strict=False)}
    return len(steps) == 1 and min(steps) > 0


_BARE_PERIOD = re.compile(r"^\W*\d{2,4}\W+\d{1,2}\W*$")


def _bare_kind(months: list[Period]) -> list[Period] | None:
    """Month periods whose cells print only a year and a number, read as the quarters or the halves that make
    them consecutive where exactly one of those kinds does; None otherwise (the reading is unsure)."""
    if not all(_BARE_PERIOD.match(p.raw) for p in months):
        return None
    found: list[list[Period]] = []
    for n in (4, 2):
        if all(p.k <= n for p in months):
            other = [Period(p.year, n, p.k, p.raw) for p in months]
            idx = [p.year * n + p.k - 1 for p in other]
            if all(b - a == 1 for a, b in zip(idx, idx[1:], strict=False)):
                found.append(other)
    return found[0] if len(found) == 1 else None
