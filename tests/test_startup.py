"""Start-up and steady state: ``extract`` never imports Great Expectations, ``run`` starts GX's
import before the extraction, workers warm up once and are not recycled, and fsyncs happen at the
journal's commit points, not per card file."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_batch_fakes import fake_process, gc_process, note_warm_pid, pid_process, write_card

import pledgecard.workflow as workflow
from pledgecard.batch import run_batch
from pledgecard.batch.runner import WORKER_GC_THRESHOLD, Job, run_local

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "gangwon-2-20-2024Q4.txt"

EXTRACT_ONLY = """
import sys
from pledgecard.cli import main
code = main(["extract", {card!r}, "-o", {out!r}, "--workers", "1", "--quiet"])
assert code == 0, code
assert "great_expectations" not in sys.modules, "extract imported Great Expectations"
print("records", open({records!r}, encoding="utf-8").read().count("\\n"))
"""


def test_extract_never_imports_great_expectations(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = EXTRACT_ONLY.format(card=str(SEED), out=str(out), records=str(out / "records.jsonl"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "records 1" in done.stdout


def test_run_starts_importing_validation_before_extracting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    real_import, real_extract = workflow._import_in_background, workflow.extract_batch

    def importing(*modules: str):  # type: ignore[no-untyped-def]
        order.append("import " + " ".join(modules))
        return real_import(*modules)

    def extracting(*args, **kwargs):  # type: ignore[no-untyped-def]
        order.append("extract")
        return (
            real_extract(*args, **kwargs, task=fake_process)
            if "task" not in kwargs or kwargs["task"] is None
            else real_extract(*args, **kwargs)
        )

    monkeypatch.setattr(workflow, "_import_in_background", importing)
    monkeypatch.setattr(workflow, "extract_batch", extracting)
    write_card(tmp_path / "in" / "a.txt", mgmt_no="1-1")
    result = workflow.run([tmp_path / "in"], tmp_path / "out", workers=1, task=fake_process, fail_on="never")
    assert len(order) == 2 and order[1] == "extract"
    started = order[0].split()[
        1:
    ]  # GX itself, after the module that sets its environment; the load's modules
    assert started.index("pledgecard.validate.suites") < started.index("great_expectations")
    assert {workflow.VALIDATION_MODULE, "pledgecard.validate.report", "pledgecard.load.tableset"} <= set(
        started
    )
    assert result.exit_code == 0 and result.validation is not None and result.load is not None


def test_workers_warm_up_once_and_are_not_recycled(tmp_path: Path) -> None:
    log = tmp_path / "warm.log"
    jobs = []
    for i in range(24):
        jobs.append(Job(i, str(write_card(tmp_path / f"c{i}.txt", mgmt_no=f"2-{i}"))))
    results = list(run_local(jobs, pid_process, None, 2, warm=functools.partial(note_warm_pid, str(log))))
    warmed = log.read_text().split()
    used = {n.split("=")[1] for _, r in results for n in r["file_row"]["notes"]}
    # Each worker warms up once and none is recycled: at most the 2 workers' pids, each once (on a busy
    # machine one worker may take every file before the other has started).
    assert len(results) == 24 and 1 <= len(warmed) <= 2 and len(warmed) == len(set(warmed))
    assert used <= set(warmed)


FORKWARM = """
import sys
from pledgecard.extract.nlp import get_nlp
assert get_nlp.cache_info().currsize == 0
import pledgecard.batch.forkwarm as fw
missing = [m for m in fw.modules() if m not in sys.modules]
print(get_nlp.cache_info().currsize, missing)
"""


def test_the_fork_server_imports_the_readers_and_builds_spacy() -> None:
    done = subprocess.run([sys.executable, "-c", FORKWARM], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split(maxsplit=1) == ["1", "[]\n"]


SPACY_CORE = """
import sys
from pledgecard.batch.forkstart import PRELOAD
import importlib
for name in PRELOAD:
    importlib.import_module(name)
from pledgecard.extract.nlp import find_orgs, get_nlp
get_nlp()
print(sorted(m for m in ("spacy.cli", "typer", "weasel", "httpx", "click") if m in sys.modules))
import spacy
info = spacy.info(silent=True)
print("spaCy", info["spacy_version"] == spacy.__version__, "spacy.cli" in sys.modules)
import spacy.cli
print("cli", callable(spacy.cli.setup_cli))
"""


def test_the_fork_server_and_the_extractor_import_spacy_without_its_command_line() -> None:
    """spaCy's command line (typer, weasel, httpx: a third of its import) is never imported for
    reading cards, and still loads where asked for (``spacy.info``, ``import spacy.cli``)."""
    done = subprocess.run([sys.executable, "-c", SPACY_CORE], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "spaCy True True", "cli True"]


def test_workers_collect_their_youngest_generation_less_often(tmp_path: Path) -> None:
    jobs = [Job(i, str(write_card(tmp_path / f"c{i}.txt", mgmt_no=f"4-{i}"))) for i in range(4)]
    results = list(run_local(jobs, gc_process, None, 2))
    notes = [dict(kv.split("=") for kv in r["file_row"]["notes"][0].split()) for _, r in results]
    assert len(notes) == 4
    assert all(int(n["frozen"]) == 0 and int(n["young"]) == WORKER_GC_THRESHOLD for n in notes)


def test_fsyncs_happen_at_commit_points_not_per_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(20):
        write_card(tmp_path / "in" / f"c{i}.txt", mgmt_no=f"5-{i}", cards=2)
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    s = run_batch([tmp_path / "in"], tmp_path / "out", workers=1, progress=False, task=fake_process)
    assert (s.files, s.cards) == (20, 40)
    assert 4 <= len(synced) <= 6  # the journal's commits and the three JSON Lines files
    assert len(json.loads((tmp_path / "out" / "files.jsonl").read_text().splitlines()[0])["notes"]) == 0


def test_a_failing_warm_up_does_not_stop_the_batch(tmp_path: Path) -> None:
    jobs = [Job(i, str(write_card(tmp_path / f"c{i}.txt", mgmt_no=f"3-{i}"))) for i in range(3)]
    warm = functools.partial(note_warm_pid, str(tmp_path / "no-such-folder" / "warm.log"))  # raises
    results = list(run_local(jobs, fake_process, None, 2, warm=warm))
    assert [r["file_row"]["status"] for _, r in results] == ["ok"] * 3


def test_run_as_the_program_ends_without_module_teardown_keeping_its_output_and_exit_code(
    tmp_path: Path,
) -> None:
    """``pledgecard run`` ends through ``cli.end_process`` (exit handlers run, streams flushed,
    no module teardown): its printed lines reach a pipe, its exit code is the command's."""
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pledgecard", "run", str(SEED), "-o", str(out), "--workers", "1", "--quiet"]
    done = subprocess.run([*cmd, "--fail-on", "error"], capture_output=True, text=True, timeout=300)
    lines = done.stdout.splitlines()
    assert done.returncode == 1, done.stderr  # the seed card has an error finding
    assert any(line.startswith("validated 1 card(s): 1 error(s)") for line in lines), lines
    assert lines[-1].startswith("loaded ") and (out / "warehouse.duckdb").is_file()
    again = subprocess.run([*cmd, "--fail-on", "never"], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and again.stdout.splitlines()[-1] == lines[-1], again.stderr
