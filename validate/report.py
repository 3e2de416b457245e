"""The reviewers' report: a self-contained static site under ``DIR/report/``.

``index.html`` holds the summary (cards, files, failing findings by check), inline SVG charts of
funding and outreach across cards and a sortable table of cards; ``cards/<safe card_id>.html``
holds each card's fields and every finding with observed vs expected and the source evidence;
``pledges/<safe pledge key>.html`` the pledge's versions across quarters (:mod:`~pledgecard.validate.timeline`).
CSS and JS are inlined; nothing is loaded from the network. All card text is escaped (Jinja2
autoescape).
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from pledgecard.extract.formats import evidence_of
from pledgecard.identity import base_key
from pledgecard.record import as_map
from pledgecard.validate.checks import CHECKS
from pledgecard.validate.evidence import PREFETCH_MIN, EvidenceFinder
from pledgecard.validate.pagenames import PageNames
from pledgecard.validate.report_card import ProvenanceOf, card_context, evidence_wanted
from pledgecard.validate.report_env import ReportEnvironment, cell_value
from pledgecard.validate.report_figures import correct_command, correction_target, figure
from pledgecard.validate.report_index import (
    EXTRACTOR_PREFIXES,
    STATUS_ORDER,
    ChartTotals,
    card_pages,
    files_summary,
    index_row,
    risk_order,
)
from pledgecard.validate.timeline import PledgePages
from pledgecard.writers import atomic_write_text, ensure_inside

# ReportWriter writes the pages; a card page's context lives in report_card, the index's rows and
# charts in report_index, figures and correction commands in report_figures, the Jinja2
# environment's classes in report_env: importable from here too
__all__ = [
    "EXTRACTOR_PREFIXES",
    "ChartTotals",
    "ProvenanceOf",
    "ReportWriter",
    "card_pages",
    "correct_command",
    "correction_target",
    "figure",
    "risk_order",
    "write_page",
    "write_report",
]

_HERE = Path(__file__).resolve().parent


def _env() -> Environment:
    env = ReportEnvironment(
        loader=FileSystemLoader(str(_HERE / "templates")),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["val"] = cell_value
    return env


def write_page(path: Path, text: str) -> None:
    """Write a report page atomically (temp file, rename) without an fsync of its own: the pages
    are rewritten on every run, and the index, written last with an fsync, is the commit point.
    The temp file is named after the page (one writer per output folder: its lock)."""
    atomic_write_text(path, text, durable=False, named_temp=True)


class ReportWriter:
    """Writes the report as cards come: :meth:`add` writes the pages of a chunk of cards (and
    keeps one small index row per card and running totals); :meth:`finish` writes the index."""

    def __init__(self, root: Path, files: list[Mapping[str, Any]] | None = None) -> None:
        self.root = root
        self.report_dir = ensure_inside(root, root / "report")
        self.env = _env()
        self.common = {
            "css": (_HERE / "static" / "report.css").read_text(encoding="utf-8"),
            "js": (_HERE / "static" / "report.js").read_text(encoding="utf-8"),
            "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        }
        self.files = list(files or [])
        self.finder = EvidenceFinder(root, self.report_dir, self.files)
        if sum(evidence_of(f.get("format")) == "image" for f in self.files) >= PREFETCH_MIN:
            self.finder.start_helper()  # its start overlaps validation; it renders half of the PDF crops
        self.card_tpl = self.env.get_template("card.html.j2")
        self.pages = PageNames()
        self.rows: list[dict[str, Any]] = []
        self.done: set[str] = set()
        self.charts = ChartTotals()
        self.severity: Counter[str] = Counter()
        self.passed = 0
        self.failing_by_code: Counter[str] = Counter()
        self.cards_failing: Counter[str] = Counter()
        self.cards_passing: Counter[str] = Counter()
        self.pledges = PledgePages()  # a page per pledge: its versions across quarters
        self._cards_dir: Path | None = None

    def _count(self, findings: list[dict[str, Any]]) -> None:
        failing_cards: dict[str, set[Any]] = defaultdict(set)
        passing_cards: dict[str, set[Any]] = defaultdict(set)
        for f in findings:
            if f["success"]:
                self.passed += 1
                passing_cards[f["code"]].add(f["card_id"])
            else:
                self.severity[f["severity"]] += 1
                self.failing_by_code[f["code"]] += 1
                failing_cards[f["code"]].add(f["card_id"])
        for code, cards in failing_cards.items():
            self.cards_failing[code] += len(cards)
        for code, cards in passing_cards.items():
            self.cards_passing[code] += len(cards - failing_cards.get(code, set()))

    def add(
        self,
        records: list[dict[str, Any]],
        findings: list[dict[str, Any]],
        provenance: ProvenanceOf | None = None,
    ) -> None:
        """Write the page of each new card of ``records`` with its ``findings``."""
        self._count(findings)
        by_card: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for f in findings:
            by_card[str(f.get("card_id"))].append(f)
        copies: dict[tuple[str, Any], Mapping[str, Any]] = {}
        for rec in records:
            cid = str(rec.get("card_id") if rec.get("card_id") is not None else "unknown")
            copies.setdefault((cid, as_map(rec.get("source")).get("sha256")), rec)
        self.finder.prefetch(evidence_wanted(records, by_card, copies, self.done, provenance))
        for rec in records:
            cid = str(rec.get("card_id") if rec.get("card_id") is not None else "unknown")
            if cid in self.done:
                continue
            self.done.add(cid)
            self.charts.add(rec)
            page_name = self.pages(cid)
            ctx = card_context(
                rec,
                by_card.get(cid, []),
                self.finder,
                provenance,
                self.root,
                lambda f, cid=cid, rec=rec: copies.get((cid, f.get("source_sha256")), rec),
            )
            ctx["pledge_page"] = self.pledges.add(rec, base_key(rec), page_name)
            page = self._page_path(page_name)
            write_page(page, self.card_tpl.render(**self.common, **ctx, root="../"))
            self.rows.append({**index_row(cid, page_name, rec, ctx), "pledge_page": ctx["pledge_page"]})

    def _page_path(self, name: str) -> Path:
        """Where the card page ``name`` (a safe file name) goes: the cards folder is resolved and
        checked once; a name that is not a plain file name, or a page that is a symbolic link, is
        checked on its own."""
        if self._cards_dir is None:
            self._cards_dir = ensure_inside(self.report_dir, self.report_dir / "cards")
        page = self._cards_dir / name
        if os.sep in name or name in (".", "..") or page.is_symlink():
            return ensure_inside(self.report_dir, page)
        return page

    def finish(self) -> Path:
        """Write ``report/index.html``; returns its path."""
        self.finder.shutdown()
        checks = []
        for code, check in CHECKS.items():
            checks.append(
                {
                    "code": code,
                    "name": check.name,
                    "severity": check.severity,  # markdown quotes dropped
                    "description": check.description.replace("`", ""),
                    "computed_by": check.computed_by.replace("`", ""),
                    "table": check.table.name,
                    "failing": self.failing_by_code[code],
                    "cards_failing": self.cards_failing[code],
                    "cards_passing": self.cards_passing[code],
                }
            )
        summary = {
            "cards": len(self.rows),
            "errors": self.severity["error"],
            "warnings": self.severity["warning"],
            "infos": self.severity["info"],
            "passed": self.passed,
        }
        statuses = sorted(
            {r["status_code"] for r in self.rows if r["status_code"]},
            key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else 99,
        )
        issuers = sorted({r["issuer"] for r in self.rows if r["issuer"]})
        failing_codes = [c for c in checks if c["failing"]]
        extra_codes = sorted({code for r in self.rows for code in r["codes"].split()} - set(CHECKS))
        pledge_tpl = self.env.get_template("pledge.html.j2")
        self.pledges.write(
            self.report_dir, lambda ctx: pledge_tpl.render(**self.common, **ctx, root="../"), write_page
        )
        index = self.report_dir / "index.html"
        atomic_write_text(
            index,
            self.env.get_template("index.html.j2").render(
                **self.common,
                root="",
                summary=summary,
                files=files_summary(self.files),
                checks=checks,
                charts=self.charts.svgs(),
                cards=risk_order(self.rows),
                statuses=statuses,
                issuers=issuers,
                filter_codes=[c["code"] for c in failing_codes] + extra_codes,
                no_issuer=any(r["issuer"] is None for r in self.rows),
            ),
        )
        return index


def write_report(
    root: Path,
    records: list[dict[str, Any]],
    findings: list[dict[str, Any]],
    *,
    provenance: Mapping[str, Mapping[str, Any]] | None = None,
    files: list[Mapping[str, Any]] | None = None,
) -> Path:
    """Write ``root/report/index.html`` and one page per card; returns the index path."""
    writer = ReportWriter(root, files)
    lines = provenance or {}
    writer.add(records, findings, lambda rec: lines.get(str(rec.get("card_id"))))
    return writer.finish()
