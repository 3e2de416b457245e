"""The shipped JSON Schema (``schema/card.schema.json``), generated from the record's typed model
(:mod:`pledgecard.record`) by pydantic.

    python -m pledgecard.schema_build          # rewrite pledgecard/schema/card.schema.json
    python -m pledgecard.schema_build --check  # exit 1 when the shipped file is not the generated one

``tests/test_schema.py`` fails when the shipped file and the model disagree. The schema is written
the way a reader expects (``"type": ["string", "null"]`` for a nullable field, ``null`` in the
``enum`` of a nullable code), without pydantic's generated titles.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema as cs

from pledgecard.record import RULES, CardRecord
from pledgecard.schema import SCHEMA_PATH
from pledgecard.writers import atomic_write_text

__all__ = ["build_schema", "schema_text"]

HEAD: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://pledgecard.invalid/schema/card.schema.json",
    "title": "Pledge management card record (schema version 1)",
}


class _CardSchema(GenerateJsonSchema):
    """pydantic's generator, writing nullable fields compactly and leaving out generated titles."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False

    def typed_dict_schema(self, schema: cs.TypedDictSchema) -> JsonSchemaValue:
        out = super().typed_dict_schema(schema)
        out.pop("title", None)
        out.update(RULES.get(schema.get("cls"), {}))  # type: ignore[call-overload]
        return out

    def nullable_schema(self, schema: cs.NullableSchema) -> JsonSchemaValue:
        inner = self.generate_inner(schema["schema"])
        if "enum" in inner:
            return {k: v for k, v in inner.items() if k != "type"} | {"enum": [*inner["enum"], None]}
        if isinstance(inner.get("type"), str) and "$ref" not in inner:
            return {**inner, "type": [inner["type"], "null"]}
        return {"anyOf": [inner, {"type": "null"}]}


def build_schema() -> dict[str, Any]:
    """The record's JSON Schema (Draft 2020-12), from :class:`pledgecard.record.CardRecord`."""
    body = TypeAdapter(CardRecord).json_schema(schema_generator=_CardSchema)
    body.pop("title", None)
    return {**HEAD, **body}


def schema_text() -> str:
    """The schema as the shipped file holds it."""
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m pledgecard.schema_build", description=__doc__.split("\n\n")[0]
    )
    p.add_argument("--check", action="store_true", help="only compare; exit 1 when the shipped file differs")
    args = p.parse_args(argv)
    text = schema_text()
    current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else None
    if args.check:
        if current != text:
            print(
                f"{SCHEMA_PATH} is not the schema generated from pledgecard/record.py; "
                "run python -m pledgecard.schema_build",
                file=sys.stderr,
            )
            return 1
        return 0
    if current != text:
        atomic_write_text(SCHEMA_PATH, text)
        print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
