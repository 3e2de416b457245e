"""Batches: input order, reuse by sha256, restart after a kill, time limits, crashes, duplicates."""

from __future__ import annotations

import compileall
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_batch_fakes import fake_process, hanging_process, write_card

from pledgecard.batch import expand_inputs, run_batch
from pledgecard.batch.journal import Journal
from pledgecard.errors import OutputError, UsageError
from pledgecard.extract.limits import Limits
from pledgecard.load import build_tables

OUTPUTS = ("records.jsonl", "files.jsonl", "provenance.jsonl")
TESTS = Path(__file__).resolve().parent


def archive(root: Path, n: int = 8, **extra: object) -> Path:
    """``n`` fake card files in nested folders, plus a hidden file that must be skipped."""
    for i in range(n):
        write_card(
            root / f"prov{i % 3}" / f"card{i:03d}.txt",
            mgmt_no=f"{i % 5 + 1}-{i}",
            year=2023 + i % 2,
            quarter=1 + i % 4,
            scale=i + 1,
            cards=1 + i % 2,
            **extra,
        )
    write_card(root / ".trash" / "old.txt", mgmt_no="0-0")
    write_card(root / ".hidden.txt", mgmt_no="0-1")
    return root


def outputs(out: Path) -> dict[str, bytes]:
    got = {name: (out / name).read_bytes() for name in OUTPUTS}
    got.update({f"cards/{p.name}": p.read_bytes() for p in sorted((out / "cards").glob("*.json"))})
    return got


def tables(out: Path) -> dict[str, list]:
    return {
        name: df.astype(object).where(df.notna(), None).values.tolist()
        for name, df in build_tables(out).items()
    }


def test_outputs_follow_input_order_and_a_rerun_reuses_everything(tmp_path: Path) -> None:
    src = archive(tmp_path / "in")
    write_card(src / "prov0" / "zz-none.txt", mode="nocard")
    write_card(src / "prov1" / "broken.txt", mode="damaged")
    out = src / "out"  # an output folder inside the input is never read as input
    first = run_batch([src], out, workers=2, progress=False, task=fake_process)
    files = [json.loads(x)["path"] for x in (out / "files.jsonl").read_text().splitlines()]
    assert files == expand_inputs([src], out)
    assert files == sorted(files, key=lambda p: Path(p).relative_to(src).parts)
    assert not any("/." in p or "/out/" in p for p in files)
    assert (first.files, first.converted, first.ok, first.no_card, first.failed) == (10, 10, 8, 1, 1)
    assert first.cards == 12 == len((out / "records.jsonl").read_text().splitlines())
    assert first.failures == [(str(src / "prov1" / "broken.txt"), "the file is damaged")]
    records = [json.loads(x) for x in (out / "records.jsonl").read_text().splitlines()]
    provenance = [json.loads(x) for x in (out / "provenance.jsonl").read_text().splitlines()]
    assert [p["card_id"] for p in provenance] == [r["card_id"] for r in records]
    assert all(p["locations"] for p in provenance)
    assert sorted(p.stem for p in (out / "cards").glob("*.json")) == sorted(r["card_id"] for r in records)
    before = outputs(out)
    again = run_batch([src], out, workers=2, progress=False, task=fake_process)
    assert (again.converted, again.reused, again.cards) == (0, 10, 12)
    assert outputs(out) == before
    forced = run_batch([src], out, workers=1, progress=False, force=True, task=fake_process)
    assert forced.converted == 10 and outputs(out) == before


def test_only_new_or_changed_files_are_converted(tmp_path: Path) -> None:
    src = archive(tmp_path / "in", n=4)
    out = tmp_path / "out"
    run_batch([src], out, workers=1, progress=False, task=fake_process)
    write_card(src / "prov0" / "card000.txt", mgmt_no="1-0", year=2025, quarter=1)  # changed bytes
    write_card(src / "new" / "n.txt", mgmt_no="8-8")
    s = run_batch([src], out, workers=1, progress=False, task=fake_process)
    assert (s.converted, s.reused, s.files) == (2, 3, 5)
    ids = [json.loads(x)["card_id"] for x in (out / "records.jsonl").read_text().splitlines()]
    assert "1-0@2025-Q1" in ids and "8-8@2024-Q4" in ids and "1-0@2023-Q1" not in ids


def test_same_bytes_under_two_names_are_each_read_once_and_named_for_each(tmp_path: Path) -> None:
    a = write_card(tmp_path / "in" / "a.txt", mgmt_no="5-5")
    b = tmp_path / "in" / "b.txt"
    b.write_bytes(a.read_bytes())
    out = tmp_path / "out"
    s = run_batch([a, b, a], out, workers=2, progress=False, task=fake_process)
    assert (s.files, s.converted, s.cards) == (2, 2, 2)  # only a worker reads a file: once
    rows = [json.loads(x) for x in (out / "files.jsonl").read_text().splitlines()]
    assert [r["path"] for r in rows] == [str(a), str(b)]
    files = [json.loads(x)["source"]["file"] for x in (out / "records.jsonl").read_text().splitlines()]
    assert files == ["a.txt", "b.txt"]
    # one card in two files: one canonical copy in cards/ (pledgecard.identity), the other file a duplicate
    assert sorted(p.name for p in (out / "cards").glob("*.json")) == ["5-5@2024-Q4.json"]
    assert [r["duplicate_of"] for r in rows] == [None, str(a)]


RUNNER = """
import sys
sys.path.insert(0, {tests!r})
from test_batch_fakes import fake_process
from pledgecard.batch import run_batch
run_batch([{src!r}], {out!r}, workers=2, progress=False, task=fake_process)
"""


def test_a_killed_run_restarts_and_ends_like_an_uninterrupted_run(tmp_path: Path) -> None:
    src = archive(tmp_path / "in", n=20, sleep=0.1)
    whole, killed = tmp_path / "whole", tmp_path / "killed"
    run_batch([src], whole, workers=2, progress=False, task=fake_process)

    code = RUNNER.format(tests=str(TESTS), src=str(src), out=str(killed))
    proc = subprocess.Popen([sys.executable, "-c", code], start_new_session=True)
    journal = killed / ".state" / "done.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.exists() and journal.read_bytes().count(b"\n") >= 6:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = journal.read_bytes().count(b"\n")
    assert 6 <= done_before < 20
    assert not (killed / "records.jsonl").exists()

    (killed / ".records.jsonl.abc123.tmp").write_text("half written")  # as a kill mid-write leaves it
    s = run_batch([src], killed, workers=2, progress=False, task=fake_process)
    assert not list(killed.glob(".*.tmp"))
    assert s.converted + s.reused == 20 and s.reused >= 6 and s.converted <= 20 - 6
    assert outputs(killed) == outputs(whole)
    assert tables(killed) == tables(whole)


def test_a_torn_journal_line_is_dropped_and_its_file_converted_again(tmp_path: Path) -> None:
    src = archive(tmp_path / "in", n=3)
    out = tmp_path / "out"
    run_batch([src], out, workers=1, progress=False, task=fake_process)
    journal = out / ".state" / "done.jsonl"
    lines = journal.read_bytes().splitlines(keepends=True)
    journal.write_bytes(b"".join(lines[:-1]) + lines[-1][: len(lines[-1]) // 2])
    before = outputs(out)
    s = run_batch([src], out, workers=1, progress=False, task=fake_process)
    assert (s.converted, s.reused) == (1, 2)
    assert outputs(out) == before
    assert all(json.loads(x) for x in journal.read_bytes().splitlines())


def test_a_file_over_the_time_limit_fails_and_the_batch_goes_on(tmp_path: Path) -> None:
    src = archive(tmp_path / "in", n=3)
    write_card(src / "prov0" / "hang.txt", mode="hang")
    out = tmp_path / "out"
    s = run_batch([src], out, workers=2, progress=False, limits=Limits(max_seconds=1), task=fake_process)
    assert s.failures == [(str(src / "prov0" / "hang.txt"), "timed out after 1 s")]
    assert (s.ok, s.cards) == (3, 4)
    row = [json.loads(x) for x in (out / "files.jsonl").read_text().splitlines() if "hang" in x][0]
    assert (row["status"], row["error_code"]) == ("failed", "timeout")


def test_a_hung_worker_that_ignores_the_timer_is_killed(tmp_path: Path) -> None:
    src = archive(tmp_path / "in", n=4)
    write_card(src / "prov1" / "stuck.txt", mode="hang")
    out = tmp_path / "out"
    s = run_batch([src], out, workers=2, progress=False, limits=Limits(max_seconds=0.5), task=hanging_process)
    assert s.failures == [(str(src / "prov1" / "stuck.txt"), "timed out after 0.5 s")]
    assert (s.ok, s.cards) == (4, 6)


def test_a_crashing_worker_fails_only_its_file(tmp_path: Path) -> None:
    src = archive(tmp_path / "in", n=5)
    write_card(src / "prov2" / "boom.txt", mode="crash")
    out = tmp_path / "out"
    s = run_batch([src], out, workers=2, progress=False, task=fake_process)
    assert [p for p, _ in s.failures] == [str(src / "prov2" / "boom.txt")]
    assert "crashed" in s.failures[0][1]
    assert (s.ok, s.cards) == (5, 7)
    # a crash is not final: the next run tries that file again, and only that file
    again = run_batch([src], out, workers=2, progress=False, task=fake_process)
    assert (again.converted, again.reused) == (1, 5)


def test_progress_lines_without_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = archive(tmp_path / "in", n=2)
    write_card(src / "bad.txt", mode="damaged")
    run_batch([src], tmp_path / "out", workers=1, progress=True, task=fake_process)
    err = capsys.readouterr().err
    assert f"failed: {src / 'bad.txt'}: the file is damaged" in err
    assert "3/3 files done" in err and "\r" not in err


def test_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file"):
        run_batch([tmp_path / "missing"], tmp_path / "out", progress=False, task=fake_process)
    with pytest.raises(UsageError, match="at least 1"):
        run_batch([tmp_path], tmp_path / "out", workers=0, progress=False, task=fake_process)


def test_two_runs_cannot_share_an_output_folder(tmp_path: Path) -> None:
    with Journal(tmp_path / "out"), pytest.raises(OutputError, match="another run"):
        run_batch([archive(tmp_path / "in", n=1)], tmp_path / "out", progress=False, task=fake_process)


def test_dask_local_cluster_run_equals_a_local_run(tmp_path: Path) -> None:
    from distributed import LocalCluster

    src = archive(tmp_path / "in", n=10)
    write_card(src / "prov0" / "none.txt", mode="nocard")
    local, remote = tmp_path / "local", tmp_path / "dask"
    run_batch([src], local, workers=2, progress=False, task=fake_process)
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", dashboard_address=None
    ) as cluster:
        assert cluster.scheduler_address.startswith("tcp://")
        s = run_batch(
            [src], remote, progress=False, dask_scheduler=cluster.scheduler_address, task=fake_process
        )
    assert (s.converted, s.cards) == (11, 15)
    assert outputs(remote) == outputs(local)
    assert tables(remote) == tables(local)


def test_progress_bar_on_a_terminal_counts_reused_files_as_done_but_not_in_the_rate() -> None:
    import io

    from pledgecard.batch.progress import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term = Terminal()
    bar = Progress(1000, stream=term)
    bar.skip(900)
    time.sleep(0.2)
    bar.update("a.txt", "ok")
    bar.update("b.txt", "failed", "the file is damaged")
    bar.close()
    text = term.getvalue()
    assert "902/1000" in text and "\r" in text  # a tqdm bar
    assert "pledgecard: failed: b.txt: the file is damaged\n" in text
    assert "902/1000 files done" in text and "(900 reused, 1 failed)" in text
    rates = [float(r) for r in re.findall(r"([\d.]+)file/s", text)]
    assert rates and max(rates) < 100  # 2 files in 0.2 s, not 902


def test_python_bytecode_beside_the_cards_is_not_an_input(tmp_path: Path) -> None:
    """A folder of sample cards holds the generator that made them: once Python ran it (or
    ``compileall`` did), ``__pycache__/*.pyc`` sat beside the cards and each was read as a card and
    reported failed (session 41's README main job: 62 of 1244 files)."""
    src = archive(tmp_path / "in")
    (src / "gen.py").write_text("print('generator')\n")
    compileall.compile_dir(str(src), quiet=1)
    (src / "legacy.pyc").write_bytes(b"\x00bytecode")
    assert list(src.rglob("__pycache__/*.pyc"))
    files = expand_inputs([src], tmp_path / "out")
    assert files and not any("__pycache__" in f or f.endswith((".py", ".pyc")) for f in files)
    summary = run_batch([src], tmp_path / "out", workers=1, progress=False, task=fake_process)
    assert summary.files == len(files) == 8  # the archive's eight cards, nothing more
