"""Batch tables: the seed record flattened, typed, and round-tripped through Parquet."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.tables import TABLE_COLUMNS, TABLE_DTYPES, TABLE_KEYS, batch_tables

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "spec" / "seed.expected.json"


@pytest.fixture(scope="module")
def seed() -> dict:
    return json.loads(SEED.read_text(encoding="utf-8"))


def test_every_table_has_its_columns_and_dtypes_even_when_empty() -> None:
    tables = batch_tables([])
    assert set(tables) == set(TABLE_COLUMNS)
    for name, df in tables.items():
        assert list(df.columns) == TABLE_COLUMNS[name]
        assert len(df) == 0
        assert {c: str(t) for c, t in df.dtypes.items()} == TABLE_DTYPES[name]
        if name not in ("files", "cards"):
            assert TABLE_COLUMNS[name][:3] == ["card_id", "as_of", "source_sha256"]


def test_seed_tables_mirror_the_record(seed: dict) -> None:
    t = batch_tables([seed])
    card = t["cards"].iloc[0]
    assert card["card_id"] == seed["card_id"] and card["as_of"] == seed["as_of"]["label"]
    assert card["coop_depts"] == "; ".join(seed["header"]["coop_depts"])
    assert card["budget_total_krw"] == seed["overview"]["budget"]["total_krw"]
    assert card["n_achievements"] == len(seed["achievements"])
    assert pd.isna(card["page_start"])

    f = t["funding"]
    assert len(f) == sum(len(r["amounts_krw"]) for r in seed["funding"]["rows"])
    grid = f.pivot(index="row_index", columns="col_index", values="amount_krw")
    assert grid.to_numpy().tolist() == [r["amounts_krw"] for r in seed["funding"]["rows"]]
    kinds = f.drop_duplicates("col_index").sort_values("col_index")["col_kind"].tolist()
    assert kinds == [c["kind"] for c in seed["funding"]["columns"]]

    a = t["achievements"]
    assert a["text"].tolist() == [x["text"] for x in seed["achievements"]]
    starts = [None if pd.isna(v) else v for v in a["date_start"]]
    assert starts == [(x["date"] or {}).get("start") for x in seed["achievements"]]
    assert len(t["achievement_counts"]) == sum(len(x["counts"]) for x in seed["achievements"])
    assert len(t["side_table_cells"]) == sum(
        len(c) for tb in seed["tables"] for part in ("header", "rows") for c in tb[part]
    )
    assert t["outreach"]["count"].sum() == seed["outreach"]["total"]
    assert t["goals"]["actual_value"].tolist() == [g["actual_value"] for g in seed["goals"]]
    for name, keys in TABLE_KEYS.items():
        if len(t[name]):
            assert not t[name].duplicated(keys).any(), name


def test_findings_and_files_tables(seed: dict) -> None:
    finding = {
        "card_id": seed["card_id"],
        "check": "x",
        "code": "achievement.parts_sum",
        "severity": "error",
        "success": False,
        "observed": {"claimed": 74, "parts_sum": 85},
        "expected": 85,
        "location": "achievements[4]",
        "page": None,
        "message": "m",
    }
    row = {
        "path": "a.txt",
        "sha256": "ab",
        "format": "txt",
        "size": 10,
        "cards_found": 1,
        "status": "ok",
        "error_code": None,
        "error": None,
        "notes": ["n1", "n2"],
    }
    t = batch_tables([seed], findings=[finding], files=[row], run_id="r1")
    fr = t["findings"].iloc[0]
    assert fr["as_of"] == "2024-Q4" and fr["source_sha256"] == seed["source"]["sha256"]
    assert json.loads(fr["observed"]) == {"claimed": 74, "parts_sum": 85}
    assert not bool(fr["success"]) and fr["page"] is pd.NA
    assert t["files"].iloc[0]["run_id"] == "r1" and t["files"].iloc[0]["notes"] == "n1; n2"


def test_parquet_round_trip_keeps_types(seed: dict, tmp_path: Path) -> None:
    for name, df in batch_tables([seed, {**seed, "card_id": "x@2024-Q4"}]).items():
        path = tmp_path / f"{name}.parquet"
        df.to_parquet(path)
        back = pd.read_parquet(path)
        assert {c: str(t) for c, t in back.dtypes.items()} == TABLE_DTYPES[name], name
        pd.testing.assert_frame_equal(back, df, check_dtype=True)


def test_out_of_range_and_odd_values_become_null(seed: dict) -> None:
    rec = copy.deepcopy(seed)
    rec["funding"]["rows"][0]["amounts_krw"][:4] = [2**70, 1.5, "12", float("nan")]
    rec["goals"][0]["target_value"] = "n/a"
    t = batch_tables([rec])
    cells = t["funding"][t["funding"]["row_index"] == 0]["amount_krw"].tolist()[:4]
    assert cells[0] is pd.NA and cells[1] is pd.NA and cells[2] == 12 and cells[3] is pd.NA
    assert t["goals"]["target_value"].isna().tolist() == [True, False]


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=60, deadline=None)
@given(
    section=st.sampled_from(
        [
            "header",
            "overview",
            "funding",
            "achievements",
            "tables",
            "goals",
            "outreach",
            "plans",
            "effects",
            "as_of",
            "source",
        ]
    ),
    value=_json,
)
def test_damaged_sections_never_break_the_tables(seed: dict, section: str, value: object) -> None:
    rec = copy.deepcopy(seed)
    rec[section] = value
    tables = batch_tables([rec])
    assert len(tables["cards"]) == 1
    for name, df in tables.items():
        assert list(df.columns) == TABLE_COLUMNS[name]


def test_column_types_are_read_from_the_record_model() -> None:
    from pledgecard.tables import of

    assert of("goals[].target_value") == "Float64"  # goal values may be fractional
    assert of("funding.rows[].amounts_krw[]") == "Int64"
    assert of("header.coop_depts") == "string"  # a list, joined
    assert TABLE_DTYPES["goals"]["actual_value"] == "Float64" and TABLE_DTYPES["cards"]["page_end"] == "Int64"
    with pytest.raises(KeyError):
        of("goals[].no_such_field")  # a field the model does not have cannot become a column
    with pytest.raises(TypeError):
        of("goals.year")  # goals is a list: the path must say goals[]
