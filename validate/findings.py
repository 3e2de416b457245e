"""Finding records, severities and the ``--fail-on`` rule.

A finding follows CARD_SCHEMA.md "Validation findings": ``card_id, check, code, severity, success,
observed, expected, location, page, message, source_sha256`` (the copy of the card the finding
was computed on, CARD_SCHEMA.md schema 1.1); ``location`` is always a record path (``funding.rows[1]``,
``goals``; null for the whole card), and a finding an earlier stage located in the source too carries
``source_location`` (``line 37``, ``cell T3!A2``, ``page 2``: optional, absent otherwise) and the same
structured, ``source_position`` (``{"format": "pdf", "page": 2, "table": 3, "row": 1, "col": 1, "bbox": [...]}``,
:mod:`pledgecard.extract.source_position`: optional, absent otherwise); a failing finding of a report run also carries
``evidence`` (:mod:`pledgecard.validate.evidence`). Failures are written one per failing place;
successes compactly, one per check per card (so coverage is visible). The checks themselves, with
their codes and severities, are the objects in :mod:`pledgecard.validate.checks`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgecard.validate.checks import Check

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}
FAIL_ON = ("error", "warning", "info", "never")


def finding(
    check: Check,
    card_id: str | None,
    *,
    success: bool,
    observed: Any = None,
    expected: Any = None,
    location: str | None = None,
    page: int | None = None,
    message: str = "",
    source_sha256: str | None = None,
    source_location: str | None = None,
    source_position: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One finding of ``check`` (``source_location`` and ``source_position`` kept only when given)."""
    out: dict[str, Any] = {
        "card_id": card_id,
        "check": check.name,
        "code": check.code,
        "severity": check.severity,
        "success": success,
        "observed": observed,
        "expected": expected,
        "location": location,
        "page": page,
        "message": message,
        "source_sha256": source_sha256,
    }
    if source_location:
        out["source_location"] = source_location
    if source_position:
        out["source_position"] = source_position
    return out


def failures(findings: list[dict[str, Any]], severity: str | None = None) -> list[dict[str, Any]]:
    return [f for f in findings if not f["success"] and (severity is None or f["severity"] == severity)]


def reaches(findings: list[dict[str, Any]], fail_on: str) -> bool:
    """True when a failing finding is at least as severe as ``fail_on`` (``never``: never)."""
    if fail_on == "never":
        return False
    floor = SEVERITY_RANK[fail_on]
    return any(not f["success"] and SEVERITY_RANK.get(f["severity"], 0) >= floor for f in findings)
