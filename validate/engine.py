"""Validate a batch of card records: check tables -> GX suites -> findings per card.

:func:`validate_batch` is the library entry point; :func:`run_validation` also returns the time
spent inside Great Expectations and can build the GX Data Docs.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from pledgecard.validate.checks import check_tables
from pledgecard.validate.evidence import provenance_entry
from pledgecard.validate.findings import CHECKS, finding
from pledgecard.validate.suites import SuiteRun, run_suites

_CODE_ORDER = {code: i for i, code in enumerate(CHECKS)}


def _v(value: Any) -> Any:
    """A JSON-friendly scalar: NA -> None, whole floats -> int, timestamps -> ISO date."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, float):
        if value != value:
            return None
        return int(value) if value.is_integer() else value
    if hasattr(value, "item"):
        return _v(value.item())
    return value


def _fmt(value: Any) -> str:
    value = _v(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def _applies(name: str, code: str, df: pd.DataFrame) -> pd.Series:
    """Which rows of check table ``name`` the check ``code`` looks at."""
    has = df.notna() if not df.empty else df
    if name == "sums":
        return df["code"] == code
    if code == "date.range_order":
        return has["start"] & has["end"]
    if code == "date.outside_period":
        return (has["item_reach"] & has["period_start"]) | (has["item_start"] & has["period_end"])
    if code == "date.after_as_of":
        return has["ach_start"] & has["as_of_end"]
    if code == "goal.below_target":
        return has["actual_open"]
    if code == "goal.done_below_target":
        return has["actual_done"]
    if code == "amount.negative":
        return has["amount"]
    return pd.Series(True, index=df.index)


def _describe(code: str, row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    """observed, expected and a one-line message for a failing row."""
    if CHECKS[code].table == "sums":
        claimed, parts = _v(row["claimed"]), _v(row["parts_sum"])
        detail = row.get("detail") or {}
        if code == "achievement.parts_sum":
            listed = ", ".join(f"{p['label']} {_fmt(p['value'])}" for p in detail.get("parts", []))
            return claimed, parts, (f"states {_fmt(claimed)}{detail.get('unit') or ''} but its parts "
                                    f"({listed}) sum to {_fmt(parts)}")
        if code == "achievement.list_count":
            return claimed, parts, f"states {_fmt(claimed)} but lists {_fmt(parts)} names: {', '.join(detail.get('names', []))}"
        if code == "funding.column_sum":
            return claimed, parts, (f"column {detail.get('column')!s}: {detail.get('total_row')} row says "
                                    f"{_fmt(claimed)} won, the source rows sum to {_fmt(parts)} won")
        if code == "funding.row_sum":
            return claimed, parts, (f"row {detail.get('row')!s}: {detail.get('total_column')} says {_fmt(claimed)} "
                                    f"won, the period columns sum to {_fmt(parts)} won")
        if code == "budget.matches_funding":
            return claimed, parts, (f"budget ({detail.get('source')}) says {_fmt(claimed)} won, the funding "
                                    f"table's {detail.get('funding_column')} column says {_fmt(parts)} won")
        if code == "budget.parts_sum":
            return claimed, parts, f"budget total {_fmt(claimed)} won, its parts sum to {_fmt(parts)} won"
        return claimed, parts, f"total {_fmt(claimed)}, the items sum to {_fmt(parts)}"
    if code == "normalize.unreadable_date":
        return row.get("raw"), "a date", f"date text {row.get('raw')!r} could not be read"
    if code == "date.range_order":
        return row.get("label"), "end on or after start", f"date {row.get('label')} ends before it starts"
    if code == "date.outside_period":
        period = f"{_fmt(row['period_start'])}..{_fmt(row['period_end'])}"
        return row.get("label"), period, f"{row.get('kind')} date {row.get('label')} lies outside the project period {period}"
    if code == "date.after_as_of":
        return row.get("label"), f"<= {_fmt(row['as_of_end'])}", (
            f"achievement dated {row.get('label')} starts after the as-of date {_fmt(row['as_of_end'])}")
    if code in ("goal.below_target", "goal.done_below_target"):
        actual, target = _v(row["actual_value"]), _v(row["target_value"])
        done = " although marked done" if code == "goal.done_below_target" else ""
        return actual, target, f"actual {_fmt(actual)} is below the target {_fmt(target)}{done} (status {row.get('status')})"
    if code == "required.missing":
        field = str(row["location"]).split(".")[-1]
        return None, "a value", f"required field {field} is missing"
    if code == "amount.negative":
        return _v(row["amount"]), ">= 0", f"amount {_fmt(row['amount'])} is negative"
    return row.get("raw"), "an amount", f"amount for {row.get('raw')!r} could not be read"


def page_of(location: str | None, record: Mapping[str, Any] | None, provenance: Mapping[str, Any] | None) -> int | None:
    """The page of ``location``: from the longest provenance path that contains it, else the
    card's only page (a card on one page)."""
    page = provenance_entry(location, provenance, having="page").get("page")
    if isinstance(page, int):
        return page
    src = (record or {}).get("source") or {}
    if isinstance(src, Mapping) and isinstance(src.get("page_start"), int) and src.get("page_start") == src.get("page_end"):
        return int(src["page_start"])
    return None


def run_validation(
    records: list[dict[str, Any]],
    provenance: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    docs_dir: Path | None = None,
) -> tuple[list[dict[str, Any]], SuiteRun]:
    """Findings for ``records`` and the GX run (timing, Data Docs index)."""
    tables = check_tables(records)
    run = run_suites(tables, docs_dir=docs_dir)
    by_card: dict[str, dict[str, Any]] = {}
    rec_by_id = {str(r.get("card_id") if r.get("card_id") is not None else "unknown"): r
                 for r in records if isinstance(r, Mapping)}
    fails: dict[str, list[dict[str, Any]]] = {}
    passes: dict[str, dict[str, list[int]]] = {}  # card -> code -> [passed, checked]
    for name, df in tables.items():
        if df.empty:
            continue
        for code, check in CHECKS.items():
            if check.table != name:
                continue
            applies = _applies(name, code, df).fillna(False).astype(bool)
            failed = applies & df["row_id"].isin(run.failed.get(code, set()))
            checked = df.loc[applies, "card_id"].value_counts()
            bad = df.loc[failed, "card_id"].value_counts()
            for card_id, n in checked.items():
                passes.setdefault(card_id, {})[code] = [int(n) - int(bad.get(card_id, 0)), int(n)]
            for row in df.loc[failed].to_dict("records"):
                card_id = row["card_id"]
                observed, expected, message = _describe(code, row)
                fails.setdefault(card_id, []).append(finding(
                    card_id, code, success=False, observed=_v(observed), expected=_v(expected),
                    location=row["location"],
                    page=page_of(row["location"], rec_by_id.get(card_id), (provenance or {}).get(card_id)),
                    message=message))
    out: list[dict[str, Any]] = []
    for card_id in list(rec_by_id) + [c for c in passes if c not in rec_by_id]:
        if card_id in by_card:
            continue
        by_card[card_id] = {}
        card_fails = sorted(fails.get(card_id, []), key=lambda f: (_CODE_ORDER[f["code"]], f["location"] or ""))
        out.extend(card_fails)
        for code, (passed, checked) in sorted(passes.get(card_id, {}).items(), key=lambda kv: _CODE_ORDER[kv[0]]):
            if passed:
                out.append(finding(card_id, code, success=True, observed={"passed": passed, "checked": checked},
                                   expected={"passed": checked}, message=f"{passed} of {checked} passed"))
    return out, run


def validate_batch(
    records: list[dict[str, Any]], provenance: dict[str, dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Findings (CARD_SCHEMA.md "Validation findings") for a batch of card records.

    ``provenance`` maps card_id -> the card's ``provenance.jsonl`` line (for pages)."""
    return run_validation(records, provenance)[0]
