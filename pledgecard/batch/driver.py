"""Archive-scale batches: many files in parallel, restartable, with outputs in input order.

:func:`run_batch` expands files and folders and hands each file that a previous run into the same
folder has not converted to :func:`pledgecard.pipeline.process_file`, in worker processes or on a
Dask cluster. The worker reads, hashes and sniffs the file once; the parent only looks at its
size and modification time (a file already in the journal with the same path, size and time is
reused without being read). Every result is journaled as it arrives (``DIR/.state/done.jsonl``),
then ``records.jsonl``, ``files.jsonl``, ``provenance.jsonl`` and ``cards/`` are written
atomically. A killed run loses nothing: the next run in the same folder converts only what is
missing; ``force=True`` converts everything again.

File names of any bytes are kept: ``files.jsonl`` shows a name that is not UTF-8 with its stray
bytes as ``\\xNN`` and keeps the exact bytes in ``path_bytes`` (hex).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pledgecard.batch.journal import Journal, reusable
from pledgecard.batch.jsonbytes import dumps_safe
from pledgecard.batch.outputs import write_outputs
from pledgecard.batch.progress import Progress
from pledgecard.batch.runner import Job, Task, failed_result, prestart, run_dask, run_local
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


def stat_key(path: str) -> str | None:
    """What identifies an unchanged file without reading it: absolute path, size and mtime."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"{display_path(os.path.abspath(path))}|{st.st_size}|{st.st_mtime_ns}"


def _size(key: str | None) -> int:
    """The file size in a :func:`stat_key` (0 without one)."""
    return int(key.rsplit("|", 2)[1]) if key else 0


def _entry(job: Job, key: str | None, result: dict[str, Any]) -> dict[str, Any]:
    """The journal entry of a result: valid UTF-8 throughout, whatever the file name's bytes."""
    row = result["file_row"]
    return json_safe({"v": 2, "version": __version__, "sha256": row.get("sha256") or job.sha256,
                      "path": job.path, "stat": key, **result})


def journal_line(job: Job, key: str | None, result: dict[str, Any]) -> bytes | None:
    """The journal line of a result whose worker serialised it (``body``, see
    :func:`pledgecard.batch.runner.packed`): the same bytes as the JSON of :func:`_entry`, made
    without parsing or walking the records again here."""
    body = result.get("body")
    if not isinstance(body, bytes) or not body.startswith(b'{"'):
        return None
    head = dumps_safe({"v": 2, "version": __version__, "sha256": result["file_row"].get("sha256") or job.sha256,
                       "path": job.path, "stat": key})
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


def _relabel(entry: dict[str, Any], path: str) -> dict[str, Any]:
    """A journal entry (of the same bytes, maybe under another path) named for input ``path``."""
    shown = display_path(path)
    old = entry.get("path")
    row = dict(entry["file_row"], path=shown)
    if not is_plain_name(path):
        row["path_bytes"] = path_bytes(path).hex()
    entry = dict(entry, path=shown, file_row=row)
    if old == shown:
        return entry
    names = {old: shown, os.path.basename(old or ""): os.path.basename(shown)}
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


# What process_file's workers import on their first card, imported once by the fork server
# instead of by each worker (spaCy, the extractor, the checks whose codes findings name).
PRELOAD = ("spacy", "pledgecard.pipeline", "pledgecard.extract.cards", "pledgecard.extract.readers",
           "pledgecard.normalize.sanitize", "pledgecard.validate.checks.reported")


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
    inputs = expand_inputs(paths, out)
    if not inputs:
        shown = ", ".join(display_path(p) for p in paths) or "(none)"
        raise NothingConvertedError(f"extract: no input file found in {shown}")
    limits = limits or Limits()
    task = task or _default_task()
    out.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary(out_dir=out, files=len(inputs))
    with Journal(out, locked=locked) as journal:
        preload = PRELOAD if task is process_file and not dask_scheduler else ()
        if preload and (force or journal.empty()):  # every file is to convert: workers get ready while we plan
            prestart(preload)
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
            jobs.append(Job(i, os.path.abspath(path)))
        jobs.sort(key=lambda j: -_size(keys[j.index]))  # largest first: no long file left alone at the end
        bar = Progress(len(inputs), enabled=progress)
        bar.skip(summary.reused)
        runner = (run_dask(jobs, task, limits, dask_scheduler) if dask_scheduler and jobs
                  else run_local(jobs, task, limits, min(workers, max(1, len(jobs))),
                                 warm=warm_up if task is process_file else None, preload=preload))
        for job, result in runner:
            offsets[job.index] = _append(journal, job, keys[job.index], result)
            row = result["file_row"]
            bar.update(display_path(inputs[job.index]), row.get("status", ""), row.get("error"))
        bar.close()
        journal.commit()
        summary.converted = len(jobs)

        def entries() -> Iterator[dict[str, Any]]:
            for i, path in enumerate(inputs):
                offset = offsets[i]
                if offset is None:  # pragma: no cover - every planned job was journaled
                    continue
                entry = _relabel(journal.read(offset), path)
                row = entry["file_row"]
                status = row.get("status")
                summary.ok += status == "ok"
                summary.no_card += status == "no_card"
                if status == "failed":
                    summary.failed += 1
                    summary.failures.append((row["path"], str(row.get("error"))))
                yield entry

        counts = write_outputs(out, entries(), issuers=issuers)
    summary.cards = counts.records
    summary.seconds = time.monotonic() - started
    return summary

