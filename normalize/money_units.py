"""Money units as printed (원, 천 원, 백만 원, 억 원 ...): found in a line, a column head or brackets,
and the won each stands for."""

from __future__ import annotations

import re
import unicodedata

from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.money_patterns import money_patterns, unit_src
from pledgecard.normalize.text import fold, fold_fullwidth, label_key


def _unit_key(unit: str) -> str:
    key = label_key(unit)
    key = money_patterns().unit_prefix.sub("", key)
    return key.strip("()[]（）:：")


def unit_multiplier(unit: str) -> int | None:
    """Won per unit: ``'백만 원'`` -> 1_000_000; wrappers like ``(단위 : 천원)`` are tolerated."""
    if not unit:
        return None
    p = money_patterns()
    m = p.unit_key.fullmatch(_unit_key(unit))
    if not m or not m.group(0):
        return None
    if m.group("small") and not m.group("big") and not m.group("won"):
        return None if m.group(0) != m.group("small") else p.small[m.group("small")]
    value = p.small.get(m.group("small") or "", 1) * p.big.get(m.group("big") or "", 1)
    return value


_ANGLES = ("<>", "＜＞")  # angle brackets typed as less/greater-than signs (합계<백만원>): a bracket pair too


def _head_unit(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?<=\S)([^\w\s])\s*({unit_src(v)})\s*([^\w\s])(?=\s|$)")


def head_unit(text: str) -> tuple[str, str | None]:
    """A money unit in brackets glued to a column head (``합계(백만원)``, ``총사업비⦋천원⦌``: any
    bracket pair): the text without it, and the unit as printed (None, the text as it is, when no
    head carries one)."""
    m = next(
        (
            m
            for m in current().build(_head_unit).finditer(text)
            if unicodedata.category(m.group(1)) in ("Ps", "Pi")
            and unicodedata.category(m.group(3)) in ("Pe", "Pf")
            or m.group(1) + m.group(3) in _ANGLES
        ),
        None,
    )
    if m is None:
        return text, None
    return text[: m.start()] + text[m.end() :], fold(m.group(2))


def _unit_apart(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=\s))([^\w\s])\s*({unit_src(v)})\s*([^\w\s])(?=\s|$)")


def units_apart(text: str) -> list[str]:
    """The money units in a bracket pair printed as tokens of their own after their heads (``총사업비
    (백만원)``, a unit a table's head cell prints on its second line), as printed, in order."""
    return [
        fold(m.group(2))
        for m in current().build(_unit_apart).finditer(text)
        if unicodedata.category(m.group(1)) in ("Ps", "Pi")
        and unicodedata.category(m.group(3)) in ("Pe", "Pf")
        or m.group(1) + m.group(3) in _ANGLES
    ]


def without_unit(text: str) -> str:
    """``text`` without the unit statement it holds (``(단위 : 백만원)``, ``⦇백만원⦈`` alone): a head
    line of a table whose corner cell prints the unit under 구분."""
    m = money_patterns().unit_line.search(text)
    if m is None:
        return "" if find_unit(text) else text
    a, b = m.start(), m.end()
    while a > 0 and (text[a - 1].isspace() or unicodedata.category(text[a - 1]) in ("Ps", "Pi")):
        a -= 1
    while b < len(text) and (text[b].isspace() or unicodedata.category(text[b]) in ("Pe", "Pf")):
        b += 1
    return f"{text[:a]} {text[b:]}".strip()


def unit_for(multiplier: int) -> str | None:
    """The unit word whose amounts are ``multiplier`` won each (1_000_000 -> ``백만원``), built from
    the vocabulary's numerals and currency word; None when no such word is."""
    v = current()
    won = v.words("money", "currency")[:1]
    for small in ["", *money_patterns().small]:
        for big in ["", *money_patterns().big]:
            word = f"{small}{big}{won[0] if won else ''}"
            if word and unit_multiplier(word) == multiplier:
                return word
    return None


def find_unit(text: str) -> str | None:
    """The money unit stated in a line such as ``(단위 : 백만 원)``, as printed (``'백만 원'``)."""
    if not text:
        return None
    s = fold_fullwidth(fold(text))  # （단위：千원）: typed in fullwidth mode
    m = money_patterns().unit_line.search(s)
    if m:
        return None if _cut_at_line_end(s, m) else fold(m.group(1))
    inner = _unwrapped(s)
    if (
        inner
        and money_patterns().unit_word.fullmatch(inner)
        and (inner != s.strip() or len(inner) > 1)
        and not _one_sided(s)
    ):
        # a numeral alone (백, 만, 억) is a unit only in brackets: a line holding one letter is a
        # letter of a word printed a letter a line (a vertical label's 단 / 위 / : / 백 / 만 / 원)
        return inner
    return None


def unit_line(text: str) -> bool:
    """A table's unit line: a money unit stated (:func:`find_unit`: ``(단위 : 백만 원)``, ``⦇백만원⦈``),
    or the unit label's word opening it (``(단위 : 회)``, a count table's)."""
    body = text.strip().lstrip("(（[<").strip()
    return bool(find_unit(text)) or any(body.startswith(w) for w in current().words("money", "unit_label"))


def _cut_at_line_end(s: str, m: re.Match[str]) -> bool:
    """A unit statement whose bracket the line opens and never closes, its unit ending the line with no currency
    word (``｢단위：백`` over ``만원｣``: a narrow head cell's unit wrapped by a one-cell-a-line dump): the unit read is
    only the start of the one printed (백 of 백만원), no unit at all."""
    if s[m.end() :].strip() or not _one_sided(s):
        return False
    unit = money_patterns().unit_key.fullmatch(_unit_key(m.group(1)))
    return unit is not None and not unit.group("won")


def _one_sided(s: str) -> bool:
    """A unit word with a bracket on one side only (``원］``, ``［억``): the piece of a head cell whose unit a
    dump printed over two lines (``총사업비 ［억`` / ``원］`` in pdftotext's default mode), no unit of its own
    (``원］`` is no statement that the table counts in won)."""
    t = s.strip()
    opens = sum(1 for ch in t if unicodedata.category(ch) in ("Ps", "Pi"))
    closes = sum(1 for ch in t if unicodedata.category(ch) in ("Pe", "Pf"))
    return opens != closes


def _unwrapped(s: str) -> str:
    """``s`` without the brackets around it, of any pair (``⦇백만원⦈``, ``「천원」``: Unicode's opening
    and closing punctuation, initial and final quotes) and the spaces inside them."""
    i, j = 0, len(s)
    while i < j and (s[i].isspace() or unicodedata.category(s[i]) in ("Ps", "Pi")):
        i += 1
    while j > i and (s[j - 1].isspace() or unicodedata.category(s[j - 1]) in ("Pe", "Pf")):
        j -= 1
    return s[i:j]
