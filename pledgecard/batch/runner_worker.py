"""What runs in a worker process: each file converted under its time limit and packed for the
parent (:func:`work`, :func:`packed`), a job's files in turn noted in the pool's beacon
(:func:`work_chunk`), and the worker's start (:func:`init_worker`: it dies with the batch)."""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

try:
    import resource
except ImportError:  # pragma: no cover - not Unix
    resource = None  # type: ignore[assignment]

from pledgecard.batch.jsonbytes import dumps_safe
from pledgecard.batch.outputs import ready, relabel
from pledgecard.batch.runner_jobs import Task, limit_seconds
from pledgecard.extract.limits import Limits
from pledgecard.writers import json_safe

log = logging.getLogger("pledgecard.batch.runner")  # the runner's logger, as before the split


WATCHDOG_SECONDS = 1.0
PR_SET_PDEATHSIG = 1
# A worker's youngest generation is collected every this many allocations (CPython: 700). Converting a
# file allocates far more; each young collection walks what the file's work holds alive so far.
WORKER_GC_THRESHOLD = 10_000
# In a worker: the pool's beacon (shared memory, see :func:`work_chunk`), set by :func:`init_worker`.
_BEACON: Any = None


class _TimeUp(BaseException):
    """Raised by the timer inside a worker; a BaseException so that no ``except Exception`` eats it."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise _TimeUp


def work(task: Task, path: str, limits: Limits | None, name: str | None = None) -> dict[str, Any]:
    """Convert one file with ``task`` (``process_file``); runs in a worker. ``name``: the name the
    outputs show the file under (see :func:`packed`)."""
    seconds = limit_seconds(limits)
    alarm = (
        bool(seconds)
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
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
    return packed(
        {
            "file_row": res.file_row(),
            "records": list(res.records),
            "provenance": list(getattr(res, "provenance", None) or []),
        },
        path,
        name,
    )


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
    return (
        b'{"file_row": '
        + dumps_safe(result["file_row"])
        + b', "records": ['
        + b", ".join(line[:-1] for line in record_lines)
        + b'], "provenance": '
        + dumps_safe(result["provenance"])
        + b"}"
    )


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


def init_worker(parent: int, warm: Callable[[], object] | None, beacon: Any = None) -> None:
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


def work_chunk(
    task: Task,
    paths: Sequence[str],
    limits: Limits | None,
    slot: int = -1,
    names: Sequence[str | None] | None = None,
) -> dict[str, Any]:
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
    return {
        "results": results,
        "seconds": seconds,
        "span": (os.getpid(), start, end, total - cpu, len(paths), total, *_kernel_share()),
    }


def _kernel_share() -> tuple[float, int, int]:
    """This process's system CPU seconds, minor page faults and involuntary context switches so
    far (0 where unknown)."""
    if resource is None:  # pragma: no cover - not Unix
        return 0.0, 0, 0
    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_stime, use.ru_minflt, use.ru_nivcsw
