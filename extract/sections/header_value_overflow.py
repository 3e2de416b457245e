"""A header value wider than its column in an aligned text dump, its words cut into the next column's cell.

The class of card: a text dump's header grid whose value runs past its column (``협조부서  건설과, 스마트정보과`` where
the next column holds the labels ``공약분야`` / ``담 당 자`` in the rows around it): the column reader parts the
value's words one space apart into two cells (``건설과,`` | ``스마트정보과``), the second standing where a label
stands and being none. That cell is the rest of the value: it is joined back to it, never dropped."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.labels import header_field_of
from pledgecard.extract.sections.header_value_kinds import value_kind
from pledgecard.normalize.text import fold

_ONE_SPACE = 2  # display columns from a value's end to the next cell's start: one space (a wide one at most)


def _text(cell: Any) -> str:
    return fold(cell.text.replace("\n", " "))


def overflow(row: list[Any], k: int) -> list[Any]:
    """The cells after ``row[k]`` (a label's value) that are the rest of it: each printed one space after the
    cell before it (a dump's columns, ``Source.columns``), no label, and of the value's kind or of none."""
    out: list[Any] = []
    prev = row[k]
    kind = value_kind(_text(prev))
    for cell in row[k + 1 :]:
        a, b = prev.source.columns, cell.source.columns
        text = _text(cell)
        if (
            a is None
            or b is None
            or not 0 < b[0] - a[1] <= _ONE_SPACE
            or not text
            or header_field_of(text)
            or value_kind(text) not in (None, kind)
        ):
            break
        out.append(cell)
        prev = cell
    return out


def with_overflow(row: list[Any], k: int) -> tuple[str, int]:
    """The value of ``row[k]`` with the rest cut into the cells after it, and how many cells that rest took."""
    rest = overflow(row, k)
    return " ".join(_text(c) for c in [row[k], *rest]), len(rest)
