"""A row of an item table (a date column and a content column: ``시군 | 추진내용 | 추진일자``) a dump printed a word
apart, its cells' words run together (``솔빛시 실시설계 완료 '23. 8.``): more words than the head has cells.

The cells are told by the head's plan alone: each column before the content's takes one word, the date column
closing the row takes the longest tail of words that is a whole date, the content the words between. Only a
head whose date column is its last and whose content column is right before it is read so, and only a row
whose tail is a date and whose content keeps a word; any other row stays as printed."""

from __future__ import annotations

from pledgecard.extract.item_heads import item_columns
from pledgecard.normalize.dates import is_date


def item_row_cells(words: list[str], head: list[str]) -> list[str] | None:
    """``words``, a row's words, as the cells of ``head``'s columns; None where the plan does not tell them."""
    n = len(head)
    cols = item_columns(head)
    if cols is None or len(words) <= n:
        return None
    d, t = cols
    if d != n - 1 or t != n - 2:
        return None
    for k in range(t + 1, len(words)):  # the longest date closing the row
        if is_date(" ".join(words[k:])):
            content = words[t:k]
            return [*words[:t], " ".join(content), " ".join(words[k:])] if content else None
    return None
