"""File names of any bytes: a CP949 name from an old zip (not UTF-8) is kept losslessly and shown
readably in files.jsonl, records, messages, the report and the warehouse; it never fails a batch."""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb
import pytest

from pledgecard.cli import main
from pledgecard.inputs import display_path
from pledgecard.writers import json_safe

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "gangwon-2-20-2024Q4.txt"
RAW = "공약카드-2-20".encode("cp949") + b".txt"  # b'\xb0\xf8\xbe\xe0...' : not UTF-8


def test_a_cp949_file_name_runs_through_the_cli_and_is_shown_readably(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    raw_path = os.fsencode(src) + b"/" + RAW
    with open(raw_path, "wb") as fh:  # a real file whose name is CP949 bytes
        fh.write(SEED.read_bytes())
    with open(os.fsencode(src) + b"/" + "깨진-".encode() + b"\xff.txt", "wb") as fh:
        fh.write(b"\x00\x01 not a card")  # a second odd name on a file that fails
    out = tmp_path / "out"
    assert main(["run", str(src), "-o", str(out), "--workers", "1", "--quiet", "--fail-on", "never"]) == 0
    io = capsys.readouterr()
    shown = display_path(os.fsdecode(raw_path))
    assert "\\xb0" in shown and shown.isprintable()
    rows = [json.loads(x) for x in (out / "files.jsonl").read_text(encoding="utf-8").splitlines()]
    good = next(r for r in rows if r["status"] == "ok")
    assert good["path"] == shown
    assert bytes.fromhex(good["path_bytes"]) == raw_path  # lossless
    bad = next(r for r in rows if r["status"] != "ok")
    assert "\\xff" in bad["path"] and bytes.fromhex(bad["path_bytes"]).endswith(b"\xff.txt")
    assert f"failed: {bad['path']}:" in io.err or bad["status"] == "no_card"
    records = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 1 and records[0]["source"]["file"] == os.path.basename(shown)
    prov = json.loads((out / "provenance.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert prov["file"] == shown
    con = duckdb.connect(str(out / "warehouse.duckdb"), read_only=True)
    try:
        paths = sorted(r[0] for r in con.execute("SELECT path FROM files").fetchall())
    finally:
        con.close()
    assert paths == sorted(r["path"] for r in rows)
    report = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert "\udcb0" not in report
    # a rerun reuses the journal entry of the odd name, and its outputs are unchanged
    before = (out / "files.jsonl").read_bytes()
    assert main(["run", str(src), "-o", str(out), "--workers", "1", "--quiet", "--no-validate"]) == 0
    assert "2 reused" in capsys.readouterr().out
    assert (out / "files.jsonl").read_bytes() == before


def test_json_safe_makes_every_string_writable() -> None:
    odd = os.fsdecode(b"a/\xb0\xf8.txt")
    cleaned = json_safe({"path": odd, odd: [odd, 1, None], "lone": "x\ud800y"})
    text = json.dumps(cleaned, ensure_ascii=False).encode("utf-8")  # would raise before
    assert b"a/\\\\xb0\\\\xf8.txt" in text and b"\\\\ud800" in text


def test_a_result_that_cannot_be_stored_fails_only_its_file(tmp_path: Path) -> None:
    from test_batch_fakes import unstorable_process, write_card

    from pledgecard.batch import run_batch

    write_card(tmp_path / "in" / "a.txt", mgmt_no="1-1")
    write_card(tmp_path / "in" / "b.txt", mgmt_no="1-2", mode="unstorable")
    s = run_batch([tmp_path / "in"], tmp_path / "out", workers=1, progress=False, task=unstorable_process)
    assert (s.ok, s.failed, s.cards) == (1, 1, 1)
    assert s.failures[0][0].endswith("b.txt") and "could not be stored" in s.failures[0][1]
