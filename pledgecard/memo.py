"""Remembering what a pure function of a short string gave.

The extractors fold, key and match the same labels and cell texts again and again (a card's
lines are looked at by every section's finder: 10-20 calls for each distinct text), so the
cheapest of these string functions are remembered. Only short strings are: a long text is
rarely asked for twice, and the memory held stays small whatever the batch.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, update_wrapper

MAX_CHARS = 120  # longer strings are computed every time, never kept
MAX_ENTRIES = 2048  # per function: a card asks each for some 20-40 distinct texts (kept: a few MB at most)


def short_strings(fn: Callable[[str], str]) -> Callable[[str], str]:
    """``fn`` (a pure function of one string), remembering its results for short strings."""
    cached = lru_cache(maxsize=MAX_ENTRIES)(fn)

    def wrapper(s: str) -> str:
        return cached(s) if len(s) <= MAX_CHARS else fn(s)

    wrapper.cache_info = cached.cache_info  # type: ignore[attr-defined]
    wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return update_wrapper(wrapper, fn)
