"""The ``sums`` check table, shared by every check comparing a stated total with its parts: each
such check adds its own rows (``code``, ``claimed``, ``parts_sum``, ``detail``), and one GX
expectation per check compares the two columns on its rows."""

from __future__ import annotations

from typing import Any

from pledgecard.validate.checks._base import Check, Describe, Expect, RowBuilder, Table, fmt, v

SUMS = Table(
    name="sums",
    columns=("row_id", "card_id", "code", "location", "claimed", "parts_sum", "detail"),
    float_columns=frozenset({"claimed", "parts_sum"}),
)

SUB_LOCAL = ("provincial", "municipal", "district")


def sum_candidates(parts: list[tuple[str | None, float]]) -> list[float]:
    """Sums of source parts; when 지방비 and its breakdown (도비/시군비/구비) both appear, either
    level may be the one that adds up, so both readings are offered (top level first).

    >>> sum_candidates([("national", 1.0), ("local", 2.0), ("provincial", 1.5), ("municipal", 0.5)])
    [3.0, 3.0, 5.0]
    """
    items = [(s, val) for s, val in parts if s != "total"]
    sources = {s for s, _ in items}
    cands = []
    if "local" in sources and sources & set(SUB_LOCAL):
        cands.append(sum(val for s, val in items if s not in SUB_LOCAL))
        cands.append(sum(val for s, val in items if s != "local"))
    cands.append(sum(val for _, val in items))
    return [round(c, 6) for c in cands]


def best(claimed: float, candidates: list[float]) -> float:
    """The candidate equal to ``claimed`` if any, else the first."""
    return next((c for c in candidates if c == round(claimed, 6)), candidates[0])


def default_describe(row: Any) -> tuple[Any, Any, str]:
    claimed, parts = v(row["claimed"]), v(row["parts_sum"])
    return claimed, parts, f"total {fmt(claimed)}, the items sum to {fmt(parts)}"


def sum_check(
    code: str,
    name: str,
    *,
    description: str,
    fails_when: str,
    locations: str,
    rows: RowBuilder,
    describe: Describe = default_describe,
    severity: str = "error",
) -> Check:
    """A check whose rows state a total (``claimed``) that must equal the sum of its parts."""
    return Check(
        code=code,
        name=name,
        severity=severity,
        table=SUMS,
        description=description,
        fails_when=fails_when,
        locations=locations,
        rows=rows,
        describe=describe,
        expect=(
            Expect(
                "ExpectColumnPairValuesToBeEqual",
                {"column_A": "claimed", "column_B": "parts_sum", "ignore_row_if": "either_value_is_missing"},
                where=("code", code),
            ),
        ),
    )
