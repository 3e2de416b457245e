"""A worded cell a text dump's goal rows print in two rows (cells joined by single spaces): where the
cell begins, as the rows show it.

A row's words (its project, target and, when worded, actual run together) end a cell where the row
proves it: a row whose actual is a figure or a dash ends its target with those words; a status word
standing inside a row's words ends its cell (``실시설계 완료 | 행정절차 이행``). When two rows print
the same words (two or more, no figure needed) ending such a cell, and other words before them in
both (each row's own project), those words are one cell printed in both rows: the same text twice,
each time cut off where the rows part (``청년농업 지원사업 | 실시설계 완료 | 행정절차 이행`` and
``임대형 스마트팜 조성 | 실시설계 완료 -``). One of the two ends is a status word's inside a row, with
another cell after it: two rows that only end alike before their actuals show no cell (the same
wording without a figure may hold their projects' last words). Where rows share such words at two
lengths, or no row shares them, nothing is shown.
"""

from __future__ import annotations

from collections.abc import Sequence


def shared_end(words: Sequence[str], other: Sequence[str]) -> int:
    """How many last words ``words`` and ``other`` print alike."""
    n = 0
    while n < min(len(words), len(other)) and words[-1 - n] == other[-1 - n]:
        n += 1
    return n


def shared_cell(words: Sequence[str], end: int, others: Sequence[tuple[Sequence[str], int]]) -> int | None:
    """How many words before ``end`` (a cell end of ``words``) one cell holds, as another row shows it
    (``others``: each other row's words and one of its cell ends): the words both print ending those
    cells, two or more, with words before them in both rows; None when no row shows it, or rows show
    two lengths."""
    found = {n for other, e in others if 2 <= (n := shared_end(words[:end], other[:e])) < min(end, e)}
    return found.pop() if len(found) == 1 else None
