"""A card page of the report: its template context (fields, failing findings with their figures,
commands and source evidence) and the evidence its findings will ask for."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pledgecard.validate.humanize as humanize
from pledgecard.record import as_list, as_map
from pledgecard.validate.evidence import EvidenceFinder
from pledgecard.validate.evidence_figure import figures as figure_texts
from pledgecard.validate.evidence_locate import located
from pledgecard.validate.report_figures import correct_command, figure, figure_unit, money_text

ProvenanceOf = Callable[[Mapping[str, Any]], Mapping[str, Any] | None]  # record -> its provenance line


_INDEX = re.compile(r"^(achievements|goals|plans)\[(\d+)\]")


def _date_text(item: Mapping[str, Any]) -> Any:
    """An achievement's or plan's date as people write it, else as printed."""
    date = as_map(item.get("date"))
    return humanize.interval(date.get("label")) or date.get("raw")


def card_context(
    rec: Mapping[str, Any],
    findings: list[dict[str, Any]],
    finder: EvidenceFinder,
    provenance: ProvenanceOf | None,
    root: Path | None = None,
    copy_of: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """The template context of a card's page. A finding computed on another copy of the card
    (``copy_of(finding)``: the record it was computed on) gets that copy's evidence."""
    header, overview = as_map(rec.get("header")), as_map(rec.get("overview"))
    budget, funding = as_map(overview.get("budget")), as_map(rec.get("funding"))
    originals = [f for f in findings if not f["success"]]
    failing = [dict(f) for f in originals]
    flagged = {f["location"] for f in failing if f.get("location")}
    flagged_idx: dict[str, set[int]] = defaultdict(set)
    for loc in flagged:
        m = _INDEX.match(loc)
        if m:
            flagged_idx[m.group(1)].add(int(m.group(2)))
    for f in failing:
        unit = figure_unit(rec, f.get("location"))
        f["observed_text"], f["expected_text"] = (
            figure(f.get("observed"), unit),
            figure(f.get("expected"), unit),
        )
        f["command"] = correct_command(root, rec, f) if root is not None else None
        source = copy_of(f) if copy_of is not None else rec
        src = as_map(source.get("source"))
        f["copy"] = f"{src.get('file') or '?'} ({src.get('format') or '?'})" if source is not rec else None
        f["evidence"] = finder.find(
            source,
            *located(
                f.get("location"),
                f.get("source_location"),
                provenance(source) if provenance else None,
                f.get("source_position"),
            ),
            figure_texts(f, source),
        )
    for orig, f in zip(originals, failing, strict=True):
        data = f["evidence"].data()
        if data is not None:
            orig["evidence"] = data  # findings.jsonl carries it too
    keys = [
        "kind",
        "title",
        "mgmt_no",
        "lead_dept",
        "contact_name",
        "contact_phone",
        "coop_depts",
        "target",
        "status",
        "status_code",
    ]
    header_rows = [
        (k, "; ".join(map(str, header[k])) if isinstance(header.get(k), list) else header.get(k))
        for k in keys
    ]
    cols = [as_map(c) for c in as_list(funding.get("columns"))]
    return {
        "card": rec,
        "source": as_map(rec.get("source")),
        "corrections": [as_map(c) for c in as_list(rec.get("corrections"))],
        "header": header,
        "header_rows": header_rows,
        "failing": failing,
        "passed": [f for f in findings if f["success"]],
        "counts": Counter(f["severity"] for f in failing),
        "overview": {
            "period_raw": as_map(overview.get("period")).get("raw"),
            "period_label": humanize.interval(as_map(overview.get("period")).get("label")),
            "budget_raw": budget.get("raw"),
            "budget_total": money_text(budget.get("total_krw")),
            "parts": [
                {
                    "label": as_map(p).get("label"),
                    "amount": money_text(as_map(p).get("amount_krw")),
                    "flagged": f"overview.budget.parts[{i}]" in flagged,
                }
                for i, p in enumerate(as_list(budget.get("parts")))
            ],
            "contents": [c for c in as_list(overview.get("contents")) if c],
            "notes": [c for c in as_list(overview.get("notes")) if c],
        },
        "funding": {
            "unit": funding.get("unit"),
            "columns": [
                {"label": c.get("label"), "flagged": f"funding.columns[{i}]" in flagged}
                for i, c in enumerate(cols)
            ],
            "rows": [
                {
                    "label": as_map(r).get("label"),
                    "amounts": [money_text(a) for a in as_list(as_map(r).get("amounts_krw"))],
                    "flagged": any(loc.startswith(f"funding.rows[{i}]") for loc in flagged),
                }
                for i, r in enumerate(as_list(funding.get("rows")))
            ],
        },
        "achievements": [
            {
                "index": i,
                "group": a.get("group"),
                "level": a.get("level") or 1,
                "marker": a.get("marker"),
                "text": a.get("text"),
                "date": _date_text(a),
                "flagged": i in flagged_idx["achievements"],
            }
            for i, a in enumerate(map(as_map, as_list(rec.get("achievements"))))
        ],
        "tables": [
            {
                "title": as_map(t).get("title"),
                "header": as_list(as_map(t).get("header")),
                "rows": as_list(as_map(t).get("rows")),
            }
            for t in as_list(rec.get("tables"))
        ],
        "goals": [
            {**as_map(g), "index": i, "flagged": i in flagged_idx["goals"]}
            for i, g in enumerate(as_list(rec.get("goals")))
        ],
        "outreach": (
            {
                "total": as_map(rec.get("outreach")).get("total"),
                "unit": as_map(rec.get("outreach")).get("unit"),
                "entries": [as_map(i) for i in as_list(as_map(rec.get("outreach")).get("items"))],
            }
            if rec.get("outreach")
            else None
        ),
        "plans": [
            {"text": p.get("text"), "date": _date_text(p)} for p in map(as_map, as_list(rec.get("plans")))
        ],
        "effects": [e for e in as_list(rec.get("effects")) if e],
        "unparsed": [as_map(u).get("text") for u in as_list(rec.get("unparsed"))],
    }


def evidence_wanted(
    records: list[dict[str, Any]],
    by_card: Mapping[str, list[dict[str, Any]]],
    copies: Mapping[tuple[str, Any], Mapping[str, Any]],
    done: set[str],
    provenance: ProvenanceOf | None,
) -> Iterator[tuple[Mapping[str, Any], Any, Mapping[str, Any] | None]]:
    """What :meth:`ReportWriter.add` will ask the evidence finder for, in its order: the record
    (the copy a finding was computed on), location and provenance line of each failing finding
    of each card not written yet (as :func:`card_context` asks)."""
    seen = set(done)
    for rec in records:
        cid = str(rec.get("card_id") if rec.get("card_id") is not None else "unknown")
        if cid in seen:
            continue
        seen.add(cid)
        for f in by_card.get(cid, []):
            if not f["success"]:
                source = copies.get((cid, f.get("source_sha256")), rec)
                yield (
                    source,
                    *located(
                        f.get("location"),
                        f.get("source_location"),
                        provenance(source) if provenance else None,
                        f.get("source_position"),
                    ),
                )
