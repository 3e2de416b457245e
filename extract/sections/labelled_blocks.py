"""A block heading opened by a bracketed label (``[세부사업1] 수소산업 기반 조성``, ``【과제 2】 청년 창업 지원``):
an unmarked line whose first word is a short label in brackets, then the block's name, standing over the
block's first bulleted item. The name is the group (the label only numbers the blocks); a reporting date
closing the name in brackets (``... (2024. 12월 말 기준)``) is the block's date. It is never a table: a
dump's table row prints no bracketed label before its cells.
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.markers import BRACKETED_LINE, CLOSE_BRACKETS, OPEN_BRACKETS
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.normalize.dates import parse_date
from pledgecard.normalize.text import fold

_SQUARE_OPEN = "".join(c for c in OPEN_BRACKETS if c not in "(（<〈")
_SQUARE_CLOSE = "".join(c for c in CLOSE_BRACKETS if c not in ")）>〉")
# a label of one to twelve characters in non-round brackets, then the rest of the line
_LABELLED = re.compile(
    rf"^[{re.escape(_SQUARE_OPEN)}]\s*(?P<label>[^{re.escape(_SQUARE_OPEN + _SQUARE_CLOSE)}]{{1,12}}?)"
    rf"\s*[{re.escape(_SQUARE_CLOSE)}]\s*(?P<name>\S.*)$"
)
_TRAILING_PAREN = re.compile(r"\s*[(（](?P<when>[^()（）]+)[)）]\s*$")


def labelled_block(text: str) -> tuple[str, dict[str, Any] | None] | None:
    """The group name and reporting date of a line opened by a bracketed label and naming a block, or
    ``None``: the name must hold a word (not a figure, not a date alone, not a row of amounts)."""
    m = _LABELLED.match(fold(text).strip())
    if not m:
        return None
    name = m.group("name").strip()
    when = None
    tail = _TRAILING_PAREN.search(name)
    if tail:
        d = parse_date(tail.group("when"))
        g = parse_group_heading(tail.group(0).strip())
        if d.get("label") or (g and g[1]):
            when = d if d.get("label") else g[1] if g else None
            name = name[: tail.start()].strip()
    words = name.split()
    if not words or not re.search(r"[^\W\d_]{2}", name) or parse_date(name).get("label") and len(words) <= 3:
        return None
    if sum(1 for w in words if is_amount_cell(w)) >= 2:  # a table row's cells after a label cell
        return None
    return name, when


def later_point_block(text: str, as_of: dict[str, Any] | None) -> tuple[str, dict[str, Any]] | None:
    """A block heading naming its reporting point by a date alone: after a bracketed label
    (``[세부사업2] 2026년 3월 31일``: the label proves a heading), or wholly inside one bracket pair
    (``( 2026년 3월 31일 )``) and later than ``as_of``, the reporting point of the block above (an
    item of that block happened by then: a date after it is a later point, not an item's wrapped
    date). Its name is the date's text, its reporting date the date; anything else, ``None``."""
    t = fold(text).strip()
    m = _LABELLED.match(t)
    if m:
        name = m.group("name").strip()
        d = parse_date(name)
        return (name, d) if d.get("label") else None
    b = BRACKETED_LINE.match(t)
    if not b or as_of is None or not as_of.get("end"):
        return None
    d = parse_date(b.group("body"))
    if not d.get("label") or not d.get("start") or d["start"] <= as_of["end"]:
        return None
    return b.group("body"), d
