"""The checks validation runs, their stable codes and severities, and the finding records.

A finding follows CARD_SCHEMA.md "Validation findings": ``card_id, check, code, severity, success,
observed, expected, location, page, message`` and (schema 1.1) ``source_sha256``.
Failures are written one per failing place;
successes compactly, one per check per card (so coverage is visible).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}
FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True, slots=True)
class Check:
    code: str
    name: str
    severity: str
    table: str  # the check table (and GX suite) that runs it
    description: str


_CHECKS = [
    Check("funding.column_sum", "funding column sums", "error", "sums",
          "per column of the funding table, the 계 (total) row equals the sum of the source rows"),
    Check("funding.row_sum", "funding row sums", "error", "sums",
          "per funding row, the total column equals prior + year columns + after-term"),
    Check("budget.matches_funding", "budget matches funding", "error", "sums",
          "overview budget total and each budget part equal the funding table's total column"),
    Check("budget.parts_sum", "budget parts sum", "error", "sums",
          "overview budget total equals the sum of its listed parts"),
    Check("outreach.total", "outreach total", "error", "sums",
          "outreach total equals the sum of its item counts"),
    Check("achievement.parts_sum", "stated total vs listed parts", "error", "sums",
          "an achievement's `N<unit>(label n, label n, ...)` total equals the sum of its parts"),
    Check("achievement.list_count", "stated count vs listed names", "error", "sums",
          "an achievement's `(N개) : a, b, c` count equals the number of names listed"),
    Check("date.range_order", "date range order", "error", "dates",
          "a date range ends on or after its start"),
    Check("date.outside_period", "date within project period", "warning", "dates",
          "an achievement or plan date overlaps the overview's project period"),
    Check("date.after_as_of", "achievement not after as-of", "warning", "dates",
          "an achievement does not start after the card's as-of date"),
    Check("normalize.unreadable_date", "readable dates", "warning", "dates",
          "a printed date could be parsed (raw text present, label null)"),
    Check("goal.below_target", "goal reached", "info", "goals",
          "a due goal's actual value reaches its target"),
    Check("goal.done_below_target", "done goal reached", "warning", "goals",
          "a goal marked done/완료 reaches its target"),
    Check("required.missing", "required fields", "error", "required",
          "title, management number and status are present"),
    Check("amount.negative", "non-negative amounts", "error", "amounts",
          "money amounts and outreach counts are not negative"),
    Check("normalize.unreadable_amount", "readable amounts", "warning", "amounts",
          "an amount whose text existed could be parsed"),
]

CHECKS: dict[str, Check] = {c.code: c for c in _CHECKS}

# Findings made while extracting a file or when the batch's cards are put together (issue 9),
# not by a check table: they fail or are absent, never a "passed" row.
_BATCH_CHECKS = [
    Check("normalize.control_characters", "no control characters", "warning", "extract",
          "control characters (NUL, BEL, ...) and bidi overrides were removed from a value"),
    Check("card.id_conflict", "one card per key", "warning", "identity",
          "no two different cards share issuer + card_id (both are kept, told apart by content)"),
    Check("card.copies_differ", "copies agree", "warning", "identity",
          "the copies of one card in several files (HWPX, HWP, PDF, text) print the same figures"),
    Check("extract.section_empty", "sections read", "warning", "extract",
          "a section heading was found and something was read under it"),
    Check("extract.table_unassigned", "tables placed", "warning", "extract",
          "every table holding figures was read by a section"),
    Check("extract.low_coverage", "text placed", "warning", "extract",
          "at least 90 % of the card's printed characters were placed in the record (unparsed excluded)"),
]
BATCH_CHECKS: dict[str, Check] = {c.code: c for c in _BATCH_CHECKS}


def finding(
    card_id: str | None,
    code: str,
    *,
    success: bool,
    observed: Any = None,
    expected: Any = None,
    location: str | None = None,
    page: int | None = None,
    message: str = "",
    source_sha256: str | None = None,
) -> dict[str, Any]:
    """One finding; ``source_sha256`` names the copy of the card it was computed on (schema 1.1)."""
    check = CHECKS.get(code) or BATCH_CHECKS[code]
    out = {
        "card_id": card_id,
        "check": check.name,
        "code": code,
        "severity": check.severity,
        "success": success,
        "observed": observed,
        "expected": expected,
        "location": location,
        "page": page,
        "message": message,
    }
    if source_sha256 is not None:  # validate_dir gives every finding of findings.jsonl its copy
        out["source_sha256"] = source_sha256
    return out


def failures(findings: list[dict[str, Any]], severity: str | None = None) -> list[dict[str, Any]]:
    return [f for f in findings if not f["success"] and (severity is None or f["severity"] == severity)]


def reaches(findings: list[dict[str, Any]], fail_on: str) -> bool:
    """True when a failing finding is at least as severe as ``fail_on`` (``never``: never)."""
    if fail_on == "never":
        return False
    floor = SEVERITY_RANK[fail_on]
    return any(not f["success"] and SEVERITY_RANK.get(f["severity"], 0) >= floor for f in findings)
