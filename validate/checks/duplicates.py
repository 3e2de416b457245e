"""Parts of a record that CARD_SCHEMA.md makes unique, printed twice: two funding rows of one source
code (the scorer matches rows by source code: a ``소계`` under a spanning ``지방비`` kept as a second
``total`` row passes it unseen), two funding columns of one period (the same year, two total, prior or
after-term columns: a row's amounts holding one period twice), the same goal (project, year and target)
twice, or two outreach items of one label.

Neither the sums nor the scorer notice such a part: a subtotal kept beside the total adds up on its own,
and the scorer takes one of the two. Each part after the first of its key is a failing row, its message
naming both places and what they hold (labels and amounts), the evidence a reviewer needs to tell which
one the card means.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from pledgecard.validate.checks._base import Check, Record, Row, Table, d, lst
from pledgecard.validate.checks.source_rows import row_identity

if TYPE_CHECKING:
    import pandas as pd

ORDER = 12
CODE = "record.duplicate_part"
_PERIOD_KINDS = frozenset({"total", "prior", "year", "after_term"})
Key = Callable[[int, Mapping[str, Any]], Any]


def _filled(amounts: Any) -> bool:
    return any(a is not None for a in lst(amounts))


def _row_key(_: int, row: Mapping[str, Any]) -> Any:
    """A row's code and printed label, a total's code alone (source_rows.row_identity): 시비 and 군비, both
    ``municipal``, are two sources; one label twice, or a 소계 beside the 계, one part twice."""
    return row_identity(row) if _filled(row.get("amounts_krw")) else None


def _goal_key(_: int, goal: Mapping[str, Any]) -> Any:
    target = goal.get("target")
    return (goal.get("project"), goal.get("year"), target) if target not in (None, "") else None


def _item_key(_: int, item: Mapping[str, Any]) -> Any:
    label = item.get("label")
    return label if isinstance(label, str) and label.strip() else None


def period_key(column: Mapping[str, Any]) -> tuple[str, int | None] | None:
    """The period a funding column stands for (``("year", 2024)``, ``("total", None)``), ``None`` for a
    column of no period (``other``) or a year column without its year."""
    kind = column.get("kind")
    if kind not in _PERIOD_KINDS:
        return None
    if kind == "year":
        year = column.get("year")
        return ("year", year) if isinstance(year, int) else None
    return (str(kind), None)


def _evidence_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {"label": row.get("label"), "amounts_krw": row.get("amounts_krw")}


def _evidence_label(obj: Mapping[str, Any]) -> dict[str, Any]:
    return {k: obj.get(k) for k in ("label", "project", "year", "target", "count") if k in obj}


def _parts(
    rec: Record,
) -> Iterator[tuple[str, str, list[Mapping[str, Any]], Key, Callable[[Mapping[str, Any]], Any]]]:
    funding = d(rec.get("funding"))
    rows = [d(r) for r in lst(funding.get("rows"))]
    grid = [lst(r.get("amounts_krw")) for r in rows]
    columns = [d(c) for c in lst(funding.get("columns"))]

    def column_key(c: int, column: Mapping[str, Any]) -> Any:
        return period_key(column) if any(c < len(g) and g[c] is not None for g in grid) else None

    def column_evidence(column: Mapping[str, Any]) -> Any:
        c = next(i for i, col in enumerate(columns) if col is column)
        return {"label": column.get("label"), "amounts_krw": [g[c] if c < len(g) else None for g in grid]}

    def amounts_key(i: int, row: Mapping[str, Any]) -> Any:
        # a source's row printed twice under two labels (시비 / 시비(추경), 국비 / 국고, a label lost): one code and
        # every amount equal to an earlier row's; a row the identity above already keys twice is judged there
        source, amounts = row.get("source"), lst(row.get("amounts_krw"))
        if (
            not isinstance(source, str)
            or source == "total"
            or not amounts
            or any(a is None for a in amounts)
            or not any(amounts)
            or any(row_identity(rows[j]) == row_identity(row) for j in range(i))
        ):
            return None
        return source, tuple(amounts)

    yield "funding row", "funding.rows", rows, _row_key, _evidence_row
    yield "funding row's amounts", "funding.rows", rows, amounts_key, _evidence_row
    yield "funding column", "funding.columns", columns, column_key, column_evidence
    yield "goal", "goals", [d(g) for g in lst(rec.get("goals"))], _goal_key, _evidence_label
    yield (
        "outreach item",
        "outreach.items",
        [d(i) for i in lst(d(rec.get("outreach")).get("items"))],
        _item_key,
        _evidence_label,
    )


def duplicate_rows(card_id: str, rec: Record) -> Iterator[Row]:
    """One row per keyed part (a funding row holding amounts and a source code, a period column holding
    amounts, a goal with a target, an outreach item with a label); ``first`` is the place of an earlier part
    of the same key (``None`` for the first of its key)."""
    for part, path, objs, key_of, evidence in _parts(rec):
        first: dict[Any, int] = {}
        for i, obj in enumerate(objs):
            key = key_of(i, obj)
            if key is None:
                continue
            try:
                earlier = first.setdefault(key, i)
            except TypeError:  # an unhashable key (a list where a label belongs): not judged
                continue
            twice = earlier != i
            yield {
                "card_id": card_id,
                "location": f"{path}[{i}]",
                "part": part,
                "key": repr(key),
                "first": f"{path}[{earlier}]" if twice else None,
                "held": {"first": evidence(objs[earlier]), "again": evidence(obj)} if twice else None,
            }


DUPLICATES = Table(
    name="duplicates",
    columns=("row_id", "card_id", "location", "part", "key", "first", "held"),
    rows=duplicate_rows,
)


def _repeats(df: pd.DataFrame) -> pd.Series:
    """a keyed part whose key an earlier part of the same list holds (`first` set)"""
    return df["first"].notna()


def _describe(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    ev = d(row.get("held"))
    return (
        ev,
        f"one {row.get('part')} of {row.get('key')}",
        (
            f"{row.get('part')} {row.get('location')} repeats the key {row.get('key')} of {row.get('first')} "
            f"(first {ev.get('first')}, again {ev.get('again')}): the schema holds one a key, the record two "
            f"(a subtotal kept beside its total, a row or column read twice); which one the card means is not told"
        ),
    )


CHECKS = [
    Check(
        CODE,
        "unique parts",
        "error",
        DUPLICATES,
        description="funding rows of distinct source codes, funding columns of distinct periods, goals and "
        "outreach items each once",
        fails_when="two funding rows holding amounts share a source code (a `소계` kept beside the `계`: two "
        "`total` rows) and a label, or a source code and every amount (one row printed under two labels, "
        "`시비` / `시비(추경)`), two funding columns holding amounts stand for one period (the same year; two "
        "total, prior or after-term columns), two goals share project, year and target, or two "
        "outreach items share a label; the finding is on the later one and names both, with their "
        "labels and amounts",
        locations="`funding.rows[r]`, `funding.columns[c]`, `goals[g]`, `outreach.items[i]` (the later of two)",
        describe=_describe,
        compute=_repeats,
    ),
]
