"""A channel table's total told by the count of its cells only: one count more than the channels its head names and
no total word (``계``) printed among them, the first count read as the total (sanha-county 59020, pdftotext's
default mode: the side headings' table printed a section a block, the first channel's label, ``만족도조사``, left in
the section before, its count ``2`` taken for the total of 81). A count more than the labels is as well a channel
whose label was printed elsewhere: the first count is the total only where the channels' counts add up to it."""

from __future__ import annotations


def total_adds_up(total: int | None, counts: list[int | None]) -> bool:
    """Whether ``total`` is proven the channels' total: read, and the sum of ``counts``, every one read."""
    return total is not None and None not in counts and sum(c for c in counts if c is not None) == total


__all__ = ["total_adds_up"]
