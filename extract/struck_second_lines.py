"""A funding row of a revised card whose in-force figures a layout dump printed on a line of their own.

The class of card fixed: a card marking its revisions struck through sets a revised cell's two figures one over the
other; ``pdftotext -layout`` prints the row as lines, the figures of one line (the superseded plan over the label's
line, or the plan in force under it) read after the row's first line's (``계 809,974 … 4,373,345`` then ``302,701
907,048 4,343,032``), not beside the figure each replaces. Each figure of the later line stands under one column of
the row, in the columns' order; which columns, and which of a column's two figures is in force, only the sums tell
(:mod:`pledgecard.extract.struck_funding` keeps a reading only where they prove it). dasi-county 87003 layout."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

_MOST_EXTRA = 4  # at most this many figures on the later line (the readings grow with each)


def second_line_readings(values: list[int], n: int) -> Iterator[tuple[int, ...]]:
    """Every reading of a row's figures as ``n`` cells where the first ``n`` are one a column and the rest (a later
    line's) each stand under one of the columns, in order: for each such column, either of its two figures."""
    extra = len(values) - n
    if extra <= 0 or extra > _MOST_EXTRA:
        return
    first, later = values[:n], values[n:]
    for under in itertools.combinations(range(n), extra):
        choices: list[tuple[int, ...]] = [(v,) for v in first]
        for col, v in zip(under, later, strict=True):
            choices[col] = (first[col], v)
        yield from itertools.product(*choices)
