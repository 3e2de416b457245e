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
        return [c.record for c, _ in card_results(read_path(path, limits=limits), str(path))]


def process_file(path: str | os.PathLike[str], *, limits: Limits | None = None) -> FileResult:
    """Like :func:`extract_file` but never raises: failures become ``status``/``reason``.

    The file is read once; the reader sniffs its format and hashes it (a file that fails is
    hashed and sniffed here instead, for its ``files`` row)."""
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
    if not data:
        res.sha256 = hashlib.sha256(data).hexdigest()
        res.status, res.error_code, res.reason = "failed", "empty", "empty file (0 bytes)"
        return res
    try:
        doc = read_bytes(data, path=str(path), limits=limits)
        res.sha256, res.format = doc.sha256, str(getattr(doc.format, "value", doc.format))
        res.notes.extend(doc.notes)
        cards = card_results(doc, str(path))
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
        res.records = [c.record for c, _ in cards]
        # Findings made while extracting travel in the record's provenance entry (-> provenance.jsonl),
        # from where validation adds them to findings.jsonl; the record itself carries nothing extra.
        res.provenance = [
            {
                "card_id": c.record["card_id"],
                "file": str(path),
                "format": res.format,
                "locations": c.provenance,
                "findings": found,
            }
            for c, found in cards
        ]
    if not res.sha256:  # the reader failed before it hashed the bytes
        res.sha256 = hashlib.sha256(data).hexdigest()
    if res.format is None:
        res.format = detect_format(data)
    return res


def warm_up() -> None:
    """Load once what every card needs (spaCy's rules), e.g. in a worker before its first file."""
    from pledgecard.extract.nlp import get_nlp

    get_nlp()


def card_results(doc: Document, path: str) -> list[tuple[CardResult, list[dict[str, Any]]]]:
    """The cards of ``doc``, each finished (text sanitised) with the findings that made."""
    from pledgecard.extract.cards import extract_card_results
    from pledgecard.normalize.sanitize import sanitize_record

    cards = extract_card_results(doc, file_name=path)
    if not cards:
        raise NoCardFoundError(
            "no card found: the document holds no pledge card title or title header the vocabulary knows"
        )
    return [
        (c, _extraction_findings(c) + _removal_findings(c.record, sanitize_record(c.record))) for c in cards
    ]


def _extraction_findings(card: CardResult) -> list[dict[str, Any]]:
    """What the extractor says it missed (extract.section_empty, table_unassigned, low_coverage ...): at the
    record path of what it concerns, the source position beside it (``source_location``, and structured with
    the card's format, ``source_position``)."""
    from pledgecard.extract.source_position import finding_position
    from pledgecard.validate.checks.reported import reported
    from pledgecard.validate.findings import finding

    source = card.record.get("source") or {}
    sha, fmt = source.get("sha256"), source.get("format")
    return [
        finding(
            reported(f["code"]),
            card.record.get("card_id"),
            success=False,
            observed=f.get("observed"),
            expected=f.get("expected"),
            location=f.get("location"),
            message=f.get("message", ""),
            source_sha256=sha,
            source_location=f.get("source_location"),
            source_position=finding_position(f, fmt),
        )
        for f in card.findings
    ]


def _removal_findings(record: dict[str, Any], removals: list[Any]) -> list[dict[str, Any]]:
    from pledgecard.validate.checks.reported import reported
    from pledgecard.validate.findings import finding

    sha = (record.get("source") or {}).get("sha256")
    return [
        finding(
            reported("normalize.control_characters"),
            record.get("card_id"),
            success=False,
            observed=r.names(),
            expected="no control characters",
            location=r.path,
            message=f"removed {len(r.removed)} control character(s) ({', '.join(r.names())}) from {r.path}",
            source_sha256=sha,
        )
        for r in removals
    ]
