"""Where a card's header starts when no line opens with the pledge's name: a line opening with 관리번호 over the
header's other label lines, one of which names the pledge after another label (``관리번호 5-11 실천목표 …`` over
``담 당 자 모혜연 (7512) 공 약 명 물빛시형 …``: a header a dump printed two labels a line, in an order of its own)."""

from __future__ import annotations

from pledgecard.extract.labels import find_labels
from pledgecard.extract.layout import Item, Line

BLOCK_LINES = 6  # the header's label lines read on from its first, at most


def _fields(it: Item) -> list[str]:
    """The header fields a line's labels name, in printed order, when the line opens with one (else none)."""
    if not isinstance(it, Line):
        return []
    labels = find_labels(it.full_text)
    return [f for f, _, _ in labels] if labels and labels[0][1] == 0 else []


def opens_header_block(items: list[Item], i: int) -> bool:
    """Whether line ``i`` opens with 관리번호 and the header's label lines right under it (each opening with a
    label) name the pledge (공약명) on one of them after another label (one opening with 공약명 starts the card
    itself: ``cards._starts_with_name_label``)."""
    fields = _fields(items[i])
    if not fields or fields[0] != "mgmt_no" or "title" in fields:
        return False
    for it in items[i + 1: i + 1 + BLOCK_LINES]:
        below = _fields(it)
        if not below:
            return False
        if "title" in below:
            return below[0] != "title"  # (a line opening with 공약명 starts the card itself)
    return False
