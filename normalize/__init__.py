"""Normalizers: text folding, Korean dates, money, counts and status codes."""

from pledgecard.normalize.counts import COUNT_UNITS, count_note, parse_count, parse_number, unreadable_number
from pledgecard.normalize.dates import (
    DATE_PATTERN,
    PRECISIONS,
    find_dates,
    is_date,
    looks_like_date,
    parse_date,
)
from pledgecard.normalize.money import (
    SOURCE_CODES,
    find_unit,
    funding_source,
    looks_like_amount,
    parse_amount,
    parse_budget,
    unit_multiplier,
)
from pledgecard.normalize.status import STATUS_CODES, status_code
from pledgecard.normalize.text import fold, label_key, norm_quotes, unify_dots

__all__ = [
    "COUNT_UNITS",
    "DATE_PATTERN",
    "PRECISIONS",
    "SOURCE_CODES",
    "STATUS_CODES",
    "count_note",
    "find_dates",
    "find_unit",
    "fold",
    "funding_source",
    "is_date",
    "label_key",
    "looks_like_amount",
    "looks_like_date",
    "norm_quotes",
    "parse_amount",
    "parse_budget",
    "parse_count",
    "parse_date",
    "parse_number",
    "status_code",
    "unify_dots",
    "unit_multiplier",
    "unreadable_number",
]
