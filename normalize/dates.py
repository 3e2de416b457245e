"""Korean date expressions -> date objects (CARD_SCHEMA.md).

A date object is ``{"raw", "label", "start", "end", "precision"}``. ``parse_date`` always
returns one; an expression it cannot read gives ``label``/``start``/``end``/``precision``
``None`` (never a guess). ``find_dates`` finds every date expression inside longer text.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pledgecard.extract.vocabulary import Vocabulary, builtin, current
from pledgecard.normalize.text import fold, fold_fullwidth

__all__ = [
    "DATE_PATTERN",
    "PRECISIONS",
    "date_pattern",
    "find_dates",
    "garbled_years",
    "is_date",
    "is_vague_date",
    "looks_like_date",
    "parse_date",
]

PRECISIONS = ("day", "month", "quarter", "half", "semester", "year")
# Coarseness used for a range's precision (ties keep the left side's).
_RANK = {"day": 0, "month": 1, "quarter": 2, "half": 3, "semester": 3, "year": 4}

_Q = "['\u2019\u2018\uff07`\u00b4\u2032\u201b]"  # apostrophe look-alikes before a 2-digit year
_Y4 = r"(?:19|20)\d{2}"
_RANGE_SEP = rf"\s*(?:[~\u223c\u301c\uff5e]|[-\u2013\u2014](?=\s*(?:{_Q}\s*\d{{2}}|{_Y4})))\s*"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_MONTH = r"(?:1[0-2]|0?[1-9])(?!\d)"


@dataclass(frozen=True, slots=True)
class _Words:
    """The date words of one vocabulary as regex alternations (``[date_words]``)."""

    year: str
    year_suffix: str
    year_chars: str  # the letters of the year words, for a one-letter look-behind
    month: str
    day: str
    quarter: str
    quarter_ordinal: str
    ordinal_prefix: str  # a word before a period's number: 제3분기
    half: str
    halves: str
    half_alone: str
    semester: str
    week: str  # a month's week after its month: 12. 3주차
    qualifier: str
    open_on: str  # words after a range's separator that leave it open ('24.3월~계속)
    first_half: frozenset[str]

    @classmethod
    def of(cls, v: Vocabulary) -> _Words:
        def alt(name: str) -> str:
            return f"(?:{v.alternation('date_words', name)})"

        def wrapped(name: str) -> str:
            """A word a line break may have cut (``하반`` / ``기`` joined with a space): one space
            allowed between its letters."""
            words = ["[ ]?".join(map(re.escape, w)) for w in v.words("date_words", name)]
            return "(?:" + ("|".join(words) or "(?!)") + ")"

        letters = set("".join(v.words("date_words", "year") + v.words("date_words", "year_suffix")))
        halves = v.words("date_words", "first_half") + v.words("date_words", "second_half")
        return cls(
            year=alt("year"),
            year_suffix=alt("year_suffix"),
            year_chars="".join(re.escape(c) for c in sorted(letters)),
            month=alt("month"),
            day=alt("day"),
            quarter=wrapped("quarter"),
            quarter_ordinal=alt("quarter_ordinal"),
            ordinal_prefix=alt("ordinal_prefix"),
            half=wrapped("half"),
            halves="(?:" + ("|".join(map(re.escape, halves)) or "(?!)") + ")",
            half_alone=alt("half_alone"),
            semester=wrapped("semester"),
            week=alt("week"),
            qualifier=alt("qualifiers"),
            open_on=alt("open_on"),
            first_half=frozenset(v.words("date_words", "first_half")),
        )


def _qualifier(w: _Words) -> str:
    """Trailing words ignored for the value; each must end a word (중 yes, 중순 no). No nested repeats."""
    return rf"(?:\s*{w.qualifier}(?={w.qualifier}|[^가-힣]|$))*"


def _bare_end(w: _Words) -> str:
    """A number written without month/day words or a point must not run into more digits or a word
    (3대, 9개, 12.3), nor be the numerator of a fraction (the 2 of ``'23. 2/4분기`` is a quarter), nor a period's
    number a space before its word (``'23. 3 분기``: a converter parting two runs of type with a space)."""
    return rf"(?:(?![\d가-힣A-Za-z.%]|\s*/\s*\d|\s*{w.quarter}|\s*{w.semester})|(?={w.qualifier}))"


def _period_ahead(w: _Words) -> str:
    """A quarter, half or semester as printed after a year (3/4분기, 3사분기, 상반기, 2학기)."""
    return (
        rf"(?:{w.ordinal_prefix}\s*)?[1-4]\s*(?:/\s*4\s*|{w.quarter_ordinal})?{w.quarter}|{w.halves}\s*{w.half}"
        rf"|[12]\s*{w.semester}|{w.half_alone}"
    )


def _unit_ahead(w: _Words) -> str:
    """A two-digit year without apostrophe is one only before a month or period word, or before a
    month closed by its point (``23.5.``, ``23. 5.~8.``: a decimal never closes with a point; a
    point followed by more digits, ``23.5.15``, is no such month), or as a day printed ``YY.MM.DD``
    with every part two digits (``24.09.30``: no decimal nor outline number pads its parts so)."""
    return (
        rf"(?=\s*(?:\.|{w.year})\s*(?:{_MONTH}\s*{w.month}|{_period_ahead(w)})"
        rf"|\.\s*{_MONTH}\s*\.(?!\s*\d)"
        rf"|\.(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])\.?(?![\d.,]))"
    )


def _qhs(p: str, w: _Words, *, fraction: bool = False) -> str:
    """Quarter, half or semester, named with prefix ``p``: ``3/4분기``, ``상반기``, ``上`` (a half's
    mark standing alone), ``2학기``; with ``fraction`` (right after a stated year) also a quarter
    printed as the bare fraction ``3/4`` (``'24.3/4``)."""
    bare = r"|/\s*4(?!\s*[\d/.,])" if fraction else ""
    return (
        rf"(?:(?:{w.ordinal_prefix}\s*)?(?P<{p}qn>[1-4])\s*(?:(?:/\s*4\s*|{w.quarter_ordinal})?{w.quarter}{bare})"
        rf"|(?P<{p}h>{w.halves})\s*{w.half}|(?P<{p}ha>{w.half_alone})"
        rf"|(?P<{p}s>[12])\s*{w.semester})"
    )


def _week_end(w: _Words) -> str:
    """After a week's word: no word glued to it, or a qualifier glued (``4주차까지``: the week kept)."""
    return rf"(?:(?![가-힣\d])|(?={w.qualifier}))"


def _week_alone(w: _Words) -> str:
    """A range's right side printing its week alone (``'22. 3. 3주차~4주차``): the left side's month's week."""
    return rf"(?P<pwo>[1-5])\s*{w.week}{_week_end(w)}"


def _md(p: str, w: _Words) -> str:
    """Month with an optional day: ``9.``, ``9월``, ``9`` (bare), ``4. 15.``, ``4월 15일``; or with its week
    (``12. 3주차``, ``12월 3주차``: the week's days, :func:`_week`)."""
    bare_end = _bare_end(w)
    return (
        rf"(?P<{p}m>{_MONTH})"
        rf"(?:\s*(?:{w.month}|\.)\s*(?P<{p}wk>[1-5])\s*{w.week}{_week_end(w)}"
        rf"|\s*{w.month}(?:\s*(?P<{p}d1>{_DAY})\s*{w.day})?"
        rf"|\s*\.(?:\s*(?P<{p}d2>{_DAY})(?:\s*(?:\.|{w.day})|{bare_end}))?"
        rf"|{bare_end})"
    )


def _side(p: str, w: _Words, *, left: bool) -> str:
    """One side of a range that states its year."""
    y4_ahead = rf"(?=\s*(?:{w.year}|\.|{_RANGE_SEP}|{_period_ahead(w)}))" if left else ""
    # ISO-like: 2024-03, 2024/03/05; unpadded only with a day and one separator twice (2024-3-5,
    # 2024/3/15: a 2024-3 alone may be a code; no back-reference: date_pattern drops the group names)
    iso = (
        rf"(?P<{p}iy>{_Y4})(?:[-/](?P<{p}im>0[1-9]|1[0-2])"
        rf"(?:[-/](?P<{p}id>0[1-9]|[12]\d|3[01]))?"
        rf"|-(?P<{p}iu>{_MONTH})-(?P<{p}iud>{_DAY})|/(?P<{p}iv>{_MONTH})/(?P<{p}ivd>{_DAY}))(?![\d/-])"
    )
    year = (
        rf"(?:(?P<{p}q>{_Q})\s*(?P<{p}yq>\d{{2}})(?!\d)"
        rf"|(?P<{p}y4>{_Y4})(?!\d){y4_ahead}"
        rf"|(?P<{p}yu>\d{{2}}){_unit_ahead(w)})"
    )
    rest = (
        rf"(?:\s*(?:{w.year}{w.year_suffix}?|\.))?"
        rf"(?:(?<=[.{w.year_chars}])\s*{_md(p, w)}|\s*{_qhs(p, w, fraction=True)})?"
    )
    return rf"(?:{iso}|{year}{rest})"


def _partial(p: str, w: _Words) -> str:
    """A side without a year (the right side of ``'24. 9 ~ 12.``)."""
    return rf"(?:{_qhs(p, w)}|{_md(p, w)})"


def _open_end(w: _Words) -> str:
    """Nothing after a range's separator, or a word that leaves it open (``'24.3월~``, ``'24.3월~계속``)."""
    return rf"(?:\s*{w.open_on})?(?!\s*\d)"


def _short_range(w: _Words) -> str:
    """``24.9.~25.6.``: two-digit years without apostrophe, read as years only in a month range
    whose both sides are printed ``YY.M.`` (a lone ``24.9.`` stays a number)."""
    return (
        rf"(?P<lyb>\d{{2}})\.\s*(?P<lmb>{_MONTH})\s*\.{_RANGE_SEP}"
        rf"(?P<ryb>\d{{2}})\.\s*(?P<rmb>{_MONTH})\s*\.(?!\s*\d)"
    )


def _full_src(w: _Words) -> str:
    return (
        rf"(?<![\d,.])(?:{_short_range(w)}|{_side('l', w, left=True)}"
        rf"(?:{_RANGE_SEP}(?:{_side('r', w, left=False)}|{_week_alone(w)}|{_partial('p', w)}|{_open_end(w)}))?)"
        rf"{_qualifier(w)}"
    )


def date_pattern(v: Vocabulary) -> str:
    """Regex source (no anchors, no named groups) matching one date expression of vocabulary ``v``,
    ranges included."""
    return re.sub(r"\(\?P<\w+>", "(?:", _full_src(_Words.of(v)))


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The compiled date patterns of one vocabulary."""

    words: _Words
    full: re.Pattern[str]
    yearless: re.Pattern[str]
    bare_year: re.Pattern[str]
    after: re.Pattern[str]
    date_chars: re.Pattern[str]
    year_like: re.Pattern[str]
    vague: re.Pattern[str]
    length: re.Pattern[str]  # a bracketed length closing a period: (4년간)


def _patterns(v: Vocabulary) -> _Patterns:
    w = _Words.of(v)
    yearless = (
        rf"{_partial('l', w)}"
        rf"(?:{_RANGE_SEP}(?:{_side('r', w, left=False)}|{_week_alone(w)}|{_partial('p', w)}|{_open_end(w)}))?"
        rf"{_qualifier(w)}"
    )
    # What a printed date is made of, OCR look-alikes of 0 and 1 (O o I l |) included: a text of
    # these characters only, with a year in it, was meant as a date even when it cannot be read.
    date_chars = (
        rf"(?:{_LIKE_DIGIT}|{_Q}|[.,~\u223c\u301c\uff5e\-\u2013\u2014/()\s]|{w.year}{w.year_suffix}?|{w.month}"
        rf"|{w.day}|{w.quarter}|{w.half}|{w.semester}|{w.halves}|{w.half_alone}|{w.quarter_ordinal}|{w.ordinal_prefix}|{w.qualifier})+"
    )
    year_like = (
        rf"{_Q}\s*{_LIKE_DIGIT}{{1,3}}(?!{_LIKE_DIGIT})|(?<!{_LIKE_DIGIT})[12]{_LIKE_DIGIT}{{3}}(?!{_LIKE_DIGIT})"
        rf"|(?<!{_LIKE_DIGIT}){_LIKE_DIGIT}{{3,5}}\s*\.|{_LIKE_DIGIT}{{2,5}}\s*{w.year}"
    )
    return _Patterns(
        words=w,
        full=re.compile(_full_src(w)),
        yearless=re.compile(yearless),
        bare_year=re.compile(rf"({_Y4})\s*\.?{_qualifier(w)}"),
        after=re.compile(rf"(?:{v.alternation('date_words', 'open_after')})\s*[)\]》>）]*\s*$"),
        date_chars=re.compile(date_chars),
        year_like=re.compile(year_like),
        # one vague word, or two printed together (매년 연중: every year, the year round)
        vague=re.compile(
            rf"(?:{v.alternation('date_words', 'vague')})(?:\s*(?:{v.alternation('date_words', 'vague')}))?"
            rf"{_qualifier(w)}"
        ),
        length=re.compile(rf"\s*[(（]\s*\d+\s*(?:{v.alternation('date_words', 'lengths')})\s*[)）]\s*$"),
    )


def _p() -> _Patterns:
    return current().build(_patterns)


#: Regex source (no anchors, no named groups) matching one date expression of the built-in
#: vocabulary, ranges included (:func:`date_pattern` gives it for another vocabulary).
DATE_PATTERN: str = date_pattern(builtin())

_WRAPPERS = {
    "(": ")",
    "（": "）",
    "[": "]",
    "《": "》",
    "〈": "〉",
    "<": ">",
    "【": "】",
    "「": "」",
    "『": "』",
}
_TRAILING_NOTE = re.compile(r"\s*[(（][^()（）\d]*[)）]\s*$")


@dataclass(frozen=True, slots=True)
class _Point:
    """One side of a date expression resolved to a period."""

    start: date
    end: date
    precision: str
    label: str


def _date_object(
    raw: str, point: _Point | None = None, end: _Point | None = None, *, open_end: bool = False
) -> dict[str, Any]:
    """Build the date object for a single point, a range or an unreadable ``raw``."""
    if point is None:
        return {"raw": raw, "label": None, "start": None, "end": None, "precision": None}
    if open_end:
        return {
            "raw": raw,
            "label": f"{point.label}/..",
            "start": point.start.isoformat(),
            "end": None,
            "precision": point.precision,
        }
    if end is None:
        return {
            "raw": raw,
            "label": point.label,
            "start": point.start.isoformat(),
            "end": point.end.isoformat(),
            "precision": point.precision,
        }
    precision = end.precision if _RANK[end.precision] > _RANK[point.precision] else point.precision
    # (a week is an interval already, ``start/end``: a range from or to one names its first or last day)
    left = point.start.isoformat() if "/" in point.label else point.label
    right = end.end.isoformat() if "/" in end.label else end.label
    return {
        "raw": raw,
        "label": f"{left}/{right}",
        "start": point.start.isoformat(),
        "end": end.end.isoformat(),
        "precision": precision,
    }


def _week(year: int, month: int, week: int) -> _Point:
    """The ``week``-th week of a month (``12. 3주차``) as its days: the month's days ``7(week-1)+1`` to ``7week``,
    the fifth week to the month's end (a card counts weeks from the month's first day, not by weekday); an
    interval of days, precision ``day``. A fifth week past a short month's end (February) is no date."""
    first = date(year, month, 7 * (week - 1) + 1)  # (raises ValueError past the month's end: unreadable)
    last = _last_day(year, month) if week == 5 else date(year, month, 7 * week)
    label = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
    return _Point(first, last, "day", label)


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_of(g: dict[str, str | None], p: str) -> int | None:
    for key in ("iy", "y4"):
        if g.get(p + key):
            return int(g[p + key])  # type: ignore[arg-type]
    for key in ("yq", "yu", "yb"):
        if g.get(p + key):
            return 2000 + int(g[p + key])  # type: ignore[arg-type]
    return None


def _point(g: dict[str, str | None], p: str, year: int) -> _Point:
    """Resolve the components captured with prefix ``p`` in ``year``; raises ValueError if invalid."""
    if g.get(p + "qn"):
        q = int(g[p + "qn"])  # type: ignore[arg-type]
        return _Point(date(year, 3 * q - 2, 1), _last_day(year, 3 * q), "quarter", f"{year}-Q{q}")
    if g.get(p + "h") or g.get(p + "ha"):
        first = (g.get(p + "h") or g.get(p + "ha")) in _p().words.first_half
        if first:
            return _Point(date(year, 1, 1), date(year, 6, 30), "half", f"{year}-H1")
        return _Point(date(year, 7, 1), date(year, 12, 31), "half", f"{year}-H2")
    if g.get(p + "s"):
        if g[p + "s"] == "1":
            return _Point(date(year, 3, 1), date(year, 8, 31), "semester", f"{year}-S1")
        return _Point(date(year, 9, 1), _last_day(year + 1, 2), "semester", f"{year}-S2")
    month_s = g.get(p + "m") or g.get(p + "im") or g.get(p + "iu") or g.get(p + "iv") or g.get(p + "mb")
    if month_s:
        month = int(month_s)
        if g.get(p + "wk"):
            try:
                return _week(year, month, int(g[p + "wk"]))  # type: ignore[arg-type]
            except (
                ValueError
            ):  # a week past the month's end ('23. 2. 5주차): no day, the month printed stands
                pass
        day_s = g.get(p + "d1") or g.get(p + "d2") or g.get(p + "id") or g.get(p + "iud") or g.get(p + "ivd")
        if day_s:
            d = date(year, month, int(day_s))
            return _Point(d, d, "day", d.isoformat())
        return _Point(date(year, month, 1), _last_day(year, month), "month", f"{year}-{month:02d}")
    return _Point(date(year, 1, 1), date(year, 12, 31), "year", f"{year}")


def _elided_year(m: re.Match[str], left: _Point) -> _Point | None:
    """The right side of a range from a day read as a day in the left's year when it can be one:
    ``'00. 1. 1. ~ 10. 1.`` ends on 1 October, not in January 2010, whatever the left side's period
    (``'24. 3. ~ 10. 1.``, ``'00. 1분기 ~ 10. 1.``: read as a year, 2010 would mostly end before the range
    starts). A two-digit year without apostrophe before a month, ``23. 5.``, is read so where the
    numbers are no month and day of the left's year on or after it (``'23. 5. ~ 24. 3.``), or where the
    second number names itself a month: ``'00. 1. 1. ~ 01.1월``."""
    g = m.groupdict()
    if not g.get("ryu") or not g.get("rm"):
        return None
    if re.match(rf"\s*(?:{_p().words.month})", m.string[m.end("rm") :]):
        return None
    if any(g.get("r" + k) for k in ("d1", "d2", "qn", "h", "ha", "s")):
        return None
    try:
        d = date(left.start.year, int(g["ryu"]), int(g["rm"]))  # type: ignore[arg-type]
        if d < left.start:
            d = date(left.start.year + 1, d.month, d.day)
    except ValueError:
        return None
    return _Point(d, d, "day", d.isoformat())


def _resolve(m: re.Match[str], raw: str, default_year: int | None) -> dict[str, Any]:
    g = m.groupdict()
    left_year = _year_of(g, "l") or default_year
    if left_year is None:
        return _date_object(raw)
    try:
        left = _point(g, "l", left_year)
        right: _Point | None = None
        if _year_of(g, "r") is not None:
            right = _elided_year(m, left) or _point(g, "r", _year_of(g, "r"))  # type: ignore[arg-type]
        elif g.get("pwo"):  # '22. 3. 3주차~4주차: the left's month's weeks, first week's start to last's end
            if not g.get("lwk") or not g.get("lm"):
                raise ValueError("a week alone after no week of a month")
            right = _week(left_year, int(g["lm"]), int(g["pwo"]))  # type: ignore[arg-type]
        elif any(g.get("p" + k) for k in ("qn", "h", "s", "m")):
            right = _point(g, "p", left_year)
            if right.start < left.start:  # '24. 11 ~ 2. rolls into the next year
                right = _point(g, "p", left_year + 1)
    except ValueError:  # 2024. 2. 30., month 13 ...
        return _date_object(raw)
    if right is None:
        is_range = re.search(r"[~\u223c\u301c\uff5e]", m.group(0)) is not None
        return _date_object(raw, left, open_end=is_range)
    if right.end < left.start:
        return _date_object(raw)
    return _date_object(raw, left, right)


def _core(raw: str) -> str:
    """Strip wrapping brackets, a trailing note without digits and a period's bracketed length:
    ``('24. 9.)``, ``'23. 2학기~ (학기별)``, ``2023 ~ 2026 (4년간)``."""
    s = raw
    length = _p().length
    while True:
        before = s
        s = length.sub("", _TRAILING_NOTE.sub("", s)).strip()
        if len(s) >= 2 and _WRAPPERS.get(s[0]) == s[-1]:
            inner = s[1:-1]
            if s[0] not in inner and s[-1] not in inner:
                s = inner.strip()
        s = s.rstrip(",;").strip()
        if s == before:
            return s


def parse_date(raw: str, *, default_year: int | None = None) -> dict[str, Any]:
    """Read one Korean date expression; unreadable text gives a date object with nulls.

    ``default_year`` is used for an expression that states no year (``9월``, ``3분기``).
    """
    raw = fold(raw if isinstance(raw, str) else "")
    core = fold_fullwidth(_core(raw))  # ２０２４．９．３０．: typed in fullwidth mode
    if not core:
        return _date_object(raw)
    pats = _p()
    m = pats.full.fullmatch(core)
    if m:
        return _open_after(_resolve(m, raw, default_year), raw)
    bare = pats.bare_year.fullmatch(core)
    if bare:
        y = int(bare.group(1))
        return _date_object(raw, _Point(date(y, 1, 1), date(y, 12, 31), "year", str(y)))
    if default_year is not None and not core.isdigit():
        m = pats.yearless.fullmatch(core)
        if m:
            return _resolve(m, raw, default_year)
    return _date_object(raw)


def opens_after(raw: str) -> bool:
    """Whether ``raw`` ends with a word leaving its date open from it on (``3/4분기 이후``): no one period."""
    return _p().after.search(fold(raw)) is not None


def _open_after(obj: dict[str, Any], raw: str) -> dict[str, Any]:
    """``2027년 이후`` is the open range from 2027 on (``2027/..``), not the year 2027."""
    if obj["label"] and "/" not in obj["label"] and _p().after.search(raw):
        obj["label"] += "/.."
        obj["end"] = None
    return obj


def _scan(text: str) -> list[tuple[int, int, dict[str, Any], bool]]:
    """Each date reading in ``text``: its span, its date object and whether it is a year glued to digits (below)."""
    out: list[tuple[int, int, dict[str, Any], bool]] = []
    for m in _p().full.finditer(fold_fullwidth(text)):  # one character for one: the spans are the text's
        obj = _resolve(m, fold(text[m.start() : m.end()]), None)
        if obj["label"] is not None:  # the span ends at the last printed character
            end = m.start() + len(m.group(0).rstrip())
            glued = (
                obj["precision"] == "year"
                and end == m.end()
                and text[end - 1] == "."
                and _GLUED_RUN.match(text, end) is not None
            )
            out.append((m.start(), end, obj, glued))
    return out


def find_dates(text: str) -> list[tuple[int, int, dict[str, Any]]]:
    """Every date expression in ``text`` as ``(start, end, date object)``, in order. A year whose point is glued to digits no reading takes (``2025.20 현재``: an OCR'd ``2025.2Q 현재``, its quarter mark read as a
    digit) is no date: the date printed goes on past the year, and what it says is unread (:func:`garbled_years`)."""
    return [(a, b, obj) for a, b, obj, glued in _scan(text) if not glued]


def garbled_years(text: str) -> list[tuple[int, int, int]]:
    """The dates in ``text`` read no further than their year, the rest glued to it unreadable (``2025.20 현재``,
    ``'25.2O``): each as ``(start, end, year)``, the span the year's. Such a date lies within its year, no more
    is known (class of card fixed, session 34: saebom-county 27007 scan, ``2025.2Q 현재`` OCR'd ``2025.20``,
    read as the year 2025 and the card dated by an earlier block's 1분기). A range of years glued past its end
    (``2023.~2025.1O 누계``, label ``2023/2025``) names the year it ends in: the point printed lies there (class
    fixed, session 34 review c: ``int('2023/2025')`` raised and the whole file was lost)."""
    out: list[tuple[int, int, int]] = []
    for a, b, obj, glued in _scan(text):
        year = _last_year(obj) if glued else None
        if year is not None:
            out.append((a, b, year))
    return out


def _last_year(obj: dict[str, Any]) -> int | None:
    """The year a reading ends in (its end date's, else its start's), None where it names none: read from the
    ISO dates, never from the label (a range's label is ``2023/2025``)."""
    for key in ("end", "start"):
        m = re.match(r"(\d{4})-", str(obj.get(key) or ""))
        if m:
            return int(m.group(1))
    return None


def is_vague_date(text: str) -> bool:
    """Whether ``text`` as a whole is a time printed without a year (``연중``, ``수시``, ``하반기 중``,
    ``9월``): it stands where a date stands, but names no date; :func:`parse_date` reads it as an
    unreadable date object (its raw only), never a year guessed."""
    core = fold_fullwidth(_core(fold(text if isinstance(text, str) else "")))
    if not core or not re.search("[가-힣]", core):
        return False
    if _p().vague.fullmatch(core):
        return True
    return _p().yearless.fullmatch(core) is not None and _p().full.fullmatch(core) is None


def is_date(text: str) -> bool:
    """Whether the whole (trimmed) text is one date expression that ``parse_date`` reads."""
    return parse_date(text)["label"] is not None


def may_open_date(head: str) -> bool:
    """Whether a date expression :func:`parse_date` reads may open ``head`` (a text's first characters, a
    window of 80 enough for any one date): False proves no text opening with ``head`` reads as a date, so a
    caller trying every suffix of a long line skips it in constant time (class fixed: a 16k-word line read
    suffix by suffix, each suffix folded and parsed whole, quadratic)."""
    core = fold_fullwidth(fold(head))
    pats = _p()
    return pats.full.match(core) is not None or pats.bare_year.match(core) is not None


_LIKE_DIGIT = r"[\dOoIl|]"
_LIKE_DIGIT_RE = re.compile(_LIKE_DIGIT)
# what OCR leaves of a month or quarter glued to a year's point (``2025.2Q`` -> ``2025.20``, ``2025.1O``): two
# digit-like characters standing alone, no letter, digit, slash or point after them; never a fraction (``2025.1/2``),
# a half (``2025.1H``) or an amount (``'42.6억원``) printed so (class fixed, session 34 review c #8)
_GLUED_RUN = re.compile(rf"{_LIKE_DIGIT}{{2}}(?![\w/.%])")


def looks_like_date(text: str) -> bool:
    """Whether ``text`` as a whole is a date as printed, readable or not (``'24. 19.``, ``'2O. 9.``,
    ``2024. l2.``): only date characters, a digit and a year. Its value is :func:`parse_date`'s,
    null when unreadable: the place of a date is kept, no other date is guessed."""
    core = _core(fold(text if isinstance(text, str) else ""))
    if not core or not re.search(r"\d", core) or not _p().date_chars.fullmatch(core):
        return False
    return _p().year_like.search(core) is not None or is_date(core)
