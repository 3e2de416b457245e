"""PostgreSQL warehouse: a throwaway server is started for this module (never skipped: CI
installs Debian's ``postgresql``); loads are idempotent, versioned by quarter and transactional."""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa
from test_batch_fakes import make_record

import pledgecard.load.postgres as pgload
from pledgecard.errors import LoadError
from pledgecard.load import load_warehouse
from pledgecard.load.postgres import driver_url
from pledgecard.tables import TABLE_COLUMNS, batch_tables

PG_USER = "pledgecard"


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    initdb = found[-1] if found else shutil.which("initdb")
    if not initdb:
        pytest.fail("PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    return Path(initdb).parent


def _os_user() -> str | None:
    """The user that runs the server: ourselves, or (as root) ``postgres``, created if missing."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "postgres"], check=True)
    return "postgres"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    bindir, user = _pg_bin(), _os_user()
    base = Path(tempfile.mkdtemp(prefix="pledgecard-pg-"))
    prefix = ["runuser", "-u", user, "--"] if user else []
    if user:
        shutil.chown(base, user=user)
    data, log, port = base / "data", base / "server.log", _free_port()
    env = dict(os.environ, LC_ALL="C", LANG="C")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*prefix, *args], env=env, capture_output=True, text=True, timeout=120)

    init = run(
        str(bindir / "initdb"),
        "-D",
        str(data),
        "-A",
        "trust",
        "-U",
        PG_USER,
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync",
    )
    if init.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"initdb failed: {init.stderr.strip()[-500:]}")
    opts = f"-p {port} -k {base} -h 127.0.0.1 -c fsync=off -c full_page_writes=off"
    start = run(
        str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "-t", "60", "start"
    )
    if start.returncode != 0:
        tail = log.read_text(errors="replace")[-800:] if log.exists() else start.stderr
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"PostgreSQL server did not start: {tail.strip()}")
    try:
        yield f"postgresql://{PG_USER}@127.0.0.1:{port}/postgres"
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture()
def db(pg_url: str) -> Iterator[str]:
    """A fresh database per test."""
    name = f"t_{os.urandom(4).hex()}"
    admin = sa.create_engine(driver_url(pg_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f"CREATE DATABASE {name}"))
    admin.dispose()
    yield pg_url.rsplit("/", 1)[0] + "/" + name


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, as plain tuples."""
    eng = sa.create_engine(driver_url(url))
    out = {}
    with eng.connect() as c:
        for name, cols in TABLE_COLUMNS.items():
            if not sa.inspect(c).has_table(name):
                out[name] = []
                continue
            rows = c.execute(
                sa.text(f'SELECT {", ".join(chr(34) + x + chr(34) for x in cols)} FROM "{name}"')
            )
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    eng.dispose()
    return out


# an extractor's finding's structured source: a PDF cell, its bbox in points
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


def _tables(records: list[dict], files: list[dict] | None = None) -> dict[str, pd.DataFrame]:
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
        {
            "card_id": r["card_id"],
            "check": "tables recovered",
            "code": "extract.table_unrecovered",
            "severity": "warning",
            "success": False,
            "location": "funding",
            "source_location": "line 37",
            "source_position": POSITION,
        }
        for r in records
    ]  # an extractor's finding: the record part, and where the card prints it
    return batch_tables(records, findings=findings, files=files or [])


def test_loading_twice_leaves_every_table_unchanged(db: str) -> None:
    recs = [
        make_record("2-20", 2024, 4, sha256="a" * 64),
        make_record("3-1", 2024, 4, scale=2, sha256="b" * 64),
    ]
    files = [
        {
            "path": "a.txt",
            "sha256": "a" * 64,
            "format": "txt",
            "size": 10,
            "cards_found": 1,
            "status": "ok",
            "error_code": None,
            "error": None,
            "notes": [],
        }
    ]
    tables = _tables(recs, files)
    load_warehouse(tables, db)
    first = snapshot(db)
    assert len(first["cards"]) == 2 and len(first["findings"]) == 4 and len(first["files"]) == 1
    cols = [TABLE_COLUMNS["findings"].index(c) for c in ("location", "source_location", "source_position")]
    assert {
        tuple(r[c] for c in cols[:2]) + (r[cols[2]] and json.dumps(json.loads(r[cols[2]]), sort_keys=True),)
        for r in first["findings"]
    } == {("achievements[4]", None, None), ("funding", "line 37", json.dumps(POSITION, sort_keys=True))}
    assert len(first["funding"]) == len(tables["funding"]) > 0
    load_warehouse(tables, db)
    assert snapshot(db) == first


def test_new_quarter_adds_a_version_and_reload_replaces_child_rows(db: str) -> None:
    q4 = make_record("2-20", 2024, 4, sha256="a" * 64)
    load_warehouse(_tables([q4]), db)
    q1 = make_record("2-20", 2025, 1, scale=3, sha256="c" * 64)
    load_warehouse(_tables([q1]), db)
    snap = snapshot(db)
    assert sorted(r[0] for r in snap["cards"]) == ["2-20@2024-Q4", "2-20@2025-Q1"]
    # a corrected file for the same quarter replaces the card and all of its rows, no duplicates
    fixed = make_record("2-20", 2024, 4, scale=5, sha256="d" * 64)
    fixed["achievements"] = fixed["achievements"][:2]
    load_warehouse(_tables([fixed]), db)
    snap = snapshot(db)
    ach = [r for r in snap["achievements"] if r[0] == "2-20@2024-Q4"]
    assert len(ach) == 2 and {r[2] for r in ach} == {"d" * 64}
    funding_q4 = {
        r[TABLE_COLUMNS["funding"].index("amount_krw")]
        for r in snap["funding"]
        if r[0] == "2-20@2024-Q4" and r[3] == 0
    }
    assert max(funding_q4) == 5 * q4["funding"]["rows"][0]["amounts_krw"][0]
    assert len([r for r in snap["findings"] if r[0] == "2-20@2024-Q4"]) == 2
    assert len([r for r in snap["achievements"] if r[0] == "2-20@2025-Q1"]) == len(q1["achievements"])


def test_a_crash_mid_load_leaves_the_previous_state(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    load_warehouse(_tables([make_record("2-20", 2024, 4, sha256="a" * 64)]), db)
    before = snapshot(db)
    real = pgload.replace_rows
    calls = {"n": 0}

    def failing(sa_mod, conn, table, df, card_ids):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 4:
            raise sa.exc.OperationalError("INSERT", {}, Exception("server closed the connection"))
        return real(sa_mod, conn, table, df, card_ids)

    monkeypatch.setattr(pgload, "replace_rows", failing)
    newer = [
        make_record("2-20", 2024, 4, scale=9, sha256="e" * 64),
        make_record("7-7", 2025, 2, sha256="f" * 64),
    ]
    with pytest.raises(LoadError, match="nothing changed"):
        load_warehouse(_tables(newer), db)
    assert calls["n"] == 4
    assert snapshot(db) == before


def test_bad_url_is_a_one_line_load_error() -> None:
    with pytest.raises(LoadError) as exc:
        load_warehouse(_tables([]), f"postgresql://nobody@127.0.0.1:{_free_port()}/none")
    assert "\n" not in exc.value.reason


def test_run_command_loads_postgres_twice_unchanged(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from test_batch_fakes import fake_process, write_card

    import pledgecard.batch.driver
    from pledgecard.cli import main

    monkeypatch.setattr(pledgecard.batch.driver, "_default_task", lambda: fake_process)
    for i in range(3):
        write_card(tmp_path / "in" / f"c{i}.txt", mgmt_no=f"6-{i}", year=2024, quarter=2 + i % 2, scale=i + 1)
    args = [
        "run",
        str(tmp_path / "in"),
        "-o",
        str(tmp_path / "out"),
        "--workers",
        "1",
        "--no-validate",
        "--quiet",
        "--warehouse",
        db,
    ]
    assert main(args) == 0
    first = snapshot(db)
    assert len(first["cards"]) == 3 and len(first["files"]) == 3 and first["funding"]
    assert main(args + ["--force"]) == 0
    assert snapshot(db) == first
