"""One rule for whether a funding table's printed figures add up: a sum fits its total to a thousandth of the
total, or to one printed step, or to half a step for every rounded figure added.

The class fixed: three sum checks of a read funding table (a row summing to its total cell,
:func:`~pledgecard.extract.sections.funding_checks.sums_fit`; the total row against the source rows across the
columns, :func:`~pledgecard.extract.sections.funding_checks.null_across_columns`; the sources over the total,
:func:`~pledgecard.extract.sections.funding_parts_over.null_parts_over_total`) each wrote its own slack, so one
table could fit one check and fail another by the formula alone. Each caller now states only what it knows of the
figures: the ``step`` one printed unit counts in the amounts compared (1 where the amounts are compared as read, a
card's multiplier where the printed unit is known) and how many of the figures added were ``rounded`` to that step
(a table whose cells were each rounded to the printed unit: the excess of a sum grows by half a step a cell)."""

from __future__ import annotations

from collections.abc import Iterable


def sum_slack(total: float, step: float = 1, rounded: int = 0) -> float:
    """How far a sum may stand from ``total`` and still fit it: the largest of one printed ``step``, a thousandth of
    the total, and half a step for each of the ``rounded`` figures added."""
    return max(step, abs(total) / 1000, rounded * step / 2)


def adds_up(parts: Iterable[float], total: float, step: float = 1, rounded: int = 0) -> bool:
    """Whether ``parts`` add up to ``total`` within :func:`sum_slack`."""
    return abs(sum(parts) - total) <= sum_slack(total, step, rounded)
