"""The head row of items printed as a table (추진일자 | 추진내용 | 비고): one date word and one
content word of the vocabulary's ``[item_table]``, each a cell whole. Read by the item-table
reader (sections/item_tables.py) and by the line joiner (textjoin.py: a table's rows never wrap
into one another)."""

from __future__ import annotations

from pledgecard.extract.vocabulary import Vocabulary, current, key


def _words(v: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(key(w) for w in v.words("item_table", "date")),
            frozenset(key(w) for w in v.words("item_table", "content")))


def item_columns(head: list[str]) -> tuple[int, int] | None:
    """(date column, content column) of a header row naming exactly one of each; else None."""
    dates, contents = current().build(_words)
    d = [j for j, c in enumerate(head) if key(c) in dates]
    t = [j for j, c in enumerate(head) if key(c) in contents]
    return (d[0], t[0]) if len(d) == 1 and len(t) == 1 and d[0] != t[0] else None
