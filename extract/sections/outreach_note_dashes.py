"""An outreach table's note column printing a dash for a channel with no note (``언론홍보 | 3 | -``).

Class fixed (doc-eungyeol-province-2-13, outreach a row a channel, ``구 분 | 횟 수 | 주 요 내 용``, the ``계`` row
first): a column of words beside the count column is the channels' notes only where no cell of it reads as a
count; the dash a channel's empty note prints reads as one (a dash is a count of zero in a count cell), so the
column was taken for counts and every note read null. A note column is one whose cells are words, empty or dashes,
a word in one at least: its dashes are no counts (and no note: they print none).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from pledgecard.normalize.text import DASHES


def note_column(cells: Sequence[str], is_count: Callable[[str], object]) -> bool:
    """Whether ``cells`` (a column's, the channel rows') are notes: a word in one at least, every other a word, a
    dash or empty; a cell reading as a count (``is_count``) other than a dash makes them none."""
    texts = [c.strip() for c in cells]
    words = [t for t in texts if t and t not in DASHES]
    return bool(words) and not any(is_count(t) for t in words)
