"""Operations: kill -9 half way (no orphan worker; a rerun ends like an uninterrupted run), disk
full and unwritable outputs as one-line messages with their exit codes, preflight before any work,
outputs that follow the umask, a real Dask scheduler and worker started in another folder, and
non-zero exits when there is nothing to convert."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import psutil
import pytest
from test_batch_fakes import fake_process, write_card

import pledgecard.batch.driver
import pledgecard.batch.outputs
import pledgecard.load.warehouse
from pledgecard.cli import main

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "samples" / "corpus"


def corpus_copies(root: Path, copies: int, suffixes: tuple[str, ...] = (".txt", ".hwpx")) -> Path:
    """``copies`` copies of the corpus cards of the given formats, in folders of their own."""
    for c in range(copies):
        for src in sorted(CORPUS.iterdir()):
            if src.suffix in suffixes:
                dest = root / f"box{c}" / src.name
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(src, dest)
    return root


def session_members(sid: int) -> list[psutil.Process]:
    """Live processes of session ``sid`` (the killed run started one of its own)."""
    alive = []
    for p in psutil.process_iter(["status"]):
        try:
            if os.getsid(p.pid) == sid and p.info["status"] != psutil.STATUS_ZOMBIE:
                alive.append(p)
        except (ProcessLookupError, PermissionError, psutil.Error):
            continue
    return alive


def run_cli(args: list[str], **kw: object) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pledgecard", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        **kw,
    )  # type: ignore[call-overload]


def results(out: Path) -> dict[str, object]:
    got: dict[str, object] = {
        name: (out / name).read_bytes()
        for name in ("records.jsonl", "files.jsonl", "provenance.jsonl", "findings.jsonl")
    }
    for p in sorted((out / "tables").glob("*.parquet")):
        got[p.name] = pd.read_parquet(p).astype(object).where(lambda d: d.notna(), None).values.tolist()
    got["cards"] = sorted(p.name for p in (out / "cards").glob("*.json"))
    return got


@pytest.mark.slow
def test_kill_9_half_way_leaves_no_worker_and_a_rerun_ends_like_an_uninterrupted_run(tmp_path: Path) -> None:
    src = corpus_copies(tmp_path / "in", copies=4)
    total = sum(1 for _ in src.rglob("*.*"))
    whole, killed = tmp_path / "whole", tmp_path / "killed"
    args = ["--workers", "2", "--quiet", "--fail-on", "never"]
    done = run_cli(["run", str(src), "-o", str(whole), *args])
    assert done.wait(timeout=900) == 0, done.stderr.read().decode()  # type: ignore[union-attr]

    proc = run_cli(["run", str(src), "-o", str(killed), *args])
    journal = killed / ".state" / "done.jsonl"
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.exists() and journal.read_bytes().count(b"\n") >= 6:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    assert len(session_members(proc.pid)) >= 3  # the run, its forkserver and workers
    os.kill(proc.pid, signal.SIGKILL)  # the run alone: its workers must go by themselves
    proc.wait()
    deadline = time.monotonic() + 30
    while session_members(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert session_members(proc.pid) == [], "a worker outlived the killed run"
    assert 6 <= journal.read_bytes().count(b"\n") < total
    assert not (killed / "records.jsonl").exists()

    again = run_cli(["run", str(src), "-o", str(killed), *args])
    assert again.wait(timeout=900) == 0, again.stderr.read().decode()  # type: ignore[union-attr]
    out = again.stdout.read().decode()  # type: ignore[union-attr]
    assert f"{total} files" in out and " 0 reused" not in out
    assert results(killed) == results(whole)


BUSY_RUNNER = """
import sys
sys.path.insert(0, {tests!r})
from test_batch_fakes import fake_process
from pledgecard.batch import run_batch
run_batch([{src!r}], {out!r}, workers=2, progress=False, task=fake_process)
"""


def test_workers_busy_on_long_files_exit_when_the_run_is_killed(tmp_path: Path) -> None:
    src = tmp_path / "in"
    for i in range(8):  # the first files are quick, the others keep a worker busy for minutes
        write_card(src / f"c{i}.txt", mgmt_no=f"9-{i}", sleep=0 if i < 3 else 600)
    out = tmp_path / "out"
    code = BUSY_RUNNER.format(tests=str(Path(__file__).parent), src=str(src), out=str(out))
    proc = subprocess.Popen([sys.executable, "-c", code], start_new_session=True)
    journal = out / ".state" / "done.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (journal.exists() and journal.read_bytes().count(b"\n") >= 3):
        time.sleep(0.05)
    time.sleep(0.5)  # both workers are now inside a long file
    assert proc.poll() is None and len(session_members(proc.pid)) >= 3
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 30
    while session_members(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = session_members(proc.pid)
    for p in left:  # never leave them behind, even when the test fails
        p.kill()
    assert left == [], "a worker outlived the killed run"


def _use_fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pledgecard.batch.driver, "_default_task", lambda: fake_process)


def _cards(root: Path, n: int = 3) -> Path:
    for i in range(n):
        write_card(root / f"c{i}.txt", mgmt_no=f"7-{i}", quarter=1 + i % 4)
    return root


def test_disk_full_is_one_line_naming_stage_and_path_with_exit_4(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _use_fakes(monkeypatch)
    src, out = _cards(tmp_path / "in"), tmp_path / "out"

    real_dumps = pledgecard.batch.outputs.json.dumps

    def full(obj: object, **kw: object) -> str:  # as a write() on a full disk: no file name in the error
        if isinstance(obj, dict) and "cards_found" in obj:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_dumps(obj, **kw)

    monkeypatch.setattr(pledgecard.batch.outputs.json, "dumps", full)
    assert main(["extract", str(src), "-o", str(out), "--workers", "1", "--quiet"]) == 4
    err = capsys.readouterr().err.strip()
    assert err == f"pledgecard: extract: cannot write {out / 'files.jsonl'}: No space left on device"
    assert not list(out.glob(".pc-*.tmp")) and not (out / "records.jsonl").exists()
    monkeypatch.undo()
    _use_fakes(monkeypatch)

    def full_parquet(path: Path, data: bytes, **kw: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr("pledgecard.load.parquet.atomic_write_bytes", full_parquet)
    assert main(["run", str(src), "-o", str(out), "--workers", "1", "--quiet", "--no-validate"]) == 4
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"pledgecard: load: cannot write {out / 'tables'}")
    assert err[0].endswith(".parquet: No space left on device")
    # the lock was released: the next run works
    monkeypatch.undo()
    _use_fakes(monkeypatch)
    assert main(["run", str(src), "-o", str(out), "--workers", "1", "--quiet", "--no-validate"]) == 0


def test_unwritable_output_and_unknown_warehouse_are_refused_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[str] = []

    def counting(path: str, *, limits: object = None) -> object:
        calls.append(path)
        return fake_process(path, limits=limits)

    monkeypatch.setattr(pledgecard.batch.driver, "_default_task", lambda: counting)
    src = _cards(tmp_path / "in")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for command in ("extract", "run"):
        assert main([command, str(src), "-o", str(blocker / "out"), "--workers", "1", "--quiet"]) == 4
        err = capsys.readouterr().err.strip()
        assert err == (
            f"pledgecard: extract: cannot write the output folder {blocker / 'out'}: "
            f"{blocker} is not a folder"
        )
    out = tmp_path / "out"
    assert main(["run", str(src), "-o", str(out), "--warehouse", "mysql://u:secret@h/db", "--quiet"]) == 5
    err = capsys.readouterr().err.strip()
    assert err.startswith("pledgecard: load: unsupported warehouse URL mysql://") and "secret" not in err
    assert main(["run", str(src), "-o", str(out), "--warehouse", str(blocker / "w.duckdb"), "--quiet"]) == 5
    assert f"cannot write the DuckDB warehouse {blocker / 'w.duckdb'}" in capsys.readouterr().err
    assert calls == [] and not out.exists()  # nothing was read, nothing was made


@pytest.mark.parametrize("umask", [0o027, 0o002])
def test_outputs_follow_the_umask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask: int) -> None:
    _use_fakes(monkeypatch)
    src, out = _cards(tmp_path / "in"), tmp_path / "out"
    old = os.umask(umask)
    try:
        assert main(["run", str(src), "-o", str(out), "--workers", "1", "--quiet", "--no-validate"]) == 0
    finally:
        os.umask(old)
    files = [
        out / "records.jsonl",
        out / "files.jsonl",
        *out.glob("cards/*.json"),
        *out.glob("tables/*.parquet"),
    ]
    assert len(files) > 5
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {oct(0o666 & ~umask)}


def test_nothing_to_convert_exits_6(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _use_fakes(monkeypatch)
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    for command in ("extract", "run"):
        assert main([command, str(empty), "-o", str(tmp_path / "o1"), "--quiet"]) == 6
        assert capsys.readouterr().err.strip() == f"pledgecard: extract: no input file found in {empty}"
    broken = tmp_path / "broken"
    write_card(broken / "a.txt", mode="damaged")
    write_card(broken / "b.txt", mode="nocard")
    for command in ("extract", "run"):
        out = tmp_path / f"o-{command}"
        assert main([command, str(broken), "-o", str(out), "--quiet", "--workers", "1"]) == 6
        err = capsys.readouterr().err
        assert (
            f"pledgecard: extract: none of the 2 input files gave a card (see {out / 'files.jsonl'})" in err
        )
        assert len((out / "files.jsonl").read_text().splitlines()) == 2
    assert not (tmp_path / "o-run" / "warehouse.duckdb").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_a_real_dask_worker_started_in_another_folder_converts_relative_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    work, elsewhere = tmp_path / "work", tmp_path / "elsewhere"
    corpus_copies(work / "in", copies=1, suffixes=(".txt",))
    elsewhere.mkdir()
    n = len(list((work / "in").rglob("*.txt")))
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = open(tmp_path / "dask.log", "wb")  # noqa: SIM115 - closed below
    scheduler = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dask",
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-dashboard",
        ],
        cwd=elsewhere,
        stdout=logs,
        stderr=logs,
    )
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dask",
            "worker",
            address,
            "--nworkers",
            "1",
            "--nthreads",
            "2",
            "--no-dashboard",
            "--host",
            "127.0.0.1",
        ],
        cwd=elsewhere,
        stdout=logs,
        stderr=logs,
    )
    try:
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(1, timeout=120)
        monkeypatch.chdir(work)
        code = main(["run", "in", "-o", "out", "--dask-scheduler", address, "--quiet", "--no-validate"])
        assert code == 0, capsys.readouterr().err
        rows = [json.loads(x) for x in (work / "out" / "files.jsonl").read_text().splitlines()]
        assert len(rows) == n and {r["status"] for r in rows} == {"ok"}
        assert all(not os.path.isabs(r["path"]) for r in rows)  # shown as given
        cards = len((work / "out" / "records.jsonl").read_text().splitlines())
        assert cards == sum(r["cards_found"] for r in rows) >= n
    finally:
        for p in (worker, scheduler):
            p.terminate()
        for p in (worker, scheduler):
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
        logs.close()


def test_the_output_lock_covers_validation_and_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pledgecard.workflow as workflow
    from pledgecard.batch.journal import OutputLock
    from pledgecard.errors import OutputError

    src, out = _cards(tmp_path / "in"), tmp_path / "out"
    seen: list[str] = []
    real_validate, real_load = workflow.validate_dir, pledgecard.load.warehouse.load_warehouse

    def try_lock(stage: str) -> None:
        try:
            with OutputLock(out):
                seen.append(f"{stage}: free")
        except OutputError as exc:
            seen.append(f"{stage}: {exc.reason}")

    def validating(*args, **kwargs):  # type: ignore[no-untyped-def]
        try_lock("validate")
        return real_validate(*args, **kwargs)

    def loading(*args, **kwargs):  # type: ignore[no-untyped-def]
        try_lock("load")
        return real_load(*args, **kwargs)

    monkeypatch.setattr(workflow, "validate_dir", validating)
    monkeypatch.setattr(pledgecard.load.warehouse, "load_warehouse", loading)
    monkeypatch.setattr("pledgecard.load.load_warehouse", loading, raising=False)
    result = workflow.run([src], out, workers=1, task=fake_process, fail_on="never")
    assert result.exit_code == 0
    assert seen == [
        f"validate: extract: another run is using the output folder {out}",
        f"load: extract: another run is using the output folder {out}",
    ]
    try_lock("after")
    assert seen[-1] == "after: free"
