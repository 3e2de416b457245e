"""The overview budget's shares named by their sources: a proof by the shares says which row is which share.

The class fixed: the proofs by the overview's budget (``총사업비 49,713백만원(국비 7,828, 도비 27,581, 시비 14,304)``)
received its shares as bare amounts, the sources lost, so a table proved by them was proved blind to which row is
which source: a spaced table with no total whose 국비 row sums to the 도비 share and its 도비 row to the 국비 share
fitted the shares as well as the printed table (:func:`~pledgecard.extract.sections.funding_spaced_shares.
shares_table`), and a total row summing the rows dealt by count fitted whichever source row stood where
(:func:`~pledgecard.extract.sections.funding_labels_amid.total_row_sums`). A :class:`Share` is an amount (an
``int``, compared and added as before) that keeps the source code the overview names it by; a bare ``int`` names
none, and a proof that cannot name every share stands as before (by the sums alone)."""

from __future__ import annotations

from collections.abc import Sequence


class Share(int):
    """One share of the overview budget in KRW, with the source code the overview prints it under (``national`` for
    국비; None where the label names no source)."""

    source: str | None

    def __new__(cls, amount: int, source: str | None) -> Share:
        """The share of ``amount`` KRW printed under ``source``."""
        share = super().__new__(cls, amount)
        share.source = source
        return share

    def __getnewargs__(self) -> tuple[int, str | None]:  # type: ignore[override]
        """The arguments that make this share again, so that copy, deepcopy and pickle keep its source."""
        return int(self), self.source


def share_sources(shares: Sequence[int]) -> list[str] | None:
    """The source code of each share, where every share names one and no source twice; None otherwise (the shares
    then prove a table by their amounts alone)."""
    sources = [getattr(s, "source", None) for s in shares]
    if not sources or None in sources or len(set(sources)) != len(sources):
        return None
    return sources  # type: ignore[return-value]


def shares_by_row(shares: Sequence[int], row_sources: Sequence[str | None]) -> list[int] | None:
    """Each row's own share (rows given by their source codes, in order), where the shares name their sources
    (:func:`share_sources`) and the rows are the shares' sources one each; None where the shares name no sources, or
    where the rows and the shares' sources differ (then no row can be proved by its own share)."""
    sources = share_sources(shares)
    if sources is None or sorted(map(str, row_sources)) != sorted(sources) or None in row_sources:
        return None
    return [shares[sources.index(src)] for src in row_sources]  # type: ignore[arg-type]


def crossed_shares(
    shares: Sequence[int], row_sources: Sequence[str | None], row_totals: Sequence[int | float | None]
) -> bool:
    """Whether rows read (their source codes and total cells, in order) carry the shares crossed: the shares name
    their sources, every row of a named source totals one of the shares, and some row totals another source's share
    (the amounts dealt to the wrong rows). A table whose totals are not the shares at all (an overview of another
    plan) tells nothing here."""
    sources = share_sources(shares)
    if sources is None:
        return False
    named = [(src, total) for src, total in zip(row_sources, row_totals, strict=True) if src in sources]
    if not named or any(total not in shares for _, total in named):
        return False
    return any(total != shares[sources.index(src)] for src, total in named)  # type: ignore[arg-type]
