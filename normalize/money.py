"""Money: units (원, 천 원, 백만 원, 억 원 ...), amounts in whole won, budgets with their parts."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import cache
from typing import Any

from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.text import DASHES, fold, fold_fullwidth, label_key

__all__ = [
    "SIGNS",
    "SOURCE_CODES",
    "cell_figure",
    "exact_amount",
    "find_unit",
    "funding_source",
    "looks_like_amount",
    "parse_amount",
    "parse_budget",
    "unit_multiplier",
]


def _words(v: Vocabulary) -> tuple[str, str, str]:
    """The small numerals, the big ones and the currency word, as regex alternations."""
    return (
        "|".join(map(re.escape, v.numerals("small"))) or "(?!)",
        "|".join(map(re.escape, v.numerals("big"))) or "(?!)",
        v.alternation("money", "currency"),
    )


def _unit_src(v: Vocabulary) -> str:
    """A unit as printed: 원, 천원, 백만 원, 억, 억 원, 조원 ... (spaces allowed between the parts)."""
    small, big, won = _words(v)
    return rf"(?:(?:{small})\s*)?(?:(?:{big})\s*(?:{won})?|(?:{won}))|(?:{small})(?=\s*$)"


_MAX_DIGITS = 30  # no card prints more; longer digit runs are not amounts
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


def _groups_src(num: str, small: str, big: str) -> str:
    """The groups of an amount as printed: blocks (``3억 | 2천 5백만 | 500``) of terms (``2천``, ``5백``,
    ``500``), each block but the last closing with a big numeral and each term but a block's last with a
    small one, so a digit run is never split two ways."""
    term = rf"(?:{num})\s*(?:{small})\s*"
    last = rf"(?:{num})\s*(?:(?:{small})\s*)?"
    return rf"(?:(?:{term})*{last}(?:{big})\s*)*(?:{term})*{last}(?:(?:{big})\s*)?"


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The money patterns of one vocabulary (its numerals, currency and unit label)."""

    small: dict[str, int]
    big: dict[str, int]
    unit: str  # regex source of a unit
    unit_word: re.Pattern[str]
    unit_line: re.Pattern[str]
    unit_key: re.Pattern[str]
    unit_prefix: re.Pattern[str]
    unit_label: re.Pattern[str]
    group: re.Pattern[str]
    loose_group: re.Pattern[str]
    amount: re.Pattern[str]
    loose_amount_src: str
    loose_amount: re.Pattern[str]
    part: re.Pattern[str]


def _patterns(v: Vocabulary) -> _Patterns:
    small, big, won = _words(v)
    unit = _unit_src(v)
    label = v.pattern("money", "unit_label")
    groups = _groups_src(_NUMBER, small, big)
    loose_groups = _groups_src(_LOOSE_NUM, small, big)
    # An amount as printed, confused or not: sign, groups, currency; it must hold a real digit and
    # may not be glued to a Latin letter or digit on its left (``X100`` is no amount).
    loose_amount_src = rf"(?<![A-Za-z\d,.])(?:[-−△▲]\s*)?(?=[^\s(（]*\d){loose_groups}(?:{won})?"
    return _Patterns(
        small=v.numerals("small"),
        big=v.numerals("big"),
        unit=unit,
        unit_word=re.compile(rf"(?:{unit})"),
        unit_line=re.compile(rf"(?:{label})\s*[:：]?\s*({unit})"),
        unit_key=re.compile(rf"(?P<small>{small})?(?P<big>{big})?(?P<won>{won})?"),
        unit_label=re.compile(label),
        unit_prefix=re.compile(rf"^\(?(?:{v.alternation('money', 'unit_label')})?[:：]?"),
        # One group of an amount: 3억, 5천만, 2,000억, 1.5억, 500백만, 5,000천 ...
        group=re.compile(rf"(?P<num>{_NUMBER})\s*(?P<small>{small})?\s*(?P<big>{big})?"),
        loose_group=re.compile(rf"(?P<num>{_LOOSE_NUM})\s*(?P<small>{small})?\s*(?P<big>{big})?"),
        amount=re.compile(rf"(?P<sign>[-−△▲]\s*)?(?P<groups>{groups})(?P<won>{won})?"),
        loose_amount_src=loose_amount_src,
        loose_amount=re.compile(loose_amount_src),
        part=re.compile(
            rf"(?P<label>[가-힣][가-힣·ㆍ‧ \u00a0]*?)\s*[:：]?\s*"
            rf"(?:(?P<amount>{loose_amount_src})|(?P<dash>[-–—])(?![\d{re.escape(_LOOKALIKE)}]))"
        ),
    )


def _p() -> _Patterns:
    return current().build(_patterns)


#: The funding source codes of CARD_SCHEMA.md.
SOURCE_CODES: tuple[str, ...] = (
    "total", "national", "local", "provincial", "municipal", "district", "private", "other",
)


def _unit_key(unit: str) -> str:
    key = label_key(unit)
    key = _p().unit_prefix.sub("", key)
    return key.strip("()[]（）:：")


def unit_multiplier(unit: str) -> int | None:
    """Won per unit: ``'백만 원'`` -> 1_000_000; wrappers like ``(단위 : 천원)`` are tolerated."""
    if not unit:
        return None
    p = _p()
    m = p.unit_key.fullmatch(_unit_key(unit))
    if not m or not m.group(0):
        return None
    if m.group("small") and not m.group("big") and not m.group("won"):
        return None if m.group(0) != m.group("small") else p.small[m.group("small")]
    value = p.small.get(m.group("small") or "", 1) * p.big.get(m.group("big") or "", 1)
    return value


_ANGLES = ("<>", "＜＞")  # angle brackets typed as less/greater-than signs (합계<백만원>): a bracket pair too


def _head_unit(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?<=\S)([^\w\s])\s*({_unit_src(v)})\s*([^\w\s])(?=\s|$)")


def head_unit(text: str) -> tuple[str, str | None]:
    """A money unit in brackets glued to a column head (``합계(백만원)``, ``총사업비⦋천원⦌``: any
    bracket pair): the text without it, and the unit as printed (None, the text as it is, when no
    head carries one)."""
    m = next((m for m in current().build(_head_unit).finditer(text)
              if unicodedata.category(m.group(1)) in ("Ps", "Pi") and unicodedata.category(m.group(3)) in ("Pe", "Pf")
              or m.group(1) + m.group(3) in _ANGLES), None)
    if m is None:
        return text, None
    return text[: m.start()] + text[m.end():], fold(m.group(2))


def _unit_apart(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=\s))([^\w\s])\s*({_unit_src(v)})\s*([^\w\s])(?=\s|$)")


def units_apart(text: str) -> list[str]:
    """The money units in a bracket pair printed as tokens of their own after their heads (``총사업비
    (백만원)``, a unit a table's head cell prints on its second line), as printed, in order."""
    return [fold(m.group(2)) for m in current().build(_unit_apart).finditer(text)
            if unicodedata.category(m.group(1)) in ("Ps", "Pi") and unicodedata.category(m.group(3)) in ("Pe", "Pf")
            or m.group(1) + m.group(3) in _ANGLES]


def without_unit(text: str) -> str:
    """``text`` without the unit statement it holds (``(단위 : 백만원)``, ``⦇백만원⦈`` alone): a head
    line of a table whose corner cell prints the unit under 구분."""
    m = _p().unit_line.search(text)
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
    for small in ["", *_p().small]:
        for big in ["", *_p().big]:
            word = f"{small}{big}{won[0] if won else ''}"
            if word and unit_multiplier(word) == multiplier:
                return word
    return None


def find_unit(text: str) -> str | None:
    """The money unit stated in a line such as ``(단위 : 백만 원)``, as printed (``'백만 원'``)."""
    if not text:
        return None
    s = fold_fullwidth(fold(text))  # （단위：千원）: typed in fullwidth mode
    m = _p().unit_line.search(s)
    if m:
        return fold(m.group(1))
    inner = _unwrapped(s)
    if inner and _p().unit_word.fullmatch(inner) and (inner != s.strip() or len(inner) > 1):
        # a numeral alone (백, 만, 억) is a unit only in brackets: a line holding one letter is a
        # letter of a word printed a letter a line (a vertical label's 단 / 위 / : / 백 / 만 / 원)
        return inner
    return None


def unit_line(text: str) -> bool:
    """A table's unit line: a money unit stated (:func:`find_unit`: ``(단위 : 백만 원)``, ``⦇백만원⦈``),
    or the unit label's word opening it (``(단위 : 회)``, a count table's)."""
    body = text.strip().lstrip("(（[<").strip()
    return bool(find_unit(text)) or any(body.startswith(w) for w in current().words("money", "unit_label"))


def _unwrapped(s: str) -> str:
    """``s`` without the brackets around it, of any pair (``⦇백만원⦈``, ``「천원」``: Unicode's opening
    and closing punctuation, initial and final quotes) and the spaces inside them."""
    i, j = 0, len(s)
    while i < j and (s[i].isspace() or unicodedata.category(s[i]) in ("Ps", "Pi")):
        i += 1
    while j > i and (s[j - 1].isspace() or unicodedata.category(s[j - 1]) in ("Pe", "Pf")):
        j -= 1
    return s[i:j]


def _decimal(num: str) -> Decimal:
    return Decimal(num.replace(",", ""))


_Block = tuple[list[tuple[str, str | None]], str | None]


def _blocks(text: str, loose: bool = False) -> list[_Block]:
    """The blocks of an amount's groups: ``3억 2천 5백만원`` -> ``[([3], 억), ([2 천, 5 백], 만)]``;
    ``loose``: numbers OCR-confused or not (``22O,7l9백만``: one block)."""
    blocks: list[_Block] = []
    terms: list[tuple[str, str | None]] = []
    p = _p()
    for g in (p.loose_group if loose else p.group).finditer(text):
        terms.append((g.group("num"), g.group("small")))
        if g.group("big"):
            blocks.append((terms, g.group("big")))
            terms = []
    if terms:
        blocks.append((terms, None))
    return blocks


def _compound(blocks: list[_Block]) -> bool:
    return len(blocks) > 1 or len(blocks[0][0]) > 1


def _sum_groups(text: str, multiplier: int, has_won: bool) -> Decimal | None:
    """The value of an amount's groups, or ``None`` when their spelling reads two ways.

    A compound amount (``3억 2천 5백만``, ``12억 5,000만``, ``2천5백만``) is read place by place, each
    block below the one before it (``1억 12,000만``, ``3만 2억``: not read) and each term of a block
    below the term before it (``2천 1,500만``: not read); a decimal (``3.5억 2천만``) reads two ways, and
    so does a last block without a big numeral or currency after a block above the smallest big one
    (``2억 3천`` is said for 2억 3천만; ``2억 3천원`` is read as printed). A single group's unit
    (``5,000천``, ``1.5억``) is taken as printed.
    """
    p = _p()
    blocks = _blocks(text)
    if not blocks:
        return None
    compound = _compound(blocks)
    smallest_big = min(p.big.values(), default=1)
    unit_in_text = has_won or any(small or big for terms, big in blocks for _, small in terms)
    total = Decimal(0)
    above: int | None = None  # the big numeral of the block before
    for terms, big in blocks:
        block = Decimal(0)
        room: int | None = None  # the small numeral of the term before
        for num, small in terms:
            value = _decimal(num)
            if compound and value != value.to_integral_value():
                return None
            unit = p.small[small] if small else 1
            if room is not None and (unit >= room or value * unit >= room):
                return None
            block += value * unit
            room = unit
        scale = p.big[big] if big else 1
        if above is not None and (scale >= above or block * scale >= above
                                  or (big is None and above != smallest_big and not has_won)):
            return None
        total += block * scale
        above = scale
    return total if unit_in_text else total * multiplier


# an amount whose thousands a space groups (``1 200``, ``12 345.6``, ``60 710백만원``): one cell's whole text
_SPACE_GROUPED = re.compile(r"(?P<num>[-−△▲]?\d{1,3}(?: \d{3})+(?:\.\d+)?)(?P<unit>[^\d\s]*)")


def ungrouped(s: str) -> str:
    """``s`` without the spaces grouping its thousands when ``s`` is wholly an amount so printed, its
    unit glued after it or none (``1 200`` -> ``1200``, ``60 710백만원`` -> ``60710백만원``: a cell's
    text, never a line of several cells); ``s`` as it is otherwise."""
    m = _SPACE_GROUPED.fullmatch(s)
    return m.group("num").replace(" ", "") + m.group("unit") if m else s


def exact_amount(raw: str, multiplier: int = 1) -> Decimal | None:
    """An amount in won exactly as printed, not rounded (``'1.4'`` -> 1.4, ``'1.5억'`` -> 150000000): what
    :func:`parse_amount` reads, for sums checked as printed (``1.4 + 1.4 = 2.8``, which whole won break)."""
    if raw is None:
        return None
    s = ungrouped(fold_fullwidth(fold(str(raw))))  # １，２５０: typed in fullwidth mode, one number
    if s in DASHES:
        return Decimal(0)
    if len(s) >= 2 and s[0] in "(（" and s[-1] in ")）":
        s = s[1:-1].strip()
    m = _p().amount.fullmatch(s)
    if not m:
        return None
    if len(re.sub(r"\D", "", m.group("groups"))) > _MAX_DIGITS:
        return None
    with localcontext() as ctx:
        ctx.prec = 60
        try:
            total = _sum_groups(m.group("groups"), multiplier, m.group("won") is not None)
            if total is None:
                return None
        except InvalidOperation:
            return None
    return -total if m.group("sign") else total


def rounded_to_won(raw: str, multiplier: int = 1) -> bool:
    """Whether :func:`parse_amount` rounds ``raw``: its printed figure holds a fraction of a won (``300.4``
    in a table in won)."""
    exact = exact_amount(raw, multiplier)
    return exact is not None and exact != exact.to_integral_value()


def parse_amount(raw: str, multiplier: int = 1) -> int | None:
    """An amount in whole won: ``'220,719'`` x 1e6, ``'48억'``, ``'3억5천만 원'``, ``'-'`` -> 0.

    A unit printed inside the text overrides ``multiplier``. Parentheses around the number are
    dropped (``'(1,234)'`` -> 1234); ``△``/``-`` mark a negative amount; a cell's thousands grouped
    by spaces (``'1 200'``) are read. Unreadable -> ``None``.
    """
    total = exact_amount(raw, multiplier)
    if total is None:
        return None
    with localcontext() as ctx:
        ctx.prec = 60
        try:
            rounded = abs(total).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        except InvalidOperation:
            return None
    return -int(rounded) if total < 0 else int(rounded)


#: The minus signs a table cell's figure may open with (``△1,200``, ``▲5``, ``-3``, ``−3``).
SIGNS = "△▲-−"


@cache
def _figure(signs: str, decimals: bool, unit_after: bool) -> re.Pattern[str]:
    sign = f"([{re.escape(signs)}]?)" if signs else "()"
    fraction = r"(\.\d+)?" if decimals else "()"
    # a unit or a note may follow the figure, not a digit, nor a point, comma, slash, colon, tilde or
    # hyphen and a digit (``1.5``, ``1,234.5``, ``3/4``, ``2~3``): the whole run is the figure or the cell is
    # none, never a shorter run of its digits (``12.5`` is not 1, ``10/20`` not 1)
    end = r"(?!\d|\s*[.,/:~-]\s*\d)" if unit_after else r"\Z"
    return re.compile(rf"^{sign}(\d{{1,3}}(?:,\d{{3}})+|\d+){fraction}{end}")


def cell_figure(text: str, *, dash_is_zero: bool = True, blank_is_zero: bool = False, signs: str = SIGNS,
                decimals: bool = True, unit_after: bool = False) -> Decimal | None:
    """A table cell's printed figure exactly, as a :class:`~decimal.Decimal` (no unit applied, no
    rounding: sums are checked as printed); None for anything else. The cell's spaces are collapsed;
    thousands are grouped by commas in threes or not at all (``1,234``, ``1234``; ``12,34`` is none).

    ``dash_is_zero``: a dash alone (:data:`DASHES`) is 0; ``blank_is_zero``: an empty cell is 0;
    ``signs``: the minus signs the figure may open with (``""``: none); ``decimals``: a fraction
    after a point is read; ``unit_after``: the figure only leads the cell, a unit or a note may follow
    it (``8회``, ``5(설명회)``)."""
    t = fold_fullwidth(" ".join(text.split()))  # １，２５０ (fullwidth mode) reads as 1,250, never as 1
    if not t:
        return Decimal(0) if blank_is_zero else None
    if t in DASHES:
        return Decimal(0) if dash_is_zero else None
    m = _figure(signs, decimals, unit_after).match(t)
    if m is None:
        return None
    v = Decimal(m.group(2).replace(",", "") + (m.group(3) or ""))
    return -v if m.group(1) else v


def funding_source(label: str) -> str | None:
    """The source code of a funding label (``국 비`` -> ``national``); ``None`` when unknown."""
    if not label:
        return None
    key = label_key(label).replace("·", "").replace(",", "")
    key = re.sub(r"[(（\[].*$", "", key)  # 국비(기금) -> 국비
    return current().funding_sources.get(key)


# OCR puts these letters for 0 and 1 (``2O억``, ``l54,442``): a token holding them is read whole
# and then refused, so a confused token never yields part of its digits as another number.
_LOOKALIKE = "OoIl|"
_LOOSE_DIGIT = rf"[\d{re.escape(_LOOKALIKE)}]"
# A run of digits and look-alikes; a comma or point only between two of them (``154,442,`` ends at 2).
_LOOSE_NUM = rf"{_LOOSE_DIGIT}(?:{_LOOSE_DIGIT}|[,.]+(?={_LOOSE_DIGIT}))*"
_LOOKALIKE_ONLY = re.compile(rf"[-−△▲]?\s*{_LOOSE_NUM}")
_GLUED_AFTER = re.compile(r"[A-Za-z\d]")
_PERCENT_AFTER = re.compile(r"\s*[%％]")


_UNSURE_FIGURE = re.compile(r"[-−△▲]?[\d,.\s]*\d[\d,.\s]*")


def looks_like_amount(text: str) -> bool:
    """Whether ``text`` is, as a whole, an amount as printed, readable or OCR-confused
    (``154,442``, ``△12``, ``l54,442``, ``2O억``, ``12,3,45``, or digits marked unsure with U+FFFD:
    ``154,442\ufffd``): the place of a figure whose value :func:`parse_amount` gives, or ``None``
    when it cannot be read for sure."""
    s = ungrouped(fold_fullwidth(fold(str(text or ""))))
    if "\ufffd" in s:  # ``,660\ufffd``, ``4\ufffd 7,373,322\ufffd``: what is left of an overprinted figure
        return _UNSURE_FIGURE.fullmatch(s.replace("\ufffd", "").strip()) is not None
    if s in DASHES:
        return True
    if len(s) >= 2 and s[0] in "(（" and s[-1] in ")）":
        s = s[1:-1].strip()
    # a cell of look-alikes only (``O``, ``l,OOO``) is a confused amount too
    return _p().loose_amount.fullmatch(s) is not None or _LOOKALIKE_ONLY.fullmatch(s) is not None


def _amount_at(m: re.Match[str], text: str) -> str | None:
    """The amount text of a loose match, or ``None`` when a letter or digit is glued right after it
    (``22Q``): the token then goes on beyond what the pattern took."""
    after = text[m.end():]
    if _GLUED_AFTER.match(after):
        return None
    return m.group(0)


def printed_unit(amount: str) -> str | None:
    """The unit printed after an amount (``'983,000,000원'`` -> ``'원'``); None when it prints none."""
    return _trailing_unit(amount)


def _trailing_unit(amount: str) -> str | None:
    """The unit of an amount text as printed: its trailing unit (``'48억 원'`` -> ``'억 원'``), and for a
    compound amount its first block's big numeral with the currency printed after it
    (``'149억 6천만원'`` -> ``'억원'``, ``'2천5백만 원'`` -> ``'만 원'``)."""
    p = _p()
    text = amount.strip()
    m = re.search(rf"(?:{p.unit})\s*$", text)
    if not m:
        return None
    blocks = _blocks(text, loose=True)
    if not blocks or not _compound(blocks):
        return fold(m.group(0))
    won = re.search(rf"\s*(?:{current().alternation('money', 'currency')})\s*$", text)
    head = blocks[0][1] if len(blocks) > 1 else (blocks[0][1] or "")
    unit = fold(f"{head or ''}{won.group(0) if won else ''}")
    return unit or None


def _parts_paren(raw: str) -> tuple[int, str] | None:
    """Where the parenthesized parts list starts, and its text with nested notes blanked.

    ``48억 원(도비 20억(40%), 시비 28억)`` -> ``(5, "도비 20억 , 시비 28억")``; a ``(단위: ...)``
    wrapper or a parenthesis without digits is not a parts list.
    """
    start, depth, inner = -1, 0, []
    for i, ch in enumerate(raw):
        if ch in "(（":
            if depth == 0:
                start, inner = i, []
            elif depth >= 1:
                inner.append(" ")
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
            if depth == 0:
                text = "".join(inner)
                if re.search(r"\d", text) and not _p().unit_label.search(text):
                    return start, text
        elif depth == 1:
            inner.append(ch)
    return None


def budget_parts_first(raw: str) -> dict[str, Any] | None:
    """``국비 12억원, 도비 3억 6천만원 (총 15억 6천만원)``: the parts first, each a source and an amount
    with its unit, and the total last, alone in brackets after a total word (vocabulary ``[money]
    total_words``). ``None`` for any other shape."""
    paren = _parts_paren(raw)
    if paren is None or raw.rstrip()[-1:] not in ")）":
        return None
    totals = list(_p().part.finditer(paren[1]))
    if len(totals) != 1 or re.sub(r"\s+", "", totals[0].group("label")) not in current().words("money", "total_words"):
        return None
    total_text = totals[0].group("amount") if _amount_at(totals[0], paren[1]) else None
    unit = _trailing_unit(total_text) if total_text else None
    if unit is None:
        return None
    multiplier = unit_multiplier(unit) or 1
    head = raw[: paren[0]]
    parts: list[dict[str, Any]] = []
    for part in _p().part.finditer(head):
        label = re.sub(r"\s+", "", part.group("label"))
        amount_text = part.group("amount") if _amount_at(part, head) else None
        source = funding_source(label)
        if source is None or source == "total" or not amount_text or _trailing_unit(amount_text) is None:
            return None
        parts.append({"label": label, "source": source, "amount_krw": parse_amount(amount_text, multiplier)})
    if len(parts) < 2:
        return None
    return {"raw": raw, "unit": unit, "total_krw": parse_amount(total_text, multiplier), "parts": parts}


def parse_budget(raw: str) -> dict[str, Any]:
    """A 총사업비 text -> ``{"raw", "unit", "total_krw", "parts"}`` (CARD_SCHEMA.md overview.budget).

    ``220,719백만 원(국비 154,442, 지방비 66,277)``, ``48억 원(도비 20억, 시비 28억)``,
    ``총 5,000천원``, the parts first and the total last (``국비 12억원, 도비 3억원 (총 15억원)``);
    ``비예산`` gives ``total_krw`` ``None``, no parts and no unit.
    """
    printed_raw = fold(raw or "")
    raw = fold_fullwidth(printed_raw)  # １，２５０千원（국비　...）: typed in fullwidth mode, read as ASCII
    flipped = budget_parts_first(raw)
    if flipped is not None:
        return {**flipped, "raw": printed_raw}
    result: dict[str, Any] = {"raw": printed_raw, "unit": None, "total_krw": None, "parts": []}
    if raw in DASHES:
        result["total_krw"] = 0
        return result
    if not re.search(r"\d", raw):
        return result
    paren = _parts_paren(raw)
    head = raw[: paren[0]] if paren else raw
    multiplier = 1
    lead = _p().loose_amount.search(head)
    if lead:
        amount_text = _amount_at(lead, head)
        unit = _trailing_unit(lead.group(0))
        if unit:
            result["unit"] = unit
            multiplier = unit_multiplier(unit) or 1
        else:  # 220,719 (단위: 백만원)
            printed = find_unit(raw)
            if printed:
                result["unit"] = printed
                multiplier = unit_multiplier(printed) or 1
        # A confused token (22O,7l9, 12,3,45, 2O억) gives None, never the digits before the confusion.
        result["total_krw"] = parse_amount(amount_text, multiplier) if amount_text and not _fraction_of_won(
            amount_text, result["unit"]) else None
    printed: list[str] = []  # each part's amount as printed
    if paren:
        for part in _p().part.finditer(paren[1]):
            rest = paren[1][part.end():]
            if _PERCENT_AFTER.match(rest):
                continue  # 국비 50%: a share, not an amount
            label = re.sub(r"\s+", "", part.group("label"))
            amount_text = _amount_at(part, paren[1])
            amount = None
            if part.group("dash"):
                amount = 0
            elif amount_text and not _fraction_of_won(part.group("amount"), result["unit"]):
                amount = parse_amount(part.group("amount"), multiplier)
            entry: dict[str, Any] = {"label": label, "source": funding_source(label), "amount_krw": amount}
            if amount is None:
                entry["raw"] = fold(part.group("amount") or "")  # the printed text of an unreadable part
            result["parts"].append(entry)
            printed.append(fold(part.group("amount") or part.group("dash") or ""))
    _split_of_total(result, printed)
    return result


def _fraction_of_won(amount: str, unit: str | None) -> bool:
    """An amount with decimals and no unit printed (``총사업비 : 32,353.5``): no amount in won, whose
    scale the budget does not tell (a figure in millions whose unit stands elsewhere): not read."""
    return unit is None and _trailing_unit(amount) is None and re.search(r"\d\.\d", amount) is not None


def _split_of_total(budget: dict[str, Any], printed: list[str]) -> None:
    """Keep as ``parts`` only what splits the total: the bracket of a budget may restate the total
    and name a part of it (``15억원(총 15억원 중 10억 확보)``: a total and the part secured), or
    follow a source with the part of it secured (``국비 10억 중 5억 확보``), neither a share by source.

    - an entry naming the total (a total word, vocabulary ``[money] total_words``) is no part; one
      whose amount is not the total leaves the total unsure: null (its text is kept in ``raw``);
    - entries that add up to the total are the parts; else the first entry of each source, if
      those add up to it (the rest are parts of parts); else entries naming one source each, as
      printed (the card's own sums, which validation checks); else no amount is read: each
      source's entry stays with its amount null and its printed text (a finding), the others go.
    Nothing is checked where the total or an entry's amount is unknown."""
    totals = set(current().words("money", "total_words"))
    parts: list[dict[str, Any]] = budget["parts"]
    restated = [p for p in parts if p["label"] in totals or p["source"] == "total"]
    rest = [p for p in parts if p not in restated]
    total = budget["total_krw"]
    named = {p["amount_krw"] for p in restated}
    if total is None and len(named) == 1:
        total = next(iter(named))
    elif named - {total}:
        total = None  # two totals printed: which one is the budget's is not known
    budget["total_krw"] = total
    whole = next(iter(named)) if len(named) == 1 else total  # what the entries split
    if whole is None or not rest or any(p["amount_krw"] is None for p in rest):
        budget["parts"] = rest
        return
    texts = {id(p): t for p, t in zip(parts, printed, strict=True)}
    budget["parts"] = _adding_up(rest, whole, texts)


def _adding_up(rest: list[dict[str, Any]], total: int, printed: dict[int, str]) -> list[dict[str, Any]]:
    """The entries of :func:`_split_of_total` (every amount known) that are the total's parts;
    ``printed`` the amount text of each (by id)."""
    if sum(p["amount_krw"] for p in rest) == total:
        return rest
    first: dict[str, dict[str, Any]] = {}
    for p in rest:
        if p["source"] is not None:
            first.setdefault(p["source"], p)
    if first and len(first) < len(rest) and sum(p["amount_krw"] for p in first.values()) == total:
        return list(first.values())
    if len(first) == len(rest):
        return rest  # one entry a source, as printed: validation checks their sum
    return [{**p, "amount_krw": None, "raw": printed[id(p)]} for p in first.values()]
