"""Archive-scale batches: many files in parallel, restartable, with outputs in input order.

:func:`run_batch` expands files and folders and hands each file that a previous run into the same
folder has not converted to :func:`pledgecard.pipeline.process_file`, in worker processes or on a
Dask cluster. The worker reads, hashes and sniffs the file once and serialises its result; the
parent only looks at its size and modification time (a file already in the journal with the same
path, size and time is reused without being read) and appends the worker's bytes to the journal
(``DIR/.state/done.jsonl``) as each result arrives. ``records.jsonl``, ``files.jsonl`` and
``provenance.jsonl`` are written beside the conversion, in input order, by a thread of the parent,
from the lines the worker made too (:func:`pledgecard.batch.outputs.ready`; read back from the
journal only when an issuer is given for the file or too many results wait),
and renamed into place at the end, after card identity; ``cards/`` follows (written by several
processes when there are many). Workers come from a fork server that imports spaCy and the
extractor once, started while the parent plans a fresh batch. A killed run loses nothing: the
next run in the same folder converts only what is missing; ``force=True`` converts everything
again.

File names of any bytes are kept: ``files.jsonl`` shows a name that is not UTF-8 with its stray
bytes as ``\\xNN`` and keeps the exact bytes in ``path_bytes`` (hex).
"""

from __future__ import annotations

import functools
import importlib
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pledgecard.batch.chunks import OUTLIER
from pledgecard.batch.forkstart import PRELOAD, fresh, prestart
from pledgecard.batch.journal import Journal, reusable
from pledgecard.batch.jsonbytes import dumps_safe
from pledgecard.batch.outputs import relabel as _relabel
from pledgecard.batch.outputs import write_outputs
from pledgecard.batch.poolstats import PoolStats
from pledgecard.batch.progress import Progress
from pledgecard.batch.runner import Job, Task, failed_result, run_dask, run_local, spread
from pledgecard.errors import NothingConvertedError, UsageError
from pledgecard.extract.limits import Limits
from pledgecard.inputs import display_path, is_plain_name, iter_input_files, path_bytes
from pledgecard.issuer_config import IssuerPolicy
from pledgecard.pipeline import process_file, warm_up
from pledgecard.version import __version__
from pledgecard.writers import json_safe


@dataclass(slots=True)
class BatchSummary:
    """What a batch did. ``converted`` files were worked on in this run, ``reused`` ones came
    from a previous run in the same folder."""

    out_dir: Path
    files: int = 0
    converted: int = 0
    reused: int = 0
    ok: int = 0
    no_card: int = 0
    failed: int = 0
    cards: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    pool: PoolStats = field(default_factory=PoolStats)  # what the local worker pool did (benchmarks)

    def line(self) -> str:
        return (
            f"{self.files} files ({self.converted} converted, {self.reused} reused): {self.cards} cards, "
            f"{self.ok} ok, {self.no_card} without a card, {self.failed} failed, in {self.seconds:.1f} s"
        )


def expand_inputs(paths: Sequence[str | os.PathLike[str]], out_dir: Path) -> list[str]:
    """Files named in ``paths``, folders expanded recursively in sorted order (hidden files, the
    output folder and expected records left out, see :mod:`pledgecard.inputs`); each file once."""
    seen: set[Path] = set()
    files: list[str] = []
    for p in iter_input_files(paths, exclude=Path(out_dir)):
        r = p.resolve()
        if r not in seen:
            seen.add(r)
            files.append(str(p))
    return files


def stat_key(path: str) -> str | None:
    """What identifies an unchanged file without reading it: absolute path, size and mtime."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"{display_path(os.path.abspath(path))}|{st.st_size}|{st.st_mtime_ns}"


class _Aborted(Exception):
    """The batch stopped before every result came: the outputs are not written."""


class Arrivals:
    """Journal offsets by input position: set as results arrive, in any order; taken in input
    order (iterating waits for the next one)."""

    def __init__(self, offsets: list[int | None]) -> None:
        self._offsets = offsets
        self._cond = threading.Condition()
        self._closed = self._aborted = False

    def put(self, index: int, offset: int) -> None:
        with self._cond:
            self._offsets[index] = offset
            self._cond.notify()

    def close(self) -> None:
        """Every result is in."""
        with self._cond:
            self._closed = True
            self._cond.notify()

    def abort(self) -> None:
        with self._cond:
            self._closed = self._aborted = True
            self._cond.notify()

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for i in range(len(self._offsets)):
            with self._cond:
                while self._offsets[i] is None and not self._closed:
                    self._cond.wait()
                if self._aborted:
                    raise _Aborted
                offset = self._offsets[i]
            if offset is not None:  # None only if a planned job never came back
                yield i, offset


class _Background:
    """``fn()`` in a thread; :meth:`result` returns its value or raises its exception here."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._value: Any = None
        self._error: BaseException | None = None
        self._fn = fn
        self._thread = threading.Thread(target=self._run, name="pledgecard-outputs", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller in result()
            self._error = exc

    def join(self) -> None:
        self._thread.join()

    def result(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


def dispatch_order(jobs: list[Job], sizes: list[int]) -> list[Job]:
    """Jobs in input order (so that outputs stream as results come), except that files far larger
    than the typical one (over :data:`OUTLIER` times the median size) go first, largest first: no
    long file is left running alone at the end."""
    if not jobs:
        return jobs
    median = sorted(sizes)[len(sizes) // 2]
    big = [(size, job) for size, job in zip(sizes, jobs, strict=True) if size > OUTLIER * median]
    first = [job for _, job in sorted(big, key=lambda sj: (-sj[0], sj[1].index))]
    seen = {job.index for job in first}
    return first + [job for job in jobs if job.index not in seen]


def _size(key: str | None) -> int:
    """The file size in a :func:`stat_key` (0 without one)."""
    return int(key.rsplit("|", 2)[1]) if key else 0


def _entry(job: Job, key: str | None, result: dict[str, Any]) -> dict[str, Any]:
    """The journal entry of a result: valid UTF-8 throughout, whatever the file name's bytes."""
    row = result["file_row"]
    return json_safe(
        {
            "v": 2,
            "version": __version__,
            "sha256": row.get("sha256") or job.sha256,
            "path": job.path,
            "stat": key,
            **result,
        }
    )


def journal_line(job: Job, key: str | None, result: dict[str, Any]) -> bytes | None:
    """The journal line of a result whose worker serialised it (``body``, see
    :func:`pledgecard.batch.runner.packed`): the same bytes as the JSON of :func:`_entry`, made
    without parsing or walking the records again here."""
    body = result.get("body")
    if not isinstance(body, bytes) or not body.startswith(b'{"'):
        return None
    head = dumps_safe(
        {
            "v": 2,
            "version": __version__,
            "sha256": result["file_row"].get("sha256") or job.sha256,
            "path": job.path,
            "stat": key,
        }
    )
    return head[:-1] + b", " + body[1:] + b"\n"


def _append(journal: Journal, job: Job, key: str | None, result: dict[str, Any]) -> int:
    """Journal one result; a result that cannot be stored becomes a failed row for its file, so
    that writing one entry never fails the batch."""
    line = journal_line(job, key, result)
    if line is not None:
        return journal.append_line(line, json_safe(key))
    try:
        return journal.append(_entry(job, key, result))
    except (TypeError, ValueError) as exc:
        reason = f"result could not be stored: {type(exc).__name__}: {exc}"[:200]
        return journal.append(_entry(job, key, failed_result(job, "internal", reason)))


# Results whose output lines wait in memory for the outputs (in input order) at most: beyond, as
# behind a file that takes long, the outputs read the later ones back from the journal.
READY_HELD = 1000


def _reread(journal: Journal, offset: int, path: str) -> dict[str, Any]:
    return _relabel(journal.read(offset), path)


def _ready_entry(
    result: dict[str, Any] | None, path: str, reread: Callable[[], dict[str, Any]]
) -> dict[str, Any]:
    """The entry handed to the outputs for input ``path``: the journal's, read back (``reread``),
    or, when the worker made the records' lines (``ready``, see :func:`pledgecard.batch.outputs.ready`)
    for the name they are shown under, the file row and those lines (and ``reread`` should an
    issuer be given for the file)."""
    if result is None:
        return reread()
    shown = display_path(path)
    if result.get("shown") != shown:  # named in the outputs otherwise than in the worker's lines
        return reread()
    row = dict(result["file_row"], path=shown)
    if not is_plain_name(path):
        row["path_bytes"] = path_bytes(path).hex()
    return {"path": shown, "file_row": row, "ready": result["ready"], "reload": reread}


OUTPUTS_IMPORT = "pledgecard.validate.checks.reported"


def _import_quietly(module: str) -> None:
    """Import ``module`` ahead of need; a failure shows again where it is needed."""
    try:
        importlib.import_module(module)
    except Exception:  # noqa: BLE001
        pass


def _start_workers(preload: Sequence[str]) -> None:
    """Start the workers' fork server (importing ``preload``) and, in a thread of this process on
    the other core, what the outputs need (the checks naming the findings of card identity)."""
    prestart(preload)
    threading.Thread(target=_import_quietly, args=(OUTPUTS_IMPORT,), daemon=True).start()


def _default_task() -> Task:
    return process_file


def run_batch(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    workers: int | None = None,
    force: bool = False,
    progress: bool = True,
    dask_scheduler: Any = None,
    limits: Limits | None = None,
    task: Task | None = None,
    locked: bool = False,
    issuers: IssuerPolicy | None = None,
) -> BatchSummary:
    """Convert every file under ``paths`` into ``out_dir`` (see the module docstring).

    ``workers`` processes (default: the CPU count) or, with ``dask_scheduler``
    (``tcp://HOST:PORT``), the Dask cluster's workers. ``task`` replaces ``process_file``
    (a picklable module-level function ``task(path, *, limits) -> FileResult``). ``locked``: the
    caller already holds the output folder's lock (:class:`~pledgecard.batch.journal.OutputLock`).
    ``issuers``: the issuer given for cards that print none (:mod:`pledgecard.issuer_config`).
    """
    started = time.monotonic()
    out = Path(out_dir)
    workers = (os.cpu_count() or 1) if workers is None else workers
    if workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    task = task or _default_task()
    preload = PRELOAD if task is process_file and not dask_scheduler else ()
    # every file is to convert (no earlier journal, or force): the workers' fork server imports
    # while this process lists the inputs and plans (its imports are the head of the batch's
    # serial time, before the first card, with one worker or many)
    early = bool(preload) and (force or fresh(out))
    if early:
        _start_workers(preload)
    inputs = expand_inputs(paths, out)
    if not inputs:
        shown = ", ".join(display_path(p) for p in paths) or "(none)"
        raise NothingConvertedError(f"extract: no input file found in {shown}")
    limits = limits or Limits()
    out.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary(out_dir=out, files=len(inputs))
    with Journal(out, locked=locked) as journal:
        if preload and not early and (force or journal.empty()):  # a journal without a readable entry
            _start_workers(preload)
        offsets: list[int | None] = [None] * len(inputs)  # where each input's entry is in the journal
        jobs: list[Job] = []
        keys: dict[int, str | None] = {}
        for i, path in enumerate(inputs):
            key = stat_key(path)
            prior = None if force or key is None else journal.find_stat(key)
            if prior is not None and reusable(journal.read(prior)):
                offsets[i] = prior
                summary.reused += 1
                continue
            keys[i] = key
            jobs.append(Job(i, os.path.abspath(path), weight=_size(key), name=path))
        jobs = dispatch_order(jobs, [j.weight for j in jobs])
        bar = Progress(len(inputs), enabled=progress)
        bar.skip(summary.reused)
        arrivals = Arrivals(offsets)

        made: dict[int, dict[str, Any]] = {}  # by input position: results whose worker made their lines

        def entries() -> Iterator[dict[str, Any]]:
            for i, offset in arrivals:
                entry = _ready_entry(
                    made.pop(i, None), inputs[i], functools.partial(_reread, journal, offset, inputs[i])
                )
                row = entry["file_row"]
                status = row.get("status")
                summary.ok += status == "ok"
                summary.no_card += status == "no_card"
                if status == "failed":
                    summary.failed += 1
                    summary.failures.append((row["path"], str(row.get("error"))))
                yield entry

        # The outputs are written as the results come, in input order, beside the conversion.
        n = min(workers, max(1, len(jobs)))
        share = None if dask_scheduler or n < 2 else functools.partial(spread, workers=n, preload=preload)
        writer = _Background(lambda: write_outputs(out, entries(), issuers=issuers, spread=share))
        try:
            runner = (
                run_dask(jobs, task, limits, dask_scheduler)
                if dask_scheduler and jobs
                else run_local(
                    jobs,
                    task,
                    limits,
                    n,
                    warm=warm_up if task is process_file else None,
                    preload=preload,
                    stats=summary.pool,
                )
            )
            for job, result in runner:
                if "ready" in result and isinstance(result.get("body"), bytes) and len(made) < READY_HELD:
                    made[job.index] = result
                arrivals.put(job.index, _append(journal, job, keys[job.index], result))
                row = result["file_row"]
                bar.update(display_path(inputs[job.index]), row.get("status", ""), row.get("error"))
            bar.close()
            journal.commit()
        except BaseException:
            arrivals.abort()
            writer.join()
            raise
        summary.converted = len(jobs)
        arrivals.close()
        counts = writer.result()
    summary.cards = counts.records
    summary.seconds = time.monotonic() - started
    return summary
