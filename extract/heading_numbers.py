"""Section headings recognised by their numbering: a line numbered as the next section heading
(``Ⅶ 관련 사진`` after ``Ⅵ 향후 계획``) heads a section even when its title is in no vocabulary.

Only a short line without a date or figure qualifies, and only where the card's own headings
leave its number free: the previous heading has the number before it, and the next heading the
card names (if any) has the number after it.
"""

from __future__ import annotations

import re

from pledgecard.extract.markers import CIRCLED_RUNS, CLOSE_BRACKETS, CONSONANTS, LETTERS, OPEN_BRACKETS
from pledgecard.extract.vocabulary import Vocabulary, current, spaced
from pledgecard.normalize.dates import parse_date
from pledgecard.normalize.text import HANGUL_SYLLABLE

_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
_CIRCLED = "".join(chr(c) for first, last in CIRCLED_RUNS for c in range(ord(first), ord(last) + 1))
_NUMBER = re.compile(
    rf"^\s*(?:(?P<k>[{_ROMAN}]{{1,4}}|\d{{1,2}}|[A-Z])-(?P<kd>\d{{1,2}})(?P<kp>[.)])"
    rf"|(?P<d>\d{{1,2}})(?P<dp>[.)])?|(?P<r>[{_ROMAN}])(?P<rp>[.)])?|(?P<l>[{LETTERS}])(?P<lp>[.)])|(?P<j>[{CONSONANTS}])(?P<jp>[.)])|(?P<a>[A-Za-z])(?P<ap>[.)])"
    rf"|\((?P<pd>\d{{1,2}})\)|\((?P<pl>[{LETTERS}])\)|(?P<c>[{_CIRCLED}])"
    rf"|(?P<bo>[{OPEN_BRACKETS}])\s?(?P<bd>\d{{1,2}})\s?[{CLOSE_BRACKETS}])"
    # a space after the number, or none between its punctuation or bracket and a Hangul title
    # (Ⅱ.그동안 한 일, [2]돈이 드는 곳)
    rf"(?:\s+|(?<=[.{CLOSE_BRACKETS}])(?=[가-힣]))(?P<rest>\S.*)$"
)
_MAX_TITLE = 14  # characters of a heading's title, spaces aside


def _ordinal(v: Vocabulary) -> re.Pattern[str]:
    prefix, units = v.words("ordinal_numbering", "prefix"), v.words("ordinal_numbering", "units")
    return re.compile(rf"^\s*(?:{spaced(prefix)})\s?(?P<n>\d{{1,2}})\s?(?P<u>{spaced(units)})(?:\s+|$)")


def ordinal_number(text: str) -> tuple[str, int, str] | None:
    """``'제3장 추진 경과'`` -> ``('o장', 3, '추진 경과')``: a heading numbered as an ordinal (the
    number between the vocabulary's ``[ordinal_numbering]`` prefix and unit words), its style (the
    unit), the number, the rest of the line."""
    m = current().build(_ordinal).match(text)
    if not m:
        return None
    return "o" + "".join(m.group("u").split()), int(m.group("n")), text[m.end() :]


def heading_number(text: str) -> tuple[str, int, str] | None:
    """``'Ⅶ 관련 사진'`` -> ``('Ⅶ', 7, '관련 사진')``: the numbering's style (its kind and the
    punctuation after it), the number, the rest of the line."""
    ordinal = ordinal_number(text)
    if ordinal is not None and ordinal[2].strip():
        return ordinal
    m = _NUMBER.match(text)
    if not m:
        return None
    if m.group("k"):  # a chapter's number and the section's (Ⅰ-3.): the chapter is part of the style
        k = m.group("k")
        kind = "r" if k[0] in _ROMAN else "d" if k[0].isdigit() else "A"
        return f"{kind}{k}-d{m.group('kp')}", int(m.group("kd")), m.group("rest")
    if m.group("d"):
        return "d" + (m.group("dp") or ""), int(m.group("d")), m.group("rest")
    if m.group("r"):
        return "r" + (m.group("rp") or ""), _ROMAN.index(m.group("r")) + 1, m.group("rest")
    if m.group("l"):
        return "l" + m.group("lp"), LETTERS.index(m.group("l")) + 1, m.group("rest")
    if m.group("j"):  # a Hangul consonant (ㄱ. ㄴ. ㄷ.): lettered, a style of its own
        return "j" + m.group("jp"), CONSONANTS.index(m.group("j")) + 1, m.group("rest")
    if m.group("a"):  # a Latin letter: its case is its style (A. B. C. or a) b) c))
        a = m.group("a")
        return ("A" if a.isupper() else "a") + m.group("ap"), ord(a.lower()) - ord("a") + 1, m.group("rest")
    if m.group("pd"):
        return "(d)", int(m.group("pd")), m.group("rest")
    if m.group("pl"):  # a Hangul letter in parentheses: (가) 사업 개요, (나) 투자 재원 및 계획
        return "(l)", LETTERS.index(m.group("pl")) + 1, m.group("rest")
    if m.group("bd"):
        return m.group("bo") + "d", int(m.group("bd")), m.group("rest")
    first = next(a for a, b in CIRCLED_RUNS if a <= m.group("c") <= b)  # its run's style (① ❶ ㈎ ...)
    return "c" if first == "\u2460" else f"c{first}", ord(m.group("c")) - ord(first) + 1, m.group("rest")


# a heading numbered in a decimal hierarchy, its section's number and its own: 3.2 금분기 추진실적, or
# joined by a hyphen, 3-2 금분기 추진실적; its title a word, or a reporting date alone (3-2 2025. 3월 말 기준)
_DECIMAL = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}\.?|-\d{1,2})\s+(\S.*)$")


_PROBE = "가"  # a syllable to read a heading number before


def lone_heading_number(text: str) -> bool:
    """Whether ``text`` is a heading number and nothing else (``2.``, ``Ⅲ.``, ``(1)``): read with a
    stand-in syllable after it, the syllable is the whole rest of the line."""
    got = heading_number(f"{text} {_PROBE}")
    return got is not None and got[2] == _PROBE


def number_spaced(text: str) -> str:
    """A heading number run into its title, as a label printed a character a line joins it
    (``제1장사업개요``: the ordinal's unit glued to the title): the text with a space after the number
    (``제1장 사업개요``) where that reads a number before a title; else the text as it is."""
    if heading_number(text) is not None:
        return text
    for k in range(1, min(len(text), 8)):
        spaced_text = f"{text[:k]} {text[k:]}"
        got = heading_number(spaced_text)
        if got is not None and got[2] == text[k:] and titleish(got[2]):
            return spaced_text
    return text


def glued_number(text: str) -> tuple[str, str] | None:
    """``'1.사업의 주요 골자'`` -> ``('1.', '사업의 주요 골자')``: a heading number printed with no space
    before its title (``Ⅱ.재원투자``, ``가.추진실적``, ``[2]돈이 드는 곳``), split as the spaced line would
    be; ``None`` for any other line. The number's punctuation or bracket touches a Hangul title that is
    short, without a digit or colon (:func:`titleish`): a figure (``1.5억원``) or a date (``24.9.``) is
    none."""
    s = text.strip()
    got = heading_number(s)
    if got is None or ordinal_number(s) is not None:
        return None
    rest = got[2]
    number = s[: len(s) - len(rest)]
    if not number or number[-1].isspace() or not HANGUL_SYLLABLE.match(rest) or not titleish(rest):
        return None
    return number, rest


def decimal_rest(text: str) -> str | None:
    """``'3.2 금분기 추진실적 (...)'`` -> ``'금분기 추진실적 (...)'``: the words after a decimal heading
    number (a block numbered under its section; ``3-2 2025. 3월 말 기준``: a date heading its block);
    ``None`` for any other line."""
    m = _DECIMAL.match(text)
    if m is None:
        return None
    rest = m.group(1)
    return rest if HANGUL_SYLLABLE.match(rest) or parse_date(rest).get("label") else None


def titleish(rest: str) -> bool:
    """A heading's title: short, no digit (no date, no figure), no colon."""
    return len("".join(rest.split())) <= _MAX_TITLE and not re.search(r"[\d:：]", rest)


def next_heading(previous: str | None, text: str, later_headings: list[str]) -> bool:
    """Whether ``text`` is numbered as the heading after ``previous`` (the current section's
    heading) and before ``later_headings[0]`` (the next heading the card names), in one style."""
    if previous is None:
        return False
    prev, this = heading_number(previous), heading_number(text)
    if prev is None or this is None or prev[0] != this[0] or this[1] != prev[1] + 1 or not titleish(this[2]):
        return False
    nxt = heading_number(later_headings[0]) if later_headings else None
    return (
        nxt is None if not later_headings else nxt is not None and nxt[0] == this[0] and nxt[1] == this[1] + 1
    )
