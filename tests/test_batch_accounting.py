"""The pool's accounting of the workers' kernel time: each job's span carries the worker's system
CPU seconds, minor page faults and involuntary context switches since its fork, and PoolStats
sums each worker's last."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_batch_fakes import fake_process, write_card

from pledgecard.batch.poolstats import PoolStats, Span
from pledgecard.batch.runner import Job, run_local


def test_spans_carry_the_workers_system_time_and_page_faults(tmp_path: Path) -> None:
    jobs = [Job(i, str(write_card(tmp_path / f"c{i}.txt", mgmt_no=f"5-{i}"))) for i in range(6)]
    stats = PoolStats()
    assert len(list(run_local(jobs, fake_process, None, 2, stats=stats))) == 6
    assert stats.spans and all(s.worker_sys >= 0 and s.worker_faults > 0 for s in stats.spans)
    last: dict[int, Span] = {}
    for s in stats.spans:
        if s.pid not in last or s.worker_cpu > last[s.pid].worker_cpu:
            last[s.pid] = s
    assert stats.worker_faults() == sum(s.worker_faults for s in last.values())
    assert stats.worker_sys() == sum(s.worker_sys for s in last.values())
    assert stats.worker_sys() <= stats.worker_cpu()
    assert stats.worker_preempted() == sum(s.worker_preempted for s in last.values()) >= 0


def test_each_worker_counts_once_at_its_last_span() -> None:
    stats = PoolStats(
        spans=[
            Span(1, 0, 1, 0.5, 2, 1.0, 0.1, 100, 3),
            Span(1, 1, 2, 0.5, 2, 1.5, 0.2, 150, 5),
            Span(2, 0, 2, 1.0, 4, 1.2, 0.05, 90, 7),
        ]
    )
    assert (stats.worker_cpu(), stats.worker_sys(), stats.worker_faults(), stats.worker_preempted()) == (
        pytest.approx(2.7),
        pytest.approx(0.25),
        240,
        12,
    )
