"""The report's index page: the cards' rows by risk, the charts' totals and the files' summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

import pledgecard.validate.wording as wording
from pledgecard.record import as_list, as_map
from pledgecard.validate.charts import bar_chart
from pledgecard.validate.pagenames import PageNames

STATUS_ORDER = [
    "ongoing_delayed",
    "partial",
    "not_started",
    "ongoing_normal",
    "continuing",
    "done",
    "dropped",
    "other",
]


def card_pages(card_ids: list[str]) -> dict[str, str]:
    """A unique safe file name per card id."""
    pages = PageNames()
    for cid in card_ids:
        pages(cid)
    return pages.pages


class ChartTotals:
    """Funding by source and by year, outreach by category, summed card by card."""

    def __init__(self) -> None:
        self.by_source: Counter[str] = Counter()
        self.by_year: Counter[str] = Counter()
        self.outreach: Counter[str] = Counter()

    def add(self, rec: Mapping[str, Any]) -> None:
        funding = as_map(rec.get("funding"))
        cols = [as_map(c) for c in as_list(funding.get("columns"))]
        rows = [as_map(r) for r in as_list(funding.get("rows"))]
        tc = next((i for i, c in enumerate(cols) if c.get("kind") == "total"), None)
        total_row = next((r for r in rows if r.get("source") == "total"), None)
        for r in rows:
            amounts = as_list(r.get("amounts_krw"))
            if (
                tc is not None
                and r.get("source") != "total"
                and tc < len(amounts)
                and isinstance(amounts[tc], int)
            ):
                self.by_source[wording.table("sources").get(str(r.get("source")), str(r.get("label")))] += (
                    amounts[tc]
                )
        for i, c in enumerate(cols):
            if c.get("kind") == "year" and total_row is not None:
                amounts = as_list(total_row.get("amounts_krw"))
                if i < len(amounts) and isinstance(amounts[i], int):
                    self.by_year[str(c.get("year") or c.get("label"))] += amounts[i]
        for item in as_list(as_map(rec.get("outreach")).get("items")):
            it = as_map(item)
            if isinstance(it.get("count"), int):
                self.outreach[str(it.get("category") or it.get("label"))] += it["count"]

    def svgs(self) -> list[str]:
        return [
            bar_chart(
                "Funding by source (won, total column)",
                self.by_source.most_common(),
                unit=wording.word("units", "currency"),
            ),
            bar_chart(
                "Funding by year (won, total row)",
                sorted(self.by_year.items()),
                unit=wording.word("units", "currency"),
            ),
            bar_chart(
                "Outreach by category (count)",
                self.outreach.most_common(),
                unit=wording.word("units", "outreach"),
            ),
        ]


def files_summary(files: list[Mapping[str, Any]]) -> dict[str, Any] | None:
    if not files:
        return None
    status = Counter(str(f.get("status")) for f in files)
    return {
        "total": len(files),
        "ok": status["ok"],
        "no_card": status["no_card"],
        "failed": status["failed"],
        "problems": [f for f in files if f.get("status") != "ok"][:500],
    }


EXTRACTOR_PREFIXES = ("extract.",)  # findings the extractor raises about its own reading


def index_row(cid: str, page: str, rec: Mapping[str, Any], ctx: Mapping[str, Any]) -> dict[str, Any]:
    header = as_map(rec.get("header"))
    code = header.get("status_code")
    failing = ctx["failing"]
    issuer = header.get("issuer")
    return {
        "card_id": cid,
        "page": page,
        "title": header.get("title"),
        "status": header.get("status"),
        "status_code": code,
        "issuer": issuer if isinstance(issuer, str) and issuer.strip() else None,
        "status_rank": STATUS_ORDER.index(code) if code in STATUS_ORDER else len(STATUS_ORDER),
        "errors": ctx["counts"]["error"],
        "warnings": ctx["counts"]["warning"],
        "infos": ctx["counts"]["info"],
        "extractor": sum(1 for f in failing if str(f.get("code")).startswith(EXTRACTOR_PREFIXES)),
        "codes": " ".join(sorted({str(f.get("code")) for f in failing})),
        "severities": " ".join(sorted({str(f.get("severity")) for f in failing})),
        "source": f"{as_map(rec.get('source')).get('file') or '?'}#{as_map(rec.get('source')).get('card_index', 0)}",
        "ocr": ", ".join(str(n) for n in as_map(rec.get("source")).get("ocr_pages") or []),
    }


def risk_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cards by risk: most errors first, then most extractor findings, then most warnings, then
    info; ties keep input order. Each row gets its ``risk`` rank (1 = review first)."""
    ordered = sorted(
        enumerate(rows),
        key=lambda ir: (-ir[1]["errors"], -ir[1]["extractor"], -ir[1]["warnings"], -ir[1]["infos"], ir[0]),
    )
    out = []
    for rank, (_, row) in enumerate(ordered, 1):
        out.append({**row, "risk": rank})
    return out
