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
job's other files are sent again (see :class:`~pledgecard.batch.runner_local._Local`).

Workers are started once per batch and never recycled without need: the fork server imports
spaCy and the extractor once for all of them (``preload``), each loads spaCy's rules once (the
``warm`` callable), and they exit when the process that started the batch dies, even by
``kill -9`` (Linux: ``PR_SET_PDEATHSIG``; elsewhere a watchdog thread).

This module is the entry point and shares out work among processes (:func:`spread`); the job and
its time limits are in :mod:`runner_jobs`, the worker's side in :mod:`runner_worker`, the local
pool in :mod:`runner_local`, Dask in :mod:`runner_dask`.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable, Sequence
from typing import Any

from pledgecard.batch.forkstart import context as _context
from pledgecard.batch.runner_dask import run_dask
from pledgecard.batch.runner_jobs import Job, Task, failed_result, timeout_reason
from pledgecard.batch.runner_local import run_local
from pledgecard.batch.runner_worker import WORKER_GC_THRESHOLD, packed, work, work_chunk

# what the other modules and tests use from the runner_* modules is importable from here
__all__ = [
    "WORKER_GC_THRESHOLD",
    "Job",
    "Task",
    "failed_result",
    "packed",
    "run_dask",
    "run_local",
    "spread",
    "timeout_reason",
    "work",
    "work_chunk",
]

log = logging.getLogger(__name__)


# Fewer items than this are not worth starting processes for. A process forked from the fork
# server for card files costs some 0.15-0.25 CPU s besides its share (copy-on-write faults of
# the fork server's heap, the pool's start and end), a card file about 0.5 ms here: below some
# 1,000 cards the processes finish later than this one would (the batch waits for them after its
# last result: serial time that bounds the speed-up of more workers).
SPREAD_MIN = 1000


def spread(
    fn: Callable[[Any, list], None], arg: Any, items: list, *, workers: int, preload: Sequence[str] = ()
) -> None:
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
            failed = [
                chunk for fut, chunk in zip(futures, chunks, strict=True) if fut.exception() is not None
            ]
    except (OSError, RuntimeError):  # no processes to be had (BrokenProcessPool is a RuntimeError)
        log.warning("could not share out work among processes", exc_info=True)
    for chunk in failed:
        fn(arg, chunk)
