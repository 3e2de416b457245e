"""How each batch table is keyed and replaced in a warehouse.

The key of every card row is ``card_key`` plus the table's index columns
(:data:`pledgecard.tables.TABLE_KEYS`). ``card_key`` is the card's issuer + ``card_id``
(``강원특별자치도|2-20@2024-Q4``; ``card_id`` alone when the issuer is unknown), so two
governments' cards with the same 관리번호 never collide, with a content suffix
(``...#3f2a9c01d4e5``) for a second, different card on the same issuer + card_id
(:mod:`pledgecard.identity`). ``card_id`` embeds the as-of label, so ``as_of`` is not part of it.

Loading follows one rule per table:
- ``cards``: upsert on ``card_key`` (a newer quarter has a new ``card_id``: a new version row);
- child tables and ``findings``: every row of a card being loaded is deleted, then the new rows
  are inserted (reloading a card replaces its child rows exactly once);
- ``files``: upsert on ``path``.
"""

from __future__ import annotations

from pledgecard.tables import TABLE_KEYS

CARDS = "cards"
FILES = "files"
CARD_ID = "card_id"
CARD_REF = "card_key"  # the column that names a card in every table (loaders delete and upsert by it)

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
    return list(TABLE_KEYS[table])
