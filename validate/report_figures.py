"""Values on the report's pages as people read them (amounts, dates, units) and the ``pledgecard
correct`` command a reviewer copies for a finding."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pledgecard.validate.humanize as humanize
import pledgecard.validate.wording as wording
from pledgecard.corrections import get_path
from pledgecard.record import as_list, as_map


def money_text(v: Any) -> str | None:
    if v is None:
        return None
    return (
        humanize.amount(v, wording.word("units", "currency"))
        if isinstance(v, int | float) and not isinstance(v, bool)
        else str(v)
    )


def _text(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


_ISO_RANGE = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)\.\.(\d{4}(?:-\d{2}(?:-\d{2})?)?)$")
_GOAL = re.compile(r"^goals\[(\d+)\]")


def figure_unit(rec: Mapping[str, Any], location: str | None) -> str:
    """The unit of the figure at ``location``: won for money, the printed unit of counts."""
    loc = location or ""
    if loc.startswith(("funding.", "overview.budget")):
        return wording.word("units", "currency")
    if loc.startswith("outreach"):
        return str(as_map(rec.get("outreach")).get("unit") or "")
    m = _GOAL.match(loc)
    if m:
        goals = as_list(rec.get("goals"))
        i = int(m.group(1))
        return str(as_map(goals[i]).get("target_unit") or "") if i < len(goals) else ""
    return ""


_INDEXED = re.compile(r"^(?P<head>[a-z_.]+)\[(?P<i>\d+)\]$")


def correction_target(rec: Mapping[str, Any], location: str | None) -> str | None:
    """The field a reviewer would correct for a finding at ``location``: the location itself when
    it is a field; for a row, column or item its stated total, text or actual value.

    >>> correction_target({}, "overview.budget"), correction_target({}, "achievements[4]")
    ('overview.budget.total_krw', 'achievements[4].text')
    """
    if not location:
        return None
    funding = as_map(rec.get("funding"))
    cols = [as_map(c) for c in as_list(funding.get("columns"))]
    rows = [as_map(r) for r in as_list(funding.get("rows"))]
    m = _INDEXED.match(location)
    head, i = (m.group("head"), int(m.group("i"))) if m else (None, -1)
    if location == "overview.budget":
        return "overview.budget.total_krw"
    if location == "outreach":
        return "outreach.total"
    if head == "overview.budget.parts":
        return f"{location}.amount_krw"
    if head == "funding.rows":
        tc = next((c for c, col in enumerate(cols) if col.get("kind") == "total"), None)
        return f"{location}.amounts_krw[{tc}]" if tc is not None else None
    if head == "funding.columns":
        tr = next((r for r, row in enumerate(rows) if row.get("source") == "total"), None)
        return f"funding.rows[{tr}].amounts_krw[{i}]" if tr is not None else None
    if head == "achievements":
        return f"{location}.text"
    if head == "goals":
        return f"{location}.actual_value"
    return location


def correct_command(root: Path, rec: Mapping[str, Any], finding: Mapping[str, Any]) -> str | None:
    """The ``pledgecard correct`` command for a finding, ready to copy (the value prefilled with
    what is extracted now, to be edited)."""
    target = correction_target(rec, finding.get("location"))
    if target is None or rec.get("card_id") is None:
        return None
    try:
        current = get_path(rec, target)
    except Exception:  # noqa: BLE001 - an odd location gives no command, never a broken report
        return None
    if not isinstance(current, str | int | float | bool | type(None) | list | dict):
        return None  # the path is not in the record
    if isinstance(current, list | dict) and not re.search(r"[.\[]", target):
        return None  # a whole part of the record (an extractor's finding at ``funding``): no one field to correct
    value = current if isinstance(current, str) else json.dumps(current, ensure_ascii=False)
    note = f"{finding.get('code')}: checked against the card"
    return " ".join(
        shlex.quote(str(a))
        for a in ["pledgecard", "correct", str(root), rec["card_id"], target, value, "--note", note]
    )


def figure(value: Any, unit: str = "") -> str:
    """An observed or expected value as people read it: ``20,209,000,000원``, ``2026년 1학기~``.

    >>> figure(20209000000, "원"), figure("2026-S1/.."), figure("2022-05-01..2027-02-28")
    ('20,209,000,000원', '2026년 1학기~', '2022년 5월 1일~2027년 2월 28일')
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return humanize.amount(value, unit)
    if isinstance(value, str):
        m = _ISO_RANGE.match(value)
        if m:
            return humanize.interval(f"{m.group(1)}/{m.group(2)}")
        if value.startswith("<= "):
            return "~" + humanize.interval(value[3:])
        return humanize.interval(value) if humanize.looks_like_date(value) else value
    return _text(value)
