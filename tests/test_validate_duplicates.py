"""``record.duplicate_part``: a part CARD_SCHEMA.md makes unique printed twice in a record (two funding rows of
one source code, two columns of one period, a goal or an outreach item twice), which neither the sums nor the
scorer notice (a ``소계`` kept beside the ``계`` as a second ``total`` row scored 1.000).

Mutation test over every expected record of the samples: unchanged, none fires; with a part duplicated, it
fires at the copy and only there, naming the first.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from pledgecard.validate import validate_batch

from validate_cases import SEED_JSON

CODE = "record.duplicate_part"
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _expected_records() -> list[dict[str, Any]]:
    """The samples' expected records, one per distinct funding, goals and outreach (a family's formats
    share them)."""
    seen: set[str] = set()
    out = []
    for path in [SEED_JSON, *sorted(SAMPLES.rglob("*.expected.json"))]:
        data = json.loads(path.read_text(encoding="utf-8"))
        for rec in data if isinstance(data, list) else [data]:
            key = json.dumps(
                [rec.get(k) for k in ("funding", "goals", "outreach")], sort_keys=True, ensure_ascii=False
            )
            if key not in seen:
                seen.add(key)
                out.append(rec)
    return out


def _source_rows(rec: dict[str, Any]) -> list[int]:
    return [
        i
        for i, r in enumerate(rec["funding"]["rows"])
        if r.get("source") not in (None, "total") and any(a is not None for a in r["amounts_krw"])
    ]


def _row_again(rec: dict[str, Any]) -> tuple[str, str] | None:  # a source row read twice
    rows = (rec.get("funding") or {}).get("rows") or []
    src = _source_rows(rec) if rows else []
    if not src:
        return None
    rows.append(copy.deepcopy(rows[src[-1]]))
    return f"funding.rows[{len(rows) - 1}]", f"funding.rows[{src[-1]}]"


def _subtotal_row(rec: dict[str, Any]) -> tuple[str, str] | None:  # a 소계 of two sources kept as a total row
    funding = rec.get("funding") or {}
    rows = funding.get("rows") or []
    src = _source_rows(rec) if rows else []
    totals = [i for i, r in enumerate(rows) if r.get("source") == "total"]
    if len(src) < 2 or not totals:
        return None
    a, b = rows[src[-2]]["amounts_krw"], rows[src[-1]]["amounts_krw"]
    rows.insert(
        src[-2],
        {
            "label": "소계",
            "source": "total",
            "amounts_krw": [
                x + y if x is not None and y is not None else None for x, y in zip(a, b, strict=True)
            ],
        },
    )
    total = totals[0] + (totals[0] >= src[-2])
    return f"funding.rows[{max(src[-2], total)}]", f"funding.rows[{min(src[-2], total)}]"


def _year_again(rec: dict[str, Any]) -> tuple[str, str] | None:  # a year column read twice
    funding = rec.get("funding") or {}
    cols = funding.get("columns") or []
    years = [
        c for c, col in enumerate(cols) if col.get("kind") == "year" and isinstance(col.get("year"), int)
    ]
    if not years or not any(r["amounts_krw"][years[0]] is not None for r in funding["rows"]):
        return None
    cols.append(copy.deepcopy(cols[years[0]]))
    for r in funding["rows"]:
        r["amounts_krw"].append(r["amounts_krw"][years[0]])
    return f"funding.columns[{len(cols) - 1}]", f"funding.columns[{years[0]}]"


def _goal_again(rec: dict[str, Any]) -> tuple[str, str] | None:
    goals = rec.get("goals") or []
    g = next((i for i, x in enumerate(goals) if x.get("target")), None)
    if g is None:
        return None
    goals.append(copy.deepcopy(goals[g]))
    return f"goals[{len(goals) - 1}]", f"goals[{g}]"


def _item_again(rec: dict[str, Any]) -> tuple[str, str] | None:
    items = (rec.get("outreach") or {}).get("items") or []
    i = next((k for k, x in enumerate(items) if x.get("label")), None)
    if i is None:
        return None
    items.insert(i + 1, copy.deepcopy(items[i]))
    return f"outreach.items[{i + 1}]", f"outreach.items[{i}]"


MUTANTS = {
    "row again": _row_again,
    "subtotal row": _subtotal_row,
    "year again": _year_again,
    "goal again": _goal_again,
    "item again": _item_again,
}


@pytest.fixture(scope="module")
def outcome() -> tuple[int, dict[str, list[dict[str, Any]]], dict[str, tuple[str, str]]]:
    """One validation run: the expected records unchanged and each with each mutant it admits."""
    originals = _expected_records()
    records, planted = [], {}
    for i, rec in enumerate(originals):
        rec = copy.deepcopy(rec)
        rec["card_id"] = f"orig-{i}@x"
        records.append(rec)
        for name, mutate in MUTANTS.items():
            mutant = copy.deepcopy(rec)
            mutant["card_id"] = f"{name}-{i}@x"
            where = mutate(mutant)
            if where is not None:
                planted[mutant["card_id"]] = where
                records.append(mutant)
    fired: dict[str, list[dict[str, Any]]] = {}
    for f in validate_batch(records):
        if f["code"] == CODE and not f["success"]:
            fired.setdefault(f["card_id"], []).append(f)
    return len(originals), fired, planted


def test_no_expected_record_fires(outcome: Any) -> None:
    n, fired, _ = outcome
    assert n >= 150  # the seed, the corpus and every family
    assert {c: f for c, f in fired.items() if c.startswith("orig-")} == {}


@pytest.mark.parametrize("name", list(MUTANTS))
def test_a_duplicated_part_fires_at_the_copy_only(outcome: Any, name: str) -> None:
    _, fired, planted = outcome
    cards = [c for c in planted if c.startswith(f"{name}-")]
    assert len(cards) >= 50, name  # the mutant is planted in most records
    for card in cards:
        at, first = planted[card]
        got = fired.get(card, [])
        assert [(f["location"], f["severity"]) for f in got] == [(at, "error")], card
        assert first in got[0]["message"], got[0]["message"]


def test_the_finding_holds_both_rows_labels_and_amounts() -> None:
    rec = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    at, first = _subtotal_row(rec)  # type: ignore[misc]
    (f,) = [f for f in validate_batch([rec]) if f["code"] == CODE and not f["success"]]
    assert f["location"] == at
    rows = rec["funding"]["rows"]
    i, k = int(first.split("[")[1][:-1]), int(at.split("[")[1][:-1])
    assert {rows[i]["label"], rows[k]["label"]} == {"계", "소계"}
    assert f["observed"] == {
        "first": {"label": rows[i]["label"], "amounts_krw": rows[i]["amounts_krw"]},
        "again": {"label": rows[k]["label"], "amounts_krw": rows[k]["amounts_krw"]},
    }
