"""The local runner: a pebble pool of worker processes from the fork server, several small files
to a job, failures taken apart so that only the bad file fails (:func:`run_local`)."""

from __future__ import annotations

import concurrent.futures
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from pebble import ProcessExpired, ProcessPool

import pledgecard.batch.chunks as chunks
from pledgecard.batch.chunks import Chunker, Sharing
from pledgecard.batch.forkstart import context as _context
from pledgecard.batch.poolstats import PoolStats, Span
from pledgecard.batch.runner_jobs import (
    Job,
    Task,
    failed_result,
    finish_result,
    grace_seconds,
    limit_seconds,
    timeout_reason,
)
from pledgecard.batch.runner_worker import init_worker, work_chunk
from pledgecard.extract.limits import Limits

POLL_SECONDS = 0.1  # how often the parent looks for a stuck file when there is a time limit


@dataclass(slots=True)
class _Sent:
    jobs: list[Job]
    slot: int


class _Local:
    """The parent's side of :func:`run_local`: chunks out, results in, failures sorted out.

    A chunk that fails is taken apart so that only its bad file fails, with its own reason: the
    file the beacon shows in progress when the worker died is run again alone (a crash there is
    its ``worker_crashed``); when a file outlives its time limit and the grace period (its worker
    ignored the timer), its worker is stopped and the file fails as timed out; the chunk's other
    files go back to the head of the queue. Without a position (the worker died between files),
    every file of the chunk runs again alone."""

    def __init__(
        self,
        jobs: Iterable[Job],
        task: Task,
        limits: Limits | None,
        workers: int,
        sharing: Sharing,
        stats: PoolStats,
    ) -> None:
        self.task, self.limits, self.workers = task, limits, workers
        self.seconds = limit_seconds(limits)
        self.hard = grace_seconds(self.seconds) if self.seconds else None
        self.pending: deque[Job] = deque(jobs)
        self.alone: deque[Job] = deque()  # files to run in a job of their own
        self.chunker = Chunker(self.pending, target=sharing.chunk_seconds, workers=workers)
        self.window = max(1, sharing.per_worker) * workers
        self.ring = max(64, 16 * self.window)  # beacon slots, reused long after a stopped worker is gone
        self.inflight: dict[concurrent.futures.Future, _Sent] = {}
        self.stats = stats
        self.stats.workers = workers
        self._seq = 0

    def open(self, warm: Callable[[], object] | None, preload: Sequence[str]) -> ProcessPool:
        ctx = _context(preload)
        self.beacon = ctx.RawArray("d", 2 * self.ring)
        pool = ProcessPool(
            max_workers=self.workers,
            initializer=init_worker,
            initargs=(os.getpid(), warm, self.beacon),
            context=ctx,
        )
        self.stats.started, self.stats.started_cpu = time.monotonic(), time.process_time()
        return pool

    def fill(self, pool: ProcessPool) -> None:
        """Keep ``window`` jobs in flight."""
        while (self.alone or self.pending) and len(self.inflight) < self.window:
            chunk = [self.alone.popleft()] if self.alone else self.chunker.next()
            slot = self._seq % self.ring
            self._seq += 1
            self.beacon[2 * slot] = 0.0
            self.beacon[2 * slot + 1] = -1
            timeout = self.hard + self.seconds * (len(chunk) - 1) if self.hard else None
            fut = pool.schedule(
                work_chunk,
                args=(self.task, [j.path for j in chunk], self.limits, slot, [j.name for j in chunk]),
                timeout=timeout,
            )
            self.inflight[fut] = _Sent(chunk, slot)
            self.stats.jobs += 1
            self.stats.files += len(chunk)

    def busy(self) -> bool:
        return bool(self.pending or self.alone or self.inflight)

    def wait(self) -> Iterator[tuple[Job, dict]]:
        done, _ = concurrent.futures.wait(
            list(self.inflight),
            timeout=POLL_SECONDS if self.hard else None,
            return_when=concurrent.futures.FIRST_COMPLETED,
        )
        for fut in done:
            yield from self._settle(fut, self.inflight.pop(fut))
        if self.hard:
            yield from self._stop_stuck()
        self.stats.ended, self.stats.ended_cpu = time.monotonic(), time.process_time()

    def _in_progress(self, sent: _Sent) -> int | None:
        """The position in ``sent`` of the file its worker was reading (``None``: between files)."""
        started, pos = self.beacon[2 * sent.slot], int(self.beacon[2 * sent.slot + 1])
        return pos if started > 0 and 0 <= pos < len(sent.jobs) else None

    def _stop_stuck(self) -> Iterator[tuple[Job, dict]]:
        now = time.monotonic()
        for fut, sent in list(self.inflight.items()):
            started = self.beacon[2 * sent.slot]
            if started > 0 and self.hard and now - started > self.hard and fut.cancel():  # stops the worker
                del self.inflight[fut]
                yield from self._timed_out(sent)

    def _settle(self, fut: concurrent.futures.Future, sent: _Sent) -> Iterator[tuple[Job, dict]]:
        try:
            value = fut.result()
        except concurrent.futures.TimeoutError:
            yield from self._timed_out(sent)
            return
        except ProcessExpired:
            yield from self._failed(sent, "worker_crashed", "the worker process crashed reading this file")
            return
        except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
            yield from self._failed(sent, "internal", f"worker error: {type(exc).__name__}: {exc}"[:200])
            return
        self.stats.spans.append(Span(*value["span"]))
        for job, result, seconds in zip(sent.jobs, value["results"], value["seconds"], strict=True):
            self.chunker.learn(job.path, seconds)
            yield job, finish_result(job, result, self.seconds)

    def _again(self, jobs: list[Job], *, alone: bool) -> None:
        """Send ``jobs`` again, first: each alone, or back to the head of the queue."""
        self.stats.resent += len(jobs)
        (self.alone if alone else self.pending).extendleft(reversed(jobs))

    def _timed_out(self, sent: _Sent) -> Iterator[tuple[Job, dict]]:
        pos = self._in_progress(sent)
        if pos is None and len(sent.jobs) > 1:
            self._again(sent.jobs, alone=True)
            return
        bad = sent.jobs[pos or 0]
        self._again([j for j in sent.jobs if j is not bad], alone=False)
        yield bad, failed_result(bad, "timeout", timeout_reason(self.seconds))

    def _failed(self, sent: _Sent, code: str, reason: str) -> Iterator[tuple[Job, dict]]:
        if len(sent.jobs) == 1:
            yield sent.jobs[0], failed_result(sent.jobs[0], code, reason)
            return
        pos = self._in_progress(sent)
        if pos is None:
            self._again(sent.jobs, alone=True)
            return
        self._again([sent.jobs[pos]], alone=True)  # to see whether it fails again, alone
        self._again(sent.jobs[:pos] + sent.jobs[pos + 1 :], alone=False)


def run_local(
    jobs: Iterable[Job],
    task: Task,
    limits: Limits | None,
    workers: int,
    *,
    warm: Callable[[], object] | None = None,
    preload: Sequence[str] = (),
    sharing: Sharing | None = None,
    stats: PoolStats | None = None,
) -> Iterator[tuple[Job, dict]]:
    """Convert ``jobs`` in ``workers`` processes, several small files to a job (``sharing``, by
    default :data:`pledgecard.batch.chunks.SHARING`); yields each file's result as its job comes back.

    ``warm`` (picklable, module level) runs once in each worker before its first file;
    ``preload`` names modules imported once for all workers (see :func:`_context`); ``stats``
    is filled with what the pool did (:class:`~pledgecard.batch.poolstats.PoolStats`)."""
    run = _Local(jobs, task, limits, workers, sharing or chunks.SHARING, stats or PoolStats())
    if not run.busy():
        return  # everything reused: no pool is started
    pool = run.open(warm, preload)
    try:
        while run.busy():
            run.fill(pool)
            yield from run.wait()
    finally:
        if run.inflight:
            pool.stop()
        else:
            pool.close()
        pool.join()
