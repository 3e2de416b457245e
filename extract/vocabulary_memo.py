"""Remembering what a function of a short string and the vocabulary in force gave.

:mod:`pledgecard.memo` remembers pure functions of a string alone. The label and cell readers that ask the
vocabulary in force (a heading's section, a goals row's field, a funding cell read as an amount) are pure
functions of the string *and* that vocabulary: every section's finder asks them about the same lines and cells
of a card again and again (a card's heading lines are asked for their section some 1,000 times). Their results
are remembered here keyed by both, so a vocabulary put in force (:func:`use_vocabulary`) never sees another's
answers. Only short strings are kept, as in :mod:`pledgecard.memo`; the results must be immutable.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import TypeVar

from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.memo import MAX_CHARS, MAX_ENTRIES

R = TypeVar("R")

__all__ = ["LONGEST", "per_vocabulary"]

LONGEST = MAX_CHARS  # longer strings (and other values) are computed every time (read at each call: -1 remembers none)


def per_vocabulary(fn: Callable[[str], R]) -> Callable[[str], R]:
    """``fn`` (a function of one string and the vocabulary in force, giving an immutable value), remembering
    its results for short strings per vocabulary."""

    @lru_cache(maxsize=MAX_ENTRIES)
    def cached(vocab: Vocabulary, s: str) -> R:  # noqa: ARG001 - the key: fn reads the vocabulary in force
        return fn(s)

    def wrapper(s: str) -> R:
        return cached(current(), s) if type(s) is str and len(s) <= LONGEST else fn(s)

    wrapper.cache_info = cached.cache_info  # type: ignore[attr-defined]
    wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return update_wrapper(wrapper, fn)
