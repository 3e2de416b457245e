"""Reviewers' corrections: each one still applies to what was extracted (``correction.stale``).

The rows of the ``corrections`` table are not read from the record (a stale correction is not in
it): the corrections applied before validation (:mod:`pledgecard.corrections`) hand them to the
engine, one row per correction of the card, the extracted value remembered with the correction
beside the value extracted now (both as JSON text).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pledgecard.validate.checks._base import Check, Expect, Row, Table

ORDER = 90
MISSING = "(the record has no such field)"

CORRECTIONS = Table(
    name="corrections", columns=("row_id", "card_id", "location", "extracted_then", "extracted_now", "value")
)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def correction_row(
    card_id: str, path: str, extracted_then: Any, extracted_now: Any, value: Any, *, missing: bool = False
) -> Row:
    """The check row of one correction of ``card_id``."""
    return {
        "card_id": card_id,
        "location": path,
        "extracted_then": _json(extracted_then),
        "extracted_now": MISSING if missing else _json(extracted_now),
        "value": _json(value),
    }


def _describe(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    then, now = row.get("extracted_then"), row.get("extracted_now")
    return (
        now,
        then,
        (
            f"correction to {row.get('value')} not applied: it was made when {row.get('location')} "
            f"held {then}, the card now gives {now}; check the card and correct again"
        ),
    )


CHECKS = [
    Check(
        "correction.stale",
        "corrections still apply",
        "warning",
        CORRECTIONS,
        description="a reviewer's correction was made on the value extracted now",
        fails_when="the value extracted at a corrected path differs from the one the correction was made on "
        "(or the path is gone); the correction is not applied",
        locations="the corrected path",
        describe=_describe,
        expect=(
            Expect(
                "ExpectColumnPairValuesToBeEqual",
                {
                    "column_A": "extracted_then",
                    "column_B": "extracted_now",
                    "ignore_row_if": "either_value_is_missing",
                },
            ),
        ),
    ),
]
