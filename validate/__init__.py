"""Validation of card records: checks, Great Expectations suites, findings, reviewers' report.

Public API: :func:`validate_batch` (records -> findings) and :func:`validate_dir` (an output
folder -> ``findings.jsonl`` + ``report/``). Heavy imports (GX, Jinja2) happen on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgecard.validate.api import ValidationResult, validate_dir
    from pledgecard.validate.engine import validate_batch

__all__ = ["ValidationResult", "validate_batch", "validate_dir"]


def __getattr__(name: str) -> Any:
    if name in ("validate_dir", "ValidationResult"):
        from pledgecard.validate import api

        return getattr(api, name)
    if name == "validate_batch":
        from pledgecard.validate.engine import validate_batch

        return validate_batch
    raise AttributeError(name)
