"""An item table's note column (``추진일자 | 추진내용 | 비고``) shown filled by its rows, in a dump printing each
row's cells one space apart: every row opening with its date cell ends with one status word (``완료``) and
none ends in a gap (an empty note cell prints one), where the dump is seen to keep its lines' trailing gaps (a
line of the card ends in one: most converters strip them, and then no row ending in a gap proves nothing) or
each row's status word stands under the note head's column (as wide a dump prints the head and its rows). A column of status words closing every row is the note
column's cells, not the end of each content (a content ending so in one row is chance; in all rows, and two
rows at least, it is the column). Rows are the table's lines up to the next head line or a line that is
none of its rows (a table, a heading)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from pledgecard.extract.item_heads import item_head_width
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.vocabulary import current, key

MIN_ROWS = 2  # one row ending in a status word is no column


def status_tail(text: str) -> int:
    """How many last words of ``text`` (not all) make one status word (완료, 추진 중); 0 when none."""
    words = text.split()
    status = current().status_words  # keyed
    return next((n for n in (1, 2, 3) if n < len(words) and key("".join(words[-n:])) in status), 0)


def _columns(text: str, end: int) -> int:
    """The display columns of ``text[:end]`` (a wide letter two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text[:end])


def _last_cell(line: Line, words: int = 1) -> tuple[int, int] | None:
    """The display columns (from, to) of a dump line's last ``words`` words as printed; None unprinted."""
    if line.printed is None:
        return None
    found = list(re.finditer(r"\S+", line.printed))
    if len(found) < words:
        return None
    a, b = found[-words].start(), found[-1].end()
    return line.lead + _columns(line.printed, a), line.lead + _columns(line.printed, b)


def _under(row: Line, head: Line) -> bool:
    """Whether the row's closing status word overlaps the head's last cell (the note head) column-wise."""
    cell, word = _last_cell(head), _last_cell(row, status_tail(row.text))
    return cell is not None and word is not None and word[0] < cell[1] and cell[0] < word[1]


def rows_end_in_status(items: Sequence[Item], starts: Iterable[int], dated: Callable[[str], bool]) -> bool:
    """Whether the row lines under the note-column heads at ``starts`` (each table's lines up to the next
    item-table head or a non-line item) that open with a date (``dated``) are two or more in all, each
    printed with its gaps kept (``Line.printed``), none ending in a gap, and every one closing with a status
    word (the dump prints every table alike: the tables of one card together show the column); the no gap
    telling only where a line of ``items`` ends in one (the dump keeps trailing gaps), else every status word
    standing under its table's note head."""
    keeps_gaps = any(
        isinstance(it, Line) and (it.trailing_gap or it.printed is not None and it.printed.endswith(" "))
        for it in items
    )
    rows = 0
    for k in starts:
        head = items[k]
        for it in items[k + 1 :]:
            if not isinstance(it, Line) or (it.marker is None and item_head_width(it.text.split()) > 0):
                break
            if it.marker is not None or not dated(it.text):
                continue
            if it.printed is None or it.printed.endswith(" ") or not status_tail(it.text):
                return False
            if not keeps_gaps and not (isinstance(head, Line) and _under(it, head)):
                return False
            rows += 1
    return rows >= MIN_ROWS
