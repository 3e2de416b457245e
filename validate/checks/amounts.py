"""Amounts: every money amount and count (goal values included) is readable and not negative."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.counts import unreadable_number
from pledgecard.validate.checks._base import Check, Expect, Record, Row, Table, d, fmt, lst, num, v

ORDER = 80
_DIGIT = re.compile(r"\d")


def _goal_units(v: Vocabulary) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*v.words("counts", "units"), *v.words("counters"), "%"]))


def goal_units() -> tuple[str, ...]:
    """The units a goal value may carry in the vocabulary in force (a user's ``--vocabulary``
    included): its count units, its counters, %."""
    return current().build(_goal_units)


def goal_value_rows(card_id: str, rec: Record) -> Iterator[Row]:
    """One row per goal value read, or whose text holds a figure with its unit that could not be
    read (``1O0호``, ``7l%``); a text without a figure (단계별 추진, 착공) has no value to read."""
    for g, goal in enumerate(lst(rec.get("goals"))):
        gl = d(goal)
        for text_key, value_key in (("target", "target_value"), ("actual", "actual_value")):
            value, raw = num(gl.get(value_key)), gl.get(text_key)
            if value is None and not (isinstance(raw, str) and unreadable_number(raw, goal_units())):
                continue
            yield {"card_id": card_id, "location": f"goals[{g}].{value_key}", "raw": raw, "amount": value}


def amount_rows(card_id: str, rec: Record) -> Iterator[Row]:
    """One row per amount: budget total and parts, funding cells, outreach total and counts, goal
    values."""

    def row(location: str, raw: Any, value: Any) -> Row:
        return {
            "card_id": card_id,
            "location": location,
            "raw": None if raw is None else str(raw),
            "amount": num(value),
        }

    budget = d(d(rec.get("overview")).get("budget"))
    raw = budget.get("raw")
    if (isinstance(raw, str) and _DIGIT.search(raw)) or budget.get("total_krw") is not None:
        yield row(
            "overview.budget.total_krw", raw, budget.get("total_krw")
        )  # `비예산`, `미정`: no amount to read
    for i, part in enumerate(lst(budget.get("parts"))):
        yield row(f"overview.budget.parts[{i}]", d(part).get("label"), d(part).get("amount_krw"))
    for r, frow in enumerate(lst(d(rec.get("funding")).get("rows"))):
        for c, value in enumerate(lst(d(frow).get("amounts_krw"))):
            yield row(f"funding.rows[{r}].amounts_krw[{c}]", d(frow).get("label"), value)
    outreach = d(rec.get("outreach"))
    if outreach:
        yield row("outreach.total", "total", outreach.get("total"))
        for i, item in enumerate(lst(outreach.get("items"))):
            yield row(f"outreach.items[{i}].count", d(item).get("label"), d(item).get("count"))
    yield from goal_value_rows(card_id, rec)


AMOUNTS = Table(
    name="amounts",
    columns=("row_id", "card_id", "location", "raw", "amount"),
    float_columns=frozenset({"amount"}),
    rows=amount_rows,
)


def _describe_negative(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    return v(row["amount"]), ">= 0", f"amount {fmt(row['amount'])} is negative"


def _describe_unreadable(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    return row.get("raw"), "an amount", f"amount for {row.get('raw')!r} could not be read"


_AS_ABOVE = (
    "`overview.budget.total_krw`, `overview.budget.parts[i]`, `funding.rows[r].amounts_krw[c]`, "
    "`outreach.total`, `outreach.items[i].count`, `goals[g].target_value`, `goals[g].actual_value`"
)

CHECKS = [
    Check(
        "amount.negative",
        "non-negative amounts",
        "error",
        AMOUNTS,
        description="money amounts, outreach counts and goal values are not negative",
        fails_when="a money amount (budget total and parts, funding cells), an outreach count or a goal value "
        "is negative",
        locations=_AS_ABOVE,
        describe=_describe_negative,
        expect=(Expect("ExpectColumnValuesToBeBetween", {"column": "amount", "min_value": 0}),),
        applies=lambda df: df["amount"].notna(),
    ),
    Check(
        "normalize.unreadable_amount",
        "readable amounts",
        "warning",
        AMOUNTS,
        description="an amount whose text existed could be parsed",
        fails_when="an amount is null where its text existed (budget `raw` holding digits without `total_krw`; "
        "`비예산`, `미정` are not amounts, a budget part, funding cell, outreach total or item count "
        "that is null; a goal's target or actual value that is null although its text holds a figure "
        "with its unit that does not parse whole: `1O0호`, `7l%`)",
        locations="as for `amount.negative`",
        describe=_describe_unreadable,
        expect=(Expect("ExpectColumnValuesToNotBeNull", {"column": "amount"}),),
    ),
]
