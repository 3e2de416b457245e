"""A card's section as the readers that move items between sections see it (a block, a table or a
matrix a converter printed under another section's heading): its name, its heading and its items."""

from __future__ import annotations

from typing import Protocol

from pledgecard.extract.layout import Item


class SectionItems(Protocol):
    name: str | None
    heading: str | None
    items: list[Item]
