"""A job of the batch's runners (one input file), the result of a file that failed, and its time limits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pledgecard.extract.limits import Limits
from pledgecard.pipeline import FileResult

Task = Callable[..., FileResult]


@dataclass(frozen=True, slots=True)
class Job:
    index: int
    path: str  # absolute: a worker may run in another folder (Dask)
    sha256: str = ""
    size: int = 0
    format: str | None = None
    weight: int = 0  # size on disk, for sharing out the work (0: unknown)
    name: str | None = None  # the input as given, the name the outputs show (None: path)


def limit_seconds(limits: Limits | None) -> float:
    return float(limits.max_seconds) if limits and limits.max_seconds else 0.0


def failed_result(job: Job, code: str, reason: str) -> dict[str, Any]:
    res = FileResult(
        path=job.path,
        sha256=job.sha256,
        format=job.format,
        size=job.size,
        status="failed",
        error_code=code,
        reason=reason,
    )
    return {"file_row": res.file_row(), "records": [], "provenance": []}


def timeout_reason(seconds: float) -> str:
    return f"timed out after {seconds:g} s"


def finish_result(job: Job, result: dict[str, Any], seconds: float) -> dict[str, Any]:
    if result.get("timeout"):
        return failed_result(job, "timeout", timeout_reason(seconds))
    return result


def grace_seconds(seconds: float) -> float:
    return seconds + max(2.0, 0.25 * seconds)
