"""Parquet tables, the DuckDB warehouse (idempotent, versioned, transactional), CSV export and
the ``run`` / ``export`` commands."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_batch_fakes import fake_process, make_record, write_card

import pledgecard.batch.driver
import pledgecard.load.duckdb as duckload
from pledgecard.cli import main
from pledgecard.load import build_tables, export_csv, load_warehouse, read_tables, write_tables
from pledgecard.load.csvexport import neutralise
from pledgecard.load.tableset import select_versions
from pledgecard.tables import TABLE_COLUMNS, batch_tables


def snapshot(path: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            name: sorted(
                con.execute(
                    f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{name}"'
                ).fetchall(),
                key=repr,
            )
            for name, cols in TABLE_COLUMNS.items()
        }
    finally:
        con.close()


def _tables(records: list[dict]) -> dict[str, pd.DataFrame]:
    findings = [
        {
            "card_id": r["card_id"],
            "check": "sum",
            "code": "sum_mismatch",
            "severity": "error",
            "success": False,
            "observed": 74,
            "expected": 85,
            "location": "achievements[4]",
        }
        for r in records
    ]
    findings += [
        EXTRACT_FINDING | {"card_id": r["card_id"]} for r in records
    ]  # located in the record and the source
    files = [
        {
            "path": f"{r['card_id']}.txt",
            "sha256": r["source"]["sha256"],
            "format": "txt",
            "size": 1,
            "cards_found": 1,
            "status": "ok",
            "error_code": None,
            "error": None,
            "notes": [],
        }
        for r in records
    ]
    return batch_tables(records, findings=findings, files=files)


# an extractor's finding: at the record part it concerns, where the card prints it kept apart (CARD_SCHEMA 1.1 style)
# and structured (source_position: a PDF cell's table, row, column and bbox in points)
POSITION = {
    "format": "pdf",
    "page": 2,
    "line": 37,
    "table": 3,
    "row": 1,
    "col": 1,
    "cell": "T3!B2",
    "bbox": [56.7, 120.25, 300.0, 134.5],
}
EXTRACT_FINDING = {
    "check": "tables recovered",
    "code": "extract.table_unrecovered",
    "severity": "warning",
    "success": False,
    "location": "funding",
    "source_location": "line 37",
    "message": "m",
    "source_position": POSITION,
}


def _located(snap: dict[str, list[tuple]]) -> set[tuple]:
    """The (code, location, source_location, source_position read back) of the findings a warehouse holds."""
    cols = [
        TABLE_COLUMNS["findings"].index(c) for c in ("code", "location", "source_location", "source_position")
    ]
    return {(*(r[c] for c in cols[:3]), _position(r[cols[3]])) for r in snap["findings"]}


def _position(stored: str | None) -> tuple | None:
    """A stored source_position (JSON text) as a comparable tuple, ``None`` for none."""
    return None if stored is None else tuple(sorted((k, repr(v)) for k, v in json.loads(stored).items()))


def test_duckdb_load_twice_is_unchanged_and_a_new_quarter_is_a_new_version(tmp_path: Path) -> None:
    wh = tmp_path / "warehouse.duckdb"
    q4 = [
        make_record("2-20", 2024, 4, sha256="a" * 64),
        make_record("1-1", 2024, 4, scale=2, sha256="b" * 64),
    ]
    tables = _tables(q4)
    load_warehouse(tables, wh)
    first = snapshot(wh)
    assert {k: len(v) for k, v in first.items()} == {k: len(v) for k, v in tables.items()}
    assert _located(first) == {
        ("sum_mismatch", "achievements[4]", None, None),
        ("extract.table_unrecovered", "funding", "line 37", _position(json.dumps(POSITION))),
    }
    load_warehouse(tables, wh)
    assert snapshot(wh) == first
    load_warehouse(_tables([make_record("2-20", 2025, 1, scale=3, sha256="c" * 64)]), wh)
    snap = snapshot(wh)
    assert sorted(r[0] for r in snap["cards"]) == ["1-1@2024-Q4", "2-20@2024-Q4", "2-20@2025-Q1"]
    assert len(snap["achievements"]) == 3 * len(q4[0]["achievements"])


def test_duckdb_reload_of_a_card_replaces_its_child_rows(tmp_path: Path) -> None:
    wh = tmp_path / "w.duckdb"
    load_warehouse(_tables([make_record("2-20", 2024, 4, sha256="a" * 64)]), wh)
    fixed = make_record("2-20", 2024, 4, scale=7, sha256="d" * 64)
    fixed["achievements"], fixed["tables"] = fixed["achievements"][:3], []
    load_warehouse(_tables([fixed]), wh)
    snap = snapshot(wh)
    assert [r[4] for r in snap["cards"]] == ["d" * 64]  # source_sha256
    assert len(snap["achievements"]) == 3 and not snap["side_table_cells"]
    assert {r[2] for t in ("funding", "goals", "findings", "effects") for r in snap[t]} == {"d" * 64}
    assert len(snap["findings"]) == 2


def test_duckdb_crash_mid_load_leaves_the_previous_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wh = tmp_path / "w.duckdb"
    load_warehouse(_tables([make_record("2-20", 2024, 4, sha256="a" * 64)]), wh)
    before = snapshot(wh)
    real, calls = duckload.replace_rows, []

    def failing(con, table, df):  # type: ignore[no-untyped-def]
        calls.append(table)
        if len(calls) == 5:
            raise RuntimeError("disk on fire")
        return real(con, table, df)

    monkeypatch.setattr(duckload, "replace_rows", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        load_warehouse(
            _tables(
                [
                    make_record("2-20", 2024, 4, scale=4, sha256="e" * 64),
                    make_record("9-9", 2025, 3, sha256="f" * 64),
                ]
            ),
            wh,
        )
    assert len(calls) == 5
    assert snapshot(wh) == before


def test_parquet_round_trip_keeps_columns_types_and_values(tmp_path: Path) -> None:
    tables = _tables([make_record("2-20", 2024, 4, sha256="a" * 64)])
    write_tables(tables, tmp_path)
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == sorted(f"{t}.parquet" for t in tables)
    back = read_tables(tmp_path)
    for name, df in tables.items():
        pd.testing.assert_frame_equal(back[name], df, check_exact=True)
    assert back["findings"]["source_location"].fillna("-").tolist() == ["-", "line 37"]
    assert [json.loads(p) if isinstance(p, str) else None for p in back["findings"]["source_position"]] == [
        None,
        POSITION,
    ]


def test_one_version_per_card_prefers_the_richest_format() -> None:
    txt = make_record("2-20", 2024, 4, sha256="1" * 64, fmt="txt")
    hwpx = make_record("2-20", 2024, 4, sha256="2" * 64, fmt="hwpx")
    pdf = make_record("2-20", 2024, 4, sha256="3" * 64, fmt="pdf")
    other = make_record("3-3", 2024, 4, sha256="4" * 64)
    kept = select_versions([txt, hwpx, other, pdf])
    assert [(r["card_id"], r["source"]["format"]) for r in kept] == [
        ("2-20@2024-Q4", "hwpx"),
        ("3-3@2024-Q4", "txt"),
    ]


def test_csv_export_neutralises_formulas_but_keeps_numbers(tmp_path: Path) -> None:
    rec = make_record("2-20", 2024, 4, sha256="a" * 64)
    rec["header"]["title"] = '=HYPERLINK("http://x","click")'
    rec["header"]["contact_name"] = "@SUM(A1)"
    rec["header"]["lead_dept"] = "+인재육성과"
    rec["effects"] = ["-1+2", "\tcmd", "plain 텍스트", "a=b"]
    rec["overview"]["budget"]["parts"][0]["amount_krw"] = -3
    export_csv(_tables([rec]), tmp_path)
    raw = (tmp_path / "csv" / "cards.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    card = next(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert card["title"] == "'" + rec["header"]["title"]
    assert card["contact_name"] == "'@SUM(A1)" and card["lead_dept"] == "'+인재육성과"
    assert card["budget_total_krw"] == str(rec["overview"]["budget"]["total_krw"])
    parts = list(csv.DictReader(io.StringIO((tmp_path / "csv" / "budget_parts.csv").read_text("utf-8-sig"))))
    assert parts[0]["amount_krw"] == "-3"
    effects = list(csv.DictReader(io.StringIO((tmp_path / "csv" / "effects.csv").read_text("utf-8-sig"))))
    assert [e["text"] for e in effects] == ["'-1+2", "'\tcmd", "plain 텍스트", "a=b"]
    found = list(csv.DictReader(io.StringIO((tmp_path / "csv" / "findings.csv").read_text("utf-8-sig"))))
    assert [(f["location"], f["source_location"]) for f in found] == [
        ("achievements[4]", ""),
        ("funding", "line 37"),
    ]
    assert [json.loads(f["source_position"]) if f["source_position"] else None for f in found] == [
        None,
        POSITION,
    ]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_neutralised_text_never_starts_a_formula_and_keeps_its_content(text: str) -> None:
    safe = neutralise(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert safe == text or safe == "'" + text


def _fake_task() -> object:
    return fake_process


def test_run_command_extracts_loads_and_reloads_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pledgecard.batch.driver, "_default_task", _fake_task)
    src = tmp_path / "in"
    for i in range(4):
        write_card(src / f"c{i}.txt", mgmt_no=f"4-{i}", quarter=1 + i, scale=i + 1)
    write_card(src / "broken.txt", mode="damaged")
    out = tmp_path / "out"
    args = ["run", str(src), "-o", str(out), "--workers", "2", "--no-validate", "--quiet"]
    assert main(args) == 0  # a broken file is reported, not an exit status
    io_ = capsys.readouterr()
    assert "1 failed" in io_.out and f"failed: {src / 'broken.txt'}: the file is damaged" in io_.err
    first = snapshot(out / "warehouse.duckdb")
    assert len(first["cards"]) == 4 and len(first["files"]) == 5
    parquet = {p.name: p.read_bytes() for p in (out / "tables").glob("*.parquet")}
    assert main(args) == 0
    assert snapshot(out / "warehouse.duckdb") == first
    assert len(parquet) == len(TABLE_COLUMNS)
    for name, data in parquet.items():
        pd.testing.assert_frame_equal(
            pd.read_parquet(out / "tables" / name), pd.read_parquet(io.BytesIO(data))
        )
    assert main(["export", str(out), "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO((out / "csv" / "files.csv").read_text("utf-8-sig"))))
    assert [r["status"] for r in rows] == ["failed", "ok", "ok", "ok", "ok"]


def test_run_and_export_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(tmp_path / "nope"), "-o", str(tmp_path / "o")]) == 2
    assert main(["export", str(tmp_path)]) == 2
    assert main(["export", str(tmp_path), "--csv"]) == 2
    assert main(["run", str(tmp_path), "--workers", "0", "-o", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("pledgecard: ") == 4


def test_unsupported_warehouse_url_is_refused(tmp_path: Path) -> None:
    from pledgecard.errors import LoadError

    with pytest.raises(LoadError, match="unsupported warehouse"):
        load_warehouse(_tables([]), "mysql://x@y/z")
    assert json.loads(json.dumps(build_tables(tmp_path)["cards"].columns.tolist())) == TABLE_COLUMNS["cards"]


REAL = [
    *sorted((Path(__file__).resolve().parents[1] / "samples").glob("*.txt"))[:1],
    Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "gangwon-2-20-2024Q4.txt",
]


def test_real_cards_run_end_to_end_and_reload_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pledgecard.pipeline import process_file

    src = tmp_path / "in"
    src.mkdir()
    for p in REAL:
        (src / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    code = main(["run", str(src), "-o", str(out), "--workers", "1", "--quiet"])
    findings = [json.loads(x) for x in (out / "findings.jsonl").read_text("utf-8").splitlines()]
    assert code == (1 if any(f["severity"] == "error" and not f["success"] for f in findings) else 0)
    records = [json.loads(x) for x in (out / "records.jsonl").read_text("utf-8").splitlines()]
    direct = [r for p in sorted(src.iterdir()) for r in process_file(p).records]
    assert records == direct and len(records) >= len(REAL)
    first = snapshot(out / "warehouse.duckdb")
    assert sorted(r[0] for r in first["cards"]) == sorted(r["card_id"] for r in records)
    assert len(first["findings"]) == len(findings)
    assert main(["run", str(src), "-o", str(out), "--no-validate", "--quiet"]) == 0
    assert snapshot(out / "warehouse.duckdb") == first  # findings kept, everything else reloaded
    assert "0 converted" in capsys.readouterr().out
