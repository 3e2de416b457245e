"""The overview budget's named shares held against a funding table's rows by their sources, not by amount alone.

The class fixed: the proofs that a table's source rows total the overview's shares
(:func:`~pledgecard.extract.sections.funding_proof.totals_are_shares`: a grid the sums fit placed by
:func:`~pledgecard.extract.sections.funding_proof.proven_grid`, a square table turned back, a spaced table's
grouping chosen by the budget) and the test whether a sub-project's block is the card's whole
(:func:`~pledgecard.extract.sections.funding_part_block.part_for_whole`) matched the shares by amount: a grid whose
국비 row totals the 도비 share and whose 도비 row the 국비 share fitted the overview ``(국비 7,828, 도비 27,581)`` as
well as the printed table, the amounts dealt to the wrong rows. Where the overview names each share's source
(:class:`~pledgecard.extract.sections.funding_named_shares.Share`) and the rows are read with theirs, a row of a
named source must total its own share (a block of sub-project rows carrying each other's shares is no whole); a
proof that cannot name the rows stands as before (by amount)."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.sections.funding_named_shares import crossed_shares, shares_by_row


def rows_hold_shares(
    shares: Sequence[int], row_sources: Sequence[str | None] | None, totals: Sequence[int | float | None]
) -> bool | None:
    """Whether source rows (their sources and total cells, in order, the total row left out) total their own shares:
    True or False where the shares and the rows name the same sources one each; False where the rows carry the
    shares crossed (:func:`~pledgecard.extract.sections.funding_named_shares.crossed_shares`); None where the
    sources tell nothing (shares or rows unnamed, other sources, a total unread): the caller matches by amount."""
    if row_sources is None or len(row_sources) != len(totals) or None in totals:
        return None
    own = shares_by_row(shares, row_sources)
    if own is not None:
        return list(totals) == own
    if crossed_shares(shares, row_sources, totals):
        return False
    return None
