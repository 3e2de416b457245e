"""Which of several groupings of a spaced funding table the overview's budget proves.

A table whose thousands a space groups (``557 335 1 092 568 ...``) may sum two ways: the total row over its
source rows in every column holds as well for ``1 451 880 | 857 452`` as for ``1 451 880 857 | 452`` where each
source row's tokens part alike. The card's overview prints the budget (총사업비 5,246,092천원: 도비 3,665,045, 군비
1,581,047): the one grouping under which each source row's amounts add up to one of its shares (each share one
row's) and the total row's to its total is the table; none or several such: no proof, the rows stay null."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.sections.funding_proof import Budget, totals_are_shares

BY_BUDGET = 8  # whole tables the sums may leave for the budget to choose among; more: no proof


def by_budget(
    tables: list[tuple[list[int], ...]] | None,
    ti: int | None,
    tr: int | None,
    budget: Budget,
    sources: Sequence[str | None] | None = None,
) -> tuple[list[int], ...] | None:
    """The one table of ``tables`` (each a row's values) whose rows' totals are the budget's shares and its
    total row's the budget's total (``ti``: the total column, a row's total; none: the sum of its periods;
    ``tr``: the total row); None where none or several are. ``sources``: each row's source code, in order (the
    total row's included), where read: a row of a source the budget names totals its own share
    (funding_row_shares)."""
    own = None if sources is None else [s for i, s in enumerate(sources) if i != tr]
    if not tables or len(tables) < 2:
        return None
    fit = []
    for table in tables:
        sums = [[row[ti] if ti is not None else sum(row)] for row in table]
        if totals_are_shares(sums, 0, tr, budget, own) and (
            tr is not None or budget[1] is None or sum(s[0] for s in sums) == budget[1]
        ):
            fit.append(table)
    return fit[0] if len(fit) == 1 else None
