"""Block headings and reporting points: the dated group headings inside the achievements
(``《기 추진실적: ’24. 3분기 기준 누계》``) and the header-area lines that state when the card was
reported (``《2024년 4분기 현재》``). Shared by the layout pass, the card splitter and the sections."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.heading_numbers import decimal_rest, titleish
from pledgecard.extract.markers import CLOSE_BRACKETS, FRAMED_LINE, OPEN_BRACKETS
from pledgecard.extract.vocabulary import Vocabulary, alternation, current, spaced
from pledgecard.normalize.dates import find_dates, garbled_years, parse_date
from pledgecard.normalize.text import fold

_PAREN = re.compile(r"^[(（]\s*(?P<body>.+?)\s*[)）]$")


def _group_reporting(v: Vocabulary) -> re.Pattern[str]:
    """A block heading's reporting word: an as-of word (one that closes a date only at the
    end) or a word naming the achievements."""
    words = v.words("as_of") + v.words("as_of", "achievement_group_words")
    return re.compile(f"{spaced(words)}|(?:{spaced(v.words('as_of', 'end_words'))})\\s*$")


def _counted(v: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A figure with a counter word (``148명``, ``12건``), and a period's length (``10개월``), which is none."""
    return (
        re.compile(rf"\d[\d,]*\s*(?:{alternation(v.words('counters'))})"),
        re.compile(rf"\d+\s*(?:{alternation(v.words('date_words', 'lengths'))})"),
    )


def counts_a_figure(text: str) -> bool:
    """Whether ``text`` counts something (``지원 실적 ’23년 148명, ’24년 163명``): an item reporting figures,
    which a block heading (a name and its reporting point) never does."""
    count, length = current().build(_counted)
    return count.search(length.sub(" ", text)) is not None


def unbracketed(text: str) -> str:
    """``text`` without its bracketed parts (``추진실적 (’24. 4분기 기준, 3개 사업)`` -> ``추진실적``): what a
    line prints outside the brackets that set off a heading's reporting point."""
    return _BRACKETED_PART.sub(" ", text)


def _reporting(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(spaced(v.words("as_of") + v.words("as_of", "end_words")))


def _date_of(text: str) -> dict[str, Any] | None:
    """The date ``text`` prints: read, or unread where it prints one read no further than its year (an OCR'd
    ``2025.20 현재``, :func:`~pledgecard.normalize.dates.garbled_years`): a date object of its raw text alone, the
    heading's point printed and unknown, never the bare year nor an earlier date taken for it."""
    d = parse_date(text)
    if d.get("label"):
        return d
    found = find_dates(text)
    if found:
        return found[-1][2]
    garbled = garbled_years(text)
    return parse_date(text[garbled[-1][0] :].rstrip(CLOSE_BRACKETS + " ")) if garbled else None


def _garbled_point(remark: str) -> dict[str, Any] | None:
    """The reporting point a framed ``name: remark`` heading's remark prints garbled past its year (``《기 추진실적:
    2025.20 현재》``): an unread date object of its raw text, where the remark prints no date read and names a
    reporting point; else None. Any other date in a remark is an event's or a target's (``《창업보육센터 조성: 2026. 6월
    준공 목표》``), never the block's point (class fixed, session 34 review c #2: such a date set card_id 2026-06)."""
    if find_dates(remark) or not current().build(_reporting).search(remark):
        return None
    garbled = garbled_years(remark)
    return parse_date(remark[garbled[-1][0] :].rstrip(CLOSE_BRACKETS + " ")) if garbled else None


_BRACKETS = re.escape(OPEN_BRACKETS + CLOSE_BRACKETS)
# a date in any bracket pair closing the heading: (2018. 9. ~ 2020. 3.), <'23. 1분기 누계>, 〔'24. 9.〕
_TRAILING_BRACKET = re.compile(
    rf"\s*[{re.escape(OPEN_BRACKETS)}]([^{_BRACKETS}]*)[{re.escape(CLOSE_BRACKETS)}]\s*$"
)


def _name(body: str, date: dict[str, Any] | None, *, colon: bool = False) -> str:
    """A block's name without the date printed after it in brackets:
    ``기 추진실적(2018. 9. ~ 2020. 3.)`` or ``기 추진실적 - '24. 9.`` -> ``기 추진실적``; a name wholly in brackets without them
    (``『기 추진실적』('24.3/4 누계)`` -> ``기 추진실적``). With ``colon`` (a heading framed by parentheses), a date
    set off by a colon is cut off too; an unframed line's colon parts a label from its value."""
    m = _TRAILING_BRACKET.search(body)
    if (
        date is not None
        and m
        and body[: m.start()].strip()
        and (find_dates(m.group(1)) or garbled_years(m.group(1)))
    ):
        body = fold(body[: m.start()])
    dash = (_TRAILING_COLON if colon else _TRAILING_DASH).search(body)
    if date is not None and dash and body[: dash.start()].strip() and parse_date(dash.group(1)).get("label"):
        body = fold(body[: dash.start()])
    enclosed = _ENCLOSED_NAME.match(body)
    if enclosed:
        return fold(enclosed.group(1))
    lead = _LEADING_ENCLOSED.match(
        body
    )  # 【금분기 추진실적】 '24년 1/4분기 현재: the name in brackets, its date after them
    if date is not None and lead and parse_date(lead.group(2)).get("label"):
        return fold(lead.group(1))
    return body


# a date set off by a dash closing the heading: 기 추진실적 - '24. 3/4분기 누계; or by a colon, the heading framed
# by parentheses (mutant 3268: ``( 그간 추진실적 : '25.4/4분기 누계 )``, the colon left in the block's name)
_TRAILING_DASH = re.compile(r"\s+[-–—]\s+(\S.*)$")
_TRAILING_COLON = re.compile(r"(?:\s+[-–—]|\s*[:：])\s+(\S.*)$")
_ENCLOSED_NAME = re.compile(
    rf"^[{re.escape(OPEN_BRACKETS)}]\s*([^{re.escape(CLOSE_BRACKETS)}]+?)\s*[{re.escape(CLOSE_BRACKETS)}]$"
)
_LEADING_ENCLOSED = re.compile(
    rf"^[{re.escape(OPEN_BRACKETS)}]\s*([^{_BRACKETS}]+?)\s*[{re.escape(CLOSE_BRACKETS)}]\s*(\S.*)$"
)


_BRACKETED_PART = re.compile(r"[(（《〈<\[［]([^()（）《》〈〉<>\[\]［］]+)[)）》〉>\]］]")


def section_heading_block(heading: str | None) -> tuple[str, dict[str, Any]] | None:
    """The dated block a section's own heading opens (``3. 추진실적 (2024. 12. 31. 기준)``): the
    bracketed reporting point it prints, as :func:`parse_group_heading` reads a block heading; None
    when its heading prints none (or an undated one)."""
    for m in _BRACKETED_PART.finditer(heading or ""):
        g = parse_group_heading(f"({m.group(1)})")
        if g is not None and g[1]:
            return g[0], g[1]
    return None


def parse_group_heading(text: str) -> tuple[str, dict[str, Any] | None] | None:
    """A block heading inside the achievements and its reporting date:
    ``《기 추진실적: ’24. 3분기 기준 누계》`` -> ``('기 추진실적', <2024-Q3>)``; also
    ``('24. 12월 말 기준)`` and an unbracketed ``2024년 4분기 추진실적`` (a date and a reporting
    word), whose whole text is the group."""
    t = text.strip()
    m = FRAMED_LINE.match(t)
    if m and m.group("body"):
        body = fold(m.group("body"))
        if ":" in body or "：" in body:
            name, _, when = re.split(r"([:：])", body, maxsplit=1)
            d = parse_date(when.strip())
            return fold(name), d if d.get("label") else _garbled_point(when.strip())
        d = _date_of(body)
        return _name(body, d), d
    m = _PAREN.match(t)
    if m and re.search(r"[)）]", m.group("body")):
        m = None  # a name in parentheses, then a date in its own: ( 기 추진실적 )('24. 4분기 기준)
    body = fold(m.group("body")) if m else fold(t)
    # an unframed line naming the achievements and a date is a block heading unless it counts a figure
    # outside brackets (``- 지원 실적 ’23년 148명, ’24년 163명``: an item, its counts values after the years;
    # doc-moraenae-county-5-2); a count inside the bracketed reporting point after the title belongs to the
    # heading (``추진실적 (’24. 4분기 기준, 3개 사업)``)
    if (
        len(body) <= 30
        and current().build(_group_reporting).search(body)
        and not counts_a_figure(unbracketed(body))
    ):
        d = _date_of(body)
        if d is not None:
            return _name(body, d, colon=m is not None), d
    return None


def decimal_heading(text: str) -> bool:
    """A heading numbered under its section (``3.2 금분기 추진실적 ('24년 1/4분기 현재)``, ``3.1 그간
    추진실적``): a decimal number, then a short title or a block heading; it never continues an item."""
    rest = decimal_rest(text)
    return rest is not None and (titleish(rest) or parse_group_heading(rest) is not None)


def reporting_date(text: str) -> dict[str, Any] | None:
    """A header-area line that states the reporting point: ``《2024년 4분기 현재》``,
    ``(2024. 12. 31. 기준)``."""
    g = parse_group_heading(text)
    if g and g[1]:
        return g[1]
    body = text.strip().strip("()（）[]《》<>〈〉【】 ")
    if current().build(_reporting).search(body):
        d = parse_date(body)
        if d.get("label"):
            return d
    return None


# a date in any bracket pair closing the card's title (its closing bracket may be lost: a reader took it for a frame)
_KIND_DATE = re.compile(
    rf"[{re.escape(OPEN_BRACKETS)}（]([^{_BRACKETS}（）]*\d[^{_BRACKETS}（）]*)[{re.escape(CLOSE_BRACKETS)}）]?\s*$"
)
_KIND_GAP = re.compile(r"[\s\-‐–—:：·]+")  # what parts a bare date from the title's words


def split_kind_date(kind: str) -> tuple[str, dict[str, Any] | None]:
    """``도지사 공약사업 관리카드 (2024년 4분기 현재)`` -> the title and its reporting date: a date in any bracket
    pair after the title's words (``[2024년 3/4분기]``, ``「'24. 3/4분기」``), or printed bare before or after
    them (``관리카드 - 2024년 3/4분기``) finer than a year (a bare year may be the title's own word)."""
    m = _KIND_DATE.search(kind)
    if m and m.start() > 0:
        d = parse_date(m.group(1))
        if d.get("label"):
            return fold(kind[: m.start()]), d
    gaps = list(_KIND_GAP.finditer(kind))
    for g in reversed(gaps):  # the longest bare tail first
        d = parse_date(kind[g.end() :])
        if g.start() > 0 and d.get("label") and d.get("precision") != "year":
            return fold(kind[: g.start()]), d
    for g in gaps:  # likewise a bare head
        d = parse_date(kind[: g.start()])
        if g.end() < len(kind) and d.get("label") and d.get("precision") != "year":
            return fold(kind[g.end() :]), d
    return kind, None


def undated_name(name: str, date: dict[str, Any]) -> str:
    """A block heading's words without its date (``3. 2025년 추진실적`` -> ``3. 추진실적``, the date ``2025년``): what
    names its section where the whole heading, date and all, is the block's group."""
    raw = str(date.get("raw") or "")
    return fold(name.replace(raw, " ", 1)) if raw else name
