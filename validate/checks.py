"""Check tables: every claim of a batch of card records put beside what it is checked against.

:func:`check_tables` returns one DataFrame per check table (``sums``, ``dates``, ``goals``,
``required``, ``amounts``); each row is one checked place of one card and carries ``row_id``
(unique in its table), ``card_id``, ``code`` (the check), ``location`` (the record path) and
``observed``/``expected``/``detail`` for the finding. The Great Expectations suites in
:mod:`pledgecard.validate.suites` decide which rows fail; this module only lays the facts out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from pledgecard.validate.textparse import list_claims, parts_claims

Row = dict[str, Any]

_SUB_LOCAL = ("provincial", "municipal", "district")
_DIGIT = re.compile(r"\d")
_DONE = re.compile(r"(?<!미)완료|^done$", re.IGNORECASE)

SUMS_COLUMNS = ["row_id", "card_id", "code", "location", "claimed", "parts_sum", "detail"]
DATES_COLUMNS = [
    "row_id", "card_id", "location", "kind", "raw", "label", "start", "end", "item_start", "item_reach",
    "ach_start", "period_start", "period_end", "as_of_end",
]
GOALS_COLUMNS = ["row_id", "card_id", "location", "status", "target_value", "actual_value",
                 "target_open", "actual_open", "target_done", "actual_done"]
REQUIRED_COLUMNS = ["row_id", "card_id", "location", "value"]
AMOUNTS_COLUMNS = ["row_id", "card_id", "location", "raw", "amount"]

TABLE_COLUMNS = {
    "sums": SUMS_COLUMNS, "dates": DATES_COLUMNS, "goals": GOALS_COLUMNS,
    "required": REQUIRED_COLUMNS, "amounts": AMOUNTS_COLUMNS,
}
_DATE_COLS = ["start", "end", "item_start", "item_reach", "ach_start", "period_start", "period_end", "as_of_end"]
_FLOAT_COLS = {"claimed", "parts_sum", "target_value", "actual_value", "target_open", "actual_open",
               "target_done", "actual_done", "amount"}


def _d(obj: Any) -> Mapping[str, Any]:
    return obj if isinstance(obj, Mapping) else {}


def _l(obj: Any) -> list[Any]:
    return list(obj) if isinstance(obj, list | tuple) else []


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    return None


def _sum_candidates(parts: list[tuple[str | None, float]]) -> list[float]:
    """Sums of source parts; when 지방비 and its breakdown (도비/시군비/구비) both appear, either
    level may be the one that adds up, so both readings are offered (top level first)."""
    items = [(s, v) for s, v in parts if s != "total"]
    sources = {s for s, _ in items}
    cands = []
    if "local" in sources and sources & set(_SUB_LOCAL):
        cands.append(sum(v for s, v in items if s not in _SUB_LOCAL))
        cands.append(sum(v for s, v in items if s != "local"))
    cands.append(sum(v for _, v in items))
    return [round(c, 6) for c in cands]


def _best(claimed: float, candidates: list[float]) -> float:
    return next((c for c in candidates if c == round(claimed, 6)), candidates[0])


def _funding_sums(card_id: str, rec: Mapping[str, Any], out: list[Row]) -> None:
    funding = _d(rec.get("funding"))
    cols = [_d(c) for c in _l(funding.get("columns"))]
    rows = [_d(r) for r in _l(funding.get("rows"))]
    grid = [_l(r.get("amounts_krw")) for r in rows]
    total_rows = [i for i, r in enumerate(rows) if r.get("source") == "total"]
    if total_rows:
        t = total_rows[0]
        for c, col in enumerate(cols):
            claimed = _num(grid[t][c]) if c < len(grid[t]) else None
            parts = [(rows[i].get("source"), _num(grid[i][c]) if c < len(grid[i]) else None)
                     for i in range(len(rows)) if i not in total_rows]
            if claimed is None or not parts or any(v is None for _, v in parts):
                continue
            best = _best(claimed, _sum_candidates(parts))  # type: ignore[arg-type]
            out.append({"code": "funding.column_sum", "card_id": card_id, "location": f"funding.columns[{c}]",
                        "claimed": claimed, "parts_sum": best,
                        "detail": {"column": col.get("label"), "total_row": rows[t].get("label")}})
    total_cols = [c for c, col in enumerate(cols) if col.get("kind") == "total"]
    if not total_cols:
        return
    tc = total_cols[0]
    core = [c for c, col in enumerate(cols) if col.get("kind") in ("prior", "year", "after_term")]
    other = [c for c, col in enumerate(cols) if col.get("kind") not in ("prior", "year", "after_term", "total")]
    for r, row in enumerate(rows):
        amounts = grid[r]
        claimed = _num(amounts[tc]) if tc < len(amounts) else None
        vals = {c: (_num(amounts[c]) if c < len(amounts) else None) for c in core + other}
        if claimed is None or not core or any(vals[c] is None for c in core):
            continue
        cands = [round(sum(vals[c] for c in core), 6)]  # type: ignore[misc]
        if other and all(vals[c] is not None for c in other):
            cands.append(round(cands[0] + sum(vals[c] for c in other), 6))  # type: ignore[misc]
        out.append({"code": "funding.row_sum", "card_id": card_id, "location": f"funding.rows[{r}]",
                    "claimed": claimed, "parts_sum": _best(claimed, cands),
                    "detail": {"row": row.get("label"), "total_column": cols[tc].get("label")}})


def _budget_sums(card_id: str, rec: Mapping[str, Any], out: list[Row]) -> None:
    budget = _d(_d(rec.get("overview")).get("budget"))
    total = _num(budget.get("total_krw"))
    parts = [_d(p) for p in _l(budget.get("parts"))]
    part_vals = [(p.get("source"), _num(p.get("amount_krw"))) for p in parts]
    if total is not None and part_vals and all(v is not None for _, v in part_vals):
        non_total = [(s, v) for s, v in part_vals if s != "total"]
        if non_total:
            out.append({"code": "budget.parts_sum", "card_id": card_id, "location": "overview.budget",
                        "claimed": total, "parts_sum": _best(total, _sum_candidates(part_vals)),  # type: ignore[arg-type]
                        "detail": {"parts": [p.get("label") for p in parts]}})
    funding = _d(rec.get("funding"))
    cols = [_d(c) for c in _l(funding.get("columns"))]
    rows = [_d(r) for r in _l(funding.get("rows"))]
    total_cols = [c for c, col in enumerate(cols) if col.get("kind") == "total"]
    if not total_cols:
        return
    tc = total_cols[0]
    by_source: dict[Any, float | None] = {}
    for row in rows:
        amounts = _l(row.get("amounts_krw"))
        by_source.setdefault(row.get("source"), _num(amounts[tc]) if tc < len(amounts) else None)
    subs = [by_source[s] for s in _SUB_LOCAL if s in by_source]
    if "local" not in by_source and subs and all(v is not None for v in subs):
        by_source["local"] = round(sum(subs), 6)  # type: ignore[arg-type]  # 지방비 = 도비 + 시군비 + 구비
    checks = [("overview.budget", "total", total)]
    checks += [(f"overview.budget.parts[{i}]", s, v) for i, (s, v) in enumerate(part_vals)]
    for location, source, value in checks:
        funded = by_source.get(source)
        if value is None or funded is None:
            continue
        out.append({"code": "budget.matches_funding", "card_id": card_id, "location": location,
                    "claimed": value, "parts_sum": funded,
                    "detail": {"source": source, "funding_column": cols[tc].get("label")}})


def _outreach_sum(card_id: str, rec: Mapping[str, Any], out: list[Row]) -> None:
    outreach = _d(rec.get("outreach"))
    total = _num(outreach.get("total"))
    counts = [_num(_d(i).get("count")) for i in _l(outreach.get("items"))]
    if total is None or not counts or any(c is None for c in counts):
        return
    out.append({"code": "outreach.total", "card_id": card_id, "location": "outreach", "claimed": total,
                "parts_sum": round(sum(counts), 6),  # type: ignore[arg-type]
                "detail": {"items": [_d(i).get("label") for i in _l(outreach.get("items"))]}})


def _achievement_claims(card_id: str, rec: Mapping[str, Any], out: list[Row]) -> None:
    for i, item in enumerate(_l(rec.get("achievements"))):
        text = _d(item).get("text")
        if not isinstance(text, str):
            continue
        for claim in parts_claims(text):
            out.append({"code": "achievement.parts_sum", "card_id": card_id, "location": f"achievements[{i}]",
                        "claimed": claim.total, "parts_sum": claim.parts_sum,
                        "detail": {"span": claim.span, "unit": claim.unit,
                                   "parts": [{"label": lb, "value": v} for lb, v in claim.parts]}})
        for lc in list_claims(text):
            out.append({"code": "achievement.list_count", "card_id": card_id, "location": f"achievements[{i}]",
                        "claimed": float(lc.count), "parts_sum": float(len(lc.names)),
                        "detail": {"span": lc.span, "unit": lc.unit, "names": lc.names}})


def _date_rows(card_id: str, rec: Mapping[str, Any], out: list[Row]) -> None:
    period = _d(_d(rec.get("overview")).get("period"))
    as_of = _d(rec.get("as_of"))
    base = {"card_id": card_id, "period_start": period.get("start"), "period_end": period.get("end"),
            "as_of_end": as_of.get("end")}

    def add(location: str, kind: str, obj: Any) -> None:
        d = _d(obj)
        if not d or (d.get("raw") in (None, "") and d.get("label") is None):
            return
        start, end = d.get("start"), d.get("end")
        row = {**base, "location": location, "kind": kind, "raw": d.get("raw"), "label": d.get("label"),
               "start": start, "end": end, "item_start": None, "item_reach": None, "ach_start": None}
        if kind in ("achievement", "plan") and d.get("label") is not None:
            row["item_start"], row["item_reach"] = start, end or start
            if kind == "achievement":
                row["ach_start"] = start
        out.append(row)

    add("as_of", "as_of", rec.get("as_of"))
    add("overview.period", "period", rec.get("overview", {}).get("period") if isinstance(rec.get("overview"), Mapping) else None)
    last_group: Any = object()
    for i, item in enumerate(_l(rec.get("achievements"))):
        it = _d(item)
        if it.get("group") != last_group:
            last_group = it.get("group")
            add(f"achievements[{i}].group_as_of", "group_as_of", it.get("group_as_of"))
        add(f"achievements[{i}].date", "achievement", it.get("date"))
    for i, plan in enumerate(_l(rec.get("plans"))):
        add(f"plans[{i}].date", "plan", _d(plan).get("date"))


def _goal_rows(card_id: str, rec: Mapping[str, Any], out: list[Row]) -> None:
    as_of_year = None
    end = _d(rec.get("as_of")).get("end") or _d(rec.get("as_of")).get("start")
    if isinstance(end, str) and re.match(r"\d{4}", end):
        as_of_year = int(end[:4])
    for g, goal in enumerate(_l(rec.get("goals"))):
        gl = _d(goal)
        target, actual = _num(gl.get("target_value")), _num(gl.get("actual_value"))
        if target is None or actual is None:
            continue
        done = bool(_DONE.search(str(gl.get("status") or "")))
        year = gl.get("year")
        due = as_of_year is None or not isinstance(year, int) or year <= as_of_year
        row = {"card_id": card_id, "location": f"goals[{g}]", "status": gl.get("status"),
               "target_value": target, "actual_value": actual,
               "target_open": None, "actual_open": None, "target_done": None, "actual_done": None}
        if done:
            row["target_done"], row["actual_done"] = target, actual
        elif due:
            row["target_open"], row["actual_open"] = target, actual
        else:
            continue
        out.append(row)


def _required_rows(card_id: str, rec: Mapping[str, Any], out: list[Row]) -> None:
    header = _d(rec.get("header"))
    for key in ("title", "mgmt_no", "status"):
        value = header.get(key)
        value = value.strip() if isinstance(value, str) else None
        out.append({"card_id": card_id, "location": f"header.{key}", "value": value or None})


def _amount_rows(card_id: str, rec: Mapping[str, Any], out: list[Row]) -> None:
    def add(location: str, raw: Any, value: Any) -> None:
        out.append({"card_id": card_id, "location": location, "raw": None if raw is None else str(raw),
                    "amount": _num(value)})

    budget = _d(_d(rec.get("overview")).get("budget"))
    raw = budget.get("raw")
    if (isinstance(raw, str) and _DIGIT.search(raw)) or budget.get("total_krw") is not None:
        add("overview.budget.total_krw", raw, budget.get("total_krw"))  # `비예산`, `미정`: no amount to read
    for i, part in enumerate(_l(budget.get("parts"))):
        p = _d(part)
        add(f"overview.budget.parts[{i}]", p.get("label"), p.get("amount_krw"))
    for r, row in enumerate(_l(_d(rec.get("funding")).get("rows"))):
        for c, value in enumerate(_l(_d(row).get("amounts_krw"))):
            add(f"funding.rows[{r}].amounts_krw[{c}]", _d(row).get("label"), value)
    outreach = _d(rec.get("outreach"))
    if outreach:
        add("outreach.total", "total", outreach.get("total"))
        for i, item in enumerate(_l(outreach.get("items"))):
            add(f"outreach.items[{i}].count", _d(item).get("label"), _d(item).get("count"))


_BUILDERS = {
    "sums": (_funding_sums, _budget_sums, _outreach_sum, _achievement_claims),
    "dates": (_date_rows,),
    "goals": (_goal_rows,),
    "required": (_required_rows,),
    "amounts": (_amount_rows,),
}


def _frame(name: str, rows: list[Row]) -> pd.DataFrame:
    cols = TABLE_COLUMNS[name]
    data: dict[str, Any] = {}
    for col in cols:
        values = list(range(len(rows))) if col == "row_id" else [r.get(col) for r in rows]
        if col in _DATE_COLS:
            data[col] = pd.to_datetime(pd.Series(values, dtype="object"), errors="coerce", format="ISO8601")
        elif col in _FLOAT_COLS:
            data[col] = pd.array(values, dtype="Float64")
        elif col == "row_id":
            data[col] = pd.array(values, dtype="int64")
        else:
            data[col] = pd.Series(values, dtype="object")
    return pd.DataFrame(data, columns=cols)


def check_tables(records: Iterable[Mapping[str, Any]]) -> dict[str, pd.DataFrame]:
    """The check tables of a batch (see the module doc); cards without a card_id are skipped."""
    rows: dict[str, list[Row]] = {name: [] for name in _BUILDERS}
    for rec in records:
        if not isinstance(rec, Mapping):
            continue
        card_id = rec.get("card_id")
        card_id = str(card_id) if card_id is not None else "unknown"
        for name, builders in _BUILDERS.items():
            for build in builders:
                build(card_id, rec, rows[name])
    return {name: _frame(name, r) for name, r in rows.items()}
