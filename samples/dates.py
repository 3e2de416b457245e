"""Date objects (CARD_SCHEMA.md) for synthetic cards: a value and one of its printed shapes.

Every function takes a :class:`random.Random` to pick how the date is printed and returns the
date object ``{"raw", "label", "start", "end", "precision"}`` whose label/start/end are computed
from the value, never parsed back from the text.
"""

from __future__ import annotations

import calendar
import random
from typing import Any

DateObj = dict[str, Any]

APOSTROPHES = ["'", "'", "'", "'", "\u2019", "\u2019", "\u2018", "\uff07"]  # ', ’, ‘, ＇


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _yy(rnd: random.Random, y: int) -> str:
    return f"{rnd.choice(APOSTROPHES)}{y % 100:02d}"


def _obj(raw: str, label: str, start: str, end: str | None, precision: str) -> DateObj:
    return {"raw": raw, "label": label, "start": start, "end": end, "precision": precision}


def day(rnd: random.Random, y: int, m: int, d: int) -> DateObj:
    raw = rnd.choice(
        [f"{y}. {m}. {d}.", f"{_yy(rnd, y)}. {m}. {d}.", f"{y}.{m:02d}.{d:02d}.", f"{y}. {m}. {d}."]
    )
    iso = f"{y}-{m:02d}-{d:02d}"
    return _obj(raw, iso, iso, iso, "day")


def month(rnd: random.Random, y: int, m: int, *, plan: bool = False) -> DateObj:
    shapes = [
        f"{_yy(rnd, y)}. {m}.",
        f"{_yy(rnd, y)}. {m}월",
        f"{y}. {m}월",
        f"{y}. {m}.",
        f"{y}년 {m}월",
        f"{_yy(rnd, y)}.{m}월",
    ]
    if plan:
        shapes += [f"{y}. {m}월 중", f"{_yy(rnd, y)}. {m}월 예정"]
    return _obj(
        rnd.choice(shapes), f"{y}-{m:02d}", f"{y}-{m:02d}-01", f"{y}-{m:02d}-{_last_day(y, m):02d}", "month"
    )


def quarter(rnd: random.Random, y: int, q: int, *, suffix: str = "") -> DateObj:
    raw = rnd.choice([f"{_yy(rnd, y)}. {q}분기", f"{y}년 {q}분기", f"{_yy(rnd, y)}년 {q}분기"]) + suffix
    m0 = 3 * q - 2
    return _obj(
        raw, f"{y}-Q{q}", f"{y}-{m0:02d}-01", f"{y}-{m0 + 2:02d}-{_last_day(y, m0 + 2):02d}", "quarter"
    )


def half(rnd: random.Random, y: int, h: int, *, plan: bool = False) -> DateObj:
    word = "상반기" if h == 1 else "하반기"
    raw = rnd.choice([f"{_yy(rnd, y)}. {word}", f"{y}년 {word}", f"{_yy(rnd, y)}년 {word}"])
    if plan and rnd.random() < 0.4:
        raw += " 예정"
    start, end = (f"{y}-01-01", f"{y}-06-30") if h == 1 else (f"{y}-07-01", f"{y}-12-31")
    return _obj(raw, f"{y}-H{h}", start, end, "half")


def _semester_span(y: int, s: int) -> tuple[str, str]:
    if s == 1:
        return f"{y}-03-01", f"{y}-08-31"
    return f"{y}-09-01", f"{y + 1}-02-{_last_day(y + 1, 2):02d}"


def semester(rnd: random.Random, y: int, s: int) -> DateObj:
    raw = rnd.choice([f"{_yy(rnd, y)}. {s}학기", f"{y}년 {s}학기", f"{_yy(rnd, y)}년 {s}학기"])
    start, end = _semester_span(y, s)
    return _obj(raw, f"{y}-S{s}", start, end, "semester")


def year(rnd: random.Random, y: int) -> DateObj:
    raw = rnd.choice([f"{y}년", f"{_yy(rnd, y)}년", f"{y}년 중"])
    return _obj(raw, f"{y}", f"{y}-01-01", f"{y}-12-31", "year")


def month_range(rnd: random.Random, y1: int, m1: int, y2: int, m2: int, *, period: bool = False) -> DateObj:
    """A month range; the right side omits its year when the printed shape allows it."""
    if period:
        raw = rnd.choice(
            [
                f"{y1}. {m1}월 ~ {y2}. {m2}월",
                f"{y1}. {m1}. ~ {y2}. {m2}.",
                f"{y1}.{m1}.~{y2}.{m2}.",
                f"{y1}년 {m1}월 ~ {y2}년 {m2}월",
            ]
        )
    elif y1 == y2 or (y2 == y1 + 1 and m2 < m1):
        raw = rnd.choice(
            [
                f"{_yy(rnd, y1)}. {m1} ~ {m2}.",
                f"{_yy(rnd, y1)}. {m1} ~{m2}.",
                f"{_yy(rnd, y1)}. {m1}.~{m2}.",
                f"{y1}.{m1}.~{y2}.{m2}.",
                f"{_yy(rnd, y1)}. {m1} ~ {_yy(rnd, y2)}. {m2}.",
            ]
        )
    else:
        raw = rnd.choice([f"{_yy(rnd, y1)}. {m1} ~ {_yy(rnd, y2)}. {m2}.", f"{y1}.{m1}.~{y2}.{m2}."])
    return _obj(
        raw,
        f"{y1}-{m1:02d}/{y2}-{m2:02d}",
        f"{y1}-{m1:02d}-01",
        f"{y2}-{m2:02d}-{_last_day(y2, m2):02d}",
        "month",
    )


def month_span(raw: str, y1: int, m1: int, y2: int, m2: int) -> DateObj:
    """The month range ``y1-m1 .. y2-m2`` printed as ``raw`` (the caller chose the shape)."""
    return _obj(
        raw,
        f"{y1}-{m1:02d}/{y2}-{m2:02d}",
        f"{y1}-{m1:02d}-01",
        f"{y2}-{m2:02d}-{_last_day(y2, m2):02d}",
        "month",
    )


def year_range(rnd: random.Random, y1: int, y2: int) -> DateObj:
    raw = rnd.choice([f"{y1}. ~ {y2}.", f"{y1}년 ~ {y2}년", f"{y1}~{y2}년"])
    return _obj(raw, f"{y1}/{y2}", f"{y1}-01-01", f"{y2}-12-31", "year")


def open_semester(rnd: random.Random, y: int, s: int) -> DateObj:
    raw = f"{_yy(rnd, y)}. {s}학기~"
    start, _ = _semester_span(y, s)
    return _obj(raw, f"{y}-S{s}/..", start, None, "semester")


def as_of_current(rnd: random.Random, y: int, q: int) -> DateObj:
    """The 'now' heading of a card: ``2024년 4분기 현재`` or a month-end shape."""
    if rnd.random() < 0.8:
        m0 = 3 * q - 2
        return _obj(
            f"{y}년 {q}분기 현재",
            f"{y}-Q{q}",
            f"{y}-{m0:02d}-01",
            f"{y}-{m0 + 2:02d}-{_last_day(y, m0 + 2):02d}",
            "quarter",
        )
    m = 3 * q
    return _obj(
        f"{y}. {m}월 말 기준",
        f"{y}-{m:02d}",
        f"{y}-{m:02d}-01",
        f"{y}-{m:02d}-{_last_day(y, m):02d}",
        "month",
    )


def in_term(
    rnd: random.Random, lo: tuple[int, int], hi: tuple[int, int], *, allow_range: bool = True
) -> DateObj:
    """A dated achievement between year-month ``lo`` and ``hi`` in one of many printed shapes."""
    y1, m1 = _pick_month(rnd, lo, hi)
    kind = rnd.random()
    if kind < 0.45:
        return month(rnd, y1, m1)
    if kind < 0.55:
        return day(rnd, y1, m1, rnd.randint(1, _last_day(y1, m1)))
    if kind < 0.65:
        return quarter(rnd, y1, (m1 - 1) // 3 + 1)
    if kind < 0.70:
        return semester(rnd, y1, 1 if 3 <= m1 <= 8 else 2)
    if kind < 0.72:
        return open_semester(rnd, y1, 1 if 3 <= m1 <= 8 else 2)
    if kind < 0.77:
        return half(rnd, y1, 1 if m1 <= 6 else 2)
    if not allow_range:
        return month(rnd, y1, m1)
    span = rnd.randint(1, 5)
    y2, m2 = (y1, m1 + span) if m1 + span <= 12 else (y1 + 1, m1 + span - 12)
    if (y2, m2) > hi:
        return month(rnd, y1, m1)
    return month_range(rnd, y1, m1, y2, m2)


def _pick_month(rnd: random.Random, lo: tuple[int, int], hi: tuple[int, int]) -> tuple[int, int]:
    a = lo[0] * 12 + lo[1] - 1
    b = hi[0] * 12 + hi[1] - 1
    k = rnd.randint(a, max(a, b))
    return k // 12, k % 12 + 1


def plan_date(rnd: random.Random, y: int) -> DateObj:
    """A date in the 향후계획 section: future halves, months, semesters, ranges."""
    kind = rnd.random()
    if kind < 0.35:
        return half(rnd, y, rnd.randint(1, 2), plan=True)
    if kind < 0.6:
        return month(rnd, y, rnd.randint(1, 12), plan=True)
    if kind < 0.7:
        return semester(rnd, y, rnd.randint(1, 2))
    if kind < 0.8:
        return year(rnd, y)
    if kind < 0.9:
        return quarter(rnd, y, rnd.randint(1, 4))
    m1 = rnd.randint(1, 10)
    return month_range(rnd, y, m1, y, rnd.randint(m1 + 1, 12))
