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
from typing import TYPE_CHECKING, Any

from pledgecard.errors import LimitExceededError, NoCardFoundError, PledgecardError
from pledgecard.extract.detect import detect_format
from pledgecard.extract.limits import Limits

if TYPE_CHECKING:
    from pledgecard.extract.cards import CardResult
    from pledgecard.extract.document import Document

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
    # One provenance entry per record: {"card_id", "file", "format", "locations": {path: source}}
    provenance: list[dict[str, Any]] = field(default_factory=list)

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
    from pledgecard.extract.readers import read_path
    from pledgecard.extract.vocabulary import use_vocabulary

    with use_vocabulary((limits or Limits()).vocabulary):
        return [c.record for c in _cards(read_path(path, limits=limits), str(path))]


def process_file(path: str | os.PathLike[str], *, limits: Limits | None = None) -> FileResult:
    """Like :func:`extract_file` but never raises: failures become ``status``/``reason``."""
    from pledgecard.extract.vocabulary import use_vocabulary

    with use_vocabulary((limits or Limits()).vocabulary):
        return _process_file(path, limits=limits)


def _process_file(path: str | os.PathLike[str], *, limits: Limits | None = None) -> FileResult:
    from pledgecard.extract.readers import check_file_size, read_bytes

    p = Path(path)
    res = FileResult(path=str(path))
    limits = limits or Limits()
    try:
        res.size = p.stat().st_size
        check_file_size(res.size, limits)  # before reading: a huge file is never loaded
        data = p.read_bytes()
    except OSError as exc:
        res.status, res.error_code, res.reason = "failed", "io", f"cannot read file: {exc.strerror or exc}"
        return res
    except LimitExceededError as exc:
        res.status, res.error_code, res.reason = "failed", exc.code, exc.reason
        return res
    res.size = len(data)
    res.sha256 = hashlib.sha256(data).hexdigest()
    if not data:
        res.status, res.error_code, res.reason = "failed", "empty", "empty file (0 bytes)"
        return res
    try:
        res.format = detect_format(data)
        doc = read_bytes(data, path=str(path), limits=limits)
        res.notes.extend(doc.notes)
        cards = _cards(doc, str(path))
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
    else:
        res.records = [c.record for c in cards]
        res.provenance = [
            {"card_id": c.record["card_id"], "file": str(path), "format": res.format, "locations": c.provenance}
            for c in cards
        ]
    return res


def _cards(doc: Document, path: str) -> list[CardResult]:
    from pledgecard.extract.cards import extract_card_results

    cards = extract_card_results(doc, file_name=path)
    if not cards:
        raise NoCardFoundError("no card found: the document holds no pledge card title or 공약명 header")
    return cards
