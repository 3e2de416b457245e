"""``funding.label_not_period_or_source`` (issue 11): a funding amount under a column or in a row
that is no period, total or source (a ``비율(%)`` share read as money: 43.3 -> 43,300,000 won) is a
finding, which the sum checks and the scorer (they compare the columns and rows expected) miss.

Mutation test over every expected record of the samples: unchanged, none fires; with a share
column, a share row or a column whose label is no period injected, it fires there and only there.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from pledgecard.normalize.money import unit_multiplier
from pledgecard.validate import validate_batch
from pledgecard.validate.checks.funding_labels import column_reads_as, is_share, row_reads_as

from validate_cases import SEED_JSON

CODE = "funding.label_not_period_or_source"
SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _expected_records() -> list[dict[str, Any]]:
    """The samples' expected records with a funding table, one per distinct table."""
    seen: set[str] = set()
    out = []
    for path in [SEED_JSON, *sorted(SAMPLES.rglob("*.expected.json"))]:
        data = json.loads(path.read_text(encoding="utf-8"))
        for rec in data if isinstance(data, list) else [data]:
            funding = rec.get("funding") or {}
            key = json.dumps(funding, sort_keys=True, ensure_ascii=False)
            if funding.get("rows") and funding.get("columns") and key not in seen:
                seen.add(key)
                out.append(rec)
    return out


def _share_column(rec: dict[str, Any], mult: int) -> str:
    funding = rec["funding"]
    funding["columns"].append({"label": "비율(%)", "kind": "other", "year": None})
    for k, row in enumerate(funding["rows"]):
        row["amounts_krw"].append(int((100.0 if row["source"] == "total" else 43.3 - k) * mult))
    return f"funding.columns[{len(funding['columns']) - 1}]"


def _share_row(rec: dict[str, Any], mult: int) -> str:
    funding = rec["funding"]
    funding["rows"].append(
        {"label": "비율(%)", "source": None, "amounts_krw": [int(43.3 * mult) for _ in funding["columns"]]}
    )
    return f"funding.rows[{len(funding['rows']) - 1}]"


def _heading_column(rec: dict[str, Any], mult: int) -> str:  # a heading read as a column of the table
    funding = rec["funding"]
    funding["columns"].insert(1, {"label": "연차별 투자계획", "kind": "other", "year": None})
    for row in funding["rows"]:
        row["amounts_krw"].insert(1, 0)
    return "funding.columns[1]"


MUTANTS = {"share column": _share_column, "share row": _share_row, "heading column": _heading_column}


@pytest.fixture(scope="module")
def outcome() -> tuple[list[dict[str, Any]], dict[str, list[tuple[str, str]]], dict[str, str]]:
    """One validation run: the expected records unchanged and each with each mutant injected."""
    originals = _expected_records()
    records, planted = [], {}
    for i, rec in enumerate(originals):
        rec = copy.deepcopy(rec)
        rec["card_id"] = f"orig-{i}@x"
        records.append(rec)
        mult = unit_multiplier(rec["funding"].get("unit") or "") or 1
        for name, mutate in MUTANTS.items():
            mutant = copy.deepcopy(rec)
            mutant["card_id"] = f"{name}-{i}@x"
            planted[mutant["card_id"]] = mutate(mutant, mult)
            records.append(mutant)
    fired: dict[str, list[tuple[str, str]]] = {}
    for f in validate_batch(records):
        if f["code"] == CODE and not f["success"]:
            fired.setdefault(f["card_id"], []).append((f["location"], f["message"]))
    return originals, fired, planted


def test_no_expected_record_fires(outcome: Any) -> None:
    originals, fired, _ = outcome
    assert len(originals) >= 40  # the seed, the corpus and every family
    assert {c: f for c, f in fired.items() if c.startswith("orig-")} == {}


@pytest.mark.parametrize("name", list(MUTANTS))
def test_an_injected_column_or_row_fires_there_only(outcome: Any, name: str) -> None:
    originals, fired, planted = outcome
    for i in range(len(originals)):
        card = f"{name}-{i}@x"
        assert [loc for loc, _ in fired.get(card, [])] == [planted[card]], card


def test_the_message_names_the_label() -> None:
    rec = json.loads(SEED_JSON.read_text(encoding="utf-8"))
    location = _share_row(rec, 1_000_000)
    (f,) = [f for f in validate_batch([rec]) if f["code"] == CODE and not f["success"]]
    assert (f["location"], f["observed"], f["severity"]) == (location, "비율(%)", "warning")
    assert "'비율(%)'" in f["message"]


@pytest.mark.parametrize(
    ("label", "share"),
    [
        ("비율(%)", True),
        ("비 율", True),
        ("구성비", True),
        ("재원 비중", True),
        ("국비(%)", True),
        ("분담률(점)", True),
        ("재원 확보현황", True),
        ("2024", False),
        ("총사업비", False),
        ("임기 후", False),
        ("국비", False),
        ("계", False),
    ],
)
def test_is_share(label: str, share: bool) -> None:
    assert is_share(label) is share


def test_reads_as() -> None:
    assert column_reads_as({"label": "2027~2030", "kind": "other"}) == "period"  # a span of years
    assert column_reads_as({"label": "총사업비", "kind": "other"}) == "period"
    assert (
        column_reads_as({"label": "임기 내", "kind": "other"}) == "period"
    )  # the term's years as one column
    assert column_reads_as({"label": "구분", "kind": "other"}) is None
    assert column_reads_as({"label": "비율(%)", "kind": "total"}) is None  # a share whatever kind it got
    assert row_reads_as({"label": "특별교부세", "source": None}) is None
    assert row_reads_as({"label": "국 비", "source": None}) == "source"
    assert row_reads_as({"label": "국비(%)", "source": "national"}) is None


def test_a_column_word_holding_a_share_word_is_a_period() -> None:
    # gilmok-city's 기확보 (secured before: a prior column) holds the share word 확보 of a 확보 | 미확보 split;
    # the whole column word is a period, the share alone is none
    assert column_reads_as({"label": "기확보", "kind": "prior", "year": None}) == "period"
    assert column_reads_as({"label": "확보", "kind": "prior", "year": None}) is None
    assert column_reads_as({"label": "미확보", "kind": "prior", "year": None}) is None
