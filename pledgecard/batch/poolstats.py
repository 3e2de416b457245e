"""What the worker pool did in a batch: round trips, and when each worker was busy or idle.

Workers time each job on the system-wide monotonic clock (``time.monotonic``, comparable between
processes on Linux); the parent notes when the pool started and when the last result came, and
its own CPU seconds at both (what it used before, beside and after the workers).
``benchmarks/bench_batch.py`` prints the figures; nothing else depends on them."""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """One job in one worker: when it ran, its CPU seconds, how many files it held and, at the
    job's end, the worker's CPU seconds since it was forked, the system (kernel) part of them and
    its minor page faults (pages the kernel gave it or copied for it on first write) and how often
    the CPU was taken from it (involuntary context switches)."""

    pid: int
    start: float
    end: float
    cpu: float
    files: int
    worker_cpu: float = 0.0
    worker_sys: float = 0.0
    worker_faults: int = 0
    worker_preempted: int = 0  # involuntary context switches: the CPU taken from the worker


@dataclass(slots=True)
class PoolStats:
    workers: int = 0
    jobs: int = 0  # jobs sent to the pool: round trips
    files: int = 0  # files in them (a file sent again after its chunk failed counts again)
    resent: int = 0  # files sent again after their chunk crashed or was stopped
    started: float = 0.0  # parent: the pool was started
    ended: float = 0.0  # parent: the last result came
    started_cpu: float = 0.0  # the parent's CPU seconds (time.process_time) then
    ended_cpu: float = 0.0
    spans: list[Span] = field(default_factory=list)

    def worker_cpu(self) -> float:
        """The workers' CPU seconds from their fork to their last job's end (start-up included)."""
        return sum(s.worker_cpu for s in self._last())

    def worker_sys(self) -> float:
        """The system part of :meth:`worker_cpu`."""
        return sum(s.worker_sys for s in self._last())

    def worker_faults(self) -> int:
        """The workers' minor page faults from their fork to their last job's end."""
        return sum(s.worker_faults for s in self._last())

    def worker_preempted(self) -> int:
        """The workers' involuntary context switches from their fork to their last job's end."""
        return sum(s.worker_preempted for s in self._last())

    def _last(self) -> list[Span]:
        """Each worker's last span (the most CPU seconds)."""
        last: dict[int, Span] = {}
        for s in self.spans:
            if s.pid not in last or s.worker_cpu > last[s.pid].worker_cpu:
                last[s.pid] = s
        return list(last.values())

    def report(self) -> dict[str, Any]:
        """Figures for the benchmark: ``busy`` is the share of workers x wall-clock (pool start to
        last result) spent inside jobs; ``gap_*`` are a worker's idle times between two jobs,
        ``head`` its wait for the first job and ``tail`` its wait after its last one."""
        wall = max(self.ended - self.started, 1e-9)
        inside = sum(s.end - s.start for s in self.spans)
        cpu = sum(s.cpu for s in self.spans)
        by_pid: dict[int, list[Span]] = {}
        for s in self.spans:
            by_pid.setdefault(s.pid, []).append(s)
        gaps: list[float] = []
        heads: list[float] = []
        tails: list[float] = []
        for spans in by_pid.values():
            spans.sort(key=lambda s: s.start)
            heads.append(max(0.0, spans[0].start - self.started))
            tails.append(max(0.0, self.ended - spans[-1].end))
            gaps.extend(max(0.0, b.start - a.end) for a, b in itertools.pairwise(spans))
        ms = 1000.0
        return {
            "jobs": self.jobs,
            "files": self.files,
            "resent": self.resent,
            "workers": self.workers,
            "wall": wall,
            "busy": inside / (max(self.workers, 1) * wall),
            "cpu_share_in_jobs": cpu / inside if inside else 0.0,
            "gaps": len(gaps),
            "gap_total": sum(gaps),
            "gap_median_ms": ms * statistics.median(gaps) if gaps else 0.0,
            "gap_p90_ms": ms * statistics.quantiles(gaps, n=10)[-1] if len(gaps) > 1 else ms * sum(gaps),
            "head_ms": ms * max(heads, default=0.0),
            "tail_ms": ms * max(tails, default=0.0),
        }
