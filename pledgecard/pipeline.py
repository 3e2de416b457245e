"""Wiring of the stages for one file: read -> split into cards -> extract sections -> records.

``extract_file`` raises; ``process_file`` never does: it returns a :class:`FileResult` whose
``status`` and one-line ``reason`` say what happened, so that a batch always goes on.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pledgecard.errors import ExtractError, NoCardFoundError, PledgecardError
from pledgecard.extract.detect import detect_format
from pledgecard.extract.limits import Limits

log = logging.getLogger(__name__)


@dataclass(slots=True)
class FileResult:
    """The outcome of one input file: its records, or why there are none."""

    path: str
    sha256: str = ""
    format: str | None = None
    size: int = 0
    status: str = "ok"  # "ok" | "no_card" | "failed"
    error_code: str | None = None
    reason: str | None = None
    notes: list[str] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)

    def file_row(self) -> dict[str, Any]:
        """The row of the ``files`` table / ``files.jsonl`` for this file."""
        return {
            "path": self.path,
            "sha256": self.sha256,
            "format": self.format,
            "size": self.size,
            "cards_found": len(self.records),
            "status": self.status,
            "error_code": self.error_code,
            "error": self.reason,
            "notes": list(self.notes),
        }


def extract_file(path: str | os.PathLike[str], *, limits: Limits | None = None) -> list[dict[str, Any]]:
    """Read one file and return one record per card in it (CARD_SCHEMA.md).

    Raises an :class:`~pledgecard.errors.ExtractError` subclass when the file cannot be read,
    and :class:`~pledgecard.errors.NoCardFoundError` when it holds no card.
    """
    from pledgecard.extract.cards import extract_cards
    from pledgecard.extract.readers import read_path

    doc = read_path(path, limits=limits)
    records = extract_cards(doc, file_name=str(path))
    if not records:
        raise NoCardFoundError("no card found: the document holds no pledge card header or title")
    return records


def process_file(path: str | os.PathLike[str], *, limits: Limits | None = None) -> FileResult:
    """Like :func:`extract_file` but never raises: failures become ``status``/``reason``."""
    p = Path(path)
    res = FileResult(path=str(path))
    try:
        data = p.read_bytes()
    except OSError as exc:
        res.status, res.error_code, res.reason = "failed", "io", f"cannot read file: {exc.strerror or exc}"
        return res
    res.size = len(data)
    res.sha256 = hashlib.sha256(data).hexdigest()
    res.format = detect_format(data)
    try:
        res.records = _records_from_bytes(data, str(path), limits)
    except NoCardFoundError as exc:
        res.status, res.error_code, res.reason = "no_card", exc.code, exc.reason
    except PledgecardError as exc:
        res.status, res.error_code, res.reason = "failed", exc.code, exc.reason
    except RecursionError:
        res.status, res.error_code, res.reason = "failed", "damaged", "document nesting too deep to read"
    except MemoryError:
        res.status, res.error_code, res.reason = "failed", "limit_exceeded", "out of memory reading the file"
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch
        log.debug("unexpected error reading %s", path, exc_info=True)
        res.status, res.error_code = "failed", "internal"
        res.reason = f"unexpected {type(exc).__name__} while reading: {' '.join(str(exc).split())[:200]}"
    return res


def _records_from_bytes(data: bytes, path: str, limits: Limits | None) -> list[dict[str, Any]]:
    from pledgecard.extract.cards import extract_cards
    from pledgecard.extract.readers import read_bytes

    if len(data) > (limits or Limits()).max_file_bytes:
        raise ExtractError("file is over the size limit", code="limit_exceeded")
    doc = read_bytes(data, path=path, limits=limits)
    records = extract_cards(doc, file_name=path)
    if not records:
        raise NoCardFoundError("no card found: the document holds no pledge card header or title")
    return records
