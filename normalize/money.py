"""Money: units (원, 천 원, 백만 원, 억 원 ...), amounts in whole won, budgets with their parts.

This module is the entry point; the work is done in modules of one job each: the vocabulary's
money patterns (:mod:`money_patterns`), funding source codes (:mod:`money_sources`), units as
printed (:mod:`money_units`), amounts as printed (:mod:`money_amounts`), a table cell's figure
(:mod:`money_cells`) and budgets with their parts (:mod:`money_budget`).
"""

from __future__ import annotations

from pledgecard.normalize.money_amounts import (
    exact_amount,
    looks_like_amount,
    parse_amount,
    printed_unit,
    rounded_to_won,
    ungrouped,
)
from pledgecard.normalize.money_budget import budget_parts_first, parse_budget
from pledgecard.normalize.money_cells import SIGNS, cell_figure
from pledgecard.normalize.money_sources import SOURCE_CODES, funding_source
from pledgecard.normalize.money_units import (
    find_unit,
    head_unit,
    unit_for,
    unit_line,
    unit_multiplier,
    units_apart,
    without_unit,
)

# the helpers the other modules and tests use live in the money_* modules and are importable from here
__all__ = [
    "SIGNS",
    "SOURCE_CODES",
    "budget_parts_first",
    "cell_figure",
    "exact_amount",
    "find_unit",
    "funding_source",
    "head_unit",
    "looks_like_amount",
    "parse_amount",
    "parse_budget",
    "printed_unit",
    "rounded_to_won",
    "ungrouped",
    "unit_for",
    "unit_line",
    "unit_multiplier",
    "units_apart",
    "without_unit",
]
