"""Amounts as printed (``220,719``, ``48억``, ``3억5천만 원``, ``l54,442``): read in won, exactly or
in whole won, recognised when OCR-confused, and the unit printed after them."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.money_patterns import LOOSE_NUM, MAX_DIGITS, money_patterns
from pledgecard.normalize.text import DASHES, fold, fold_fullwidth


def _decimal(num: str) -> Decimal:
    return Decimal(num.replace(",", ""))


_Block = tuple[list[tuple[str, str | None]], str | None]


def _blocks(text: str, loose: bool = False) -> list[_Block]:
    """The blocks of an amount's groups: ``3억 2천 5백만원`` -> ``[([3], 억), ([2 천, 5 백], 만)]``;
    ``loose``: numbers OCR-confused or not (``22O,7l9백만``: one block)."""
    blocks: list[_Block] = []
    terms: list[tuple[str, str | None]] = []
    p = money_patterns()
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
    p = money_patterns()
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
        if above is not None and (
            scale >= above
            or block * scale >= above
            or (big is None and above != smallest_big and not has_won)
        ):
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


# amounts read, remembered per vocabulary (the patterns read them): a funding table's cells are read by every
# reading of the table tried (rows amid, the sum search, the layout), 5-20 times each; short texts only, the
# least recently read dropped when full (functools.lru_cache, thread-safe). A Decimal is immutable, so the one
# remembered is the one returned
_MEMO_CHARS = 120
_MEMO_ENTRIES = 4096


def _amounts_read(_: Vocabulary) -> Callable[[str, int], Decimal | None]:
    """:func:`_exact_amount` remembered, one cache a vocabulary (built once through ``Vocabulary.build``)."""
    return functools.lru_cache(maxsize=_MEMO_ENTRIES)(_exact_amount)


def exact_amount(raw: str, multiplier: int = 1) -> Decimal | None:
    """An amount in won exactly as printed, not rounded (``'1.4'`` -> 1.4, ``'1.5억'`` -> 150000000): what
    :func:`parse_amount` reads, for sums checked as printed (``1.4 + 1.4 = 2.8``, which whole won break)."""
    if type(raw) is not str or type(multiplier) is not int or len(raw) > _MEMO_CHARS:
        return _exact_amount(raw, multiplier)
    return current().build(_amounts_read)(raw, multiplier)


def _exact_amount(raw: str, multiplier: int) -> Decimal | None:
    """:func:`exact_amount`, read every time."""
    if raw is None:
        return None
    s = ungrouped(fold_fullwidth(fold(str(raw))))  # １，２５０: typed in fullwidth mode, one number
    if s in DASHES:
        return Decimal(0)
    if len(s) >= 2 and s[0] in "(（" and s[-1] in ")）":
        s = s[1:-1].strip()
    m = money_patterns().amount.fullmatch(s)
    if not m:
        return None
    if len(re.sub(r"\D", "", m.group("groups"))) > MAX_DIGITS:
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


_LOOKALIKE_ONLY = re.compile(rf"[-−△▲]?\s*{LOOSE_NUM}")


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
    return money_patterns().loose_amount.fullmatch(s) is not None or _LOOKALIKE_ONLY.fullmatch(s) is not None


def printed_unit(amount: str) -> str | None:
    """The unit printed after an amount (``'983,000,000원'`` -> ``'원'``); None when it prints none."""
    return trailing_unit(amount)


def trailing_unit(amount: str) -> str | None:
    """The unit of an amount text as printed: its trailing unit (``'48억 원'`` -> ``'억 원'``), and for a
    compound amount its first block's big numeral with the currency printed after it
    (``'149억 6천만원'`` -> ``'억원'``, ``'2천5백만 원'`` -> ``'만 원'``)."""
    p = money_patterns()
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
