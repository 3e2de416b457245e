"""Batch tables: card records (CARD_SCHEMA.md) flattened into typed pandas DataFrames.

:func:`batch_tables` turns a batch of records (plus, optionally, validation findings and
``files.jsonl`` rows) into one DataFrame per table named in :data:`TABLE_COLUMNS`. Every table is
always present, with the same named and typed columns, even for an empty batch. Every row carries
``card_id``, ``as_of`` (the as-of label such as ``2024-Q4``, or null), ``source_sha256`` (the
canonical copy's file), ``issuer`` and ``card_key`` (issuer + card_id, see
:mod:`pledgecard.identity`); the key of a row is ``card_key`` plus the table's index columns.

Conventions: English snake_case column names, Korean labels in ``*_label`` columns, dates as ISO
strings (``YYYY-MM-DD``) in ``string`` columns, integers as nullable ``Int64``, goal values
(which may be fractional, e.g. percentages) as ``Float64``, flags as ``boolean``; list values
(``coop_depts``) are joined with ``'; '``; finding ``observed``/``expected`` are JSON strings.
A column read from a record field takes its type from the record's model (:func:`of`,
:mod:`pledgecard.record`); index, key and count columns say theirs.

Two tables come from more than one field: ``corrections`` (the reviewers' corrections a card
keeps, ``extracted`` and ``value`` as JSON, the record's ``by`` and ``at`` as
``corrected_by`` and ``corrected_at``) and ``changes`` (what changed from the previous
quarter's version of the pledge to this card, :mod:`pledgecard.history`; ``old_value`` and
``new_value`` as JSON, the row keyed by the later card).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from pledgecard.history import History
from pledgecard.identity import base_key, issuer_of
from pledgecard.record import as_date, as_list, as_map, scalar_type

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


def _date_cols(prefix: str, path: str, parts: tuple[str, ...] = ("raw", "label", "start", "end", "precision")) -> list:
    return [(f"{prefix}_{k}", of(f"{path}.{k}")) for k in parts]


_A, _G, _P = "achievements[]", "goals[]", "plans[]"
_PARTS, _ROWS, _COLS = "overview.budget.parts[]", "funding.rows[]", "funding.columns[]"
_COUNTS, _ITEMS = "achievements[].counts[]", "outreach.items[]"

TABLE_DTYPES: dict[str, dict[str, str]] = {
    "cards": dict(
        [
            ("card_id", of("card_id")), ("as_of", of("as_of.label")), ("as_of_start", of("as_of.start")),
            ("as_of_end", of("as_of.end")), ("source_sha256", of("source.sha256")),
            ("source_file", of("source.file")), ("source_format", of("source.format")),
            ("card_index", of("source.card_index")), ("page_start", of("source.page_start")),
            ("page_end", of("source.page_end")),
            ("kind_label", of("header.kind")), ("title", of("header.title")), ("mgmt_no", of("header.mgmt_no")),
            ("lead_dept", of("header.lead_dept")), ("contact_name", of("header.contact_name")),
            ("contact_phone", of("header.contact_phone")), ("coop_depts", of("header.coop_depts")),
            ("target", of("header.target")), ("status_label", of("header.status")),
            ("status_code", of("header.status_code")),
            *_date_cols("period", "overview.period", ("raw", "label", "start", "end")),
            ("budget_raw", of("overview.budget.raw")), ("budget_unit_label", of("overview.budget.unit")),
            ("budget_total_krw", of("overview.budget.total_krw")), ("funding_unit_label", of("funding.unit")),
            ("outreach_total", of("outreach.total")), ("outreach_unit_label", of("outreach.unit")),
            ("n_achievements", N), ("n_goals", N),
            *_IDENTITY, ("variant", S),
        ]
    ),
    "budget_parts": dict(
        _KEY + [("part_index", N), ("part_label", of(f"{_PARTS}.label")), ("source_code", of(f"{_PARTS}.source")),
                ("amount_krw", of(f"{_PARTS}.amount_krw"))]
    ),
    "funding": dict(
        _KEY
        + [
            ("row_index", N), ("row_label", of(f"{_ROWS}.label")), ("source_code", of(f"{_ROWS}.source")),
            ("col_index", N), ("col_label", of(f"{_COLS}.label")), ("col_kind", of(f"{_COLS}.kind")),
            ("year", of(f"{_COLS}.year")), ("unit_label", of("funding.unit")),
            ("amount_krw", of(f"{_ROWS}.amounts_krw[]")),
        ]
    ),
    "achievements": dict(
        _KEY
        + [
            ("item_index", N), ("group_label", of(f"{_A}.group")), ("group_as_of", of(f"{_A}.group_as_of.label")),
            ("level", of(f"{_A}.level")), ("parent_index", of(f"{_A}.parent")), ("marker", of(f"{_A}.marker")),
            ("text", of(f"{_A}.text")), *_date_cols("date", f"{_A}.date"),
        ]
    ),
    "achievement_counts": dict(
        _KEY + [("item_index", N), ("count_index", N), ("value", of(f"{_COUNTS}.value")),
                ("unit_label", of(f"{_COUNTS}.unit")), ("label", of(f"{_COUNTS}.label"))]
    ),
    "achievement_orgs": dict(_KEY + [("item_index", N), ("org_index", N), ("org", of(f"{_A}.orgs[]"))]),
    "side_table_cells": dict(
        _KEY
        + [
            ("table_index", N), ("title", of("tables[].title")), ("after_item", of("tables[].after_item")),
            ("part", S), ("row_index", N), ("col_index", N), ("text", of("tables[].rows[][]")),
        ]
    ),
    "goals": dict(
        _KEY
        + [
            ("goal_index", N), ("project", of(f"{_G}.project")), ("year", of(f"{_G}.year")),
            ("target", of(f"{_G}.target")), ("target_value", of(f"{_G}.target_value")),
            ("target_unit_label", of(f"{_G}.target_unit")), ("status_label", of(f"{_G}.status")),
            ("actual", of(f"{_G}.actual")), ("actual_value", of(f"{_G}.actual_value")),
            ("detail", of(f"{_G}.detail")),
        ]
    ),
    "outreach": dict(
        _KEY
        + [
            ("item_index", N), ("category", of(f"{_ITEMS}.category")), ("item_label", of(f"{_ITEMS}.label")),
            ("count", of(f"{_ITEMS}.count")), ("note", of(f"{_ITEMS}.note")), ("unit_label", of("outreach.unit")),
        ]
    ),
    "plans": dict(
        _KEY
        + [("plan_index", N), ("text", of(f"{_P}.text")),
           *_date_cols("date", f"{_P}.date", ("raw", "label", "start", "end"))]
    ),
    "effects": dict(_KEY + [("effect_index", N), ("text", of("effects[]"))]),
    "findings": dict(
        _KEY
        + [
            ("check", S), ("code", S), ("severity", S), ("success", B), ("observed", S), ("expected", S),
            ("location", S), ("page", N), ("message", S),
        ]
    ),
    "files": dict(
        [
            ("run_id", S), ("path", S), ("sha256", S), ("format", S), ("size", N), ("cards_found", N),
            ("status", S), ("error_code", S), ("error", S), ("notes", S), ("duplicate_of", S),
        ]
    ),
}

# Schema 1.1 tables (appended): reviewers' corrections applied to each card, and the changes from
# a pledge's previous version (pledgecard.history) to this card.
TABLE_DTYPES["corrections"] = dict(
    _KEY + [("correction_index", N), ("path", S), ("extracted", S), ("value", S), ("note", S), ("corrected_by", S), ("corrected_at", S)]
)
TABLE_DTYPES["changes"] = dict(
    _KEY
    + [
        ("pledge_key", S), ("mgmt_no", S), ("from_card_key", S), ("from_as_of", S), ("to_as_of", S), ("field", S),
        ("change", S), ("path", S), ("old_value", S), ("new_value", S),
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
    "findings": ["card_key", "code", "location"],
    "files": ["path"],
    "corrections": ["card_key", "path"],
    "changes": ["card_key", "change", "path"],
}


def card_key(record: Mapping[str, Any], variant: str | None = None) -> dict[str, Any]:
    """The key columns every row of ``record`` carries; ``variant`` tells apart a second card on
    the same issuer + card_id (:func:`pledgecard.identity.resolve`)."""
    base = base_key(record)
    return {
        "card_id": record.get("card_id"),
        "as_of": as_map(record.get("as_of")).get("label"),
        "source_sha256": as_map(record.get("source")).get("sha256"),
        "issuer": issuer_of(record),
        "card_key": f"{base}#{variant}" if variant else base,
    }


def _card_row(rec: Mapping[str, Any], key: dict[str, Any], variant: str | None) -> dict[str, Any]:
    src, hdr, ov = as_map(rec.get("source")), as_map(rec.get("header")), as_map(rec.get("overview"))
    as_of, period, budget = as_date(rec.get("as_of")), as_date(ov.get("period")), as_map(ov.get("budget"))
    outreach = as_map(rec.get("outreach"))
    coop = hdr.get("coop_depts")
    return {
        **key, "variant": variant,
        "as_of_start": as_of["start"], "as_of_end": as_of["end"],
        "source_file": src.get("file"), "source_format": src.get("format"),
        "card_index": src.get("card_index"), "page_start": src.get("page_start"),
        "page_end": src.get("page_end"),
        "kind_label": hdr.get("kind"), "title": hdr.get("title"), "mgmt_no": hdr.get("mgmt_no"),
        "lead_dept": hdr.get("lead_dept"), "contact_name": hdr.get("contact_name"),
        "contact_phone": hdr.get("contact_phone"),
        "coop_depts": "; ".join(str(x) for x in coop) if isinstance(coop, list) else coop,
        "target": hdr.get("target"), "status_label": hdr.get("status"), "status_code": hdr.get("status_code"),
        "period_raw": period["raw"], "period_label": period["label"],
        "period_start": period["start"], "period_end": period["end"],
        "budget_raw": budget.get("raw"), "budget_unit_label": budget.get("unit"),
        "budget_total_krw": budget.get("total_krw"),
        "funding_unit_label": as_map(rec.get("funding")).get("unit"),
        "outreach_total": outreach.get("total"), "outreach_unit_label": outreach.get("unit"),
        "n_achievements": len(as_list(rec.get("achievements"))), "n_goals": len(as_list(rec.get("goals"))),
    }


def _record_rows(rec: Mapping[str, Any], out: dict[str, list[dict[str, Any]]], variant: str | None) -> dict[str, Any]:
    key = card_key(rec, variant)
    out["cards"].append(_card_row(rec, key, variant))
    budget = as_map(as_map(rec.get("overview")).get("budget"))
    for i, part in enumerate(as_list(budget.get("parts"))):
        p = as_map(part)
        out["budget_parts"].append(
            {**key, "part_index": i, "part_label": p.get("label"), "source_code": p.get("source"),
             "amount_krw": p.get("amount_krw")}
        )
    funding = as_map(rec.get("funding"))
    cols = [as_map(c) for c in as_list(funding.get("columns"))]
    for r, row in enumerate(as_list(funding.get("rows"))):
        row = as_map(row)
        for c, amount in enumerate(as_list(row.get("amounts_krw"))):
            col = cols[c] if c < len(cols) else {}
            out["funding"].append(
                {**key, "row_index": r, "row_label": row.get("label"), "source_code": row.get("source"),
                 "col_index": c, "col_label": col.get("label"), "col_kind": col.get("kind"),
                 "year": col.get("year"), "unit_label": funding.get("unit"), "amount_krw": amount}
            )
    for i, item in enumerate(as_list(rec.get("achievements"))):
        it = as_map(item)
        dt = as_date(it.get("date"))
        out["achievements"].append(
            {**key, "item_index": i, "group_label": it.get("group"),
             "group_as_of": as_date(it.get("group_as_of"))["label"], "level": it.get("level"),
             "parent_index": it.get("parent"), "marker": it.get("marker"), "text": it.get("text"),
             "date_raw": dt["raw"], "date_label": dt["label"], "date_start": dt["start"],
             "date_end": dt["end"], "date_precision": dt["precision"]}
        )
        for j, cnt in enumerate(as_list(it.get("counts"))):
            cn = as_map(cnt)
            out["achievement_counts"].append(
                {**key, "item_index": i, "count_index": j, "value": cn.get("value"),
                 "unit_label": cn.get("unit"), "label": cn.get("label")}
            )
        for j, org in enumerate(as_list(it.get("orgs"))):
            out["achievement_orgs"].append({**key, "item_index": i, "org_index": j, "org": org})
    for t, table in enumerate(as_list(rec.get("tables"))):
        tb = as_map(table)
        for part in ("header", "rows"):
            for r, cells in enumerate(as_list(tb.get(part))):
                for c, text in enumerate(as_list(cells)):
                    out["side_table_cells"].append(
                        {**key, "table_index": t, "title": tb.get("title"), "after_item": tb.get("after_item"),
                         "part": "header" if part == "header" else "body", "row_index": r, "col_index": c,
                         "text": text}
                    )
    for g, goal in enumerate(as_list(rec.get("goals"))):
        gl = as_map(goal)
        out["goals"].append(
            {**key, "goal_index": g, "project": gl.get("project"), "year": gl.get("year"),
             "target": gl.get("target"), "target_value": gl.get("target_value"),
             "target_unit_label": gl.get("target_unit"), "status_label": gl.get("status"),
             "actual": gl.get("actual"), "actual_value": gl.get("actual_value"), "detail": gl.get("detail")}
        )
    outreach = as_map(rec.get("outreach"))
    for i, item in enumerate(as_list(outreach.get("items"))):
        it = as_map(item)
        out["outreach"].append(
            {**key, "item_index": i, "category": it.get("category"), "item_label": it.get("label"),
             "count": it.get("count"), "note": it.get("note"), "unit_label": outreach.get("unit")}
        )
    for i, plan in enumerate(as_list(rec.get("plans"))):
        pl = as_map(plan)
        dt = as_date(pl.get("date"))
        out["plans"].append(
            {**key, "plan_index": i, "text": pl.get("text"), "date_raw": dt["raw"], "date_label": dt["label"],
             "date_start": dt["start"], "date_end": dt["end"]}
        )
    for i, effect in enumerate(as_list(rec.get("effects"))):
        out["effects"].append({**key, "effect_index": i, "text": effect})
    out["corrections"] += _correction_rows(rec, key)
    return key


def _correction_rows(rec: Mapping[str, Any], key: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``corrections`` rows of ``rec``: the extracted and the corrected value as JSON."""
    rows: dict[Any, dict[str, Any]] = {}  # one row per path: the last correction of a path holds
    for i, entry in enumerate(as_list(rec.get("corrections"))):
        c = as_map(entry)
        rows[c.get("path")] = {
            **key, "correction_index": i, "path": c.get("path"), "extracted": _json_value(c.get("extracted")),
            "value": _json_value(c.get("value")), "note": c.get("note"), "corrected_by": c.get("by"), "corrected_at": c.get("at")}
    return list(rows.values())


def _json_value(value: Any) -> str:
    """A record value as JSON (``null`` for None: the key always has a value)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _json_or_none(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _finding_key(f: Mapping[str, Any], keys: Mapping[Any, dict[str, Any]]) -> dict[str, Any]:
    """The key of the card a finding is about: by ``card_key``, else by its copy (``source_sha256``
    and card_id), else by card_id."""
    for k in (("key", f.get("card_key")), ("copy", f.get("source_sha256"), f.get("card_id")), ("id", f.get("card_id"))):
        if k[-1] is not None and k in keys:
            return keys[k]
    cid = f.get("card_id")
    return {"card_id": cid, "as_of": None, "source_sha256": f.get("source_sha256"), "issuer": None,
            "card_key": f.get("card_key") or (None if cid is None else str(cid))}


def _finding_rows(findings: Iterable[Mapping[str, Any]], keys: Mapping[Any, dict[str, Any]]) -> list[dict]:
    rows = []
    for f in findings:
        key = _finding_key(f, keys)
        rows.append(
            {**key, "check": f.get("check"), "code": f.get("code"), "severity": f.get("severity"),
             "success": f.get("success"), "observed": _json_or_none(f.get("observed")),
             "expected": _json_or_none(f.get("expected")), "location": f.get("location"),
             "page": f.get("page"), "message": f.get("message")}
        )
    return rows


def _file_rows(files: Iterable[Mapping[str, Any]], run_id: str | None) -> list[dict[str, Any]]:
    rows = []
    for f in files:
        notes = f.get("notes")
        rows.append(
            {"run_id": f.get("run_id", run_id), "path": f.get("path"), "sha256": f.get("sha256"),
             "format": f.get("format"), "size": f.get("size"), "cards_found": f.get("cards_found"),
             "status": f.get("status"), "error_code": f.get("error_code"), "error": f.get("error"),
             "notes": "; ".join(str(n) for n in notes) if isinstance(notes, list) else notes,
             "duplicate_of": f.get("duplicate_of")}
        )
    return rows


_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def _cell(value: Any, dtype: str) -> Any:
    """One value coerced for its column type; anything that does not fit becomes null."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if dtype == N:
        if isinstance(value, bool):
            return int(value)
        if not isinstance(value, int):
            try:
                f = float(value)
            except (TypeError, ValueError, OverflowError):
                return None
            if not f.is_integer():
                return None
            value = int(f)
        return value if _INT64_MIN <= value <= _INT64_MAX else None
    if dtype == F:
        try:
            return float(value)
        except (TypeError, ValueError):
            return None
    if dtype == B:
        return bool(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def frame(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A DataFrame of table ``name`` with exactly its columns and dtypes (empty when no rows)."""
    dtypes = TABLE_DTYPES[name]
    data = {col: pd.array([_cell(r.get(col), dt) for r in rows], dtype=dt) for col, dt in dtypes.items()}
    return pd.DataFrame(data, columns=list(dtypes))


def batch_tables(
    records: Iterable[Mapping[str, Any]],
    *,
    findings: Iterable[Mapping[str, Any]] | None = None,
    files: Iterable[Mapping[str, Any]] | None = None,
    run_id: str | None = None,
    variants: Sequence[str | None] | None = None,
) -> dict[str, pd.DataFrame]:
    """Every batch table (see :data:`TABLE_COLUMNS`) for ``records`` (one per card: the
    canonical copies of :func:`pledgecard.identity.resolve`).

    ``findings`` (validation findings) and ``files`` (``FileResult.file_row()`` dicts) fill the
    ``findings`` and ``files`` tables; without them those tables are empty but typed.
    ``variants`` (line for line with ``records``) tells apart different cards on one key.
    """
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_DTYPES}
    keys: dict[Any, dict[str, Any]] = {}
    history = History()
    for i, rec in enumerate(records):
        if not isinstance(rec, Mapping):
            continue
        variant = variants[i] if variants is not None and i < len(variants) else None
        key = _record_rows(rec, out, variant)
        history.add(rec, key["card_key"], variant=variant)
        keys.setdefault(("key", key["card_key"]), key)
        keys.setdefault(("copy", key["source_sha256"], key["card_id"]), key)
        keys.setdefault(("id", key["card_id"]), key)
    out["changes"] = [{**row, "old_value": _json_value(row["old_value"]), "new_value": _json_value(row["new_value"])}
                      for row in history.rows()]
    if findings is not None:
        out["findings"] = _finding_rows(findings, keys)
    if files is not None:
        out["files"] = _file_rows(files, run_id)
    return {name: frame(name, rows) for name, rows in out.items()}
