"""The reviewers' report: a self-contained static site under ``DIR/report/``.

``index.html`` holds the summary (cards, files, failing findings by check), inline SVG charts of
funding and outreach across cards and a sortable table of cards; ``cards/<safe card_id>.html``
holds each card's fields and every finding with observed vs expected and the source evidence.
CSS and JS are inlined; nothing is loaded from the network. All card text is escaped (Jinja2
autoescape).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from pledgecard.validate.charts import bar_chart
from pledgecard.validate.checks import CHECKS
from pledgecard.validate.evidence import EvidenceFinder
from pledgecard.writers import atomic_write_text, ensure_inside, safe_filename

_HERE = Path(__file__).resolve().parent
_STATUS_ORDER = ["ongoing_delayed", "partial", "not_started", "ongoing_normal", "continuing", "done", "dropped", "other"]
_SOURCE_LABEL = {"national": "국비", "local": "지방비", "provincial": "도비", "municipal": "시군비",
                 "district": "구비", "private": "민자", "other": "기타"}
_INDEX = re.compile(r"^(achievements|goals|plans)\[(\d+)\]")


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(_HERE / "templates")),
                       autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
                       trim_blocks=True, lstrip_blocks=True)


def _d(obj: Any) -> Mapping[str, Any]:
    return obj if isinstance(obj, Mapping) else {}


def _l(obj: Any) -> list[Any]:
    return list(obj) if isinstance(obj, list | tuple) else []


def _money(v: Any) -> str | None:
    return f"{v:,}" if isinstance(v, int | float) and not isinstance(v, bool) else (None if v is None else str(v))


def _text(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def card_pages(card_ids: list[str]) -> dict[str, str]:
    """A unique safe file name per card id."""
    pages: dict[str, str] = {}
    used: set[str] = set()
    for cid in card_ids:
        if cid in pages:
            continue
        base = safe_filename(cid)
        name, n = base, 1
        while name.lower() in used:
            n += 1
            name = f"{base}_{n}"
        used.add(name.lower())
        pages[cid] = f"{name}.html"
    return pages


def _charts(records: list[Mapping[str, Any]]) -> list[str]:
    by_source: Counter[str] = Counter()
    by_year: Counter[str] = Counter()
    outreach: Counter[str] = Counter()
    for rec in records:
        funding = _d(rec.get("funding"))
        cols = [_d(c) for c in _l(funding.get("columns"))]
        rows = [_d(r) for r in _l(funding.get("rows"))]
        tc = next((i for i, c in enumerate(cols) if c.get("kind") == "total"), None)
        total_row = next((r for r in rows if r.get("source") == "total"), None)
        for r in rows:
            amounts = _l(r.get("amounts_krw"))
            if tc is not None and r.get("source") != "total" and tc < len(amounts) and isinstance(amounts[tc], int):
                by_source[_SOURCE_LABEL.get(str(r.get("source")), str(r.get("label")))] += amounts[tc]
        for i, c in enumerate(cols):
            if c.get("kind") == "year" and total_row is not None:
                amounts = _l(total_row.get("amounts_krw"))
                if i < len(amounts) and isinstance(amounts[i], int):
                    by_year[str(c.get("year") or c.get("label"))] += amounts[i]
        for item in _l(_d(rec.get("outreach")).get("items")):
            it = _d(item)
            if isinstance(it.get("count"), int):
                outreach[str(it.get("category") or it.get("label"))] += it["count"]
    return [
        bar_chart("Funding by source (won, total column)", by_source.most_common(), unit="원"),
        bar_chart("Funding by year (won, total row)", sorted(by_year.items()), unit="원"),
        bar_chart("Outreach by category (count)", outreach.most_common(), unit="회"),
    ]


def _files_summary(files: list[Mapping[str, Any]]) -> dict[str, Any] | None:
    if not files:
        return None
    status = Counter(str(f.get("status")) for f in files)
    return {"total": len(files), "ok": status["ok"], "no_card": status["no_card"], "failed": status["failed"],
            "problems": [f for f in files if f.get("status") != "ok"][:500]}


def _card_context(rec: Mapping[str, Any], findings: list[dict[str, Any]], finder: EvidenceFinder,
                  prov: Mapping[str, Any] | None) -> dict[str, Any]:
    header, overview = _d(rec.get("header")), _d(rec.get("overview"))
    budget, funding = _d(overview.get("budget")), _d(rec.get("funding"))
    failing = [dict(f) for f in findings if not f["success"]]
    flagged = {f["location"] for f in failing if f.get("location")}
    flagged_idx: dict[str, set[int]] = defaultdict(set)
    for loc in flagged:
        m = _INDEX.match(loc)
        if m:
            flagged_idx[m.group(1)].add(int(m.group(2)))
    for f in failing:
        f["observed_text"], f["expected_text"] = _text(f.get("observed")), _text(f.get("expected"))
        f["evidence"] = finder.find(rec, f.get("location"), prov)
    keys = ["kind", "title", "mgmt_no", "lead_dept", "contact_name", "contact_phone", "coop_depts", "target",
            "status", "status_code"]
    header_rows = [(k, "; ".join(map(str, header[k])) if isinstance(header.get(k), list) else header.get(k))
                   for k in keys]
    cols = [_d(c) for c in _l(funding.get("columns"))]
    return {
        "card": rec, "source": _d(rec.get("source")), "header": header, "header_rows": header_rows,
        "failing": failing, "passed": [f for f in findings if f["success"]],
        "counts": Counter(f["severity"] for f in failing),
        "overview": {
            "period_raw": _d(overview.get("period")).get("raw"), "period_label": _d(overview.get("period")).get("label"),
            "budget_raw": budget.get("raw"), "budget_total": _money(budget.get("total_krw")),
            "parts": [{"label": _d(p).get("label"), "amount": _money(_d(p).get("amount_krw")),
                       "flagged": f"overview.budget.parts[{i}]" in flagged} for i, p in enumerate(_l(budget.get("parts")))],
            "contents": [c for c in _l(overview.get("contents")) if c], "notes": [c for c in _l(overview.get("notes")) if c],
        },
        "funding": {
            "unit": funding.get("unit"),
            "columns": [{"label": c.get("label"), "flagged": f"funding.columns[{i}]" in flagged} for i, c in enumerate(cols)],
            "rows": [{"label": _d(r).get("label"), "amounts": [_money(a) for a in _l(_d(r).get("amounts_krw"))],
                      "flagged": any(loc.startswith(f"funding.rows[{i}]") for loc in flagged)}
                     for i, r in enumerate(_l(funding.get("rows")))],
        },
        "achievements": [{"index": i, "group": _d(a).get("group"), "level": _d(a).get("level") or 1,
                          "marker": _d(a).get("marker"), "text": _d(a).get("text"),
                          "date": _d(_d(a).get("date")).get("label") or _d(_d(a).get("date")).get("raw"),
                          "flagged": i in flagged_idx["achievements"]} for i, a in enumerate(_l(rec.get("achievements")))],
        "tables": [{"title": _d(t).get("title"), "header": _l(_d(t).get("header")), "rows": _l(_d(t).get("rows"))}
                   for t in _l(rec.get("tables"))],
        "goals": [{**_d(g), "index": i, "flagged": i in flagged_idx["goals"]} for i, g in enumerate(_l(rec.get("goals")))],
        "outreach": ({"total": _d(rec.get("outreach")).get("total"), "unit": _d(rec.get("outreach")).get("unit"),
                      "entries": [_d(i) for i in _l(_d(rec.get("outreach")).get("items"))]}
                     if rec.get("outreach") else None),
        "plans": [{"text": _d(p).get("text"), "date": _d(_d(p).get("date")).get("label") or _d(_d(p).get("date")).get("raw")}
                  for p in _l(rec.get("plans"))],
        "effects": [e for e in _l(rec.get("effects")) if e],
        "unparsed": [_d(u).get("text") for u in _l(rec.get("unparsed"))],
    }


def write_report(
    root: Path,
    records: list[dict[str, Any]],
    findings: list[dict[str, Any]],
    *,
    provenance: Mapping[str, Mapping[str, Any]] | None = None,
    files: list[Mapping[str, Any]] | None = None,
) -> Path:
    """Write ``root/report/index.html`` and one page per card; returns the index path."""
    report_dir = ensure_inside(root, root / "report")
    env = _env()
    common = {
        "css": (_HERE / "static" / "report.css").read_text(encoding="utf-8"),
        "js": (_HERE / "static" / "report.js").read_text(encoding="utf-8"),
        "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }
    provenance = provenance or {}
    card_ids = [str(r.get("card_id") if r.get("card_id") is not None else "unknown") for r in records]
    pages = card_pages(card_ids)
    by_card: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in findings:
        by_card[str(f.get("card_id"))].append(f)
    finder = EvidenceFinder(root, report_dir, list(files or []))
    card_tpl = env.get_template("card.html.j2")
    rows = []
    done: set[str] = set()
    for cid, rec in zip(card_ids, records, strict=True):
        if cid in done:
            continue
        done.add(cid)
        ctx = _card_context(rec, by_card.get(cid, []), finder, provenance.get(cid))
        page = ensure_inside(report_dir, report_dir / "cards" / pages[cid])
        atomic_write_text(page, card_tpl.render(**common, **ctx, root="../"))
        header = _d(rec.get("header"))
        code = header.get("status_code")
        rows.append({"card_id": cid, "page": pages[cid], "title": header.get("title"), "status": header.get("status"),
                     "status_code": code,
                     "status_rank": _STATUS_ORDER.index(code) if code in _STATUS_ORDER else len(_STATUS_ORDER),
                     "errors": ctx["counts"]["error"], "warnings": ctx["counts"]["warning"],
                     "infos": ctx["counts"]["info"],
                     "source": f"{_d(rec.get('source')).get('file') or '?'}#{_d(rec.get('source')).get('card_index', 0)}"})
    failing = [f for f in findings if not f["success"]]
    checks = []
    for code, check in CHECKS.items():
        mine = [f for f in failing if f["code"] == code]
        checks.append({"code": code, "name": check.name, "severity": check.severity, "description": check.description,
                       "computed_by": check.computed_by, "table": check.table.name,
                       "failing": len(mine), "cards_failing": len({f["card_id"] for f in mine}),
                       "cards_passing": len({f["card_id"] for f in findings if f["success"] and f["code"] == code}
                                            - {f["card_id"] for f in mine})})
    sev = Counter(f["severity"] for f in failing)
    summary = {"cards": len(rows), "errors": sev["error"], "warnings": sev["warning"], "infos": sev["info"],
               "passed": sum(1 for f in findings if f["success"])}
    statuses = sorted({r["status_code"] for r in rows if r["status_code"]},
                      key=lambda s: _STATUS_ORDER.index(s) if s in _STATUS_ORDER else 99)
    index = report_dir / "index.html"
    atomic_write_text(index, env.get_template("index.html.j2").render(
        **common, root="", summary=summary, files=_files_summary(list(files or [])), checks=checks,
        charts=_charts(records), cards=rows, statuses=statuses))
    return index
