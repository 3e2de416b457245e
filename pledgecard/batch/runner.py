"""Run the per-file work in parallel: local worker processes (pebble) or a Dask cluster.

Both runners take jobs and yield ``(job, result)`` as files finish, where ``result`` is the dict
of :func:`work`: ``file_row`` and ``body``, the JSON of the file row, records and provenance made
in the worker (:func:`packed`), or, when that fails, the plain ``file_row``, ``records`` and
``provenance``. Local workers get several small files per job (:mod:`pledgecard.batch.chunks`,
:func:`work_chunk`: a round trip through the pool leaves a worker idle), three jobs in flight per
worker; a Dask task is one file. A file over its time limit becomes a failed result ("timed out
after N s"): inside the worker a timer interrupts it (the worker lives on and goes on with the
job's next file); a file that does not come back within a grace period has its worker killed,
and the pool starts a new one. A worker that crashes fails only the file it was reading: the
job's other files are sent again (see :class:`_Local`).

Workers are started once per batch and never recycled without need: the fork server imports
spaCy and the extractor once for all of them (``preload``), each loads spaCy's rules once (the
``warm`` callable), and they exit when the process that started the batch dies, even by
``kill -9`` (Linux: ``PR_SET_PDEATHSIG``; elsewhere a watchdog thread).
"""

from __future__ import annotations

import concurrent.futures
import ctypes
import gc
import logging
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

try:
    import resource
except ImportError:  # pragma: no cover - not Unix
    resource = None  # type: ignore[assignment]

from pebble import ProcessExpired, ProcessPool

import pledgecard.batch.chunks as chunks
from pledgecard.batch.chunks import Chunker, Sharing
from pledgecard.batch.forkstart import context as _context
from pledgecard.batch.jsonbytes import dumps_safe
from pledgecard.batch.outputs import ready, relabel
from pledgecard.batch.poolstats import PoolStats, Span
from pledgecard.errors import PledgecardError
from pledgecard.extract.limits import Limits
from pledgecard.pipeline import FileResult
from pledgecard.writers import json_safe

log = logging.getLogger(__name__)

Task = Callable[..., FileResult]
WATCHDOG_SECONDS = 1.0
PR_SET_PDEATHSIG = 1
# A worker's youngest generation is collected every this many allocations (CPython: 700). Converting a
# file allocates far more; each young collection walks what the file's work holds alive so far.
WORKER_GC_THRESHOLD = 10_000
# In a worker: the pool's beacon (shared memory, see :func:`work_chunk`), set by :func:`_init_worker`.
_BEACON: Any = None


@dataclass(frozen=True, slots=True)
class Job:
    index: int
    path: str  # absolute: a worker may run in another folder (Dask)
    sha256: str = ""
    size: int = 0
    format: str | None = None
    weight: int = 0  # size on disk, for sharing out the work (0: unknown)
    name: str | None = None  # the input as given, the name the outputs show (None: path)


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


def work(task: Task, path: str, limits: Limits | None, name: str | None = None) -> dict[str, Any]:
    """Convert one file with ``task`` (``process_file``); runs in a worker. ``name``: the name the
    outputs show the file under (see :func:`packed`)."""
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
    return packed({"file_row": res.file_row(), "records": list(res.records),
                   "provenance": list(getattr(res, "provenance", None) or [])}, path, name)


def packed(result: dict[str, Any], path: str | None = None, name: str | None = None) -> dict[str, Any]:
    """``result`` with its records and provenance serialised here, in the worker, as the JSON
    object ``body`` that the batch's journal stores (:func:`pledgecard.batch.driver.journal_line`):
    the parent then only appends bytes, and the result crosses the process boundary as one bytes
    object. A result that cannot be serialised is left as it is (the parent reports it).

    With ``path`` (the job's), also ``ready``: the records' output lines and copies
    (:func:`pledgecard.batch.outputs.ready`) for the journal entry of that path shown as ``name``
    (the input as given; ``shown``: how the outputs show it), so that the parent neither parses
    the records back from the journal nor serialises them again."""
    made = shown = None
    if path is not None and list(result) == list(_PARTS):
        entry = {**result, "path": path}
        named = relabel(entry, name) if name is not None else entry
        made, shown = ready(named), named["path"]
    try:
        same = made is not None and shown == path  # the lines hold the journal's records as they are
        body = _body(result, [m[0] for m in made]) if made is not None and same else dumps_safe(result)
    except (TypeError, ValueError):
        return result
    out: dict[str, Any] = {"file_row": json_safe(result["file_row"]), "body": body}
    if made is not None:
        out["ready"], out["shown"] = made, shown
    return out


_PARTS = ("file_row", "records", "provenance")


def _body(result: dict[str, Any], record_lines: list[bytes]) -> bytes:
    """``dumps_safe(result)`` (keys :data:`_PARTS`), its records taken from their lines as made
    for ``records.jsonl`` (the same JSON, a newline after it), not serialised a second time."""
    return (b'{"file_row": ' + dumps_safe(result["file_row"]) + b', "records": ['
            + b", ".join(line[:-1] for line in record_lines) + b'], "provenance": '
            + dumps_safe(result["provenance"]) + b"}")


def _finish(job: Job, result: dict[str, Any], seconds: float) -> dict[str, Any]:
    if result.get("timeout"):
        return failed_result(job, "timeout", timeout_reason(seconds))
    return result


def _grace(seconds: float) -> float:
    return seconds + max(2.0, 0.25 * seconds)


def _die_with(parent: int) -> None:
    """Make this worker exit when ``parent`` (the batch's process) dies."""
    if sys.platform.startswith("linux"):
        try:  # the kernel kills us when our parent (the forkserver, which exits with the batch) dies
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no prctl: the watchdog still runs
            pass

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_SECONDS)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # pragma: no cover - the pid went to another user's process
                os._exit(1)

    threading.Thread(target=watch, name="pledgecard-parent-watchdog", daemon=True).start()


def _init_worker(parent: int, warm: Callable[[], object] | None, beacon: Any = None) -> None:
    global _BEACON
    _BEACON = beacon
    _die_with(parent)
    if warm is not None:
        try:
            warm()
        except Exception:  # noqa: BLE001 - a failed warm-up shows again, per file, in the task
            log.warning("worker warm-up failed", exc_info=True)
    _settle_collector()


def _settle_collector() -> None:
    """Collect the youngest generation less often (:data:`WORKER_GC_THRESHOLD`): with CPython's 700,
    the objects a file's conversion holds alive are walked by young collections again and again
    and promoted into the oldest generation, whose full collections then walk spaCy's tables.
    (Freezing the objects alive before the first file, ``gc.freeze``, was measured too: it made
    workers' CPU per file 20-40 % higher, so it is not done.)"""
    young, *older = gc.get_threshold()
    if young:  # 0: automatic collection is off
        gc.set_threshold(max(young, WORKER_GC_THRESHOLD), *older)


def work_chunk(task: Task, paths: Sequence[str], limits: Limits | None, slot: int = -1,
               names: Sequence[str | None] | None = None) -> dict[str, Any]:
    """Convert the files ``paths`` (shown in the outputs as ``names``, see :func:`work`) one after
    the other (each with its own time limit, see :func:`work`); runs in a worker. Before each file the worker notes in its ``slot`` of the
    beacon the file's position and the time it started, so that the parent knows which file a
    stuck or dead worker was reading. Returns the results, the CPU seconds each file took (what
    :class:`~pledgecard.batch.chunks.Chunker` learns from: unlike wall-clock seconds, they do not
    grow when the machine is busy) and the job's span (pid, start, end, CPU seconds, files, the worker's CPU
    seconds so far, its system part, its minor page faults and involuntary switches: :class:`~pledgecard.batch.poolstats.Span`)."""
    beacon = _BEACON if slot >= 0 else None
    start, cpu = time.monotonic(), time.process_time()
    results, seconds = [], []
    for pos, path in enumerate(paths):
        if beacon is not None:
            beacon[2 * slot + 1] = pos
            beacon[2 * slot] = time.monotonic()
        t0 = time.process_time()
        results.append(work(task, path, limits, names[pos] if names else None))
        seconds.append(time.process_time() - t0)
    if beacon is not None:
        beacon[2 * slot] = 0.0
        beacon[2 * slot + 1] = len(paths)
    end, total = time.monotonic(), time.process_time()
    return {"results": results, "seconds": seconds,
            "span": (os.getpid(), start, end, total - cpu, len(paths), total, *_kernel_share())}


def _kernel_share() -> tuple[float, int, int]:
    """This process's system CPU seconds, minor page faults and involuntary context switches so
    far (0 where unknown)."""
    if resource is None:  # pragma: no cover - not Unix
        return 0.0, 0, 0
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_stime, use.ru_minflt, use.ru_nivcsw


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

    def __init__(self, jobs: Iterable[Job], task: Task, limits: Limits | None, workers: int,
                 sharing: Sharing, stats: PoolStats) -> None:
        self.task, self.limits, self.workers = task, limits, workers
        self.seconds = _limit_seconds(limits)
        self.hard = _grace(self.seconds) if self.seconds else None
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
        pool = ProcessPool(max_workers=self.workers, initializer=_init_worker,
                           initargs=(os.getpid(), warm, self.beacon), context=ctx)
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
            fut = pool.schedule(work_chunk, args=(self.task, [j.path for j in chunk], self.limits, slot,
                                                  [j.name for j in chunk]), timeout=timeout)
            self.inflight[fut] = _Sent(chunk, slot)
            self.stats.jobs += 1
            self.stats.files += len(chunk)

    def busy(self) -> bool:
        return bool(self.pending or self.alone or self.inflight)

    def wait(self) -> Iterator[tuple[Job, dict]]:
        done, _ = concurrent.futures.wait(list(self.inflight), timeout=POLL_SECONDS if self.hard else None,
                                          return_when=concurrent.futures.FIRST_COMPLETED)
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
            yield job, _finish(job, result, self.seconds)

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
        self._again(sent.jobs[:pos] + sent.jobs[pos + 1:], alone=False)


def run_local(jobs: Iterable[Job], task: Task, limits: Limits | None, workers: int, *,
              warm: Callable[[], object] | None = None, preload: Sequence[str] = (),
              sharing: Sharing | None = None, stats: PoolStats | None = None) -> Iterator[tuple[Job, dict]]:
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


# Fewer items than this are not worth starting processes for. A process forked from the fork
# server for card files costs some 0.15-0.25 CPU s besides its share (copy-on-write faults of
# the fork server's heap, the pool's start and end), a card file about 0.5 ms here: below some
# 1,000 cards the processes finish later than this one would (the batch waits for them after its
# last result: serial time that bounds the speed-up of more workers).
SPREAD_MIN = 1000


def spread(fn: Callable[[Any, list], None], arg: Any, items: list, *, workers: int,
           preload: Sequence[str] = ()) -> None:
    """``fn(arg, chunk)`` over ``workers`` interleaved chunks of ``items``, in processes forked
    from the fork server (cheap once it has imported ``preload``); a chunk whose process fails
    runs again here, where its error, if any, is raised as usual."""
    if workers < 2 or len(items) < SPREAD_MIN:
        fn(arg, items)
        return
    chunks = [items[k::workers] for k in range(workers)]
    failed = chunks
    try:
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=_context(preload)) as pool:
            futures = [pool.submit(fn, arg, chunk) for chunk in chunks]
            failed = [chunk for fut, chunk in zip(futures, chunks, strict=True) if fut.exception() is not None]
    except (OSError, RuntimeError):  # no processes to be had (BrokenProcessPool is a RuntimeError)
        log.warning("could not share out work among processes", exc_info=True)
    for chunk in failed:
        fn(arg, chunk)


def run_dask(jobs: Iterable[Job], task: Task, limits: Limits | None, scheduler: Any) -> Iterator[tuple[Job, dict]]:
    """Convert ``jobs`` on the Dask cluster at ``scheduler`` (``tcp://HOST:PORT`` or a Client).

    Workers must see the input paths (shared storage; jobs carry absolute paths). A file over
    its time limit is marked failed and its task cancelled; a Dask worker thread cannot be
    interrupted, so it runs on."""
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
