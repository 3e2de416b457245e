"""The batch tables' rows: a card record's rows of each table, keyed by the card, and the rows of
its findings and of the files read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from pledgecard.identity import base_key, issuer_of
from pledgecard.record import as_date, as_list, as_map


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
        **key,
        "variant": variant,
        "as_of_start": as_of["start"],
        "as_of_end": as_of["end"],
        "source_file": src.get("file"),
        "source_format": src.get("format"),
        "card_index": src.get("card_index"),
        "page_start": src.get("page_start"),
        "page_end": src.get("page_end"),
        "kind_label": hdr.get("kind"),
        "title": hdr.get("title"),
        "mgmt_no": hdr.get("mgmt_no"),
        "lead_dept": hdr.get("lead_dept"),
        "contact_name": hdr.get("contact_name"),
        "contact_phone": hdr.get("contact_phone"),
        "coop_depts": "; ".join(str(x) for x in coop) if isinstance(coop, list) else coop,
        "target": hdr.get("target"),
        "status_label": hdr.get("status"),
        "status_code": hdr.get("status_code"),
        "period_raw": period["raw"],
        "period_label": period["label"],
        "period_start": period["start"],
        "period_end": period["end"],
        "budget_raw": budget.get("raw"),
        "budget_unit_label": budget.get("unit"),
        "budget_total_krw": budget.get("total_krw"),
        "funding_unit_label": as_map(rec.get("funding")).get("unit"),
        "outreach_total": outreach.get("total"),
        "outreach_unit_label": outreach.get("unit"),
        "n_achievements": len(as_list(rec.get("achievements"))),
        "n_goals": len(as_list(rec.get("goals"))),
    }


def record_rows(
    rec: Mapping[str, Any], out: dict[str, list[dict[str, Any]]], variant: str | None
) -> dict[str, Any]:
    key = card_key(rec, variant)
    out["cards"].append(_card_row(rec, key, variant))
    budget = as_map(as_map(rec.get("overview")).get("budget"))
    for i, part in enumerate(as_list(budget.get("parts"))):
        p = as_map(part)
        out["budget_parts"].append(
            {
                **key,
                "part_index": i,
                "part_label": p.get("label"),
                "source_code": p.get("source"),
                "amount_krw": p.get("amount_krw"),
            }
        )
    funding = as_map(rec.get("funding"))
    cols = [as_map(c) for c in as_list(funding.get("columns"))]
    for r, row in enumerate(as_list(funding.get("rows"))):
        row = as_map(row)
        for c, amount in enumerate(as_list(row.get("amounts_krw"))):
            col = cols[c] if c < len(cols) else {}
            out["funding"].append(
                {
                    **key,
                    "row_index": r,
                    "row_label": row.get("label"),
                    "source_code": row.get("source"),
                    "col_index": c,
                    "col_label": col.get("label"),
                    "col_kind": col.get("kind"),
                    "year": col.get("year"),
                    "unit_label": funding.get("unit"),
                    "amount_krw": amount,
                }
            )
    for i, item in enumerate(as_list(rec.get("achievements"))):
        it = as_map(item)
        dt = as_date(it.get("date"))
        out["achievements"].append(
            {
                **key,
                "item_index": i,
                "group_label": it.get("group"),
                "group_as_of": as_date(it.get("group_as_of"))["label"],
                "level": it.get("level"),
                "parent_index": it.get("parent"),
                "marker": it.get("marker"),
                "text": it.get("text"),
                "date_raw": dt["raw"],
                "date_label": dt["label"],
                "date_start": dt["start"],
                "date_end": dt["end"],
                "date_precision": dt["precision"],
            }
        )
        for j, cnt in enumerate(as_list(it.get("counts"))):
            cn = as_map(cnt)
            out["achievement_counts"].append(
                {
                    **key,
                    "item_index": i,
                    "count_index": j,
                    "value": cn.get("value"),
                    "unit_label": cn.get("unit"),
                    "label": cn.get("label"),
                }
            )
        for j, org in enumerate(as_list(it.get("orgs"))):
            out["achievement_orgs"].append({**key, "item_index": i, "org_index": j, "org": org})
    for t, table in enumerate(as_list(rec.get("tables"))):
        tb = as_map(table)
        for part in ("header", "rows"):
            for r, cells in enumerate(as_list(tb.get(part))):
                for c, text in enumerate(as_list(cells)):
                    out["side_table_cells"].append(
                        {
                            **key,
                            "table_index": t,
                            "title": tb.get("title"),
                            "after_item": tb.get("after_item"),
                            "part": "header" if part == "header" else "body",
                            "row_index": r,
                            "col_index": c,
                            "text": text,
                        }
                    )
    for g, goal in enumerate(as_list(rec.get("goals"))):
        gl = as_map(goal)
        out["goals"].append(
            {
                **key,
                "goal_index": g,
                "project": gl.get("project"),
                "year": gl.get("year"),
                "target": gl.get("target"),
                "target_value": gl.get("target_value"),
                "target_unit_label": gl.get("target_unit"),
                "status_label": gl.get("status"),
                "actual": gl.get("actual"),
                "actual_value": gl.get("actual_value"),
                "detail": gl.get("detail"),
            }
        )
    outreach = as_map(rec.get("outreach"))
    for i, item in enumerate(as_list(outreach.get("items"))):
        it = as_map(item)
        out["outreach"].append(
            {
                **key,
                "item_index": i,
                "category": it.get("category"),
                "item_label": it.get("label"),
                "count": it.get("count"),
                "note": it.get("note"),
                "unit_label": outreach.get("unit"),
            }
        )
    for i, plan in enumerate(as_list(rec.get("plans"))):
        pl = as_map(plan)
        dt = as_date(pl.get("date"))
        out["plans"].append(
            {
                **key,
                "plan_index": i,
                "text": pl.get("text"),
                "date_raw": dt["raw"],
                "date_label": dt["label"],
                "date_start": dt["start"],
                "date_end": dt["end"],
            }
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
            **key,
            "correction_index": i,
            "path": c.get("path"),
            "extracted": json_value(c.get("extracted")),
            "value": json_value(c.get("value")),
            "note": c.get("note"),
            "corrected_by": c.get("by"),
            "corrected_at": c.get("at"),
        }
    return list(rows.values())


def json_value(value: Any) -> str:
    """A record value as JSON (``null`` for None: the key always has a value)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _json_or_none(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _finding_key(f: Mapping[str, Any], keys: Mapping[Any, dict[str, Any]]) -> dict[str, Any]:
    """The key of the card a finding is about: by ``card_key``, else by its copy (``source_sha256``
    and card_id), else by card_id."""
    for k in (
        ("key", f.get("card_key")),
        ("copy", f.get("source_sha256"), f.get("card_id")),
        ("id", f.get("card_id")),
    ):
        if k[-1] is not None and k in keys:
            return keys[k]
    cid = f.get("card_id")
    return {
        "card_id": cid,
        "as_of": None,
        "source_sha256": f.get("source_sha256"),
        "issuer": None,
        "card_key": f.get("card_key") or (None if cid is None else str(cid)),
    }


def finding_rows(findings: Iterable[Mapping[str, Any]], keys: Mapping[Any, dict[str, Any]]) -> list[dict]:
    rows = []
    for f in findings:
        key = _finding_key(f, keys)
        rows.append(
            {
                **key,
                "check": f.get("check"),
                "code": f.get("code"),
                "severity": f.get("severity"),
                "success": f.get("success"),
                "observed": _json_or_none(f.get("observed")),
                "expected": _json_or_none(f.get("expected")),
                "location": f.get("location"),
                "page": f.get("page"),
                "message": f.get("message"),
                "source_location": f.get("source_location"),
                "source_position": _json_or_none(f.get("source_position")),
            }
        )
    return rows


def file_rows(files: Iterable[Mapping[str, Any]], run_id: str | None) -> list[dict[str, Any]]:
    rows = []
    for f in files:
        notes = f.get("notes")
        rows.append(
            {
                "run_id": f.get("run_id", run_id),
                "path": f.get("path"),
                "sha256": f.get("sha256"),
                "format": f.get("format"),
                "size": f.get("size"),
                "cards_found": f.get("cards_found"),
                "status": f.get("status"),
                "error_code": f.get("error_code"),
                "error": f.get("error"),
                "notes": "; ".join(str(n) for n in notes) if isinstance(notes, list) else notes,
                "duplicate_of": f.get("duplicate_of"),
            }
        )
    return rows
