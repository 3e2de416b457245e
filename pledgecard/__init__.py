"""pledgecard: Korean pledge management cards (공약사업 관리카드) into clean, validated data.

Library twins of the commands: :func:`run` (``pledgecard run``), :func:`extract_batch`
(``pledgecard extract``), :func:`validate_dir` (``pledgecard validate``); one file:
:func:`extract_file`; how one file is read: :func:`inspect` (``pledgecard inspect``). Heavy imports happen on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgecard.version import __version__

if TYPE_CHECKING:
    from pledgecard.batch import BatchSummary
    from pledgecard.inspection import Inspection
    from pledgecard.validate.api import ValidationResult
    from pledgecard.workflow import RunResult

__all__ = ["__version__", "extract_batch", "extract_file", "inspect", "run", "validate_dir"]


def extract_file(path, **kwargs):  # type: ignore[no-untyped-def]
    """Read one file and return its card records (dicts following CARD_SCHEMA.md)."""
    from pledgecard.pipeline import extract_file as _extract_file

    return _extract_file(path, **kwargs)


def run(paths: Any, out: Any, **options: Any) -> RunResult:
    """Extract, validate and load, as ``pledgecard run`` (see :func:`pledgecard.workflow.run`)."""
    from pledgecard.workflow import run as _run

    return _run(paths, out, **options)


def extract_batch(paths: Any, out: Any, **options: Any) -> BatchSummary:
    """Extract every card under ``paths`` into ``out``, as ``pledgecard extract``
    (see :func:`pledgecard.workflow.extract_batch`)."""
    from pledgecard.workflow import extract_batch as _extract_batch

    return _extract_batch(paths, out, **options)


def validate_dir(out: Any, **options: Any) -> ValidationResult:
    """Validate the records in ``out``, as ``pledgecard validate`` (see
    :func:`pledgecard.workflow.validate_dir`)."""
    from pledgecard.workflow import validate_dir as _validate_dir

    return _validate_dir(out, **options)


def inspect(path: Any, **options: Any) -> Inspection:
    """How one file is read, as ``pledgecard inspect`` (see :func:`pledgecard.workflow.inspect`);
    ``.to_dict()`` is the ``--json`` document."""
    from pledgecard.workflow import inspect as _inspect

    return _inspect(path, **options)
