"""Whether a table's key column names entities (places, sites, bodies): its head one of the vocabulary's
entity heads (``[entity_heads]``: 시군, 지역, 사업장 ...), and each row label a word with no digit that no date
or period parser reads (``1차년도``, ``24년``, ``2024~2025``, ``1단계``, ``상반기`` key periods and stages)."""

from __future__ import annotations

from functools import cache

from pledgecard.extract.vocabulary import current
from pledgecard.normalize.dates import is_date, is_vague_date, parse_date
from pledgecard.normalize.text import fold, unify_dots


def _bare(text: str) -> str:
    return "".join(unify_dots(fold(text)).split()).replace("·", "")


@cache
def _heads(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_bare(w) for w in words)


def entity_head(cell: str) -> bool:
    """A key column's head naming entities (시군, 시·군, 지역, 사업장 ...), matched whole."""
    bare = _bare(cell)
    return bool(bare) and bare in _heads(tuple(current().words("entity_heads", "words")))


def entity_label(label: str) -> bool:
    """A row label that may name an entity: words with no digit, no date, period or vague time."""
    label = fold(label)
    if not label or any(ch.isdigit() for ch in label):
        return False
    return not (
        is_date(label) or is_vague_date(label) or parse_date(label, default_year=2000)["label"] is not None
    )
