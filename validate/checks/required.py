"""Required header fields: title, management number and status."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pledgecard.validate.checks._base import Check, Expect, Record, Row, Table, d

ORDER = 70
FIELDS = ("title", "mgmt_no", "status")


def required_rows(card_id: str, rec: Record) -> Iterator[Row]:
    header = d(rec.get("header"))
    for key in FIELDS:
        value = header.get(key)
        value = value.strip() if isinstance(value, str) else None
        yield {"card_id": card_id, "location": f"header.{key}", "value": value or None}


REQUIRED = Table(name="required", columns=("row_id", "card_id", "location", "value"), rows=required_rows)


def _describe(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    return None, "a value", f"required field {str(row['location']).split('.')[-1]} is missing"


CHECKS = [
    Check(
        "required.missing",
        "required fields",
        "error",
        REQUIRED,
        description="title, management number and status are present",
        fails_when="`header.title`, `header.mgmt_no` or `header.status` is missing or blank",
        locations="`header.title`, `header.mgmt_no`, `header.status`",
        describe=_describe,
        expect=(Expect("ExpectColumnValuesToNotBeNull", {"column": "value"}),),
    ),
]
