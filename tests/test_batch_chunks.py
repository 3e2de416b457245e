"""Jobs of several files (pledgecard.batch.chunks): how files are cut into jobs, and a job holding
a bad file next to good ones fails only the bad file, with its own one-line reason."""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any

import pytest
from test_batch import archive, outputs
from test_batch_fakes import fake_process, hanging_process, write_card

import pledgecard.batch.chunks as chunks
from pledgecard.batch import run_batch
from pledgecard.batch.chunks import PER_FILE, Chunker, Sharing
from pledgecard.batch.runner import Job
from pledgecard.extract.limits import Limits

# one worker pool of 2 with one job in flight each: the first two jobs are single files (nothing
# is known of their time yet), the rest go in jobs of several files
BIG_JOBS = Sharing(chunk_seconds=30.0, per_worker=1)


def _jobs(names: list[str], weights: list[int] | None = None) -> deque[Job]:
    weights = weights or [100] * len(names)
    return deque(Job(i, f"/in/{n}", weight=w) for i, (n, w) in enumerate(zip(names, weights, strict=True)))


def _cut(chunker: Chunker) -> list[list[int]]:
    out = []
    while chunk := chunker.next():
        out.append([j.index for j in chunk])
    return out


def test_files_go_alone_until_a_time_is_known_then_by_estimated_seconds() -> None:
    chunker = Chunker(_jobs([f"{i}.txt" for i in range(12)]), target=1 / 8, workers=1)
    assert [j.index for j in chunker.next()] == [0]
    chunker.learn("/in/0.txt", 1 / 32)
    assert [j.index for j in chunker.next()] == [1, 2, 3, 4]  # 4 x 1/32 s = the 1/8 s target
    # near the end no job takes more than half of what is left (per worker): 6 files left -> 3
    assert _cut(chunker) == [[5, 6, 7], [8], [9], [10], [11]]


def test_each_kind_of_file_is_estimated_by_its_own_times() -> None:
    chunker = Chunker(
        _jobs(["a.pdf", "b.pdf", "c.txt", "d.txt", "e.txt", "f.pdf"] + ["g.txt"] * 20),
        target=1 / 8,
        workers=1,
    )
    chunker.learn("/x/seen.pdf", 1 / 16)
    chunker.learn("/x/seen.txt", 1 / 64)
    # two PDFs are the 1/8 s target; so are three text files, a PDF and a text file (3 + 4 + 1 sixty-fourths)
    assert [j.index for j in chunker.next()] == [0, 1]
    assert [j.index for j in chunker.next()] == [2, 3, 4, 5, 6]


def test_outliers_and_a_zero_target_make_single_file_jobs() -> None:
    weights = [100] * 3 + [5000] + [100] * 12
    chunker = Chunker(_jobs([f"{i}.hwp" for i in range(16)], weights), target=1 / 8, workers=1)
    chunker.learn("/in/x.hwp", 1 / 32)
    assert _cut(chunker) == [[0, 1, 2], [3], [4, 5, 6, 7], [8, 9, 10], [11, 12], [13], [14], [15]]
    single = Chunker(_jobs([f"{i}.hwp" for i in range(3)]), target=0.0)
    single.learn("/in/x.hwp", 0.01)
    assert _cut(single) == [[0], [1], [2]]


def test_a_job_holding_a_crashing_file_fails_only_that_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chunks, "SHARING", BIG_JOBS)
    src = archive(tmp_path / "in", n=9)
    write_card(src / "prov1" / "card003b-boom.txt", mode="crash")  # between good files of prov1
    s = run_batch([src], tmp_path / "out", workers=2, progress=False, task=fake_process)
    assert s.failures == [
        (str(src / "prov1" / "card003b-boom.txt"), "the worker process crashed reading this file")
    ]
    assert (s.ok, s.cards) == (9, 13)
    assert s.pool.jobs < s.pool.files  # jobs of several files were sent...
    assert s.pool.resent >= 2  # ...and the one holding the crash was taken apart
    monkeypatch.setattr(chunks, "SHARING", PER_FILE)
    run_batch([src], tmp_path / "per-file", workers=2, progress=False, task=fake_process)
    assert outputs(tmp_path / "out") == outputs(tmp_path / "per-file")


@pytest.mark.parametrize(
    ("task", "resent"),
    [
        (fake_process, False),  # the timer stops the file, the job goes on
        (hanging_process, True),  # a file that ignores the timer: its worker is stopped (the beacon named
    ],
)  # the file) and the job's other files are sent again
def test_a_file_over_its_time_limit_in_a_job_of_several_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, task: Any, resent: bool
) -> None:
    monkeypatch.setattr(chunks, "SHARING", BIG_JOBS)
    src = archive(tmp_path / "in", n=8)
    write_card(src / "prov2" / "card004b-hang.txt", mode="hang")
    s = run_batch(
        [src], tmp_path / "out", workers=2, progress=False, limits=Limits(max_seconds=0.5), task=task
    )
    assert s.failures == [(str(src / "prov2" / "card004b-hang.txt"), "timed out after 0.5 s")]
    assert (s.ok, s.cards) == (8, 12)
    assert s.pool.jobs < s.pool.files and (s.pool.resent >= 1 if resent else s.pool.resent == 0)
