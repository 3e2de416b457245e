"""Two columns printed so close that a row's gap across the gutter is narrower than the reader's
split (``SPLIT_RATIO`` x font size): each row would read as one line running from the left column
into the right one, and no column zone could be found (:mod:`pdf_columns` needs a gutter no line
crosses).

A gutter is proposed where several rows leave a gap wider than a few word gaps and their right-hand
pieces start at one x (a column's left margin, not a date set flush right); the page's rows are cut
there on trial and the gutter kept only where :func:`column_order` then finds a column zone on it
(bullet items or tables on both sides, standing beside each other). Rows are cut only within that
zone's height.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pledgecard.extract.readers.pdf_columns import GUTTER_TOL, MIN_SIDE, column_order
from pledgecard.extract.readers.pdf_lines import Char, Line, char_size, chars_to_lines, group_rows
from pledgecard.extract.readers.pdf_tables import PageTable

GAP_RATIO = 1.0  # a gap wider than one font size is no word gap (those are about a third of it)
Gutter = tuple[float, float, float]  # x, top, bottom


def _candidates(chars: Sequence[Char], split_ratio: float) -> list[float]:
    """Left margins of right-hand pieces: the x after a wide gap (not wide enough to split the row)
    that at least ``MIN_SIDE`` rows share, the most shared first."""
    seen: Counter[float] = Counter()
    for row in group_rows(chars):
        ink = sorted((c for c in row if not c["text"].isspace()), key=lambda c: float(c["x0"]))
        xs = {
            round(float(b["x0"]) * 2) / 2
            for a, b in zip(ink, ink[1:], strict=False)
            if GAP_RATIO * char_size(b) < float(b["x0"]) - float(a["x1"]) <= split_ratio * char_size(b)
        }
        seen.update(xs)
    return [x for x, n in seen.most_common() if n >= MIN_SIDE]


def _items(lines: list[Line], tables: Sequence[PageTable]) -> list[Line | PageTable]:
    keyed: list[tuple[float, float, Line | PageTable]] = [(ln.row_top, ln.x0, ln) for ln in lines]
    keyed += [(t.top, t.bbox[0], t) for t in tables if t.nested_in is None and t.has_text()]
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [k[2] for k in keyed]


def _top(it: Line | PageTable) -> float:
    return it.top if isinstance(it, Line) else it.bbox[1]


def _bottom(it: Line | PageTable) -> float:
    return it.bottom if isinstance(it, Line) else it.bbox[3]


def _x0(it: Line | PageTable) -> float:
    return it.x0 if isinstance(it, Line) else it.bbox[0]


def _x1(it: Line | PageTable) -> float:
    return it.x1 if isinstance(it, Line) else it.bbox[2]


def find_gutters(
    chars: Sequence[Char], tables: Sequence[PageTable], *, page: int, split_ratio: float
) -> list[Gutter]:
    """Gutters a page's rows are to be cut at (:func:`chars_to_lines` ``gutters``), none if its
    columns (if any) already stand apart or no column zone proves one."""
    for cand in _candidates(chars, split_ratio):
        x = cand - GUTTER_TOL / 2
        lines = chars_to_lines(
            chars, page=page, split_ratio=split_ratio, gutters=[(x, float("-inf"), float("inf"))]
        )
        _, columns = column_order(_items(lines, tables))
        out: list[Gutter] = []
        for left, right in zip(columns[::2], columns[1::2], strict=True):
            if any(abs(_x0(it) - cand) <= GUTTER_TOL for it in right) and all(
                _x1(it) <= x + GUTTER_TOL for it in left
            ):
                both = left + right
                out.append((x, min(_top(it) for it in both) - 1.0, max(_bottom(it) for it in both)))
        if out:
            return out
    return []
