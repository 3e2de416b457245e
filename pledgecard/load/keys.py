"""How each batch table is keyed and replaced in a warehouse.

The logical key of every card row is ``(card_id, as_of)`` plus the table's index columns
(:data:`pledgecard.tables.TABLE_KEYS`). ``card_id`` already embeds the as-of label and ``as_of``
may be null (``2-20@unknown``), so the physical primary key leaves ``as_of`` out.

Loading follows one rule per table:
- ``cards``: upsert on ``card_id`` (a newer quarter has a new ``card_id``: a new version row);
- child tables and ``findings``: every row of a card being loaded is deleted, then the new rows
  are inserted (reloading a card replaces its child rows exactly once);
- ``files``: upsert on ``path``.
"""

from __future__ import annotations

from pledgecard.tables import TABLE_KEYS

CARDS = "cards"
FILES = "files"
CARD_ID = "card_id"

# Tables whose rows hang under a card and are replaced card by card.
CHILD_TABLES: tuple[str, ...] = tuple(t for t in TABLE_KEYS if t not in (CARDS, FILES))

# Load order: parents first so that a reader never sees children without their card.
LOAD_ORDER: tuple[str, ...] = (CARDS, *CHILD_TABLES, FILES)


def primary_key(table: str) -> list[str] | None:
    """The physical primary key of ``table`` in a warehouse, or ``None`` (``findings``)."""
    if table == "findings":
        return None  # several findings may share a check and location; replaced per card instead
    if table == FILES:
        return ["path"]
    return [c for c in TABLE_KEYS[table] if c != "as_of"]
