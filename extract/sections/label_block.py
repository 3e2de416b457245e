"""A table a dump printed in two blocks of columns, a cell a line: its leading label columns first (their
head, then their cells row by row), then the other columns (their head, then their rows). pdftotext's
default mode prints a table so where the label columns' cells span several rows of the others (an
indicator's name and unit over its plan row and its actual row).

The blocks are told by shape alone: the value rows are the run of rows that each hold one word cell (the
row's label) and then figures (or dashes), all of one length; the value block's head is the same number of
word cells just above them; the lines above that head are the label block, its head and ``m`` rows of
``k`` cells each. Every ``k`` that parts the label block so, with the value rows a whole multiple of
``m`` (each label row over as many value rows), gives one rebuilt order, a row a line (the label row's
cells first on the line of its first value row). Which one holds is not decided here: a reader takes a
rebuild only where it reads every label row and its figures prove (sums), nothing is kept by guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pledgecard.normalize.text import DASHES

_FIGURE = re.compile(r"^[-+]?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?$|^[-+]?\d+(?:\.\d+)?%?$")


def _figure(text: str) -> bool:
    t = text.strip()
    return bool(_FIGURE.match(t)) or (len(t) == 1 and t in DASHES)


@dataclass(frozen=True, slots=True)
class Rebuilt:
    lines: list[str]  # the rebuilt rows, the heads' line first
    sources: list[list[int]]  # each rebuilt line's printed lines (indices into the texts given)
    labels: int  # the label block's rows (m)
    head: list[str]  # the label block's head cells (k)


def _value_rows(texts: list[str], start: int) -> tuple[int, int] | None:
    """The value rows from ``start`` (a word cell, then figures): their length and count, or None."""
    width = None
    count = 0
    at = start
    while at < len(texts) and not _figure(texts[at]):
        end = at + 1
        while end < len(texts) and _figure(texts[end]):
            end += 1
        if end == at + 1 or (width is not None and end - at != width):
            break
        width = end - at
        count += 1
        at = end
    return (width, count) if width is not None and count >= 2 else None


def label_block_orders(texts: list[str]) -> Iterator[Rebuilt]:
    """Every rebuilt row order of ``texts`` (a cell a line) printed as a label block, then a value block
    (see the module doc), the shorter label rows first; none when the lines are not so printed."""
    first = next((i for i, t in enumerate(texts) if _figure(t)), None)
    if first is None or first < 2:
        return
    rows = _value_rows(texts, first - 1)
    if rows is None:
        return
    width, count = rows
    head_b = first - 1 - width  # the value block's head: as many word cells as a row has
    if head_b < 2 or any(_figure(t) for t in texts[head_b : first - 1]):
        return
    block = list(range(head_b))
    for k in range(1, len(block) // 2 + 1):
        m = len(block) // k - 1
        if len(block) % k or m < 1 or count % m:
            continue
        per = count // m
        value_at = [first - 1 + r * width for r in range(count)]
        head = block[:k] + list(range(head_b, first - 1))
        sources = [head]
        for i in range(m):
            label = block[k * (i + 1) : k * (i + 2)]
            for s in range(per):
                at = value_at[i * per + s]
                sources.append((label if s == 0 else []) + list(range(at, at + width)))
        yield Rebuilt(
            [" ".join(texts[j].strip() for j in src) for src in sources],
            sources,
            m,
            [texts[j].strip() for j in block[:k]],
        )
