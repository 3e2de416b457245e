"""The batch options of ``extract_batch`` and ``run``: one object (:class:`BatchOptions`), given
whole or as keyword arguments."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from test_batch_fakes import fake_process, write_card

import pledgecard.workflow as workflow
from pledgecard.batch import run_batch
from pledgecard.errors import UsageError
from pledgecard.workflow import BatchOptions


def test_options_are_the_batch_runner_keywords() -> None:
    """Every option reaches run_batch, and run_batch has no batch option the object lacks."""
    params = set(inspect.signature(run_batch).parameters) - {"paths", "out_dir", "locked"}
    assert set(BatchOptions().kwargs()) == params


def test_keyword_arguments_win_over_the_object() -> None:
    base = BatchOptions(workers=2, force=True)
    opts = BatchOptions.of(base, workers=1)
    assert (opts.workers, opts.force) == (1, True) and base.workers == 2
    with pytest.raises(UsageError, match="unknown batch option"):
        BatchOptions.of(None, wokers=1)


def test_run_and_extract_batch_take_the_options_object(tmp_path: Path) -> None:
    write_card(tmp_path / "in" / "a.txt", mgmt_no="1-1")
    write_card(tmp_path / "in" / "b.txt", mgmt_no="1-2")
    opts = BatchOptions(workers=1, task=fake_process)
    result = workflow.run([tmp_path / "in"], tmp_path / "out", options=opts, fail_on="never")
    assert (result.batch.files, result.batch.cards, result.exit_code) == (2, 2, 0)
    again = workflow.extract_batch([tmp_path / "in"], tmp_path / "out", options=opts)
    assert again.reused == 2  # the same output folder: nothing redone
    forced = workflow.extract_batch([tmp_path / "in"], tmp_path / "out", options=opts, force=True)
    assert forced.reused == 0 and forced.cards == 2
