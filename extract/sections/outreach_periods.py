"""An outreach table of a row a period and a total row under them, as a text dump prints it.

``연도 계 주민설명회 ...`` over ``2022년 76 - - 76 -`` / ``2023년 103 - 1 102 -`` / ``합계 179 - 1 178 -``:
a head line opened by the rows' head word (no channel, no total), rows opened by a label that names
no channel (a year, a quarter), then a total row. The channels' counts are the total row's, where
each of its counts is its column's sum over the rows above it (proven); the rows' labels and their
head are no channels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pledgecard.extract.layout import Line

Words = Callable[[str], list[str] | None]
Test = Callable[[str], object]
Count = Callable[[str], int | None]


def total_row_of_periods(lines: list[Line], *, values_of: Words, is_channel: Test, is_total: Test,
                         count: Count) -> list[Line] | None:
    """The head line without its rows' head word over the total row's counts without its label,
    then the lines after the total row; None when ``lines`` do not open with such a table or a
    count of the total row is not its column's sum (``values_of``: a line's count tokens or None;
    ``count``: a count token's value, a dash none)."""
    if len(lines) < 3 or values_of(lines[0].full_text) is not None:
        return None
    head_word, _, head_rest = lines[0].full_text.strip().partition(" ")
    if not head_rest or is_channel(head_word) or is_total(head_word) or not is_channel(head_rest):
        return None
    rows: list[list[str]] = []
    for k, ln in enumerate(lines[1:], start=1):
        label, _, rest = ln.full_text.strip().partition(" ")
        values = values_of(rest) if rest else None
        if values is None or len(values) < 2 or is_channel(label) or (rows and len(values) != len(rows[0])):
            return None
        if not is_total(label.replace(" ", "")):
            rows.append(values)
            continue
        if not rows or not all(_sum(count, [r[j] for r in rows]) == count(values[j]) or (
                count(values[j]) is None and _sum(count, [r[j] for r in rows]) == 0) for j in range(len(values))):
            return None
        return [replace(lines[0], text=head_rest, marker=None), replace(ln, text=rest, marker=None), *lines[k + 1:]]
    return None


def _sum(count: Count, cells: list[str]) -> int:
    return sum(count(c) or 0 for c in cells)
