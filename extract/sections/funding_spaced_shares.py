"""A spaced funding table printing no total at all (no total row, no total column) whose rows the overview's
budget names: each source row's amounts add up to its share (총사업비 49,713백만원(국비 7,828, 도비 27,581, 시비
14,304) over ``국 비 3 193 1 370 1 175 2 090 －``), the sums a total row or column would prove instead.

Class fixed (mutant 4120, text dump): a table of the years alone, thousands grouped by a space, no total row or
column: no sum to prove a grouping, the whole funding null though the overview prints every row's share. A table
stands only where every row is one share's (each share one row's, as many rows as shares), the shares add up to
the budget's total where it prints one, and exactly one choice of groupings does so; otherwise the rows stay null.
Where the overview names each share's source (session 33), a row's sum must be its own source's share: a 국비 row
summing to the 도비 share proves nothing.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from pledgecard.extract.search_budget import bounded
from pledgecard.extract.sections.funding_named_shares import share_sources, shares_by_row
from pledgecard.extract.sections.funding_proof import Budget


def shares_table(
    options: list[list[list[int]]], budget: Budget, sources: Sequence[str | None] | None = None
) -> tuple[list[int], ...] | None:
    """The one table (a row's values each) among every choice of a grouping a row (``options``: each row's
    groupings' values) whose rows' sums are the budget's shares one each; None where none or several are, the
    budget's shares are not as many as the rows, its total is not their sum, or the choices are more than the shared
    search budget tries (:mod:`~pledgecard.extract.search_budget`, logged given up). Where the shares name their
    sources (:class:`~pledgecard.extract.sections.funding_named_shares.Share`) and ``sources`` gives each row's, a
    row's sum must be its own source's share (None where the rows are not the shares' sources)."""
    shares, total = budget
    if len(shares) != len(options) or len(shares) < 2 or (total is not None and sum(shares) != total):
        return None
    if share_sources(shares) is not None and sources is not None:
        own = shares_by_row(shares, sources)
        if own is None:
            return None  # the shares name sources the rows are not: no row is proved by its own share
        kept = [
            [values for values in row if sum(values) == share]
            for row, share in zip(options, own, strict=True)
        ]
    else:
        kept = [[values for values in row if sum(values) in shares] for row in options]
    tried = 1
    for row in kept:
        tried *= len(row)
    if tried == 0 or not bounded("funding_spaced_shares.tables").room(tried):
        return None  # more whole tables than the shared budget's tries: no proof (search_budget)
    found: list[tuple[list[int], ...]] = []
    for combo in itertools.product(*kept):
        if sorted(sum(values) for values in combo) == sorted(shares):
            found.append(combo)
            if len(found) > 1:
                return None
    return found[0] if found else None
