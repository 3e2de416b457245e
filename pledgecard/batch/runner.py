"""Run the per-file work in parallel: local worker processes or a Dask distributed cluster.

Both runners take jobs and yield ``(job, result)`` as files finish, where ``result`` is the dict
of :func:`work` (``file_row``, ``records``, ``provenance``). A file over its time limit becomes a
failed result ("timed out after N s"): in a worker process a timer interrupts it, and a worker
that does not come back in time is killed (its pool is replaced and the other files in flight
start again). A worker that crashes is retried alone once before its file is marked failed.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from pledgecard.errors import PledgecardError
from pledgecard.extract.limits import Limits
from pledgecard.pipeline import FileResult

Task = Callable[..., FileResult]
TASKS_PER_CHILD = 200  # recycle worker processes so memory stays flat over a long batch


@dataclass(frozen=True, slots=True)
class Job:
    index: int
    path: str
    sha256: str
    size: int
    format: str | None


class _TimeUp(BaseException):
    """Raised by the timer inside a worker; a BaseException so that no ``except Exception`` eats it."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise _TimeUp


def _limit_seconds(limits: Limits | None) -> float:
    return float(limits.max_seconds) if limits and limits.max_seconds else 0.0


def failed_result(job: Job, code: str, reason: str) -> dict[str, Any]:
    res = FileResult(path=job.path, sha256=job.sha256, format=job.format, size=job.size,
                     status="failed", error_code=code, reason=reason)
    return {"file_row": res.file_row(), "records": [], "provenance": []}


def timeout_reason(seconds: float) -> str:
    return f"timed out after {seconds:g} s"


def work(task: Task, path: str, limits: Limits | None) -> dict[str, Any]:
    """Convert one file with ``task`` (``process_file``); runs in a worker."""
    seconds = _limit_seconds(limits)
    alarm = bool(seconds) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if alarm:
        old = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        res = task(path, limits=limits)
    except _TimeUp:
        return {"timeout": True}
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
    return {"file_row": res.file_row(), "records": list(res.records),
            "provenance": list(getattr(res, "provenance", None) or [])}


def _finish(job: Job, result: dict[str, Any], seconds: float) -> dict[str, Any]:
    if result.get("timeout"):
        return failed_result(job, "timeout", timeout_reason(seconds))
    return result


def _grace(seconds: float) -> float:
    return seconds + max(2.0, 0.25 * seconds)


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _kill(pool: ProcessPoolExecutor) -> None:
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for p in procs:
        p.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        p.join(timeout=5)


def run_local(jobs: Iterable[Job], task: Task, limits: Limits | None, workers: int) -> Iterator[tuple[Job, dict]]:
    """Convert ``jobs`` in ``workers`` processes; at most ``workers`` files in flight."""
    seconds = _limit_seconds(limits)
    hard = _grace(seconds) if seconds else 0.0
    pending: deque[Job] = deque(jobs)
    suspects: deque[Job] = deque()  # files in flight when a worker crashed: retried one at a time
    inflight: dict[Future, tuple[Job, float, bool]] = {}
    pool: ProcessPoolExecutor | None = None
    try:
        while pending or suspects or inflight:
            if pool is None:
                pool = ProcessPoolExecutor(max_workers=workers, mp_context=_context(),
                                           max_tasks_per_child=TASKS_PER_CHILD)
            solo = any(s for _, _, s in inflight.values())
            broken = False
            while not solo and (suspects or pending) and len(inflight) < workers:
                if suspects:
                    if inflight:
                        break
                    job, solo = suspects.popleft(), True
                else:
                    job = pending.popleft()
                try:
                    inflight[pool.submit(work, task, job.path, limits)] = (job, time.monotonic(), solo)
                except BrokenProcessPool:  # broke since the last look: this job never started
                    (suspects if solo else pending).appendleft(job)
                    broken = True
                    break
            done, _ = wait(list(inflight), timeout=0.5, return_when=FIRST_COMPLETED)
            for fut in done:
                job, _, alone = inflight.pop(fut)
                try:
                    yield job, _finish(job, fut.result(), seconds)
                except BrokenProcessPool:
                    broken = True
                    if alone:
                        yield job, failed_result(job, "worker_crashed", "the worker process crashed reading this file")
                    else:
                        suspects.append(job)
                except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
                    yield job, failed_result(job, "internal", f"worker error: {type(exc).__name__}: {exc}"[:200])
            now = time.monotonic()
            expired = [f for f, (_, t0, _) in inflight.items() if hard and now - t0 > hard]
            if broken or expired:
                for fut in expired:
                    job, _, _ = inflight.pop(fut)
                    yield job, failed_result(job, "timeout", timeout_reason(seconds))
                for job, _, _ in inflight.values():
                    (suspects if broken and not expired else pending).appendleft(job)
                inflight.clear()
                _kill(pool)
                pool = None
    finally:
        if pool is not None:
            if inflight:
                _kill(pool)
            else:
                pool.shutdown(wait=True)


def run_dask(jobs: Iterable[Job], task: Task, limits: Limits | None, scheduler: Any) -> Iterator[tuple[Job, dict]]:
    """Convert ``jobs`` on the Dask cluster at ``scheduler`` (``tcp://HOST:PORT`` or a Client).

    Workers must see the input paths (shared storage). A file over its time limit is marked
    failed and its task cancelled; a Dask worker thread cannot be interrupted, so it runs on."""
    client = _client(scheduler)
    seconds = _limit_seconds(limits)
    hard = _grace(seconds) if seconds else 0.0
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
                    yield job, _finish(job, fut.result(), seconds)
                except Exception as exc:  # noqa: BLE001 - a lost worker must not stop the batch
                    yield job, failed_result(job, "worker_crashed", f"Dask task failed: {type(exc).__name__}: {exc}"[:200])
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
        raise PledgecardError("--dask-scheduler needs Dask: pip install 'pledgecard[dask]'", code="dask") from exc
    if isinstance(scheduler, Client):
        return scheduler
    try:
        return Client(scheduler, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise PledgecardError(f"cannot reach the Dask scheduler at {scheduler}: {exc}", code="dask") from exc
