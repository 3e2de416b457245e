"""The card record's shape, defined once (CARD_SCHEMA.md): typed dicts for every object of the
record, and the one set of helpers that walk a record read from JSON.

Records stay plain dicts (JSON Lines in, JSON Lines out); these ``TypedDict`` classes are what the
extractors promise to return (type hints), what the shipped JSON Schema is generated from
(:mod:`pledgecard.schema`, ``python -m pledgecard.schema`` rewrites ``schema/card.schema.json``),
and what the batch tables take their column types from (:func:`scalar_type`).

Field constraints that a Python type cannot say (patterns, minimums) ride along as :class:`Json`
metadata in ``Annotated``; a class declared ``closed=True`` admits no other keys (PEP 728).
This module imports nothing from the pipeline's stages (and no third-party package but
``typing_extensions``), so every stage may import it.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from typing import Annotated, Any, Literal, NotRequired, Union, get_args, get_origin

from typing_extensions import TypedDict

__all__ = [
    "Achievement",
    "Budget",
    "BudgetPart",
    "CardRecord",
    "ColumnKind",
    "Correction",
    "Count",
    "DateObject",
    "DATE_RULE",
    "RULES",
    "Format",
    "Funding",
    "FundingColumn",
    "FundingRow",
    "Goal",
    "Header",
    "Json",
    "Outreach",
    "OutreachCategory",
    "OutreachItem",
    "Overview",
    "Plan",
    "Precision",
    "SideTable",
    "Source",
    "SourceCode",
    "StatusCode",
    "Unparsed",
    "as_date",
    "as_list",
    "as_map",
    "at",
    "scalar_type",
]


class Json:
    """JSON Schema keywords for one field, beyond what its type says
    (``Annotated[str, Json(pattern="^.+@.+$")]``).

    The schema generator (pydantic) calls :meth:`__get_pydantic_json_schema__`; nothing here
    imports pydantic.
    """

    __slots__ = ("keywords",)

    def __init__(self, **keywords: Any) -> None:
        self.keywords = keywords

    def __repr__(self) -> str:
        return f"Json({', '.join(f'{k}={v!r}' for k, v in self.keywords.items())})"

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema = dict(handler(core_schema))
        schema.update(self.keywords)
        return schema


# -- codes -------------------------------------------------------------------------------------

Format = Literal[
    "txt", "pdf", "hwp", "hwpx"
]  # the one list of formats (each registered in extract/formats.py)
Precision = Literal["day", "month", "quarter", "half", "semester", "year"]
StatusCode = Literal[
    "done", "ongoing_normal", "ongoing_delayed", "partial", "continuing", "not_started", "dropped", "other"
]
SourceCode = Literal["total", "national", "local", "provincial", "municipal", "district", "private", "other"]
ColumnKind = Literal["total", "prior", "year", "after_term", "other"]
OutreachCategory = Literal["meetings", "survey", "experts", "media", "other"]

_LABEL = r"\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]|S[12]))?"
_ISO_DAY = Json(pattern=r"^\d{4}-\d{2}-\d{2}$", format="date")
Text = str | None


# -- the record --------------------------------------------------------------------------------


class DateObject(TypedDict, closed=True):
    """A date expression: null label/start/end/precision when unreadable; end null for an open range."""

    raw: Annotated[str, Json(description="the expression as printed (trimmed, white space folded)")]
    label: Annotated[str | None, Json(pattern=f"^({_LABEL})(/({_LABEL}|\\.\\.))?$")]
    start: Annotated[str | None, _ISO_DAY]
    end: Annotated[str | None, _ISO_DAY]
    precision: Precision | None


# A readable date has a start and a precision; an unreadable one (label null) has neither.
DATE_RULE: dict[str, Any] = {
    "if": {"type": "object", "properties": {"label": {"type": "null"}}, "required": ["label"]},
    "then": {
        "properties": {"start": {"type": "null"}, "end": {"type": "null"}, "precision": {"type": "null"}}
    },
    "else": {"properties": {"start": {"type": "string"}, "precision": {"type": "string"}}},
}
Date = DateObject | None
# Rules over several fields of one object, for the schema generator (JSON Schema keywords).
RULES: dict[type, dict[str, Any]] = {DateObject: DATE_RULE}


class Count(TypedDict):
    value: int
    unit: str
    label: str | None


class Source(TypedDict, closed=True):
    file: str
    sha256: Annotated[str, Json(pattern="^[0-9a-f]{64}$")]
    format: Format
    card_index: Annotated[int, Json(minimum=0)]
    page_start: Annotated[int | None, Json(minimum=1)]
    page_end: Annotated[int | None, Json(minimum=1)]
    ocr_pages: NotRequired[list[Annotated[int, Json(minimum=1)]]]  # schema 1.1
    coverage: NotRequired[Annotated[float | None, Json(minimum=0, maximum=1)]]  # schema 1.1


class Header(TypedDict, closed=True):
    kind: Text
    title: Text
    mgmt_no: Text
    lead_dept: Text
    contact_name: Text
    contact_phone: Text
    coop_depts: list[str]
    target: Text
    status: Text
    status_code: StatusCode | None
    issuer: NotRequired[
        Annotated[
            str | None,
            Json(
                description="schema 1.1: the government the card belongs to, as printed or as given by the user; "
                "null when unknown"
            ),
        ]
    ]


class BudgetPart(TypedDict):
    label: str
    source: SourceCode | None
    amount_krw: int | None


class Budget(TypedDict):
    raw: str
    unit: Text
    total_krw: int | None
    parts: list[BudgetPart]


class Overview(TypedDict):
    period: Date
    budget: Budget | None
    contents: list[str]
    notes: list[str]


class FundingColumn(TypedDict):
    label: str
    kind: ColumnKind
    year: int | None


class FundingRow(TypedDict):
    label: str
    source: SourceCode | None
    amounts_krw: list[int | None]
    amounts_raw: NotRequired[list[str]]  # the printed cells, when one of them could not be read


class Funding(TypedDict):
    unit: Text
    columns: list[FundingColumn]
    rows: list[FundingRow]


class Achievement(TypedDict):
    group: Text
    group_as_of: Date
    level: Annotated[int, Json(minimum=1)]
    parent: Annotated[int | None, Json(minimum=0)]
    marker: Text
    text: str
    date: Date
    counts: list[Count]
    orgs: list[str]


class SideTable(TypedDict):
    title: Text
    after_item: Annotated[int | None, Json(minimum=0)]
    header: list[list[str]]
    rows: list[list[str]]


class Goal(TypedDict):
    project: Text
    year: int | None
    target: Text
    target_value: float | None
    target_unit: Text
    status: Text
    actual: Text
    actual_value: float | None
    detail: Text


class OutreachItem(TypedDict):
    label: str | None  # null where a run of head words splits into labels more than one way
    category: OutreachCategory
    count: int | None
    note: Text
    raw: NotRequired[str]  # the printed count, when it could not be read


class Outreach(TypedDict):
    unit: Text
    total: int | None
    items: list[OutreachItem]
    total_raw: NotRequired[str]  # the printed total, when it could not be read


class Plan(TypedDict):
    text: str
    date: Date


class Unparsed(TypedDict):
    section: Text
    text: str
    location: Text


class Correction(TypedDict):
    """schema 1.1: a reviewer's correction; the field at ``path`` holds ``value``."""

    path: str
    extracted: Any
    value: Any
    note: Text
    by: Text
    at: Text


class CardRecord(TypedDict, closed=True):
    """One 공약사업 관리카드 as a record; see CARD_SCHEMA.md."""

    schema_version: Literal["1"]
    card_id: Annotated[str, Json(minLength=3, pattern="^.+@.+$")]
    source: Source
    header: Header
    as_of: Date
    overview: Overview | None
    funding: Funding | None
    achievements: list[Achievement]
    tables: list[SideTable]
    goals: list[Goal]
    outreach: Outreach | None
    plans: list[Plan]
    effects: list[str]
    unparsed: list[Unparsed]
    corrections: NotRequired[list[Correction]]  # schema 1.1


# -- the shape, read back (for the tables' column types) -------------------------------------


def _strip(tp: Any) -> Any:
    """``Annotated[X, ...]`` / ``NotRequired[X]`` / ``X | None`` -> ``X`` (unions of one type only)."""
    while True:
        origin = get_origin(tp)
        if origin is Annotated or origin is NotRequired:
            tp = get_args(tp)[0]
        elif origin in (Union, types.UnionType):
            rest = [a for a in get_args(tp) if a is not type(None)]
            if len(rest) != 1:
                raise TypeError(f"not one type: {tp!r}")
            tp = rest[0]
        else:
            return tp


def scalar_type(path: str, root: type = CardRecord) -> type:
    """The Python type of the values at ``path`` in a record (``[]`` steps into a list):
    ``str``, ``int``, ``float``, ``bool``, ``list`` or ``dict``; codes (``Literal``) are ``str``.

    >>> scalar_type("overview.budget.total_krw"), scalar_type("goals[].target_value")
    (<class 'int'>, <class 'float'>)
    >>> scalar_type("funding.rows[].amounts_krw[]"), scalar_type("header.coop_depts")
    (<class 'int'>, <class 'list'>)
    """
    tp: Any = root
    for step in path.split("."):
        name, lists = step.rstrip("[]"), step.count("[]")
        if not (isinstance(tp, type) and issubclass(tp, dict)):
            raise TypeError(f"{path}: {tp!r} has no fields ({name!r})")
        hints = typing.get_type_hints(tp, include_extras=True)
        if name not in hints:
            raise KeyError(f"{path}: no field {name!r} in {tp.__name__}")
        tp = _strip(hints[name])
        for _ in range(lists):
            if get_origin(tp) is not list:
                raise TypeError(f"{path}: {name} is not a list")
            tp = _strip(get_args(tp)[0])
    if get_origin(tp) is Literal:
        return type(get_args(tp)[0])
    origin = get_origin(tp)
    if origin is not None:
        return origin
    return dict if isinstance(tp, type) and issubclass(tp, dict) else tp


# -- walking a record read from JSON (any value may be missing or of the wrong type) ----------


def as_map(obj: Any) -> Mapping[str, Any]:
    """``obj`` when it is a mapping, else an empty one.

    >>> as_map({"a": 1}), as_map(None), as_map([1])
    ({'a': 1}, {}, {})
    """
    if type(obj) is dict:  # records read from JSON: skip the slower abstract-class check
        return obj
    return obj if isinstance(obj, Mapping) else {}


def as_list(obj: Any) -> list[Any]:
    """``obj`` as a list when it is a list or tuple, else an empty list.

    >>> as_list((1, 2)), as_list(None), as_list("ab")
    ([1, 2], [], [])
    """
    return list(obj) if isinstance(obj, list | tuple) else []


_DATE_KEYS = tuple(DateObject.__annotations__)


def as_date(obj: Any) -> dict[str, Any]:
    """Every key of a date object, ``None`` where missing (also for a missing date).

    >>> as_date(None)["label"], as_date({"label": "2024-Q4"})["label"]
    (None, '2024-Q4')
    """
    d = as_map(obj)
    return {k: d.get(k) for k in _DATE_KEYS}


def at(record: Any, path: str) -> Any:
    """The value at a dotted ``path`` of mappings, ``None`` where any step is missing.

    >>> at({"overview": {"budget": {"unit": "백만 원"}}}, "overview.budget.unit"), at({}, "a.b")
    ('백만 원', None)
    """
    node: Any = record
    for key in path.split("."):
        node = as_map(node).get(key)
    return node
