"""An outreach table of a row a period and a total row under them, as a text dump prints it.

``연도 계 주민설명회 ...`` over ``2022년 76 - - 76 -`` (or a bare ``2022``) / ``2023년 103 - 1 102 -`` / ``합계 179 - 1 178 -``: head
lines opened by the rows' head word (no channel, no total), rows opened by a label that names no
channel (a year, a quarter), then a total row; a row a line, or a cell a line (the label on a line
of its own, each count on the lines after it). The channels' counts are the total row's, where each
of its counts is its column's sum over the rows above it (proven); the rows' labels and their head
are no channels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.vocabulary import current

Words = Callable[[str], list[str] | None]
Test = Callable[[str], object]
Count = Callable[[str], int | None]


def total_row_of_periods(
    lines: list[Line], *, values_of: Words, is_channel: Test, is_total: Test, count: Count
) -> list[Line] | None:
    """The head lines without the rows' head word over one line of the total row's counts, then
    the lines after the total row; None when ``lines`` do not open with such a table or a count of
    the total row is not its column's sum (``values_of``: a line's count tokens or None; ``count``:
    a count token's value, a dash none)."""
    start = next(
        (k for k in range(1, len(lines)) if _row_start(lines, k, values_of, is_channel, is_total)), None
    )
    if start is None or not lines[0].full_text.strip():
        return None
    head_word, _, head_rest = lines[0].full_text.strip().partition(" ")
    if (
        is_channel(head_word)
        or is_total(head_word)
        or values_of(head_word) is not None
        or not is_channel(" ".join(ln.full_text for ln in lines[:start]))
    ):
        return None
    rows: list[tuple[str, list[str]]] = []
    end = len(lines)
    for k in range(start, len(lines)):
        text = lines[k].full_text.strip()
        values = None if _year_row(text, values_of) else values_of(text)
        if values is not None:  # counts of the row opened above (a cell a line)
            rows[-1][1].extend(values)
            continue
        if is_total(rows[-1][0].replace(" ", "")) if rows else False:
            end = k  # the line after the total row's counts: past the table
            break
        label, _, rest = text.partition(" ")
        more = values_of(rest) if rest else []
        if more is None or is_channel(label):
            return None
        rows.append((label, list(more)))
    if (
        len(rows) < 2
        or not is_total(rows[-1][0].replace(" ", ""))
        or any(is_total(lb) for lb, _ in rows[:-1])
    ):
        return None
    n = len(rows[-1][1])
    if n < 2 or any(len(v) != n for _, v in rows):
        return None
    years = [int(lb) for lb, _ in rows[:-1] if _bare_year(lb)]
    if years and (len(years) != len(rows) - 1 or years != sorted(set(years))):
        return None  # bare years label every row, one after another, or none does
    total = rows[-1][1]
    if not all(sum(count(v[j]) or 0 for _, v in rows[:-1]) == (count(total[j]) or 0) for j in range(n)):
        return None
    head = [replace(lines[0], text=head_rest, marker=None)] if head_rest else []
    return [*head, *lines[1:start], replace(lines[start], text=" ".join(total), marker=None), *lines[end:]]


def _row_start(lines: list[Line], k: int, values_of: Words, is_channel: Test, is_total: Test) -> bool:
    """Whether line ``k`` opens the table's first row: a label no count, no channel and no total,
    its counts after it on its line or on the next line."""
    label, _, rest = lines[k].full_text.strip().partition(" ")
    if (
        not label
        or (values_of(label) is not None and not _year_row(lines[k].full_text.strip(), values_of))
        or is_channel(label)
        or is_total(label)
    ):
        return False
    if rest:
        return values_of(rest) is not None
    return k + 1 < len(lines) and values_of(lines[k + 1].full_text) is not None


def _bare_year(token: str) -> bool:
    """A four-digit year printed bare (``2022``), no year word after it."""
    return token.isdigit() and len(token) == 4 and bool(current().year_re.fullmatch(token))


def _year_row(text: str, values_of: Words) -> bool:
    """A row opened by a bare year over its counts on its line (``2022 78 1 - 1 76 -``, cross 6385): the year its
    label, no count (the total row, one count fewer, and its sums prove it: :func:`total_row_of_periods`)."""
    label, _, rest = text.partition(" ")
    return _bare_year(label) and bool(rest) and values_of(rest) is not None
