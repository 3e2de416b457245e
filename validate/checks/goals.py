"""Goals (목표달성): a due goal reaches its target; a goal marked done reaches it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.validate.checks._base import Check, Expect, Record, Row, Table, d, fmt, lst, num, v

ORDER = 60
_VALUES = ("target_value", "actual_value", "target_open", "actual_open", "target_done", "actual_done")


def _done(vocab: Vocabulary) -> re.Pattern[str]:
    """The status of a goal marked done (the vocabulary's ``[status_rules] goal_done``)."""
    return re.compile(vocab.scalar("status_rules", "goal_done"), re.IGNORECASE)


def goal_rows(card_id: str, rec: Record) -> Iterator[Row]:
    """One row per goal with numeric target and actual that is due (year <= as-of year) or done."""
    as_of_year = None
    end = d(rec.get("as_of")).get("end") or d(rec.get("as_of")).get("start")
    if isinstance(end, str) and re.match(r"\d{4}", end):
        as_of_year = int(end[:4])
    for g, goal in enumerate(lst(rec.get("goals"))):
        gl = d(goal)
        target, actual = num(gl.get("target_value")), num(gl.get("actual_value"))
        if target is None or actual is None:
            continue
        done = bool(current().build(_done).search(str(gl.get("status") or "")))
        year = gl.get("year")
        due = as_of_year is None or not isinstance(year, int) or year <= as_of_year
        row = {
            "card_id": card_id,
            "location": f"goals[{g}]",
            "status": gl.get("status"),
            "target_value": target,
            "actual_value": actual,
            "target_open": None,
            "actual_open": None,
            "target_done": None,
            "actual_done": None,
        }
        if done:
            row["target_done"], row["actual_done"] = target, actual
        elif due:
            row["target_open"], row["actual_open"] = target, actual
        else:
            continue
        yield row


GOALS = Table(
    name="goals",
    columns=("row_id", "card_id", "location", "status", *_VALUES),
    float_columns=frozenset(_VALUES),
    rows=goal_rows,
)


def _describe(done: bool) -> Any:
    def describe(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
        actual, target = v(row["actual_value"]), v(row["target_value"])
        note = " although marked done" if done else ""
        return (
            actual,
            target,
            f"actual {fmt(actual)} is below the target {fmt(target)}{note} (status {row.get('status')})",
        )

    return describe


def _ge(a: str, b: str) -> Expect:
    return Expect(
        "ExpectColumnPairValuesAToBeGreaterThanB",
        {"column_A": a, "column_B": b, "or_equal": True, "ignore_row_if": "either_value_is_missing"},
    )


CHECKS = [
    Check(
        "goal.below_target",
        "goal reached",
        "info",
        GOALS,
        description="a due goal's actual value reaches its target",
        fails_when="a goal that is due (year ≤ the as-of year) and not marked done has `actual_value < target_value`",
        locations="`goals[g]`",
        describe=_describe(False),
        expect=(_ge("actual_open", "target_open"),),
        applies=lambda df: df["actual_open"].notna(),
    ),
    Check(
        "goal.done_below_target",
        "done goal reached",
        "warning",
        GOALS,
        description="a goal marked done/완료 reaches its target",
        fails_when="a goal whose status says 완료/done has `actual_value < target_value` (replaces "
        "`goal.below_target` for that goal)",
        locations="`goals[g]`",
        describe=_describe(True),
        expect=(_ge("actual_done", "target_done"),),
        applies=lambda df: df["actual_done"].notna(),
    ),
]
