"""The figure a finding is about, marked inside the quoted line of its evidence: the printed cell's display
columns where the reader knew them (a text dump's cell, ``source_position.columns``), else the first of the
finding's figures the line prints (its observed text or number, as printed with or without thousands commas).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from pledgecard.extract.readers.text_lines import display_offsets, display_text
from pledgecard.normalize.sanitize import clean_text

_FIGURE_KEYS = ("amount", "text", "value", "values", "cells")
_AMOUNT = re.compile(r"^funding\.rows\[(\d+)\]\.amounts_krw\[(\d+)\]$")
_WS = re.compile(r"\s+")
# a record path holding an amount or a value the card prints (funding.rows[0].amounts_krw[1], budget.total_krw,
# goals[2].target_value, outreach.items[0].count): a bare observed number is that figure; elsewhere (a card-level
# finding's count, share, page or year) it is no printed figure
_VALUE_PATH = re.compile(r"(?:^|\.)(?:[a-z_]*_krw|[a-z_]*value|total|count)(?:\[\d+\])?$")


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, int | float):
        number = int(value) if float(value).is_integer() else value
        yield f"{number:,}"
        yield str(number)
    elif isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for k in _FIGURE_KEYS:
            yield from _texts(value.get(k))
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _texts(v)


def figures(finding: Mapping[str, Any], record: Mapping[str, Any] | None = None) -> list[str]:
    """The texts a finding's figure may be printed as, best first: the printed text the record keeps of a cell
    it left null (``amounts_raw``), then its observed value's where that is the figure (observed naming its
    ``amount`` / ``text`` / ``value``, or a bare observed value of an amount or value path); only texts holding
    a digit. A card-level finding's bare number (a count, a share, a page) is none.

    >>> figures({"observed": {"amount": "4,077 (2년간)", "periods": ["2024", "2025"]}})
    ['4,077 (2년간)']
    >>> figures({"observed": 8500, "location": "funding.rows[0].amounts_krw[1]"},
    ...         {"funding": {"rows": [{"label": "계", "amounts_krw": [1, None], "amounts_raw": ["1", "9,4O0"]}]}})
    ['9,4O0', '8,500', '8500']
    >>> figures({"observed": "↔10,590", "location": "funding.rows[1].amounts_krw[0]"})
    ['10,590']
    >>> figures({"observed": 1, "location": None}), figures({"observed": 0.62, "location": "source"})
    ([], [])
    """
    location, observed = finding.get("location"), finding.get("observed")
    named = isinstance(observed, Mapping) or (
        isinstance(location, str) and bool(_VALUE_PATH.search(location))
    )
    out = [_bare(t) for t in (*_printed(record, location), *(_texts(observed) if named else ()))]
    return list(dict.fromkeys(t for t in out if re.search(r"\d", t)))


def _bare(text: str) -> str:
    """``text`` without white space and the marks (not currency signs) the record sets around a printed figure
    (``↔10,590``: a cell spanning periods)."""
    chars = list(text.strip())
    while chars and _mark_char(chars[0]):
        chars.pop(0)
    while chars and _mark_char(chars[-1]):
        chars.pop()
    return "".join(chars).strip()


def _mark_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return ch.isspace() or (category.startswith("S") and category != "Sc")


def _printed(record: Mapping[str, Any] | None, location: Any) -> list[str]:
    """The printed text the record keeps for the amount cell at ``location`` (``[]`` for none)."""
    m = _AMOUNT.match(location) if isinstance(location, str) else None
    if not m or not isinstance(record, Mapping) or not isinstance(record.get("funding"), Mapping):
        return []
    rows = record["funding"].get("rows")
    i, j = int(m.group(1)), int(m.group(2))
    row = rows[i] if isinstance(rows, list) and i < len(rows) and isinstance(rows[i], Mapping) else {}
    raw = row.get("amounts_raw")
    return [raw[j]] if isinstance(raw, list) and j < len(raw) and isinstance(raw[j], str) else []


def quoted_line(raw: str) -> str:
    """A text dump's line as its evidence quotes it and :func:`mark` marks it: measured as the reader measured
    it (:func:`~pledgecard.extract.readers.text_lines.display_text`: tabs expanded, so a cell's ``columns``
    fall on its characters), shown as the record holds text (control and bidi characters removed).

    >>> quoted_line("국비\\t1,200\\f")
    '국비  1,200'
    """
    return clean_text(display_text(raw).rstrip(), one_line=True)[0]


def mark(
    text: str, wanted: Sequence[str], columns: tuple[int, int] | list[int] | None = None
) -> tuple[int, int] | None:
    """The character span of ``text`` to mark: the display ``columns`` (from, to; to excluded) when they hold
    printed text, else the first of ``wanted`` the text prints (white space inside it ignored); ``None``.

    >>> mark("국비    1,200    3,400", ["3,400"])
    (15, 20)
    >>> mark("계  11,200  1,200", ["1,200"])
    (11, 16)
    >>> mark("사업비  ₩1,200", [], (8, 14))
    (5, 11)
    """
    if columns is not None and len(columns) == 2:
        offsets = display_offsets(text)
        lo = next((i for i, x in enumerate(offsets) if x >= columns[0]), None)
        hi = next((i for i, x in enumerate(offsets) if x >= columns[1]), len(text))
        if lo is not None and lo < hi and text[lo:hi].strip():
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            return lo, hi
    for want in wanted:
        found = _find(text, want)
        if found is not None:
            return found
    return None


def _find(text: str, want: str) -> tuple[int, int] | None:
    """``want`` in ``text`` with any white space between its characters (a dump spaces a cell's text)."""
    chars = _WS.sub("", want)
    if not chars:
        return None
    pattern = r"\s*".join(map(re.escape, chars))
    pattern = (
        (r"(?<![\d,.])" if chars[0].isdigit() else "")
        + pattern
        + (r"(?![\d])" if chars[-1].isdigit() else "")
    )
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None
