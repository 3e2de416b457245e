"""Archive-scale batches: many files in parallel, restartable, with outputs in input order.

:func:`run_batch` expands files and folders, converts each file once (by sha256) with
:func:`pledgecard.pipeline.process_file` in worker processes or on a Dask cluster, journals every
result as it arrives (``DIR/.state/done.jsonl``), then writes ``records.jsonl``, ``files.jsonl``,
``provenance.jsonl`` and ``cards/`` atomically. A killed run loses nothing: the next run in the
same folder converts only what is missing; ``force=True`` converts everything again.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pledgecard import __version__
from pledgecard.errors import UsageError
from pledgecard.extract.detect import detect_format
from pledgecard.extract.limits import Limits
from pledgecard.inputs import iter_input_files
from pledgecard.issuer_config import IssuerPolicy
from pledgecard.load.journal import Journal, reusable
from pledgecard.load.outputs import write_outputs
from pledgecard.load.progress import Progress
from pledgecard.load.runners import Job, Task, failed_result, run_dask, run_local

HEAD_BYTES = 64 * 1024  # enough for detect_format's magic numbers


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

    def line(self) -> str:
        return (f"{self.files} files ({self.converted} converted, {self.reused} reused): {self.cards} cards, "
                f"{self.ok} ok, {self.no_card} without a card, {self.failed} failed, in {self.seconds:.1f} s")


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


def _fingerprint(index: int, path: str) -> Job | dict[str, Any]:
    """The job of one input file, or a failed result if it cannot be read."""
    h = hashlib.sha256()
    head = b""
    size = 0
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                if not head:
                    head = chunk[:HEAD_BYTES]
                h.update(chunk)
                size += len(chunk)
    except OSError as exc:
        job = Job(index, path, "", 0, None)
        return failed_result(job, "io", f"cannot read file: {exc.strerror or exc}")
    return Job(index, path, h.hexdigest(), size, detect_format(head))


def _entry(job: Job, result: dict[str, Any]) -> dict[str, Any]:
    return {"v": 1, "version": __version__, "sha256": job.sha256, "path": job.path, **result}


def _relabel(entry: dict[str, Any], path: str) -> dict[str, Any]:
    """A journal entry of the same bytes under another path, named for ``path``."""
    old = entry.get("path")
    if old == path:
        return entry
    names = {old: path, os.path.basename(old or ""): os.path.basename(path)}
    entry = dict(entry, path=path, file_row=dict(entry["file_row"], path=path))
    records = []
    for rec in entry.get("records") or []:
        src = rec.get("source")
        if isinstance(src, dict) and src.get("file") in names:
            rec = dict(rec, source=dict(src, file=names[src["file"]]))
        records.append(rec)
    entry["records"] = records
    entry["provenance"] = [dict(p, file=names[p["file"]]) if isinstance(p, dict) and p.get("file") in names else p
                           for p in entry.get("provenance") or []]
    return entry


def _default_task() -> Task:
    from pledgecard.pipeline import process_file

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
    issuers: IssuerPolicy | None = None,
) -> BatchSummary:
    """Convert every file under ``paths`` into ``out_dir`` (see the module docstring).

    ``workers`` processes (default: the CPU count) or, with ``dask_scheduler``
    (``tcp://HOST:PORT``), the Dask cluster's workers. ``task`` replaces ``process_file``
    (a picklable module-level function ``task(path, *, limits) -> FileResult``). ``issuers``: the
    issuer given for cards that print none (:mod:`pledgecard.issuer_config`).
    """
    started = time.monotonic()
    out = Path(out_dir)
    workers = (os.cpu_count() or 1) if workers is None else workers
    if workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    inputs = expand_inputs(paths, out)
    limits = limits or Limits()
    task = task or _default_task()
    out.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary(out_dir=out, files=len(inputs))
    unreadable: dict[int, dict[str, Any]] = {}
    shas: list[str] = []
    with Journal(out) as journal:
        jobs: list[Job] = []
        planned: set[str] = set()
        reused = 0
        for i, path in enumerate(inputs):
            job = _fingerprint(i, path)
            if isinstance(job, dict):
                unreadable[i] = {"sha256": "", "path": path, **job}
                shas.append("")
                continue
            shas.append(job.sha256)
            if job.sha256 in planned:
                continue  # same bytes as an earlier input: converted once
            prior = None if force else journal.get(job.sha256)
            if prior is not None and reusable(prior):
                reused += 1
            else:
                jobs.append(job)
            planned.add(job.sha256)
        bar = Progress(len(inputs), enabled=progress)
        bar.skip(len(inputs) - len(jobs))
        runner = (run_dask(jobs, task, limits, dask_scheduler) if dask_scheduler and jobs
                  else run_local(jobs, task, limits, min(workers, max(1, len(jobs)))))
        for job, result in runner:
            journal.append(_entry(job, result))
            row = result["file_row"]
            bar.update(job.path, row.get("status", ""), row.get("error"))
        bar.close()
        summary.converted, summary.reused = len(jobs), reused

        def entries() -> Iterator[dict[str, Any]]:
            for i, path in enumerate(inputs):
                entry = unreadable.get(i) or journal.get(shas[i])
                if entry is None:  # pragma: no cover - every planned job was journaled
                    continue
                entry = _relabel(entry, path)
                row = entry["file_row"]
                status = row.get("status")
                summary.ok += status == "ok"
                summary.no_card += status == "no_card"
                if status == "failed":
                    summary.failed += 1
                    summary.failures.append((path, str(row.get("error"))))
                yield entry

        counts = write_outputs(out, entries(), issuers=issuers)
    summary.cards = counts.records
    summary.seconds = time.monotonic() - started
    return summary
