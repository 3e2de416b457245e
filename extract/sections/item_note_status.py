"""An item table's note column (``추진일자 | 추진내용 | 비고``) shown filled by its rows, in a dump printing each
row's cells one space apart: every row opening with its date cell ends with one status word (``완료``) and
none ends in a gap (an empty note cell prints one). A column of status words closing every row is the note
column's cells, not the end of each content (a content ending so in one row is chance; in all rows, and two
rows at least, it is the column). Rows are the table's lines up to the next head line or a line that is
none of its rows (a table, a heading)."""

from __future__ import annotations

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


def rows_end_in_status(items: Sequence[Item], starts: Iterable[int], dated: Callable[[str], bool]) -> bool:
    """Whether the row lines under the note-column heads at ``starts`` (each table's lines up to the next
    item-table head or a non-line item) that open with a date (``dated``) are two or more in all, each
    printed with its gaps kept (``Line.printed``), none ending in a gap, and every one closing with a status
    word (the dump prints every table alike: the tables of one card together show the column)."""
    rows = 0
    for k in starts:
        for it in items[k + 1:]:
            if not isinstance(it, Line) or (it.marker is None and item_head_width(it.text.split()) > 0):
                break
            if it.marker is not None or not dated(it.text):
                continue
            if it.printed is None or it.printed.endswith(" ") or not status_tail(it.text):
                return False
            rows += 1
    return rows >= MIN_ROWS
