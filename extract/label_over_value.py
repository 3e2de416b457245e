"""A bare header label naming a section (``추진상황``: the status's label) printed on the line above its value,
a status word alone (``폐기``): a summary box's cells a dump printed a line each (``총사업비`` / ``151.55억원`` /
``사업기간`` / ``’18년 7월 ~ ’24년 2월`` / ``추진상황`` / ``폐기``, mutant 4151 txt), a label | value pair, no
heading (read as one, it opened the achievements over the overview's fields and contents)."""

from __future__ import annotations

from pledgecard.extract.captions import status_value
from pledgecard.extract.labels import header_field_of
from pledgecard.extract.layout import Item, Line, item_text


def label_over_value(flat: list[Item], k: int) -> bool:
    """Whether line ``k`` is a bare status label whose value, a status word alone (a word or two, no figure), is
    the line right under it: a cell of a box printed a cell a line, no section heading (a line with a figure, ``2020
    추진중``, is a table's row under a head cell)."""
    it = flat[k]
    if not isinstance(it, Line) or it.marker is not None or header_field_of(it.full_text.strip()) != "status":
        return False
    value = flat[k + 1] if k + 1 < len(flat) else None
    if value is None or not status_value(value):
        return False
    text = item_text(value)
    return len(text.split()) <= 2 and not any(ch.isdigit() for ch in text)
