"""The issuer of a card (``header.issuer``, schema 1.1): the government whose card it is.

Read from where a card prints it, recognised by the STRUCTURE of Korean administrative names,
never from a list of known names:

- a unit is one word ending in an administrative suffix: 특별시, 광역시, 특별자치시, 특별자치도
  (any stem), 도, 시, 군 (a stem of two syllables or more: 경기도, 천안시, 홍천군; 제도, 도시,
  장군 are ordinary words) or 구 (two syllables or more, or one syllable right after a city:
  부산광역시 중구; 연구, 지구 are ordinary words);
- the issuer is a run of such units (``서울특별시 성북구``), a head's title or a 청 (office) may be
  glued to the last one (``천안시장``, ``성북구청장``, ``성북구청``);
- it counts only where a card names its issuer: the title line in front of ``공약 … 카드``
  (``2024년 4분기 강원특별자치도 공약사업 관리카드``), a line of the header block that is only the
  issuer, optionally followed by one department (``강원특별자치도 인재육성과``), or such a line
  among the card's last lines (a footer).

:func:`read_issuer` returns the issuer and the item it was read from (for provenance).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pledgecard.extract.labels import pledge_match, title_match
from pledgecard.extract.layout import Item, Line, item_text
from pledgecard.extract.vocabulary import Vocabulary, alternation, current
from pledgecard.normalize.text import fold

HANGUL = "[\uac00-\ud7a3]"  # a Hangul syllable


def _unit_re(v: Vocabulary) -> re.Pattern[str]:
    """An administrative name (vocabulary ``[issuer]``): a metropolitan or provincial unit, a city,
    county or district, a lone district (``성북구``, only after a city), a head's title glued on; the unit's
    place name before its suffix (``metro``, ``city``, ``lone``); an office glued to the unit that is a
    government of its own (``서령도교육청``: ``office``, vocabulary ``[issuer] offices``), kept with it."""
    w = v.words
    return re.compile(
        rf"^(?P<unit>(?P<metro>{HANGUL}+?)(?:{alternation(w('issuer', 'metro_units'))})"
        rf"|(?P<city>{HANGUL}{{2,}}?)(?:{alternation(w('issuer', 'units'))})"
        rf"|(?P<short>(?P<lone>{HANGUL})(?:{alternation(w('issuer', 'district_unit'))})))"
        rf"(?:(?P<office>{alternation(w('issuer', 'offices'))})|(?P<office_head>{alternation(_office_heads(v))}))?"
        rf"(?:{alternation(w('issuer', 'head_titles'))})?$"
    )


def _office_heads(v: Vocabulary) -> list[str]:
    """The titles of the offices' heads (vocabulary ``[issuer_office_heads]``: ``교육감`` of ``교육청``)."""
    return [h for heads in v.table("issuer_office_heads").values() for h in heads]


def _office_of(word: str) -> str | None:
    """The office ``word`` names alone (``교육청``), or whose head's title it is (``교육감`` -> ``교육청``); else None."""
    if word in current().words("issuer", "offices"):
        return word
    return next(
        (office for office, heads in current().table("issuer_office_heads").items() if word in heads), None
    )


def _dept_re(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"{HANGUL}+(?:{alternation(v.words('issuer', 'department_suffixes'))})$")


FOOTER_LINES = 3  # how many of a card's last lines may be its footer


def _unit(word: str, after_city: bool) -> str | None:
    """The administrative unit ``word`` names (a head's title or 청 cut off; an office that is a government of
    its own kept: ``한별도교육청``; its head's title glued, ``한별도교육감``, names the office too), or None."""
    m = current().build(_unit_re).match(word)
    if not m:
        return None
    office = m.group("office") or (_office_of(m.group("office_head")) if m.group("office_head") else None)
    unit = m.group("unit") + (office or "")
    return None if m.group("short") and not after_city else unit


def units(words: Sequence[str]) -> list[str]:
    """The leading run of administrative units in ``words`` (``['서울특별시', '성북구']``); an office of its own
    or its head's title spaced after the last unit (``서령도 교육청``, ``서령도 교육감``) joins it as glued."""
    return unit_run(words)[0]


def unit_run(words: Sequence[str]) -> tuple[list[str], int]:
    """:func:`units` and how many of ``words`` they take (an office spaced from its unit is a word of its own)."""
    out: list[str] = []
    for w in words:
        u = _unit(
            w, after_city=bool(out) and out[-1].endswith(tuple(current().words("issuer", "city_units")))
        )
        if u is None:
            break
        out.append(u)
        if u != w:  # a title or 청 glued to the unit ends the name
            break
    rest = words[len(out) :]
    office = _office_of(rest[0]) if out and rest and out[-1] == words[len(out) - 1] else None
    if office and not out[-1].endswith(office):  # the office spaced from its unit (서령도 교육청): as glued
        out[-1] += office
        return out, len(out) + 1
    return out, len(out)


def from_title(text: str) -> str | None:
    """The issuer printed in front of ``공약 … 카드`` on a title line, or in front of the word naming the
    pledges on a line that titles a card without a kind word (``물빛시 민선8기 시장 공약사업 추진상황``) or
    on a running header or footer (``도란시 공약이행 점검 - 1 -``)."""
    text = fold(text)
    m = title_match(text) or pledge_match(text)
    if not m:
        return None
    words = [w.strip("《》<>[]【】()") for w in text[: m.start()].split()]
    for i in range(len(words)):  # the date or term in front (2024년 4분기, 민선8기) is skipped
        found = units(words[i:])
        if found:
            return " ".join(found)
    return None


def from_org_line(text: str) -> str | None:
    """The issuer of a line that is only an issuer, optionally followed by one department."""
    words = fold(text).strip("《》<>[]【】()").split()
    found, used = unit_run(words)
    if not found or len(words) > used + 1:
        return None
    if len(words) == used + 1 and not current().build(_dept_re).match(words[-1]):
        return None
    return " ".join(found)


def read_issuer(
    kind: str | None, head: Sequence[Item], card: Sequence[Item], furniture: Sequence[Item] = ()
) -> tuple[str | None, Item | None]:
    """The card's issuer: from its title line ``kind``, else a header-block line of ``head``, else a
    footer line (the last lines of ``card``), else a running header or footer of its pages
    (``furniture``, the page furniture every reader keeps apart: ``도란시 공약이행 점검 - 1 -``).
    ``(None, None)`` when the card does not print it."""
    if kind:
        issuer = from_title(kind)
        if issuer:
            title_item = next(
                (it for it in card if isinstance(it, Line) and kind in fold(it.full_text)), None
            ) or next((it for it in card if isinstance(it, Line) and title_match(it.full_text)), None)
            return issuer, title_item
    tail = [it for it in card if isinstance(it, Line)][-FOOTER_LINES:]
    for it in [*head, *tail]:
        if isinstance(it, Line):
            issuer = from_org_line(item_text(it))
            if issuer:
                return issuer, it
    for it in furniture:
        if isinstance(it, Line):
            issuer = from_title(item_text(it)) or from_org_line(_without_page_number(item_text(it)))
            if issuer:
                return issuer, it
    return None, None


def _without_page_number(text: str) -> str:
    """A running line without the page number printed at its end or alone (``- 1 -``, ``2 / 5``)."""
    return _PAGE_TAIL.sub("", text).strip()


_PAGE_TAIL = re.compile(r"(?:\s*[-–—]?\s*\d{0,4}\s*(?:/\s*\d{1,4})?\s*[-–—]?\s*)$")


def add_issuer(
    header: dict[str, Any],
    prov: dict[str, Any],
    head: list[Item],
    card: Sequence[Item],
    furniture: Sequence[Item] = (),
) -> list[Item]:
    """Set ``header['issuer']`` (and its provenance) when the card prints it; returns ``head``
    without the line the issuer was read from (it is placed, not unparsed)."""
    issuer, item = read_issuer(header.get("kind"), head, card, furniture)
    if issuer is None:  # optional in schema 1.1: a card that does not print it has no key
        return head
    header["issuer"] = issuer
    if item is not None:
        prov["header.issuer"] = item.source
    return [it for it in head if it is not item]


def place_names(issuer: str | None) -> frozenset[str]:
    """The place names an issuer is made of: each unit without its administrative suffix
    (``서울특별시 성북구`` -> ``서울``, ``성북``; ``산하군`` -> ``산하``); names of two syllables or more."""
    unit = current().build(_unit_re)
    out: set[str] = set()
    for word in (issuer or "").split():
        m = unit.match(word)
        stem = (m.group("metro") or m.group("city") or m.group("lone")) if m else ""
        if len(stem) >= 2:
            out.add(stem)
    return frozenset(out)
