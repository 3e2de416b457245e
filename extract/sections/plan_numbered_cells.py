"""Plans as a numbered table a dump printed one cell a line (pdftotext's default mode printing a schedule's
columns before its periods apart from them: ``연번`` / ``추진과제`` / ``추진기간`` / ``1`` / plan / ``'27. 11.`` /
``2`` / ...): the head's three cells, a row-number head (vocabulary ``[row_numbers] heads``), the plan's head
and a date head (``[item_table] date``) in either order after it, then rows of as many cells in the head's
order, their numbers ``1`` .. ``n`` in order, each date cell wholly a date and each plan cell worded and no
date. A row is read only where every cell stands in its place: the run ends at the first line that breaks
the order (the periods' heads and marks printed elsewhere stay as they are), and a row whose plan is its last
cell only where no plain line follows it but the next row's number (its plan may have wrapped onto it)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.vocabulary import Vocabulary, current, key
from pledgecard.normalize.dates import is_date, parse_date
from pledgecard.normalize.text import fold


def _words(v: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(key(w) for w in v.words("row_numbers", "heads")),
        frozenset(key(w) for w in v.words("item_table", "date")),
    )


def _cell(it: Item | None) -> str | None:
    return fold(it.full_text) if isinstance(it, Line) and it.marker is None and it.text.strip() else None


def _head(items: list[Item], k: int) -> int | None:
    """The date cell's place (1 or 2) in a head of three cells a line at ``items[k]``, else None."""
    numbers, dates = current().build(_words)
    cells = [_cell(items[k + i]) if k + i < len(items) else None for i in range(3)]
    if (
        any(c is None or len(c.split()) != 1 or is_date(c) for c in cells)
        or key(cells[0] or "") not in numbers
    ):
        return None
    at = [i for i in (1, 2) if key(cells[i] or "") in dates]
    return at[0] if len(at) == 1 else None


def _row_ends(items: list[Item], k: int, number: int) -> bool:
    """Whether a row whose plan is its last cell ends before ``items[k]``: the next row's number there, no
    plain cell (a marked line, a table, the items' end); a plain cell may be the plan's wrapped line."""
    return k >= len(items) or _cell(items[k]) in (None, str(number))


def numbered_plans(items: list[Item]) -> tuple[list[tuple[Line, dict[str, Any]]], list[Item]] | None:
    """The plans of such a table among ``items`` (each its text line and printed date) and the items left;
    None when no head of its shape is followed by a whole row."""
    for k in range(len(items)):
        if (date_at := _head(items, k)) is None:
            continue
        text_at = 3 - date_at
        plans: list[tuple[Line, dict[str, Any]]] = []
        j = k + 3
        while j + 2 < len(items) and _cell(items[j]) == str(len(plans) + 1):
            text, when = items[j + text_at], _cell(items[j + date_at])
            if (
                not isinstance(text, Line)
                or when is None
                or not is_date(when)
                or _cell(text) is None
                or is_date(_cell(text) or "")
                or not any(ch.isalpha() for ch in text.full_text)
            ):
                break
            date = parse_date(when)
            if not date.get("start") or (text_at == 2 and not _row_ends(items, j + 3, len(plans) + 2)):
                break
            plans.append((Line(text=fold(text.full_text), marker=None, indent=0, source=text.source), date))
            j += 3
        if plans:
            return plans, items[:k] + items[j:]
    return None
