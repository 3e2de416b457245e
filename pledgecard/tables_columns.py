"""The batch tables' columns: each table's named and typed columns (:data:`TABLE_DTYPES`, a
record field's type read from the record's model by :func:`of`) and the columns keying its rows."""

from __future__ import annotations

from pledgecard.record import scalar_type

S, N, F, B = "string", "Int64", "Float64", "boolean"
# Column type of a record field's Python type (pledgecard.record); lists (coop_depts) are joined.
_OF_TYPE: dict[type, str] = {str: S, int: N, float: F, bool: B, list: S}


def of(path: str) -> str:
    """The column type of the record field at ``path`` (``[]`` steps into a list), read from the
    record's model (:mod:`pledgecard.record`).

    >>> of("overview.budget.total_krw"), of("goals[].target_value"), of("header.title")
    ('Int64', 'Float64', 'string')
    """
    return _OF_TYPE[scalar_type(path)]


_KEY = [("card_id", of("card_id")), ("as_of", of("as_of.label")), ("source_sha256", of("source.sha256"))]
# Last columns of every card table (schema 1.1): the card's government and its warehouse key
# (issuer + card_id, see pledgecard.identity); the cards table adds the key's variant.
_IDENTITY = [("issuer", of("header.issuer")), ("card_key", S)]


def _date_cols(
    prefix: str, path: str, parts: tuple[str, ...] = ("raw", "label", "start", "end", "precision")
) -> list:
    return [(f"{prefix}_{k}", of(f"{path}.{k}")) for k in parts]


_A, _G, _P = "achievements[]", "goals[]", "plans[]"
_PARTS, _ROWS, _COLS = "overview.budget.parts[]", "funding.rows[]", "funding.columns[]"
_COUNTS, _ITEMS = "achievements[].counts[]", "outreach.items[]"

TABLE_DTYPES: dict[str, dict[str, str]] = {
    "cards": dict(
        [
            ("card_id", of("card_id")),
            ("as_of", of("as_of.label")),
            ("as_of_start", of("as_of.start")),
            ("as_of_end", of("as_of.end")),
            ("source_sha256", of("source.sha256")),
            ("source_file", of("source.file")),
            ("source_format", of("source.format")),
            ("card_index", of("source.card_index")),
            ("page_start", of("source.page_start")),
            ("page_end", of("source.page_end")),
            ("kind_label", of("header.kind")),
            ("title", of("header.title")),
            ("mgmt_no", of("header.mgmt_no")),
            ("lead_dept", of("header.lead_dept")),
            ("contact_name", of("header.contact_name")),
            ("contact_phone", of("header.contact_phone")),
            ("coop_depts", of("header.coop_depts")),
            ("target", of("header.target")),
            ("status_label", of("header.status")),
            ("status_code", of("header.status_code")),
            *_date_cols("period", "overview.period", ("raw", "label", "start", "end")),
            ("budget_raw", of("overview.budget.raw")),
            ("budget_unit_label", of("overview.budget.unit")),
            ("budget_total_krw", of("overview.budget.total_krw")),
            ("funding_unit_label", of("funding.unit")),
            ("outreach_total", of("outreach.total")),
            ("outreach_unit_label", of("outreach.unit")),
            ("n_achievements", N),
            ("n_goals", N),
            *_IDENTITY,
            ("variant", S),
        ]
    ),
    "budget_parts": dict(
        _KEY
        + [
            ("part_index", N),
            ("part_label", of(f"{_PARTS}.label")),
            ("source_code", of(f"{_PARTS}.source")),
            ("amount_krw", of(f"{_PARTS}.amount_krw")),
        ]
    ),
    "funding": dict(
        _KEY
        + [
            ("row_index", N),
            ("row_label", of(f"{_ROWS}.label")),
            ("source_code", of(f"{_ROWS}.source")),
            ("col_index", N),
            ("col_label", of(f"{_COLS}.label")),
            ("col_kind", of(f"{_COLS}.kind")),
            ("year", of(f"{_COLS}.year")),
            ("unit_label", of("funding.unit")),
            ("amount_krw", of(f"{_ROWS}.amounts_krw[]")),
        ]
    ),
    "achievements": dict(
        _KEY
        + [
            ("item_index", N),
            ("group_label", of(f"{_A}.group")),
            ("group_as_of", of(f"{_A}.group_as_of.label")),
            ("level", of(f"{_A}.level")),
            ("parent_index", of(f"{_A}.parent")),
            ("marker", of(f"{_A}.marker")),
            ("text", of(f"{_A}.text")),
            *_date_cols("date", f"{_A}.date"),
        ]
    ),
    "achievement_counts": dict(
        _KEY
        + [
            ("item_index", N),
            ("count_index", N),
            ("value", of(f"{_COUNTS}.value")),
            ("unit_label", of(f"{_COUNTS}.unit")),
            ("label", of(f"{_COUNTS}.label")),
        ]
    ),
    "achievement_orgs": dict(_KEY + [("item_index", N), ("org_index", N), ("org", of(f"{_A}.orgs[]"))]),
    "side_table_cells": dict(
        _KEY
        + [
            ("table_index", N),
            ("title", of("tables[].title")),
            ("after_item", of("tables[].after_item")),
            ("part", S),
            ("row_index", N),
            ("col_index", N),
            ("text", of("tables[].rows[][]")),
        ]
    ),
    "goals": dict(
        _KEY
        + [
            ("goal_index", N),
            ("project", of(f"{_G}.project")),
            ("year", of(f"{_G}.year")),
            ("target", of(f"{_G}.target")),
            ("target_value", of(f"{_G}.target_value")),
            ("target_unit_label", of(f"{_G}.target_unit")),
            ("status_label", of(f"{_G}.status")),
            ("actual", of(f"{_G}.actual")),
            ("actual_value", of(f"{_G}.actual_value")),
            ("detail", of(f"{_G}.detail")),
        ]
    ),
    "outreach": dict(
        _KEY
        + [
            ("item_index", N),
            ("category", of(f"{_ITEMS}.category")),
            ("item_label", of(f"{_ITEMS}.label")),
            ("count", of(f"{_ITEMS}.count")),
            ("note", of(f"{_ITEMS}.note")),
            ("unit_label", of("outreach.unit")),
        ]
    ),
    "plans": dict(
        _KEY
        + [
            ("plan_index", N),
            ("text", of(f"{_P}.text")),
            *_date_cols("date", f"{_P}.date", ("raw", "label", "start", "end")),
        ]
    ),
    "effects": dict(_KEY + [("effect_index", N), ("text", of("effects[]"))]),
    "findings": dict(
        _KEY
        + [
            ("check", S),
            ("code", S),
            ("severity", S),
            ("success", B),
            ("observed", S),
            ("expected", S),
            ("location", S),
            ("page", N),
            ("message", S),
            ("source_location", S),
            ("source_position", S),  # the structured source_location as JSON (format, page, line, cell, bbox)
        ]
    ),
    "files": dict(
        [
            ("run_id", S),
            ("path", S),
            ("sha256", S),
            ("format", S),
            ("size", N),
            ("cards_found", N),
            ("status", S),
            ("error_code", S),
            ("error", S),
            ("notes", S),
            ("duplicate_of", S),
        ]
    ),
}

# Schema 1.1 tables (appended): reviewers' corrections applied to each card, and the changes from
# a pledge's previous version (pledgecard.history) to this card.
TABLE_DTYPES["corrections"] = dict(
    _KEY
    + [
        ("correction_index", N),
        ("path", S),
        ("extracted", S),
        ("value", S),
        ("note", S),
        ("corrected_by", S),
        ("corrected_at", S),
    ]
)
TABLE_DTYPES["changes"] = dict(
    _KEY
    + [
        ("pledge_key", S),
        ("mgmt_no", S),
        ("from_card_key", S),
        ("from_as_of", S),
        ("to_as_of", S),
        ("field", S),
        ("change", S),
        ("path", S),
        ("old_value", S),
        ("new_value", S),
    ]
)

for _name, _cols in TABLE_DTYPES.items():
    if _name not in ("cards", "files"):
        _cols.update(_IDENTITY)

TABLE_COLUMNS: dict[str, list[str]] = {name: list(cols) for name, cols in TABLE_DTYPES.items()}

# The columns that make a row unique: the card's warehouse key (``card_key``: issuer + card_id,
# which embeds the as-of quarter, plus a content suffix for a second card on the same key) and
# the table's index columns; for the warehouse's keys.
TABLE_KEYS: dict[str, list[str]] = {
    "cards": ["card_key"],
    "budget_parts": ["card_key", "part_index"],
    "funding": ["card_key", "row_index", "col_index"],
    "achievements": ["card_key", "item_index"],
    "achievement_counts": ["card_key", "item_index", "count_index"],
    "achievement_orgs": ["card_key", "item_index", "org_index"],
    "side_table_cells": ["card_key", "table_index", "part", "row_index", "col_index"],
    "goals": ["card_key", "goal_index"],
    "outreach": ["card_key", "item_index"],
    "plans": ["card_key", "plan_index"],
    "effects": ["card_key", "effect_index"],
    "findings": ["card_key", "code", "location", "source_location"],
    "files": ["path"],
    "corrections": ["card_key", "path"],
    "changes": ["card_key", "change", "path"],
}
