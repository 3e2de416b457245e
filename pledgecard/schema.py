"""The JSON Schema of the card record (``schema/card.schema.json``) and a validator for it.

The shipped file is generated from the record's model (:mod:`pledgecard.record`) by
``python -m pledgecard.schema_build``; validating needs only jsonschema and the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError, best_match

__all__ = ["SCHEMA_PATH", "load_schema", "validate_record"]

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "card.schema.json"


@cache
def load_schema() -> dict[str, Any]:
    """The record schema (Draft 2020-12) as a dict."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def _validator() -> Draft202012Validator:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _where(error: ValidationError) -> str:
    """``header.status_code``, ``achievements[4].date`` or ``<record>`` for the top level."""
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "<record>"


def _message(error: ValidationError, limit: int = 160) -> str:
    if error.context:  # anyOf / oneOf: say why the closest alternative failed
        error = best_match(error.context)
    text = " ".join(error.message.split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"{_where(error)}: {text}"


def _flatten(error: ValidationError) -> Iterator[ValidationError]:
    """A nullable object (``{"anyOf": [{"$ref": ...}, {"type": "null"}]}``) that is present: the
    object's own errors, each on its own, rather than one "not valid under any" error."""
    if error.validator == "anyOf" and error.context:
        nulls = {i for i, branch in enumerate(error.validator_value) if branch == {"type": "null"}}
        inner = [e for e in error.context if e.relative_schema_path[0] not in nulls]
        if inner and len(inner) < len(error.context):
            for e in inner:
                yield from _flatten(e)
            return
    yield error


def validate_record(record: Any) -> list[str]:
    """One-line messages for every way ``record`` breaks the schema; empty when it is valid.

    Each message starts with where the problem is (``header.status_code: 'foo' is not one of ...``).
    """
    found = (e for top in _validator().iter_errors(record) for e in _flatten(top))
    errors = sorted(found, key=lambda e: (list(map(str, e.absolute_path)), e.message))
    return [_message(e) for e in errors]
