"""A budget of tries for the extractor's combinatorial searches (groupings of a row's tokens, placements of its
blank cells, choices of a grouping per row, a merged cell's place ...): counted, never timed, so a card reads the
same on any machine and a batch never stalls on one card whose table makes a search explode (twelve year columns
of bare figures, blanks printed as gaps the dump lost, several short rows: mutant 3909's text dump stripped of
its units).

A search takes a :class:`Search` (:func:`bounded`, of :data:`TRIES` or of a budget named here for a search whose
proofs need more) and calls :meth:`Search.take` for each try; past its limit
:class:`SearchGivenUp` is raised, which the search's owner catches and reads as "no proof" (its figures null).
Every search opened inside :func:`searches` is logged there: a section's read is wrapped in it, and a search
given up becomes an ``extract.table_unrecovered`` finding naming the search and its bound
(:func:`given_up_findings`); tests and benchmarks read the counts (``tries`` never passes ``limit``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from pledgecard.extract.findings import finding

TRIES = 20_000  # the tries a search makes at most unless it asks for a named budget below
# A funding grid's placements by its sums (funding_sum_search, asked for by funding_print_boxes): each step one
# cell placed and every sum checked, a 5 x 8 grid of dashes and repeated figures needing 27k-256k steps (review
# 32b: given up at TRIES, placed within this), ~6 us a step: at most ~2 s a table, counted here like any search.
GRID_PLACEMENT_TRIES = 300_000


class SearchGivenUp(Exception):  # (a search given up, not an error of the card)
    """A search spent its budget: what it would have proved stays unproved."""

    def __init__(self, search: Search) -> None:
        super().__init__(f"search '{search.name}' given up after {search.limit} tries")
        self.search = search


@dataclass
class Search:
    """One search's count of tries against its ``limit``."""

    name: str
    limit: int
    tries: int = 0
    given_up: bool = False

    def take(self, k: int = 1) -> None:
        """Count ``k`` tries more; raise :class:`SearchGivenUp` (the count left at the limit) past it."""
        if self.tries + k > self.limit:
            self.tries, self.given_up = self.limit, True
            raise SearchGivenUp(self)
        self.tries += k

    def room(self, k: int) -> bool:
        """Whether ``k`` tries more fit (nothing counted): a search that would exceed it is not begun."""
        if self.tries + k > self.limit:
            self.given_up = True
            return False
        return True


_LOG: ContextVar[list[Search] | None] = ContextVar("pledgecard_searches", default=None)


def bounded(name: str, limit: int = TRIES) -> Search:
    """A new search named ``name`` (the module and what it searches) of ``limit`` tries, logged where a
    :func:`searches` block is open."""
    s = Search(name, limit)
    log = _LOG.get()
    if log is not None:
        log.append(s)
    return s


@contextmanager
def searches() -> Iterator[list[Search]]:
    """Log every search opened in the block (nested blocks log to their own and to the outer)."""
    outer = _LOG.get()
    log: list[Search] = []
    token = _LOG.set(log)
    try:
        yield log
    finally:
        _LOG.reset(token)
        if outer is not None:
            outer.extend(log)


def given_up_findings(log: list[Search], location: str | None) -> list[dict[str, Any]]:
    """One ``extract.table_unrecovered`` finding at ``location`` for each search (by name) of ``log`` given up."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for s in log:
        if s.given_up and s.name not in seen:
            seen.add(s.name)
            out.append(
                finding(
                    "extract.table_unrecovered",
                    location,
                    f"a search for the table's reading ({s.name}) was given up after {s.limit} tries: "
                    "what it would have proved is left null, the printed text kept",
                    observed={"search": s.name, "bound": s.limit},
                )
            )
    return out
