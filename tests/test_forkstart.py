"""The workers' fork server starts before ``run`` or ``extract`` imports anything heavy of its own
(the batch driver, the extractor, Great Expectations) when every file is to convert; with an
earlier run's journal in the folder it is left to the driver (which starts it only if needed)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from pledgecard.batch.forkstart import PRELOAD, fresh

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "gangwon-2-20-2024Q4.txt"

FIRST_START = """
import sys
import pledgecard.batch.forkstart as forkstart

class Stop(Exception):
    pass

def spy(preload):
    print(repr(("pledgecard.batch.driver" in sys.modules, "pledgecard.pipeline" in sys.modules,
                "great_expectations" in sys.modules, tuple(preload))))
    raise Stop

forkstart.prestart = spy
import pledgecard.workflow as workflow
try:
    workflow.{command}([{card!r}], {out!r}, workers=1)
except Stop:
    pass
"""


def _first_start(command: str, out: Path) -> tuple[bool, bool, bool, tuple[str, ...]]:
    code = FIRST_START.format(command=command, card=str(SEED), out=str(out))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return ast.literal_eval(done.stdout.strip())  # type: ignore[no-any-return]


@pytest.mark.parametrize("command", ["run", "extract_batch"])
def test_the_fork_server_starts_before_the_driver_is_imported(tmp_path: Path, command: str) -> None:
    assert _first_start(command, tmp_path / "out") == (False, False, False, PRELOAD)


def test_an_earlier_journal_leaves_the_start_to_the_driver(tmp_path: Path) -> None:
    journal = tmp_path / "out" / ".state" / "done.jsonl"
    journal.parent.mkdir(parents=True)
    assert fresh(tmp_path / "out")
    journal.write_bytes(b"{}\n")
    assert not fresh(tmp_path / "out")
    driver_imported, *_ = _first_start("run", tmp_path / "out")
    assert driver_imported


@pytest.mark.parametrize("journal", [None, b"{}\n"])
def test_the_driver_starts_the_fork_server_before_it_lists_the_inputs_in_a_fresh_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, journal: bytes | None
) -> None:
    """Fresh folder: the fork server's imports overlap the listing of the inputs. An earlier
    journal (here one without a readable entry) leaves the start until the journal is read."""
    import pledgecard.batch.driver as driver

    out = tmp_path / "out"
    if journal is not None:
        (out / ".state").mkdir(parents=True)
        (out / ".state" / "done.jsonl").write_bytes(journal)
    order: list[str] = []
    listing = driver.expand_inputs
    monkeypatch.setattr(driver, "prestart", lambda preload: order.append("start"))
    monkeypatch.setattr(driver, "expand_inputs", lambda *a: order.append("list") or listing(*a))
    monkeypatch.setattr(driver, "run_local", lambda *a, **k: iter(()))  # no worker: the order is the point
    driver.run_batch([SEED], out, workers=1, progress=False)
    assert order == (["start", "list"] if journal is None else ["list", "start"])
