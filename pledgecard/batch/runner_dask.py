"""The Dask runner: a file a task on a Dask cluster, a file over its time limit marked failed."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from pledgecard.batch.runner_jobs import (
    Job,
    Task,
    failed_result,
    finish_result,
    grace_seconds,
    limit_seconds,
    timeout_reason,
)
from pledgecard.batch.runner_worker import work
from pledgecard.errors import PledgecardError
from pledgecard.extract.limits import Limits


def run_dask(
    jobs: Iterable[Job], task: Task, limits: Limits | None, scheduler: Any
) -> Iterator[tuple[Job, dict]]:
    """Convert ``jobs`` on the Dask cluster at ``scheduler`` (``tcp://HOST:PORT`` or a Client).

    Workers must see the input paths (shared storage; jobs carry absolute paths). A file over
    its time limit is marked failed and its task cancelled; a Dask worker thread cannot be
    interrupted, so it runs on."""
    client = _client(scheduler)
    seconds = limit_seconds(limits)
    hard = grace_seconds(seconds) if seconds else 0.0
    window = max(2, 2 * sum(client.nthreads().values()))
    pending: deque[Job] = deque(jobs)
    inflight: dict[Any, tuple[Job, float]] = {}
    try:
        while pending or inflight:
            while pending and len(inflight) < window:
                job = pending.popleft()
                fut = client.submit(work, task, job.path, limits, pure=False)
                inflight[fut] = (job, time.monotonic())
            done = [f for f in inflight if f.done()]
            if not done:
                time.sleep(0.02)
            for fut in done:
                job, _ = inflight.pop(fut)
                try:
                    yield job, finish_result(job, fut.result(), seconds)
                except Exception as exc:  # noqa: BLE001 - a lost worker must not stop the batch
                    yield (
                        job,
                        failed_result(
                            job, "worker_crashed", f"Dask task failed: {type(exc).__name__}: {exc}"[:200]
                        ),
                    )
            now = time.monotonic()
            for fut in [f for f, (_, t0) in inflight.items() if hard and now - t0 > hard]:
                job, _ = inflight.pop(fut)
                fut.cancel()
                yield job, failed_result(job, "timeout", timeout_reason(seconds))
    finally:
        for fut in inflight:
            fut.cancel()
        if client is not scheduler:
            client.close()


def _client(scheduler: Any) -> Any:
    """A Dask client for ``scheduler``; a missing package or scheduler is a one-line error."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise PledgecardError(
            "--dask-scheduler needs Dask: pip install 'pledgecard[dask]'", code="dask"
        ) from exc
    if isinstance(scheduler, Client):
        return scheduler
    try:
        return Client(scheduler, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise PledgecardError(f"cannot reach the Dask scheduler at {scheduler}: {exc}", code="dask") from exc
