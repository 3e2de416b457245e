"""Sharing files out to workers in jobs of several files ("chunks"), sized by the time they take.

A round trip through the worker pool costs the worker an idle gap (the result goes to the parent,
the next job comes back), so small files go several to a job: :class:`Chunker` takes files from
the head of the queue (outputs stream in input order) until the job's estimated work reaches the
target (:data:`CHUNK_SECONDS`). Estimates are learned as files finish: the mean CPU seconds per
file of each file name suffix (formats differ several-fold), else of all files; until a first file has
finished, every job is one file. A file far larger than the typical one (over :data:`OUTLIER`
times the median size) goes alone, and near the end the target shrinks so that the workers
finish together (guided scheduling: no job is more than a share of the work that is left,
but a quarter of the target at least).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

CHUNK_SECONDS = 0.2  # estimated work per job, in CPU seconds
MAX_FILES = 64  # files per job at most
OUTLIER = 4  # a file over OUTLIER times the median size goes alone (and first, see driver.dispatch_order)


@dataclass(frozen=True, slots=True)
class Sharing:
    """How a local pool is fed: ``chunk_seconds`` of estimated work per job (0: one file per job)
    and ``per_worker`` jobs in flight per worker (one running, the others queued behind it)."""

    chunk_seconds: float = CHUNK_SECONDS
    per_worker: int = 3


PER_FILE = Sharing(chunk_seconds=0.0, per_worker=2)  # one file per job, as before chunks (benchmarks)
# How local batches are fed when the caller names no Sharing (read at each batch: a benchmark or a
# test may set it for the batches of its process).
SHARING = Sharing()


class Weighted(Protocol):
    @property
    def path(self) -> str: ...

    @property
    def weight(self) -> int: ...


@dataclass(slots=True)
class _Mean:
    seconds: float = 0.0
    files: int = 0

    def add(self, seconds: float) -> None:
        self.seconds += seconds
        self.files += 1

    def value(self) -> float | None:
        return self.seconds / self.files if self.files else None


def _suffix(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def outlier_limit(weights: Sequence[int]) -> float:
    """Sizes above this are outliers: :data:`OUTLIER` times the median (infinite without sizes)."""
    known = sorted(w for w in weights if w > 0)
    return OUTLIER * known[len(known) // 2] if known else float("inf")


class Chunker:
    """Cuts ``queue`` (jobs in dispatch order, see :func:`pledgecard.batch.driver.dispatch_order`)
    into chunks; ``target`` seconds of estimated work each (0: one file per chunk)."""

    def __init__(
        self, queue: deque, *, target: float = CHUNK_SECONDS, workers: int = 1, max_files: int = MAX_FILES
    ) -> None:
        self.queue = queue
        self.target = target
        self.workers = max(1, workers)
        self.max_files = max(1, max_files)
        self.alone = outlier_limit([j.weight for j in queue])
        self._by_suffix: dict[str, _Mean] = {}
        self._all = _Mean()

    def learn(self, path: str, seconds: float) -> None:
        """A file of ``path``'s kind took ``seconds`` (of CPU) in a worker."""
        self._by_suffix.setdefault(_suffix(path), _Mean()).add(seconds)
        self._all.add(seconds)

    def estimate(self, job: Weighted) -> float | None:
        """Seconds ``job`` is expected to take (``None``: nothing known yet)."""
        mean = self._by_suffix.get(_suffix(job.path))
        return (mean.value() if mean else None) or self._all.value()

    def _target(self) -> float:
        """The target, shrunk near the end to a share of the work left (guided scheduling), to
        no less than a quarter of itself."""
        mean = self._all.value()
        if mean is None:
            return self.target
        left = mean * len(self.queue)
        return max(self.target / 4, min(self.target, left / (2 * self.workers)))

    def next(self) -> list:
        """The next chunk (taken off the queue), or ``[]`` when the queue is empty."""
        if not self.queue:
            return []
        first = self.queue.popleft()
        chunk = [first]
        if self.target <= 0 or first.weight > self.alone:
            return chunk
        cost = self.estimate(first)
        if cost is None:
            return chunk
        target = self._target()
        while self.queue and len(chunk) < self.max_files:
            nxt = self.queue[0]
            more = self.estimate(nxt)
            if nxt.weight > self.alone or more is None or cost + more > target:
                break
            chunk.append(self.queue.popleft())
            cost += more
        return chunk
