"""Dates: readable, ranges in order, items within the project period and not after the as-of date."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pandas as pd

from pledgecard.validate.checks._base import Check, Expect, Record, Row, Table, d, fmt, lst

ORDER = 50


def date_rows(card_id: str, rec: Record) -> Iterator[Row]:
    """One row per date object of the card that has raw text or a label."""
    period = d(d(rec.get("overview")).get("period"))
    base = {
        "card_id": card_id,
        "period_start": period.get("start"),
        "period_end": period.get("end"),
        "as_of_end": d(rec.get("as_of")).get("end"),
    }

    def row(location: str, kind: str, obj: Any) -> Row | None:
        dt = d(obj)
        if not dt or (dt.get("raw") in (None, "") and dt.get("label") is None):
            return None
        start, end = dt.get("start"), dt.get("end")
        out = {
            **base,
            "location": location,
            "kind": kind,
            "raw": dt.get("raw"),
            "label": dt.get("label"),
            "start": start,
            "end": end,
            "item_start": None,
            "item_reach": None,
            "ach_start": None,
        }
        if kind in ("achievement", "plan") and dt.get("label") is not None:
            out["item_start"], out["item_reach"] = start, end or start
            if kind == "achievement":
                out["ach_start"] = start
        return out

    places: list[tuple[str, str, Any]] = [
        ("as_of", "as_of", rec.get("as_of")),
        ("overview.period", "period", d(rec.get("overview")).get("period")),
    ]
    last_group: Any = object()
    for i, item in enumerate(lst(rec.get("achievements"))):
        it = d(item)
        if it.get("group") != last_group:
            last_group = it.get("group")
            places.append((f"achievements[{i}].group_as_of", "group_as_of", it.get("group_as_of")))
        places.append((f"achievements[{i}].date", "achievement", it.get("date")))
    for i, plan in enumerate(lst(rec.get("plans"))):
        places.append((f"plans[{i}].date", "plan", d(plan).get("date")))
    for place in places:
        r = row(*place)
        if r is not None:
            yield r


_DATE_COLS = (
    "start",
    "end",
    "item_start",
    "item_reach",
    "ach_start",
    "period_start",
    "period_end",
    "as_of_end",
)

DATES = Table(
    name="dates",
    columns=("row_id", "card_id", "location", "kind", "raw", "label", *_DATE_COLS),
    date_columns=frozenset(_DATE_COLS),
    rows=date_rows,
)


def _ge(a: str, b: str, note: str | None = None) -> Expect:
    return Expect(
        "ExpectColumnPairValuesAToBeGreaterThanB",
        {"column_A": a, "column_B": b, "or_equal": True, "ignore_row_if": "either_value_is_missing"},
        note=note,
    )


def _has(df: pd.DataFrame, *cols: str) -> pd.Series:
    out = pd.Series(True, index=df.index)
    for col in cols:
        out &= df[col].notna()
    return out


def _describe_unreadable(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    return row.get("raw"), "a date", f"date text {row.get('raw')!r} could not be read"


def _describe_order(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    return row.get("label"), "end on or after start", f"date {row.get('label')} ends before it starts"


def _describe_outside(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    period = f"{fmt(row['period_start'])}..{fmt(row['period_end'])}"
    return (
        row.get("label"),
        period,
        f"{row.get('kind')} date {row.get('label')} lies outside the project period {period}",
    )


def _describe_after(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    return (
        row.get("label"),
        f"<= {fmt(row['as_of_end'])}",
        (f"achievement dated {row.get('label')} starts after the as-of date {fmt(row['as_of_end'])}"),
    )


CHECKS = [
    Check(
        "date.range_order",
        "date range order",
        "error",
        DATES,
        description="a date range ends on or after its start",
        fails_when="a date's `end` is before its `start` (any date object)",
        locations="`plans[i].date`, `achievements[i].date`, `overview.period`, ...",
        describe=_describe_order,
        expect=(_ge("end", "start"),),
        applies=lambda df: _has(df, "start", "end"),
    ),
    Check(
        "date.outside_period",
        "date within project period",
        "warning",
        DATES,
        description="an achievement or plan date overlaps the overview's project period",
        fails_when="an achievement or plan date lies entirely outside the overview period (ends before it "
        "starts or starts after it ends)",
        locations="`achievements[i].date`, `plans[i].date`",
        describe=_describe_outside,
        expect=(
            _ge("item_reach", "period_start", "an item does not end before the period starts"),
            _ge("period_end", "item_start", "an item does not start after the period ends"),
        ),
        applies=lambda df: _has(df, "item_reach", "period_start") | _has(df, "item_start", "period_end"),
    ),
    Check(
        "date.after_as_of",
        "achievement not after as-of",
        "warning",
        DATES,
        description="an achievement does not start after the card's as-of date",
        fails_when="an achievement starts after `as_of.end` (plans are future by nature and are not checked)",
        locations="`achievements[i].date`",
        describe=_describe_after,
        expect=(_ge("as_of_end", "ach_start"),),
        applies=lambda df: _has(df, "ach_start", "as_of_end"),
    ),
    Check(
        "normalize.unreadable_date",
        "readable dates",
        "warning",
        DATES,
        description="a printed date could be parsed (raw text present, label null)",
        fails_when="a date object has `raw` text but a null `label` (checked for as_of, period, each group's "
        "as-of, achievements, plans)",
        locations="the date's path",
        describe=_describe_unreadable,
        expect=(Expect("ExpectColumnValuesToNotBeNull", {"column": "label"}),),
    ),
]
