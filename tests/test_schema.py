"""The record's JSON Schema (pledgecard/schema/card.schema.json) and validate_record."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from pledgecard.normalize import parse_budget, parse_date
from pledgecard.schema import SCHEMA_PATH, load_schema, validate_record

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED: dict[str, Any] = json.loads((SHARED / "spec" / "seed.expected.json").read_text(encoding="utf-8"))


def _empty_record() -> dict[str, Any]:
    """A card that has almost nothing: nulls and empty lists everywhere."""
    return {
        "schema_version": "1",
        "card_id": "Ⅲ-12@unknown",
        "source": {
            "file": "x.pdf",
            "sha256": "0" * 64,
            "format": "pdf",
            "card_index": 3,
            "page_start": 4,
            "page_end": 5,
        },
        "header": {
            k: None
            for k in (
                "kind",
                "title",
                "mgmt_no",
                "lead_dept",
                "contact_name",
                "contact_phone",
                "target",
                "status",
                "status_code",
            )
        }
        | {"coop_depts": []},
        "as_of": None,
        "overview": None,
        "funding": None,
        "achievements": [],
        "tables": [],
        "goals": [],
        "outreach": None,
        "plans": [],
        "effects": [],
        "unparsed": [{"section": None, "text": "남은 글", "location": "page 4"}],
    }


def test_schema_is_valid_draft_2020_12() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert SCHEMA_PATH.name == "card.schema.json"


def test_seed_record_validates() -> None:
    assert validate_record(SEED) == []


def test_sparse_record_validates() -> None:
    assert validate_record(_empty_record()) == []


def test_sparse_nested_objects_validate() -> None:
    record = copy.deepcopy(SEED)
    record["overview"] = {"period": None, "budget": None, "contents": [], "notes": []}
    record["funding"] = {"unit": None, "columns": [], "rows": []}
    record["outreach"] = {"unit": None, "total": None, "items": []}
    record["goals"][0].update(target_value=None, actual=None, actual_value=None, detail=None)
    record["achievements"][0].update(group=None, group_as_of=None, date=None, marker=None)
    record["plans"][0]["date"] = parse_date("곧")  # unreadable date object: raw with nulls
    assert validate_record(record) == []


def _drop(path: str) -> Callable[[dict[str, Any]], None]:
    def apply(r: dict[str, Any]) -> None:
        *head, last = path.split(".")
        node: Any = r
        for part in head:
            node = node[int(part)] if part.isdigit() else node[part]
        del node[last]

    return apply


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(r: dict[str, Any]) -> None:
        *head, last = path.split(".")
        node: Any = r
        for part in head:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return apply


def _amounts_as_strings(r: dict[str, Any]) -> None:
    r["funding"]["rows"][0]["amounts_krw"] = [str(a) for a in r["funding"]["rows"][0]["amounts_krw"]]


BROKEN = [
    ("missing card_id", _drop("card_id"), "<record>: 'card_id' is a required property"),
    ("unknown status_code", _set("header.status_code", "foo"), "header.status_code: 'foo' is not one of"),
    (
        "amounts as strings",
        _amounts_as_strings,
        "funding.rows[0].amounts_krw[0]: '220719000000' is not of type",
    ),
    (
        "date without label",
        _drop("achievements.0.date.label"),
        "achievements[0].date: 'label' is a required property",
    ),
    ("extra top-level field", _set("extra", 1), "<record>: Additional properties are not allowed ('extra'"),
    ("extra header field", _set("header.phone", "1"), "header: Additional properties are not allowed"),
    ("extra date field", _set("as_of.year", 2024), "as_of: Additional properties are not allowed"),
    ("bad precision", _set("as_of.precision", "week"), "as_of.precision: 'week' is not one of"),
    ("impossible ISO date", _set("as_of.start", "2024-02-30"), "as_of.start: '2024-02-30' is not a 'date'"),
    ("bad label", _set("as_of.label", "24년 4분기"), "as_of.label: '24년 4분기' does not match"),
    ("label null but start set", _set("overview.period.label", None), "overview.period.start:"),
    ("bad format", _set("source.format", "docx"), "source.format: 'docx' is not one of"),
    (
        "bad source code",
        _set("funding.rows.1.source", "federal"),
        "funding.rows[1].source: 'federal' is not one of",
    ),
    (
        "bad column kind",
        _set("funding.columns.0.kind", "sum"),
        "funding.columns[0].kind: 'sum' is not one of",
    ),
    (
        "bad outreach category",
        _set("outreach.items.0.category", "meeting"),
        "outreach.items[0].category: 'meeting' is not one of",
    ),
    ("count as string", _set("outreach.total", "146"), "outreach.total: '146' is not of type"),
    ("schema version", _set("schema_version", 1), "schema_version: '1' was expected"),
    (
        "coop_depts as string",
        _set("header.coop_depts", "바이오헬스과"),
        "header.coop_depts: '바이오헬스과' is not of type",
    ),
    ("level zero", _set("achievements.0.level", 0), "achievements[0].level: 0 is less than the minimum"),
    ("effects not strings", _set("effects.0", None), "effects[0]: None is not of type 'string'"),
    (
        "budget total as float",
        _set("overview.budget.total_krw", 2.5),
        "overview.budget.total_krw: 2.5 is not of type",
    ),
]


@pytest.mark.parametrize(("name", "breaker", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_variants_fail_with_a_clear_message(
    name: str, breaker: Callable[[dict[str, Any]], None], message: str
) -> None:
    record = copy.deepcopy(SEED)
    breaker(record)
    errors = validate_record(record)
    assert errors, name
    assert any(e.startswith(message) for e in errors), errors
    assert all("\n" not in e and len(e) <= 200 for e in errors)


def test_validate_record_non_object() -> None:
    assert validate_record([]) == ["<record>: [] is not of type 'object'"]


@pytest.mark.parametrize(
    "raw",
    [
        "'24. 9 ~ 12.",
        "'23. 2학기~",
        "2024년 4분기 현재",
        "2023 ~ 2026",
        "2024. 3. 5. ~ 4. 10.",
        "abc",
        "",
        "'25. 하반기",
    ],
)
def test_parsed_dates_fit_the_schema(raw: str) -> None:
    schema = load_schema()
    validator = Draft202012Validator(
        {**schema["$defs"]["DateObject"], "$defs": schema["$defs"]}, format_checker=FormatChecker()
    )
    assert list(validator.iter_errors(parse_date(raw))) == []


@pytest.mark.parametrize(
    "raw", ["48억 원(도비 20억, 시비 28억)", "비예산", "-", "100억원(국비 50억, 특교세 50억)"]
)
def test_parsed_budgets_fit_the_schema(raw: str) -> None:
    record = copy.deepcopy(SEED)
    record["overview"]["budget"] = parse_budget(raw)
    assert validate_record(record) == []


# -- the schema is generated from the record's model (pledgecard/record.py) ---------------------

ROOT = Path(__file__).resolve().parents[1]
GOLDENS = sorted((ROOT / "samples").rglob("*.expected.json"))


def test_shipped_schema_is_the_one_generated_from_the_model() -> None:
    from pledgecard.schema_build import main, schema_text

    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), "run python -m pledgecard.schema_build"
    assert main(["--check"]) == 0


def test_every_golden_record_validates() -> None:
    assert len(GOLDENS) >= 100
    bad, seen = {}, 0
    for p in GOLDENS:
        golden = json.loads(p.read_text(encoding="utf-8"))
        for i, record in enumerate(
            golden if isinstance(golden, list) else [golden]
        ):  # multi-card files: a list
            seen += 1
            if errors := validate_record(record):
                bad[f"{p.name}[{i}]"] = errors[:2]
    assert bad == {} and seen > len(GOLDENS)
    assert validate_record(SEED) == []


def test_model_changes_reach_the_generated_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generator reads the model: a field added to the model is in the schema, and a record
    carrying it validates against the generated schema but not against the shipped one."""
    from typing import NotRequired

    import pledgecard.record as rec
    from pledgecard.schema_build import build_schema

    record = copy.deepcopy(SEED)
    record["header"]["extra_note"] = "x"
    with monkeypatch.context() as m:
        m.setitem(rec.Header.__annotations__, "extra_note", NotRequired[rec.Text])
        schema = build_schema()
    header = schema["$defs"]["Header"]
    assert header["properties"]["extra_note"] == {"type": ["string", "null"]}
    assert "extra_note" not in header["required"] and header["additionalProperties"] is False
    assert list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(record)) == []
    assert validate_record(record) != []
    assert "extra_note" not in build_schema()["$defs"]["Header"]["properties"]  # nothing cached


def test_corrected_record_validates() -> None:
    """Schema 1.1 ``corrections`` (CARD_SCHEMA.md) is part of the record's shape."""
    from pledgecard.corrections import Correction, apply_corrections

    c = Correction(
        SEED["card_id"],
        "funding.rows[0].amounts_krw[1]",
        extracted=SEED["funding"]["rows"][0]["amounts_krw"][1],
        value=1,
        note="typo",
        by="kim",
        at="2026-12-01T10:00:00Z",
    )
    fixed, stale = apply_corrections(SEED, [c])
    assert stale == [] and fixed["corrections"][0]["value"] == 1
    assert validate_record(fixed) == []


def test_two_errors_inside_a_nullable_object_are_both_reported() -> None:
    record = copy.deepcopy(SEED)
    record["funding"]["unit"] = 3
    record["funding"]["rows"][0]["source"] = "federal"
    errors = validate_record(record)
    assert any(e.startswith("funding.unit: 3 is not of type") for e in errors), errors
    assert any(e.startswith("funding.rows[0].source: 'federal' is not one of") for e in errors), errors


def _undeclared(value: Any, tp: Any, path: str, out: set[str]) -> None:
    """Paths of keys in ``value`` that the model type ``tp`` does not declare."""
    import typing

    from pledgecard.record import _strip

    tp = _strip(tp)
    if isinstance(tp, type) and issubclass(tp, dict) and isinstance(value, dict):
        hints = typing.get_type_hints(tp)
        for k, v in value.items():
            if k in hints:
                _undeclared(v, hints[k], f"{path}.{k}", out)
            else:
                out.add(f"{path}.{k}")
    elif typing.get_origin(tp) is list and isinstance(value, list):
        for v in value:
            _undeclared(v, typing.get_args(tp)[0], f"{path}[]", out)


def test_every_key_the_extractor_writes_is_declared_by_the_model() -> None:
    """The model is the whole shape: the seed card as extracted, and every golden record, hold no
    key that pledgecard/record.py does not declare (open objects would let one pass the schema)."""
    from pledgecard import extract_file
    from pledgecard.record import CardRecord

    records = extract_file(SHARED / "seeds" / "gangwon-2-20-2024Q4.txt")
    for p in GOLDENS:
        golden = json.loads(p.read_text(encoding="utf-8"))
        records += golden if isinstance(golden, list) else [golden]
    out: set[str] = set()
    for record in records:
        _undeclared(record, CardRecord, "", out)
    assert out == set()
    wrong: set[str] = set()
    _undeclared({**SEED, "header": {**SEED["header"], "phone": "1"}, "extra": 1}, CardRecord, "", wrong)
    assert wrong == {".header.phone", ".extra"}  # the walk finds what is not declared
